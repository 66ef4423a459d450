// An in-memory host speaking PROTOCOL.md v1, behind a port like adaptPort's.
import { createHash } from 'node:crypto';

export function fakeHost(opts = {}) {
  const o = {
    protocol: 1,
    missing: false, // disconnect at once like Chrome with no manifest
    crashAfterChunks: Infinity, // exit after receiving N chunks
    chunkSize: 1 << 20,
    errorOnBegin: null, // {code, message}
    refuseWithoutBodies: false, // policy_refused for a begin with bodies: false
    errorOnEnd: null,
    silentOn: null, // a message type the host never answers
    ...opts,
  };
  const state = { received: [], text: '', transfer: null, seq: 0, done: [], cancelled: [], revealed: [], closed: false, chunks: 0 };
  let onMsg = () => {};
  let onDisc = () => {};
  state.outstanding = 0;
  state.maxOutstanding = 0;
  const reply = (m, req) => setImmediate(() => {
    if (state.closed) return;
    state.outstanding--;
    onMsg(req === undefined ? m : { ...m, req });
  });
  const die = (why) => setImmediate(() => {
    if (state.closed) return;
    state.closed = true;
    onDisc(why);
  });
  const port = {
    post(m) {
      if (state.closed) throw new Error('Attempting to use a disconnected port object');
      state.received.push(m);
      state.outstanding++;
      state.maxOutstanding = Math.max(state.maxOutstanding, state.outstanding);
      if (o.silentOn === m.type) return;
      switch (m.type) {
        case 'hello':
        case 'status':
          reply({ type: 'hello', protocol: o.protocol, host: '0.1.0', rulesVersion: '1', keyring: 'ok', outputDir: '/tmp/out', policy: {} }, m.req);
          break;
        case 'begin':
          if (o.errorOnBegin) return reply({ type: 'error', ...o.errorOnBegin }, m.req);
          if (o.refuseWithoutBodies && m.bodies === false) return reply({ type: 'error', code: 'policy_refused', message: 'No exports without bodies.' }, m.req);
          if (state.transfer) return reply({ type: 'error', code: 'transfer_busy', message: 'busy.' }, m.req);
          state.transfer = `t-${state.done.length + state.cancelled.length + 1}`;
          state.seq = 0;
          state.text = '';
          state.site = m.site;
          state.size = m.size;
          reply({ type: 'ready', transfer: state.transfer, chunkSize: o.chunkSize }, m.req);
          break;
        case 'chunk':
          if (m.transfer !== state.transfer) return reply({ type: 'error', code: 'unknown_transfer', message: 'x.', transfer: m.transfer }, m.req);
          if (m.seq !== state.seq) { state.transfer = null; return reply({ type: 'error', code: 'out_of_order', message: 'x.', transfer: m.transfer }, m.req); }
          state.chunks++;
          if (state.chunks > o.crashAfterChunks) return die('Native host has exited.');
          state.seq++;
          state.text += m.data;
          reply({ type: 'progress', transfer: m.transfer, seq: m.seq, bytes: Buffer.byteLength(state.text) }, m.req);
          break;
        case 'end': {
          if (m.transfer !== state.transfer) return reply({ type: 'error', code: 'unknown_transfer', message: 'x.' }, m.req);
          if (m.seq !== state.seq) { state.transfer = null; return reply({ type: 'error', code: 'out_of_order', message: 'x.' }, m.req); }
          const t = state.transfer;
          state.transfer = null;
          if (o.errorOnEnd) return reply({ type: 'error', transfer: t, ...o.errorOnEnd }, m.req);
          state.done.push({ transfer: t, text: state.text, site: state.site });
          const file = `${state.site}-sanitized.har`;
          reply({ type: 'done', transfer: t, path: `/tmp/out/${file}`, file, bytes: Buffer.byteLength(state.text), keyring: 'ok',
            report: { entries: 2, redacted: 3, counts: { cookie: 2, jwt: 1 }, locations: { 'request.headers': 3 } },
            sha: createHash('sha256').update(state.text).digest('hex') }, m.req);
          break;
        }
        case 'cancel':
          state.cancelled.push(m.transfer);
          state.transfer = null;
          reply({ type: 'cancelled', transfer: m.transfer }, m.req);
          break;
        case 'reveal':
          if (!state.done.some((d) => d.transfer === m.transfer)) return reply({ type: 'error', code: 'unknown_transfer', message: 'No such export.' }, m.req);
          state.revealed.push(m.transfer);
          reply({ type: 'revealed', transfer: m.transfer }, m.req);
          break;
        default:
          reply({ type: 'error', code: 'bad_message', message: 'unknown type.' }, m.req);
      }
    },
    onMessage(cb) { onMsg = cb; },
    onDisconnect(cb) {
      onDisc = cb;
      if (o.missing) die('Specified native messaging host not found.');
    },
    close() { state.closed = true; },
  };
  return { port, state, opts: o };
}
