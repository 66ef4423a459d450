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
    review: 'optional', // the policy's review setting
    allowExtraTerms: true,
    findings: 3, // how many findings a reviewed export lists
    pageSize: 2, // findings per findings reply
    stageLimit: Infinity, // staged body characters per capture before too_large
    knowsStage: true, // false: an old host answering stage with bad_message
    ...opts,
  };
  const state = { received: [], text: '', transfer: null, seq: 0, done: [], cancelled: [], revealed: [], closed: false, chunks: 0, staged: new Map() };
  // The host's splice (PROTOCOL.md "Staged bodies"): each reference becomes the body's text.
  const splice = (text, capture) => {
    let missing = null;
    const out = text.replace(/"_safeharStaged":"([^"]*)"/g, (_, id) => {
      const b = state.staged.get(capture)?.get(id);
      if (!b) { missing = id; return ''; }
      return `"text":${JSON.stringify(b.data)}${b.encoding ? `,"encoding":"${b.encoding}"` : ''}`;
    });
    return { out, missing };
  };
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
          state.capture = m.capture;
          state.review = o.review === 'required' || (o.review === 'optional' && m.review === true);
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
          const spliced = splice(state.text, state.capture);
          if (spliced.missing) { state.transfer = null; return reply({ type: 'error', code: 'staged_missing', transfer: t, message: `Body ${spliced.missing} is not staged.` }, m.req); }
          state.sent = state.text; // what came over the port
          state.text = spliced.out;
          if (o.errorOnEnd) { state.transfer = null; return reply({ type: 'error', transfer: t, ...o.errorOnEnd }, m.req); }
          if (state.review) {
            state.reviewing = t;
            return reply({ type: 'review', transfer: t, findings: o.findings, report: { entries: 2, redacted: o.findings, counts: { cookie: o.findings } },
              required: o.review === 'required', allowExtraTerms: o.allowExtraTerms, keyring: 'ok' }, m.req);
          }
          state.transfer = null;
          state.done.push({ transfer: t, text: state.text, site: state.site });
          const file = `${state.site}-sanitized.har`;
          reply({ type: 'done', transfer: t, path: `/tmp/out/${file}`, file, bytes: Buffer.byteLength(state.text), keyring: 'ok',
            report: { entries: 2, redacted: 3, counts: { cookie: 2, jwt: 1 }, locations: { 'request.headers': 3 } },
            sha: createHash('sha256').update(state.text).digest('hex') }, m.req);
          break;
        }
        case 'findings': {
          if (m.transfer !== state.reviewing) return reply({ type: 'error', code: 'unknown_transfer', message: 'x.' }, m.req);
          const all = [...Array(o.findings).keys()].map((i) => ({ entry: i % 2, path: `/log/entries/${i % 2}/request/headers/${i}/value`, kind: 'cookie', name: `c${i}` }));
          const page = all.slice(m.offset, m.offset + o.pageSize);
          const next = m.offset + o.pageSize < all.length ? m.offset + o.pageSize : undefined;
          reply({ type: 'findings', transfer: m.transfer, offset: m.offset, findings: page, total: all.length, next,
            requests: { 0: { method: 'GET', url: 'https://app.example.com/x' }, 1: { method: 'POST', url: 'https://app.example.com/api' } } }, m.req);
          break;
        }
        case 'save': {
          if (m.transfer !== state.reviewing) return reply({ type: 'error', code: 'unknown_transfer', message: 'x.' }, m.req);
          const terms = m.extraTerms || [];
          if (terms.length && !o.allowExtraTerms) return reply({ type: 'error', code: 'term_refused', transfer: m.transfer, message: 'Not allowed.' }, m.req);
          const short = terms.find((x) => x.length < 8);
          if (short) return reply({ type: 'error', code: 'term_refused', transfer: m.transfer, message: `The term "${short}" is too short.` }, m.req);
          let text = state.text;
          for (const x of terms) text = text.split(x).join('safehar-user-term-0123456789abcdef');
          state.transfer = null;
          state.reviewing = null;
          state.saved = (state.saved || []).concat([{ transfer: m.transfer, terms }]);
          state.done.push({ transfer: m.transfer, text, site: state.site });
          const file = `${state.site}-sanitized.har`;
          reply({ type: 'done', transfer: m.transfer, path: `/tmp/out/${file}`, file, bytes: Buffer.byteLength(text), keyring: 'ok',
            report: { entries: 2, redacted: o.findings + terms.length, counts: { cookie: o.findings, ...(terms.length ? { 'user-term': terms.length } : {}) } } }, m.req);
          break;
        }
        case 'discard':
          if (m.transfer !== state.reviewing) return reply({ type: 'error', code: 'unknown_transfer', message: 'x.' }, m.req);
          state.discarded = (state.discarded || []).concat([m.transfer]);
          state.transfer = null;
          state.reviewing = null;
          reply({ type: 'discarded', transfer: m.transfer }, m.req);
          break;
        case 'stage': {
          if (!o.knowsStage) return reply({ type: 'error', code: 'bad_message', message: 'Unknown message type "stage".' }, m.req);
          const cap = state.staged.get(m.capture) || new Map();
          const have = [...cap.values()].reduce((n, b) => n + b.data.length, 0);
          if (have + m.data.length > o.stageLimit) return reply({ type: 'error', code: 'too_large', message: 'Past the staging limit.' }, m.req);
          if (cap.has(m.body)) return reply({ type: 'error', code: 'bad_message', message: 'Staged already.' }, m.req);
          cap.set(m.body, { data: m.data, encoding: m.encoding });
          state.staged.set(m.capture, cap);
          reply({ type: 'staged', capture: m.capture, body: m.body, bytes: have + m.data.length }, m.req);
          break;
        }
        case 'unstage':
          state.staged.delete(m.capture);
          reply({ type: 'unstaged', capture: m.capture }, m.req);
          break;
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
