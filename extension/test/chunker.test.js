import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChunkReader, splitSafe, safeCut, utf8Length, MAX_CHUNK_CHARS } from '../src/chunker.js';

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;
function assertWellFormed(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c)) { assert.ok(i + 1 < s.length && isLow(s.charCodeAt(i + 1)), `lone high surrogate at ${i}`); i++; }
    else assert.ok(!isLow(c), `lone low surrogate at ${i}`);
  }
}

test('splitSafe never splits a surrogate pair', () => {
  const s = 'a😀b😀😀c'.repeat(50);
  for (const max of [1, 2, 3, 4, 5, 7, 16]) {
    const parts = [...splitSafe(s, max)];
    assert.equal(parts.join(''), s);
    for (const p of parts) {
      assertWellFormed(p);
      assert.ok(p.length <= Math.max(max, 2), `part of ${p.length} > ${max}`);
    }
  }
});

test('safeCut backs off before a pair at the limit', () => {
  const s = 'ab😀';
  assert.equal(safeCut(s, 0, 3), 2);
  assert.equal(safeCut(s, 0, 4), 4);
  assert.equal(safeCut(s, 2, 1), 4); // max 1 and a pair: the pair goes whole
});

test('ChunkReader joins small pieces and splits big ones, round trip', () => {
  const pieces = ['{"log":{"entries":[', '{"a":"😀x"}', ',', '{"b":"' + 'é😀'.repeat(1000) + '"}', ']}}'];
  const whole = pieces.join('');
  for (const max of [1, 2, 3, 10, 64, 999, 5000]) {
    const r = new ChunkReader([...pieces]);
    const out = [];
    for (let c; (c = r.next(max)) !== null;) {
      assert.ok(c.length > 0);
      assert.ok(c.length <= Math.max(max, 2));
      assertWellFormed(c);
      out.push(c);
    }
    assert.equal(out.join(''), whole);
    assert.equal(r.charsRead, whole.length);
    assert.equal(r.next(max), null);
  }
});

test('ChunkReader fills chunks up to the limit', () => {
  const r = new ChunkReader(['abc', 'def', 'ghi']);
  assert.equal(r.next(4), 'abcd');
  assert.equal(r.next(4), 'efgh');
  assert.equal(r.next(4), 'i');
  assert.equal(r.next(4), null);
});

test('ChunkReader skips empty pieces and handles none', () => {
  assert.equal(new ChunkReader([]).next(), null);
  assert.equal(new ChunkReader(['', '']).next(), null);
  const r = new ChunkReader(['', 'x', '']);
  assert.equal(r.next(), 'x');
  assert.equal(r.next(), null);
});

test('chunk frames stay under the host 8 MiB inbound cap even for worst-case escaping', () => {
  const data = '\u0001'.repeat(MAX_CHUNK_CHARS);
  const frame = JSON.stringify({ type: 'chunk', transfer: '0190c0de-0000-7000-8000-000000000000', seq: 123456, data, req: 'r99999' });
  assert.ok(Buffer.byteLength(frame) < 8 * 1024 * 1024);
});

test('utf8Length matches Buffer.byteLength', () => {
  for (const s of ['', 'abc', 'é', '€', '😀', 'a😀é€z'.repeat(33), '\u0000\u007f\u0080\u07ff\u0800\uffff']) {
    assert.equal(utf8Length(s), Buffer.byteLength(s, 'utf8'), JSON.stringify(s));
  }
  assert.equal(utf8Length('\ud800'), 3); // lone surrogate → U+FFFD
});
