// Writes the extension's PNG icons (no image tools needed): a teal shield-like
// disc with a white padlock. Run: node tools/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
export function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// Supersampled coverage of the icon shape at (x, y).
function icon(x, y, s) {
  const N = 4; let teal = 0, white = 0;
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) {
    const u = (x + (i + 0.5) / N) / s, v = (y + (j + 0.5) / N) / s; // 0..1
    const inDisc = (u - 0.5) ** 2 + (v - 0.5) ** 2 <= 0.48 ** 2;
    if (!inDisc) continue;
    const body = u >= 0.28 && u <= 0.72 && v >= 0.46 && v <= 0.78;
    const d = Math.hypot(u - 0.5, v - 0.46);
    const shackle = v <= 0.46 && d >= 0.12 && d <= 0.19;
    const keyhole = Math.hypot(u - 0.5, v - 0.58) <= 0.045 || (Math.abs(u - 0.5) <= 0.02 && v >= 0.58 && v <= 0.68);
    if ((body && !keyhole) || shackle) white++; else teal++;
  }
  const t = teal / (N * N), w = white / (N * N), a = t + w;
  if (a === 0) return [0, 0, 0, 0];
  const mix = (c1, c2) => Math.round((c1 * t + c2 * w) / a);
  return [mix(11, 255), mix(122, 255), mix(117, 255), Math.round(a * 255)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('../icons/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const s of [16, 32, 48, 128]) writeFileSync(new URL(`icon-${s}.png`, dir), png(s, icon));
  console.log('icons written');
}
