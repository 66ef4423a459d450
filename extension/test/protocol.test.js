import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HostClient, adaptPort } from '../src/protocol.js';
import { ChunkReader } from '../src/chunker.js';
import { fakeHost } from './fakehost.js';

function client(opts = {}, clientOpts = {}) {
  const hosts = [];
  const c = new HostClient({
    connect: () => {
      const h = fakeHost(typeof opts === 'function' ? opts(hosts.length) : opts);
      hosts.push(h);
      return h.port;
    },
    extensionVersion: '0.1.0',
    idleCloseMs: 0,
    ...clientOpts,
  });
  return { c, hosts };
}

function source(text) {
  const r = new ChunkReader([text]);
  return async (max) => r.next(max);
}

test('hello then status over one port', async () => {
  const { c, hosts } = client();
  const h1 = await c.status();
  assert.equal(h1.protocol, 1);
  assert.equal(h1.keyring, 'ok');
  const h2 = await c.status();
  assert.equal(h2.host, '0.1.0');
  assert.equal(hosts.length, 1);
  assert.deepEqual(hosts[0].state.received.map((m) => m.type), ['hello', 'status']);
  assert.equal(hosts[0].state.received[0].protocol, 1);
  assert.equal(hosts[0].state.received[0].extension, '0.1.0');
});

test('export streams ordered chunks with flow control and returns done', async () => {
  const { c, hosts } = client({ chunkSize: 16 << 10 });
  const text = JSON.stringify({ log: { entries: [{ x: 'é😀'.repeat(30000) }] } });
  const progress = [];
  const done = await c.exportCapture({ site: 'example.com', size: Buffer.byteLength(text), nextChunk: source(text), onProgress: (p) => progress.push(p) });
  const st = hosts[0].state;
  assert.equal(st.done[0].text, text);
  assert.equal(done.path, '/tmp/out/example.com-sanitized.har');
  assert.equal(done.transfer, 't-1');
  const chunks = st.received.filter((m) => m.type === 'chunk');
  assert.ok(chunks.length > 3);
  chunks.forEach((m, i) => { assert.equal(m.seq, i); assert.ok(m.data.length <= 16 << 10); });
  const end = st.received.find((m) => m.type === 'end');
  assert.equal(end.seq, chunks.length);
  assert.equal(st.received.find((m) => m.type === 'begin').size, Buffer.byteLength(text));
  assert.equal(st.received.find((m) => m.type === 'begin').bodies, true);
  assert.equal(progress.at(-1).phase, 'saving');
  assert.equal(progress.at(-2).bytes, Buffer.byteLength(text));
  // flow control: the next chunk only after the previous progress
  assert.equal(st.maxOutstanding, 1);
});

test('the client sends one request at a time even when called concurrently', async () => {
  const { c, hosts } = client();
  const [a, b] = await Promise.all([
    c.exportCapture({ site: 'a.example', nextChunk: source('{"log":{"entries":[]}}') }),
    c.exportCapture({ site: 'b.example', nextChunk: source('{"log":{"entries":[1]}}') }),
  ]);
  assert.equal(a.transfer, 't-1');
  assert.equal(b.transfer, 't-2');
  assert.equal(hosts.length, 1);
  assert.equal(hosts[0].state.maxOutstanding, 1);
  const reveal = await c.reveal('t-1');
  assert.equal(reveal.type, 'revealed');
});

test('a chunk size hint is clamped to sane bounds', async () => {
  const { c, hosts } = client({ chunkSize: 10 });
  await c.exportCapture({ site: 's', nextChunk: source('x'.repeat(40000)) });
  const chunks = hosts[0].state.received.filter((m) => m.type === 'chunk');
  assert.equal(chunks[0].data.length, 16 << 10);
});

test('missing host → host_missing, and the next attempt reconnects', async () => {
  let n = 0;
  const { c, hosts } = client(() => (n++ === 0 ? { missing: true } : {}));
  await assert.rejects(c.status(), { code: 'host_missing' });
  const h = await c.status();
  assert.equal(h.protocol, 1);
  assert.equal(hosts.length, 2);
});

test('host crash mid-export → host_exited; next export uses a new process', async () => {
  let n = 0;
  const { c, hosts } = client(() => (n++ === 0 ? { crashAfterChunks: 2, chunkSize: 16 << 10 } : {}));
  await assert.rejects(c.exportCapture({ site: 's', nextChunk: source('y'.repeat(200000)) }), { code: 'host_exited' });
  const done = await c.exportCapture({ site: 's', nextChunk: source('{}') });
  assert.equal(done.file, 's-sanitized.har');
  assert.equal(hosts.length, 2);
});

test('host that never answers → host_timeout, port closed', async () => {
  const { c, hosts } = client({ silentOn: 'chunk' }, { timeouts: { reply: 50 } });
  await assert.rejects(c.exportCapture({ site: 's', nextChunk: source('abc') }), { code: 'host_timeout' });
  assert.equal(hosts[0].state.closed, true);
});

test('protocol mismatch is refused', async () => {
  const { c } = client({ protocol: 2 });
  await assert.rejects(c.status(), { code: 'protocol_mismatch' });
});

test('host errors keep their code and sentence; the port stays usable', async () => {
  const { c, hosts } = client({ errorOnEnd: { code: 'disk_full', message: 'No space left in /tmp/out; free some space and try again.' } });
  await assert.rejects(c.exportCapture({ site: 's', nextChunk: source('{}') }), (e) => {
    assert.equal(e.code, 'disk_full');
    assert.equal(e.fromHost, true);
    assert.match(e.message, /No space left/);
    return true;
  });
  // transfer was aborted by the host: no cancel sent
  assert.equal(hosts[0].state.received.filter((m) => m.type === 'cancel').length, 0);
  hosts[0].opts.errorOnEnd = null;
  const done = await c.exportCapture({ site: 's', nextChunk: source('{}') });
  assert.ok(done.path);
  assert.equal(hosts.length, 1);
});

test('policy refusal at begin', async () => {
  const { c } = client({ errorOnBegin: { code: 'policy_refused', message: 'Your administrator does not allow exports with bodies.' } });
  await assert.rejects(c.exportCapture({ site: 's', nextChunk: source('{}') }), { code: 'policy_refused' });
});

test('cancel and source failures cancel the transfer on the host', async () => {
  const { c, hosts } = client({ chunkSize: 16 << 10 });
  let calls = 0;
  await assert.rejects(
    c.exportCapture({ site: 's', nextChunk: async () => { if (++calls === 3) { const e = new Error('gone'); e.code = 'devtools_closed'; throw e; } return 'x'; } }),
    { code: 'devtools_closed' },
  );
  assert.deepEqual(hosts[0].state.cancelled, ['t-1']);
  let cancel = false;
  await assert.rejects(
    c.exportCapture({ site: 's', isCancelled: () => cancel, nextChunk: async () => { cancel = true; return 'x'; } }),
    { code: 'cancelled' },
  );
  assert.equal(hosts[0].state.cancelled.length, 2);
});

test('reveal of an unknown transfer', async () => {
  const { c } = client();
  await assert.rejects(c.reveal('nope'), { code: 'unknown_transfer' });
});

test('connect throwing is reported, not thrown through', async () => {
  const c = new HostClient({ connect: () => { throw new Error('Invalid native messaging host name specified.'); } });
  await assert.rejects(c.status(), { code: 'host_missing' });
});

test('a fatal host error is the reason given when the port then closes', async () => {
  let msgCb;
  let discCb;
  const port = {
    post(m) {
      if (m.type === 'hello') setImmediate(() => msgCb({ type: 'hello', protocol: 1, host: 'x', req: m.req }));
      if (m.type === 'status') setImmediate(() => { msgCb({ type: 'error', code: 'not_allowed', message: 'This extension is not allowed; run safehar install.' }); discCb('Native host has exited.'); });
    },
    onMessage(cb) { msgCb = cb; },
    onDisconnect(cb) { discCb = cb; },
    close() {},
  };
  const c = new HostClient({ connect: () => port, idleCloseMs: 0 });
  await c.status();
  await assert.rejects(c.status(), { code: 'not_allowed' });
});

test('adaptPort reads Chrome lastError and Firefox port.error', () => {
  const listeners = {};
  const raw = {
    postMessage() {},
    onMessage: { addListener: (f) => { listeners.msg = f; } },
    onDisconnect: { addListener: (f) => { listeners.disc = f; } },
    disconnect() {},
  };
  const runtime = { lastError: { message: 'Specified native messaging host not found.' } };
  const p = adaptPort(raw, runtime);
  let why;
  p.onDisconnect((w) => { why = w; });
  listeners.disc(raw);
  assert.equal(why, 'Specified native messaging host not found.');
  runtime.lastError = undefined;
  listeners.disc({ error: { message: 'No such native application com.safehar.host' } });
  assert.equal(why, 'No such native application com.safehar.host');
  listeners.disc({});
  assert.equal(why, null);
});

test('restartBeforeNextRequest: a changed policy gets a fresh hello, never interrupting an export', async () => {
  const { c, hosts } = client({ chunkSize: 16 << 10 });
  c.policy = { extraHeaders: ['X-A'] };
  await c.status();
  const text = JSON.stringify({ log: { entries: [{ x: 'y'.repeat(100_000) }] } });
  const src = source(text);
  let calls = 0;
  const done = await c.exportCapture({ site: 'example.com', policy: c.policy, nextChunk: (max) => {
    if (++calls === 2) { // a managed-settings change arrives while the export runs
      c.policy = { extraHeaders: ['X-A', 'X-B'] };
      c.restartBeforeNextRequest();
    }
    return src(max);
  } });
  assert.equal(done.transfer, 't-1');
  assert.equal(hosts.length, 1, 'the export finished on its port');
  const h = await c.status();
  assert.equal(h.protocol, 1);
  assert.equal(hosts.length, 2, 'the next request opened a fresh port');
  assert.equal(hosts[0].state.closed, true);
  assert.deepEqual(hosts[0].state.received[0].policy, { extraHeaders: ['X-A'] });
  assert.deepEqual(hosts[1].state.received[0], { type: 'hello', protocol: 1, extension: '0.1.0', policy: { extraHeaders: ['X-A', 'X-B'] }, req: hosts[1].state.received[0].req });
  await c.status();
  assert.equal(hosts.length, 2, 'once only');
});
