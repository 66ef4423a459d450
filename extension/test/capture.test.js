import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CaptureStore, captureCounts, entryKey, mergeCapture, sortByStart } from '../src/capture.js';
import { collectHar } from '../src/har.js';
import { countsText, captureText } from '../src/viewmodel.js';

const at = (s) => `2026-12-01T10:00:${String(s).padStart(2, '0')}.000Z`;

// A plain HAR entry as onRequestFinished / Firefox's getHAR give it.
function entry(path, sec, { pageref = 'page_1', body, status = 200, method = 'GET', redirectURL = '' } = {}) {
  const e = {
    pageref,
    startedDateTime: at(sec),
    request: { method, url: `https://login.test${path}`, headers: [] },
    response: { status, headers: [], redirectURL, content: { size: 10, mimeType: 'text/html' } },
  };
  if (body !== undefined) e.response.content.text = body;
  return e;
}

// Chrome's getHAR entry: no body, getContent on the prototype answering `body`
// (null: the browser forgot it, as Chromium does for earlier documents).
function chromeEntry(plain, body) {
  const proto = { getContent(cb) { setTimeout(() => cb(body, undefined), 1); } };
  return Object.assign(Object.create(proto), structuredClone(plain));
}

function recordAll(store, plainEntries) {
  return plainEntries.map((e) => {
    const bodyless = structuredClone(e);
    const text = bodyless.response.content.text;
    delete bodyless.response.content.text;
    const rec = store.add(bodyless);
    if (text !== undefined) store.setBody(rec, { content: text });
    return rec;
  });
}

test('a sign-in flow: bodies of earlier documents come from the capture, no duplicates, time order, pages kept', async () => {
  const flow = [
    entry('/signin', 0, { pageref: 'page_1', body: '<form>signin-body</form>' }),
    entry('/signin/config', 1, { pageref: 'page_1', body: '{"config":1}' }),
    entry('/signin', 2, { pageref: 'page_1', method: 'POST', status: 303, redirectURL: '/consent' }),
    entry('/consent', 3, { pageref: 'page_2', body: 'consent-body' }),
    entry('/oauth/token', 4, { pageref: 'page_2', body: '{"access_token":"x"}' }),
    entry('/dashboard', 5, { pageref: 'page_3', body: 'dashboard-body' }),
    entry('/api/profile', 6, { pageref: 'page_3', body: '{"profile":1}' }),
  ];
  const store = new CaptureStore();
  recordAll(store, flow);
  // Chromium with Preserve log: every entry listed, out of order, and only the
  // last document's bodies still there. One entry (the token POST) missing
  // from the log altogether, as Firefox's collector loses them.
  const last = (e) => e.pageref === 'page_3';
  const fromHar = [6, 5, 0, 1, 2, 3].map((i) => chromeEntry({ ...flow[i], response: { ...flow[i].response, content: { size: 10, mimeType: 'text/html' } } }, last(flow[i]) ? flow[i].response.content.text : null));
  const har = { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, pages: [{ id: 'page_3', startedDateTime: at(5), title: 'https://login.test/dashboard' }, { id: 'page_1', startedDateTime: at(0), title: 'https://login.test/signin' }], entries: fromHar };
  const { har: out, counts, bodiesMissing } = await collectHar({ getHAR: async () => har, capture: store });
  const paths = out.log.entries.map((e) => `${e.request.method} ${new URL(e.request.url).pathname}`);
  assert.deepEqual(paths, ['GET /signin', 'GET /signin/config', 'POST /signin', 'GET /consent', 'GET /oauth/token', 'GET /dashboard', 'GET /api/profile']);
  for (const e of out.log.entries) {
    if (e.response.status === 200) assert.equal(typeof e.response.content.text, 'string', `${e.request.url} has its body`);
  }
  assert.equal(out.log.entries.find((e) => e.request.url.endsWith('/signin') && e.request.method === 'GET').response.content.text, '<form>signin-body</form>');
  // the getHAR objects are kept (Chrome's getContent stays usable)
  assert.equal(out.log.entries.filter((e) => typeof e.getContent === 'function').length, 6);
  assert.deepEqual(out.log.pages.map((p) => p.id), ['page_1', 'page_2', 'page_3']);
  assert.equal(out.log.pages[1].title, 'https://login.test/consent');
  assert.equal(bodiesMissing, 0);
  assert.equal(counts.seen, 7);
  assert.equal(counts.inFile, 7);
  assert.equal(counts.fromBrowser, 6);
  assert.equal(counts.recovered, 1);
  assert.equal(counts.bodies, 6);
  assert.equal(counts.filledFromCapture, 5); // nothing left to fetch at click time
  assert.deepEqual(out.log._safeharCapture, counts);
  assert.match(countsText(counts).counts, /^DevTools saw 7 requests; 7 are in the file \(1 recorded as it happened, missing from the browser's own log\)\. 6 response bodies in the file\.$/);
  assert.equal(countsText(counts).bodiesMissing, '');
});

test('without a capture, the same log loses the earlier bodies (what the old export did)', async () => {
  const e1 = entry('/signin', 0);
  const e2 = entry('/dashboard', 5, { pageref: 'page_3' });
  const { counts } = await collectHar({ getHAR: async () => ({ entries: [chromeEntry(e2, 'dash'), chromeEntry(e1, null)] }) });
  assert.equal(counts.bodies, 1);
  assert.equal(counts.bodiesMissing, 1);
  assert.deepEqual(counts.missing, { evicted: 0, tooLarge: 0, binary: 0, dropped: 1, helperRestarted: 0 });
  assert.equal(countsText(counts).bodiesMissing, '1 response body is not in the file: 1 dropped by the browser.');
});

test('identical requests (same method, URL and start) are matched one to one', () => {
  const a = entry('/poll', 1, { body: 'a' });
  const b = entry('/poll', 1, { body: 'b' });
  const store = new CaptureStore();
  recordAll(store, [a, b]);
  const log = { entries: [structuredClone({ ...a, response: { ...a.response, content: {} } })] };
  const m = mergeCapture(log, store.records);
  assert.equal(log.entries.length, 2);
  assert.equal(m.recovered, 1);
  assert.deepEqual(log.entries.map((e) => e.response.content.text), ['a', 'b']);
  assert.equal(entryKey(a), 'GET https://login.test/poll 2026-12-01T10:00:01.000Z');
});

test('the memory bound: oldest bodies evicted and counted, a huge body not kept, a Firefox body counted', async () => {
  const store = new CaptureStore({ maxBodyChars: 10, maxOneBodyChars: 8 });
  const recs = recordAll(store, [entry('/a', 0, { body: 'aaaa' }), entry('/b', 1, { body: 'bbbb' }), entry('/c', 2, { body: 'cccc' }), entry('/huge', 3, { body: 'x'.repeat(9) })]);
  store.add(entry('/ff', 4, { body: 'ff' })); // an entry that came with its body
  assert.equal(recs[0].reason, 'evicted');
  assert.equal(recs[3].reason, 'tooLarge');
  assert.deepEqual(store.stats(), { requests: 5, bodies: 3, bodyChars: 10, evictedBodies: 1, evictedRecords: 0, maxBodyChars: 10, staged: 0, lostBodies: 0 });
  const { counts, har } = await collectHar({ getHAR: async () => ({ entries: [] }), capture: store });
  assert.equal(har.log.entries.length, 5);
  assert.deepEqual(counts.missing, { evicted: 1, tooLarge: 1, binary: 0, dropped: 0, helperRestarted: 0 });
  assert.equal(counts.bodiesMissing, 2);
  assert.equal(countsText(counts).bodiesMissing, '2 response bodies are not in the file: 1 evicted (oldest first, past the memory bound), 1 too large to keep.');
  assert.match(captureText(store.stats()), /^3 response bodies held \(10 B of 10 B\); 1 body evicted past the bound\.$/);
});

test('past the record bound the oldest requests are dropped whole and the counts say so', async () => {
  const store = new CaptureStore({ maxRecords: 2 });
  recordAll(store, [entry('/1', 1, { body: '1' }), entry('/2', 2, { body: '2' }), entry('/3', 3, { body: '3' })]);
  assert.equal(store.records.length, 2);
  assert.equal(store.stats().bodies, 2);
  const { counts } = await collectHar({ getHAR: async () => ({ entries: [] }), capture: store });
  assert.equal(counts.seen, 3);
  assert.equal(counts.inFile, 2);
  assert.equal(counts.evictedRequests, 1);
  assert.match(countsText(counts).counts, /1 dropped past the memory bound/);
});

test('a body that arrives after its record was dropped is not held', () => {
  const store = new CaptureStore({ maxRecords: 1 });
  const first = store.add(entry('/1', 1));
  store.add(entry('/2', 2));
  store.setBody(first, { content: 'late' });
  assert.equal(store.stats().bodyChars, 0);
});

test('a body the browser gives as a non-string is counted as binary; a failed fetch as dropped', async () => {
  const store = new CaptureStore();
  const [bin, gone] = recordAll(store, [entry('/bin', 1), entry('/gone', 2)]);
  store.setBody(bin, { content: new ArrayBuffer(4) });
  store.setMissing(gone, 'dropped');
  const { counts } = await collectHar({ getHAR: async () => ({ entries: [] }), capture: store });
  assert.deepEqual(counts.missing, { evicted: 0, tooLarge: 0, binary: 1, dropped: 1, helperRestarted: 0 });
});

test('a body fetched at export time replaces the capture reason', async () => {
  const store = new CaptureStore();
  const [rec] = recordAll(store, [entry('/late', 1)]);
  store.setMissing(rec, 'dropped');
  const { counts } = await collectHar({ getHAR: async () => ({ entries: [chromeEntry(entry('/late', 1), 'now here')] }), capture: store });
  assert.equal(counts.bodies, 1);
  assert.equal(counts.bodiesMissing, 0);
  assert.equal(counts.inFile, 1);
});

test('sortByStart is stable for ties and keeps unparsable times last', () => {
  const xs = [{ startedDateTime: at(2), n: 1 }, { startedDateTime: 'bad', n: 2 }, { startedDateTime: at(1), n: 3 }, { startedDateTime: at(2), n: 4 }];
  assert.deepEqual(sortByStart(xs).map((x) => x.n), [3, 1, 4, 2]);
});

test('staged bodies: the entry carries the reference, the copy here goes first past the bound, a restart restages a copy and counts the others missing', async () => {
  const store = new CaptureStore({ maxBodyChars: 10, id: 'cap-test' });
  const [a, b, c] = recordAll(store, [entry('/a', 1, { body: '12345678' }), entry('/b', 2, { body: 'xyz' }), entry('/c', 3)]);
  assert.equal(store.stats().evictedBodies, 1, '11 characters held: the oldest goes');
  assert.equal(a.reason, 'evicted');
  assert.equal(store.canStage(a), false);
  assert.ok(store.canStage(b));
  assert.ok(store.markStaged(b));
  assert.equal(store.markStaged(b), false, 'once');
  assert.deepEqual([store.stats().bodies, store.stats().bodyChars, store.stats().staged], [1, 3, 1], 'the copy is held');
  assert.equal(b.entry.response.content._safeharStaged, b.bodyId);
  assert.equal(b.entry.response.content.text, undefined);
  // Past the bound the staged body's copy goes first: nothing is evicted.
  store.setBody(c, { content: '1234567890' });
  assert.equal(store.stats().evictedBodies, 1);
  assert.equal(b.copy, null);
  assert.deepEqual([store.stats().bodies, store.stats().bodyChars], [1, 10]);
  const log = { entries: [chromeEntry(entry('/b', 2), null)] };
  const merged = mergeCapture(log, store.records, store.evictedKeys);
  const bl = log.entries.find((e) => e.request.url.endsWith('/b'));
  assert.equal(bl.response.content._safeharStaged, b.bodyId);
  assert.equal(bl.response.content.text, undefined);
  assert.equal(captureCounts(log.entries, merged).bodies, 2);
  assert.deepEqual(store.lostStaged(), { lost: 1, restored: [] });
  assert.deepEqual([store.stats().staged, store.stats().lostBodies], [0, 1]);
  const log2 = { entries: [entry('/b', 2)] };
  const m2 = mergeCapture(log2, store.records, store.evictedKeys);
  const counts = captureCounts(log2.entries, m2);
  assert.equal(counts.missing.helperRestarted, 1);
  assert.equal(counts.missing.evicted, 1);
});

test('Firefox: a staged body replaces the text its log carries (the click sends the reference)', () => {
  const store = new CaptureStore();
  const [rec, held] = recordAll(store, [entry('/a', 1, { body: 'from the capture' }), entry('/b', 2, { body: 'kept here' })]);
  store.markStaged(rec);
  const log = { entries: [entry('/a', 1, { body: 'from the capture' }), entry('/b', 2, { body: 'kept here' })] };
  const merged = mergeCapture(log, store.records, store.evictedKeys);
  assert.deepEqual(log.entries.map((e) => [e.response.content.text, e.response.content._safeharStaged]), [[undefined, rec.bodyId], ['kept here', undefined]]);
  assert.equal(merged.filled, 0);
  assert.equal(captureCounts(log.entries, merged).bodies, 2);
  assert.ok(held);
});

test('a helper restart: a staged body with its copy here holds its text again, to be staged again', () => {
  const store = new CaptureStore();
  const [a] = recordAll(store, [entry('/a', 1, { body: 'AAEC' })]);
  a.entry.response.content.encoding = 'base64';
  assert.ok(store.markStaged(a));
  const { lost, restored } = store.lostStaged();
  assert.equal(lost, 0);
  assert.deepEqual(restored, [a]);
  assert.deepEqual([a.entry.response.content.text, a.entry.response.content.encoding, a.entry.response.content._safeharStaged], ['AAEC', 'base64', undefined]);
  assert.ok(store.canStage(a));
  assert.deepEqual([store.stats().bodies, store.stats().bodyChars, store.stats().staged, store.stats().lostBodies], [1, 4, 0, 0]);
});
