#!/usr/bin/env node
// Test stand-in for a helper of another release: it answers hello with
// protocol 2 (this extension speaks 1), as a newer safehar would, and
// nothing else. The wrong-version state cannot be shown with the host built
// from this tree, which speaks the extension's protocol by construction.
let buf = Buffer.alloc(0);
process.stdin.on('data', (d) => {
  buf = Buffer.concat([buf, d]);
  while (buf.length >= 4 && buf.length >= 4 + buf.readUInt32LE(0)) {
    const n = buf.readUInt32LE(0);
    const m = JSON.parse(buf.subarray(4, 4 + n).toString('utf8'));
    buf = buf.subarray(4 + n);
    const reply = Buffer.from(JSON.stringify({ type: 'hello', protocol: 2, host: '2.0.0', rulesVersion: '2027.1.1', keyring: 'ok', outputDir: '', policy: {}, ...(m.req ? { req: m.req } : {}) }));
    const h = Buffer.alloc(4);
    h.writeUInt32LE(reply.length);
    process.stdout.write(Buffer.concat([h, reply]));
  }
});
process.stdin.on('end', () => process.exit(0));
