// Packs the extension into a .crx with Chromium and the development key, and
// reads the CRX3 header back (enough protobuf to get the id and public key).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function packCrx(chromium, extDir, devKeyPem, workDir) {
  const pem = readFileSync(devKeyPem, 'utf8');
  const key = join(workDir, 'dev-key.pem');
  writeFileSync(key, pem.slice(pem.indexOf('-----BEGIN')), { mode: 0o600 }); // drop the "development key" notice
  execFileSync(chromium, ['--headless', '--no-sandbox', `--pack-extension=${extDir}`, `--pack-extension-key=${key}`], { stdio: 'ignore', timeout: 60_000 });
  return `${extDir}.crx`;
}

function varint(buf, pos) {
  let v = 0;
  let shift = 0;
  for (;;) {
    const b = buf[pos++];
    v += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [v, pos];
    shift += 7;
  }
}

function fields(buf) {
  const out = [];
  let pos = 0;
  while (pos < buf.length) {
    let key;
    [key, pos] = varint(buf, pos);
    const field = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 2) {
      let len;
      [len, pos] = varint(buf, pos);
      out.push({ field, value: buf.subarray(pos, pos + len) });
      pos += len;
    } else if (wire === 0) {
      let v;
      [v, pos] = varint(buf, pos);
      out.push({ field, value: v });
    } else {
      throw new Error(`unsupported wire type ${wire}`);
    }
  }
  return out;
}

/** {id, publicKeys: [base64 DER]} from a CRX3 file. */
export function readCrx(file) {
  const buf = readFileSync(file);
  if (buf.subarray(0, 4).toString('latin1') !== 'Cr24' || buf.readUInt32LE(4) !== 3) throw new Error('not a CRX3 file');
  const header = buf.subarray(12, 12 + buf.readUInt32LE(8));
  const top = fields(header);
  const publicKeys = top.filter((f) => f.field === 2).map((f) => fields(f.value).find((x) => x.field === 1).value.toString('base64'));
  const signed = top.find((f) => f.field === 10000);
  const crxId = fields(signed.value).find((f) => f.field === 1).value;
  const id = [...crxId.toString('hex')].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  return { id, publicKeys };
}
