#!/usr/bin/env node
// DEVELOPMENT AID ONLY: a stand-in native host speaking PROTOCOL.md v1 that
// writes what it receives WITHOUT sanitizing. Used to develop the e2e harness
// before the real host existed (SAFEHAR_E2E_HOST=fake). Never used by `npm run e2e`
// by default; the real tests run the freshly built bin/safehar.
import { writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

const out = process.env.SAFEHAR_OUTPUT_DIR || '/tmp';
let buf = Buffer.alloc(0);
let cur = null;
const done = new Set();
function send(m) {
  const b = Buffer.from(JSON.stringify(m));
  const h = Buffer.alloc(4);
  h.writeUInt32LE(b.length);
  process.stdout.write(Buffer.concat([h, b]));
}
function handle(m) {
  const r = (x) => send({ ...x, ...(m.req !== undefined ? { req: m.req } : {}) });
  switch (m.type) {
    case 'hello': case 'status':
      return r({ type: 'hello', protocol: 1, host: 'fake-0', rulesVersion: '0', keyring: 'ok', outputDir: out, policy: {} });
    case 'begin':
      cur = { transfer: randomUUID(), seq: 0, parts: [], site: m.site, bytes: 0 };
      return r({ type: 'ready', transfer: cur.transfer, chunkSize: 1 << 20 });
    case 'chunk':
      if (!cur || m.seq !== cur.seq) return r({ type: 'error', code: 'out_of_order', message: 'Chunks arrived out of order; export again.' });
      cur.seq++; cur.parts.push(m.data); cur.bytes += Buffer.byteLength(m.data);
      return r({ type: 'progress', transfer: cur.transfer, seq: m.seq, bytes: cur.bytes });
    case 'end': {
      const text = cur.parts.join('');
      JSON.parse(text);
      const file = `${cur.site}-fake.har`;
      const path = join(out, file);
      writeFileSync(path + '.tmp', text, { mode: 0o600 });
      renameSync(path + '.tmp', path);
      done.add(cur.transfer);
      const t = cur.transfer; cur = null;
      return r({ type: 'done', transfer: t, path, file, bytes: Buffer.byteLength(text), keyring: 'ok', report: { entries: JSON.parse(text).log.entries.length, redacted: 0, counts: {}, locations: {} } });
    }
    case 'cancel': { const t = m.transfer; cur = null; return r({ type: 'cancelled', transfer: t }); }
    case 'reveal': return r(done.has(m.transfer) ? { type: 'revealed', transfer: m.transfer } : { type: 'error', code: 'unknown_transfer', message: 'No such export.' });
    default: return r({ type: 'error', code: 'bad_message', message: 'Unknown message.' });
  }
}
process.stdin.on('data', (d) => {
  buf = Buffer.concat([buf, d]);
  while (buf.length >= 4) {
    const n = buf.readUInt32LE(0);
    if (buf.length < 4 + n) break;
    const m = JSON.parse(buf.subarray(4, 4 + n).toString('utf8'));
    buf = buf.subarray(4 + n);
    handle(m);
  }
});
process.stdin.on('end', () => process.exit(0));
