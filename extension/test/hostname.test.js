import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteFromUrl, siteFromHar, siteUrlFromHar } from '../src/hostname.js';

test('siteFromUrl extracts a safe host name', () => {
  assert.equal(siteFromUrl('https://App.Example.COM:8443/path?x=1'), 'app.example.com');
  assert.equal(siteFromUrl('http://user:pass@example.org/'), 'example.org');
  assert.equal(siteFromUrl('http://127.0.0.1:3000/'), '127.0.0.1');
  assert.equal(siteFromUrl('http://[::1]:8080/'), 'ipv6-1');
  assert.equal(siteFromUrl('https://xn--bcher-kva.example/'), 'xn--bcher-kva.example');
  assert.equal(siteFromUrl('https://bücher.example/'), 'xn--bcher-kva.example');
  assert.equal(siteFromUrl('https://example.com./'), 'example.com');
  assert.equal(siteFromUrl('file:///home/u/x.html'), 'local-file');
  assert.equal(siteFromUrl('chrome://settings'), 'capture');
  assert.equal(siteFromUrl('about:blank'), 'capture');
  assert.equal(siteFromUrl('not a url'), 'capture');
  assert.equal(siteFromUrl(''), 'capture');
  assert.equal(siteFromUrl(undefined), 'capture');
  assert.ok(siteFromUrl(`https://${'a'.repeat(60)}.${'b'.repeat(60)}.com/`).length <= 100);
});

test('siteUrlFromHar prefers the inspected URL, then pages, then documents', () => {
  const har = {
    log: {
      pages: [{ title: 'https://pages.example/' }],
      entries: [
        { request: { url: 'https://cdn.example/x.js' }, _resourceType: 'script' },
        { request: { url: 'https://doc.example/' }, _resourceType: 'document' },
      ],
    },
  };
  assert.equal(siteUrlFromHar(har, 'https://inspected.example/a'), 'https://inspected.example/a');
  assert.equal(siteFromHar(har), 'pages.example');
  har.log.pages = [{ title: 'My page' }];
  assert.equal(siteFromHar(har), 'doc.example');
  delete har.log.entries[1]._resourceType;
  assert.equal(siteFromHar(har), 'cdn.example');
  assert.equal(siteFromHar({ log: { entries: [] } }), 'capture');
  assert.equal(siteFromHar(null), 'capture');
});
