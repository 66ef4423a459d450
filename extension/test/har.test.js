import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectHar, mapLimit, needsBody, serializeHar, entryContent, entryContentPromise } from '../src/har.js';
import { ChunkReader, utf8Length } from '../src/chunker.js';

const tick = (ms = 1) => new Promise((r) => setTimeout(r, ms));

// Chrome-like entry: getContent on the prototype (not serialized), callback API.
function chromeEntry(i, body, { status = 200, encoding } = {}) {
  const proto = {
    getContent(cb) {
      setTimeout(() => (body instanceof Error ? cb(null) : cb(body, encoding)), 1 + (i % 3));
    },
  };
  return Object.assign(Object.create(proto), {
    startedDateTime: '2026-01-01T00:00:00.000Z',
    request: { method: 'GET', url: `https://example.com/r/${i}`, headers: [] },
    response: { status, headers: [], content: { size: 0, mimeType: 'application/json' }, redirectURL: '' },
  });
}

test('mapLimit bounds concurrency and visits every item', async () => {
  let inFlight = 0;
  let peak = 0;
  const seen = [];
  await mapLimit([...Array(50).keys()], 6, async (x) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await tick(x % 4);
    seen.push(x);
    inFlight--;
  });
  assert.equal(peak, 6);
  assert.deepEqual(seen.sort((a, b) => a - b), [...Array(50).keys()]);
  await mapLimit([], 6, async () => assert.fail('not called'));
});

test('collectHar fetches bodies with bounded concurrency and reports progress', async () => {
  const entries = [...Array(40).keys()].map((i) => chromeEntry(i, `{"n":${i}}`));
  entries[3] = chromeEntry(3, 'AAEC', { encoding: 'base64' });
  let inFlight = 0;
  let peak = 0;
  const progress = [];
  const { har, bodiesFetched, bodiesMissing } = await collectHar({
    getHAR: async () => ({ version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, pages: [], entries }),
    getContent: async (e) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      try { return await entryContent(e); } finally { inFlight--; }
    },
    concurrency: 6,
    onProgress: (p) => progress.push(p),
  });
  assert.equal(peak, 6);
  assert.equal(bodiesFetched, 40);
  assert.equal(bodiesMissing, 0);
  assert.equal(har.log.entries[7].response.content.text, '{"n":7}');
  assert.equal(har.log.entries[3].response.content.encoding, 'base64');
  assert.deepEqual(progress[0], { done: 0, total: 40 });
  assert.deepEqual(progress.at(-1), { done: 40, total: 40 });
});

test('collectHar keeps going when bodies fail or hang', async () => {
  const entries = [chromeEntry(0, 'ok'), chromeEntry(1, new Error('gone'))];
  const hang = chromeEntry(2, 'x');
  Object.getPrototypeOf(hang).getContent = () => {}; // never calls back
  entries.push(hang);
  const { har, bodiesFetched, bodiesMissing } = await collectHar({ getHAR: async () => ({ entries }), bodyTimeoutMs: 50 });
  assert.equal(bodiesFetched, 1);
  assert.equal(bodiesMissing, 2);
  assert.equal(har.log.entries[0].response.content.text, 'ok');
  assert.equal(har.log.entries[1].response.content.text, undefined);
});

test('collectHar leaves present bodies (Firefox) and bodyless statuses alone', async () => {
  const withBody = chromeEntry(0, 'should not be fetched');
  withBody.response.content.text = 'already here';
  const notModified = chromeEntry(1, 'x', { status: 304 });
  const redirect = chromeEntry(2, 'x', { status: 302 });
  redirect.response.redirectURL = 'https://example.com/next';
  const plain = { request: { url: 'https://example.com/' }, response: { status: 200, content: {} } }; // no getContent
  const { bodiesFetched } = await collectHar({ getHAR: async () => ({ entries: [withBody, notModified, redirect, plain] }) });
  assert.equal(bodiesFetched, 0);
  assert.equal(withBody.response.content.text, 'already here');
  assert.equal(needsBody(plain), true);
});

test('collectHar accepts {log} and rejects a missing log', async () => {
  const r = await collectHar({ getHAR: async () => ({ log: { entries: [] } }) });
  assert.deepEqual(r.har.log.entries, []);
  await assert.rejects(collectHar({ getHAR: async () => undefined }), /no network log/);
});

test('entryContentPromise handles Firefox shapes', async () => {
  assert.deepEqual(await entryContentPromise({ getContent: async () => ['body', 'text/plain'] }), { content: 'body' });
  assert.deepEqual(await entryContentPromise({ getContent: async () => 'b' }), { content: 'b' });
});

test('serializeHar produces the same JSON as JSON.stringify, in pieces, with sizes', async () => {
  const entries = [0, 1, 2].map((i) => chromeEntry(i, `body ${i} 😀 é`));
  const { har } = await collectHar({ getHAR: async () => ({ version: '1.2', creator: { name: 'x', version: '1' }, pages: [{ id: 'p', title: 'https://e/' }], entries }) });
  const expected = JSON.stringify({ log: { version: '1.2', creator: { name: 'x', version: '1' }, pages: [{ id: 'p', title: 'https://e/' }], entries: JSON.parse(JSON.stringify(har.log.entries)), _safeharCapture: har.log._safeharCapture } });
  const s = serializeHar(har, utf8Length);
  const text = s.pieces.join('');
  assert.deepEqual(JSON.parse(text), JSON.parse(expected));
  assert.equal(s.chars, text.length);
  assert.equal(s.bytes, Buffer.byteLength(text));
  assert.equal(s.entries, 3);
  assert.ok(!text.includes('getContent'));
  // through the chunk reader, byte-identical
  const r = new ChunkReader(s.pieces);
  const out = [];
  for (let c; (c = r.next(7)) !== null;) out.push(c);
  assert.equal(out.join(''), text);
});

test('serializeHar of an empty log', () => {
  const s = serializeHar({ log: { version: '1.2', entries: [] } }, utf8Length);
  assert.deepEqual(JSON.parse(s.pieces.join('')), { log: { version: '1.2', entries: [] } });
  assert.equal(s.entries, 0);
});

test("entryContent keeps only Chrome's 'base64' encoding (Firefox's callback gives the MIME type there)", async () => {
  const { entryContent } = await import('../src/har.js');
  const e = (enc) => ({ getContent: (cb) => cb('body', enc) });
  assert.deepEqual(await entryContent(e('base64')), { content: 'body', encoding: 'base64' });
  assert.deepEqual(await entryContent(e('text/html; charset=utf-8')), { content: 'body', encoding: '' });
  assert.deepEqual(await entryContent(e(undefined)), { content: 'body', encoding: '' });
});
