import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport, kindLabel, formatBytes } from '../src/report.js';

test('formatReport sorts kinds by count and never shows findings', () => {
  const report = {
    entries: 12,
    redacted: 9,
    counts: { jwt: 2, cookie: 5, 'api-key': 2 },
    locations: { 'request.headers': 6, 'response.content': 3 },
    findings: [{ path: '/log/entries/0/request/headers/1/value', kind: 'cookie', fingerprint: 'abcd1234' }],
  };
  const f = formatReport(report);
  assert.equal(f.summary, '9 secrets redacted in 12 requests.');
  assert.deepEqual(f.kinds.map((k) => [k.kind, k.count]), [['cookie', 5], ['api-key', 2], ['jwt', 2]]);
  assert.equal(f.kinds[0].label, 'Cookies');
  assert.deepEqual(f.locations[0], { location: 'request.headers', count: 6 });
  const text = JSON.stringify(f);
  assert.ok(!text.includes('abcd1234'));
  assert.ok(!text.includes('/log/entries/0'));
});

test('formatReport handles clean, singular, missing and odd reports', () => {
  assert.equal(formatReport({ entries: 1, redacted: 0, counts: {} }).summary, 'No secrets were found in 1 request.');
  assert.equal(formatReport({ entries: 3, redacted: 1, counts: { password: 1 } }).summary, '1 secret redacted in 3 requests.');
  assert.equal(formatReport(undefined).summary, 'No secrets were found.');
  assert.equal(formatReport({ counts: { a: 2, b: 'x', c: -1 } }).total, 2);
  assert.match(formatReport({ redacted: 0, entries: 2, alreadySanitized: true }).summary, /already sanitized/);
});

test('kindLabel humanizes unknown kinds', () => {
  assert.equal(kindLabel('jwt'), 'JSON Web Tokens');
  assert.equal(kindLabel('github_token'), 'Github token');
  assert.equal(kindLabel('slackWebhook'), 'Slack webhook');
  assert.equal(kindLabel(''), 'Other');
});

test('formatBytes', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(999), '999 B');
  assert.equal(formatBytes(1500), '1.5 KB');
  assert.equal(formatBytes(150_000_000), '150 MB');
  assert.equal(formatBytes(-1), '');
});

test('every kind the host reports has a proper label (contract.js, generated from Go)', async () => {
  const { KINDS } = await import('../src/contract.js');
  const { kindLabel, kindSingle } = await import('../src/report.js');
  assert.ok(KINDS.length >= 17);
  for (const k of KINDS) {
    assert.equal(kindLabel(k.kind), k.label);
    assert.equal(kindSingle(k.kind), k.single);
  }
  assert.equal(kindLabel('saml'), 'SAML assertions');
  assert.equal(kindSingle('oauth-code'), 'OAuth code');
  assert.equal(kindSingle('url-password'), 'Password in a URL');
  assert.equal(kindLabel('acme-ref'), 'Acme ref', "an administrator's own kind reads as words");
});
