#!/usr/bin/env node
// Test wrapper around the real host: forwards frames both ways and exits
// (as a crashing host would) when the browser sends its first `chunk`
// frame, i.e. in the middle of an export. Usage: crash-proxy.mjs HOST [args...]
import { spawn } from 'node:child_process';

const [hostPath, ...args] = process.argv.slice(2);
const child = spawn(hostPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
child.stdout.pipe(process.stdout);
let buf = Buffer.alloc(0);
process.stdin.on('data', (d) => {
  buf = Buffer.concat([buf, d]);
  while (buf.length >= 4) {
    const n = buf.readUInt32LE(0);
    if (buf.length < 4 + n) break;
    const frame = buf.subarray(0, 4 + n);
    let type = '';
    try { type = JSON.parse(frame.subarray(4).toString('utf8')).type; } catch { /* forward as is */ }
    buf = buf.subarray(4 + n);
    if (type === 'chunk') {
      process.stderr.write('crash-proxy: simulating a host crash mid-export\n');
      child.kill('SIGKILL');
      process.exit(70);
    }
    child.stdin.write(frame);
  }
});
process.stdin.on('end', () => child.stdin.end());
child.on('exit', (code) => process.exit(code ?? 1));
