import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTerm, describeLocation, filterGroups, groupFindings, pageOf, reviewSummary, PAGE_SIZE } from '../src/review.js';
import { viewModel, splitName, DEFAULT_UPLOAD_HINT, KEYRING_PLAIN } from '../src/viewmodel.js';

test('describeLocation: header, cookie, query, form, bodies with their path, elsewhere', () => {
  const at = (p) => describeLocation(`/log/entries/3/${p}`);
  assert.deepEqual(at('request/headers/2/value'), { place: 'Request header', bodyPath: '' });
  assert.deepEqual(at('response/cookies/0/value'), { place: 'Response cookie', bodyPath: '' });
  assert.deepEqual(at('request/queryString/1/value'), { place: 'Query parameter', bodyPath: '' });
  assert.deepEqual(at('request/url'), { place: 'URL', bodyPath: '' });
  assert.deepEqual(at('request/postData/params/4/value'), { place: 'Form field', bodyPath: '' });
  assert.deepEqual(at('request/postData/text'), { place: 'Request body', bodyPath: '' });
  assert.deepEqual(at('response/content/text/owner/login'), { place: 'Response body', bodyPath: '/owner/login' });
  assert.deepEqual(describeLocation('/log/pages/0/title'), { place: 'Page title', bodyPath: '' });
  assert.equal(at('_webSocketMessages/2/data').place, 'WebSocket message');
  assert.equal(at('response/_transferSize').place, 'Elsewhere in the entry');
});

const requests = { 0: { method: 'GET', url: 'https://app.example.com/api/me?access_token=safehar-token-1' }, 1: { method: 'POST', url: 'https://login.example.com/token' } };
const findings = [
  { entry: 1, path: '/log/entries/1/request/headers/0/value', kind: 'authorization', name: 'Authorization' },
  { entry: 0, path: '/log/entries/0/request/cookies/0/value', kind: 'cookie', name: 'sid' },
  { entry: 0, path: '/log/entries/0/request/headers/0/value', kind: 'cookie', name: 'sid' },
  { entry: 0, path: '/log/entries/0/request/queryString/0/value', kind: 'token', name: 'access_token' },
  { entry: -1, path: '/log/pages/0/title', kind: 'url-password' },
];

test('groupFindings: by request in entry order, then by kind, with proper labels; no values anywhere', () => {
  const g = groupFindings(findings, requests);
  assert.deepEqual(g.map((x) => [x.method, x.host, x.path, x.count]), [
    ['GET', 'app.example.com', '/api/me', 3], ['POST', 'login.example.com', '/token', 1], ['', '', 'Outside the requests (pages, creator)', 1]]);
  assert.deepEqual(g[0].kinds.map((k) => [k.label, k.items.length]), [['Cookies', 2], ['Tokens', 1]]);
  assert.deepEqual(g[0].kinds[0].items[0], { single: 'Cookie', place: 'Request cookie', bodyPath: '', name: 'sid' });
  assert.equal(g[2].kinds[0].label, 'Passwords in a URL');
  assert.doesNotMatch(JSON.stringify(g), /safehar-token-1/, 'the query string is not shown (only host and path)');
});

test('filterGroups: every word must match request, kind, place or name', () => {
  const g = groupFindings(findings, requests);
  assert.equal(filterGroups(g, '').length, 3);
  assert.deepEqual(filterGroups(g, 'login').map((x) => x.entry), [1]);
  assert.deepEqual(filterGroups(g, 'cookie SID').map((x) => x.entry), [0]);
  assert.deepEqual(filterGroups(g, 'query access_token').map((x) => x.entry), [0]);
  assert.deepEqual(filterGroups(g, 'nothing-like-this'), []);
});

test('10,000 findings: grouped, filtered and paged quickly, a request never split', () => {
  const many = [];
  const reqs = {};
  for (let i = 0; i < 10_000; i++) many.push({ entry: Math.floor(i / 3), path: `/log/entries/${Math.floor(i / 3)}/request/headers/${i % 3}/value`, kind: i % 2 ? 'cookie' : 'jwt', name: `h${i % 3}` });
  for (let e = 0; e < 3334; e++) reqs[e] = { method: 'GET', url: `https://api${e % 7}.example.com/v1/items/${e}` };
  const t0 = performance.now();
  const g = groupFindings(many, reqs);
  const f = filterGroups(g, 'api3 jwt');
  const p = pageOf(g, 5);
  const ms = performance.now() - t0;
  assert.ok(ms < 1500, `took ${ms} ms`);
  assert.equal(g.length, 3334);
  assert.ok(f.length > 0 && f.every((x) => x.host === 'api3.example.com'));
  assert.ok(p.pages >= Math.floor(10_000 / PAGE_SIZE));
  let seen = 0;
  for (let i = 0; i < p.pages; i++) {
    const pg = pageOf(g, i);
    assert.ok(pg.groups.reduce((s, x) => s + x.count, 0) <= PAGE_SIZE || pg.groups.length === 1);
    assert.equal(pg.from, seen + 1);
    seen = pg.to;
  }
  assert.equal(seen, 10_000);
  assert.deepEqual(pageOf([], 3), { groups: [], page: 0, pages: 0, from: 0, to: 0, total: 0 });
  assert.equal(pageOf(g, 99_999).page, p.pages - 1, 'past the end: the last page');
});

test('checkTerm: trimmed, at least 8 characters, no duplicates or control characters', () => {
  assert.deepEqual(checkTerm('  Globex Corporation '), { term: 'Globex Corporation' });
  assert.match(checkTerm('Globex').error, /too short/);
  assert.match(checkTerm('').error, /Type a word/);
  assert.match(checkTerm('a\nb-long-enough').error, /control/);
  assert.match(checkTerm('Globex Corporation', ['Globex Corporation']).error, /already/);
  assert.match(checkTerm('x'.repeat(300)).error, /at most 256/);
});

test('reviewSummary and the view model: the review, then the after-save view', () => {
  const s = reviewSummary({ total: 4, requests: 2, allowTerms: false, required: true });
  assert.match(s.summary, /^4 values will be replaced by placeholders in 2 requests.*never shown/);
  assert.equal(s.canAddTerms, false);
  assert.match(s.termsLocked, /administrator/);
  const vm = viewModel({ devtools: true, count: 3, host: { ok: true, hello: { protocol: 1, host: '1' } }, export: { phase: 'review', review: { transfer: 't', total: 1, findings: [] } } });
  assert.equal(vm.review.transfer, 't');
  assert.equal(vm.canExport, false);
  const name = 'app.example.com-20261202-031500-a1b2c3.har';
  const done = viewModel({ devtools: true, export: { phase: 'done', finishedAt: Date.UTC(2026, 11, 2, 3, 15, 0), result: { path: `/home/u/Downloads/safehar/${name}`, file: name, bytes: 1234, keyring: 'The OS keyring could not be used (org.freedesktop.DBus.Error.ServiceUnknown)', report: {}, extraTerms: ['Globex Corporation'] } } });
  assert.equal(done.result.name.start + done.result.name.end, name);
  assert.equal(done.result.name.end, '031500-a1b2c3.har'.slice(-16));
  assert.equal(done.result.folder, '/home/u/Downloads/safehar');
  assert.equal(done.result.size, '1.2 KB');
  assert.match(done.result.time, /\d\d:\d\d:\d\d/);
  assert.equal(done.result.terms, 1);
  assert.equal(done.hint, DEFAULT_UPLOAD_HINT, 'the default upload hint without an admin one');
  assert.equal(done.result.keyringWarning, KEYRING_PLAIN);
  assert.match(done.result.keyringWarning, /will not match those of your earlier exports/);
  assert.doesNotMatch(done.result.keyringWarning, /DBus/);
  assert.match(done.result.keyringDetails, /DBus/, 'the technical reason behind the toggle');
  assert.deepEqual(splitName('short.har'), { start: 'short.har', end: '' });
  const admin = viewModel({ devtools: true, uploadHint: 'Attach it to ticket 42.', export: { phase: 'done', result: { path: '/x/y.har', report: {}, keyring: 'ok' } } });
  assert.equal(admin.hint, 'Attach it to ticket 42.');
  assert.equal(admin.result.keyringWarning, '');
});
