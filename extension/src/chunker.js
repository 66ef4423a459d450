// Splitting the serialized HAR into protocol chunks.
//
// Every chunk travels as a JSON string inside one native-messaging frame, so a
// chunk must never end between the two halves of a UTF-16 surrogate pair: a
// lone surrogate cannot be encoded as UTF-8 and would corrupt the capture.

/** Largest chunk, in UTF-16 code units. A code unit is at most 6 bytes once
 * JSON-escaped (\u0001), so a frame stays under 6 MiB + overhead, below the
 * host's 8 MiB inbound cap (PROTOCOL.md). */
export const MAX_CHUNK_CHARS = 1 << 20;

/** Smallest chunk we agree to, whatever the host suggests. */
export const MIN_CHUNK_CHARS = 16 << 10;

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Where to cut `str` so that str.slice(start, end) holds at most `max` code
 * units and does not end with the high half of a surrogate pair.
 */
export function safeCut(str, start, max) {
  let end = Math.min(str.length, start + max);
  if (end < str.length && end > start && isHigh(str.charCodeAt(end - 1)) && isLow(str.charCodeAt(end))) {
    end -= 1;
  }
  if (end === start) end = Math.min(str.length, start + 2); // max < 2 and a pair: keep it whole
  return end;
}

/** Splits one string into surrogate-safe pieces of at most `max` code units. */
export function* splitSafe(str, max) {
  if (!(max >= 1)) throw new RangeError('max must be >= 1');
  let i = 0;
  while (i < str.length) {
    const end = safeCut(str, i, max);
    yield str.slice(i, end);
    i = end;
  }
}

/**
 * Turns a sequence of string pieces (e.g. one per HAR entry) into chunks of at
 * most `max` code units, joining small pieces and splitting large ones.
 * Pulled one chunk at a time: `next(max)` returns the next chunk or null.
 * `max` may change between calls (the host's suggestion arrives late).
 */
export class ChunkReader {
  constructor(pieces) {
    this.pieces = pieces;
    this.index = 0; // current piece
    this.offset = 0; // code units of the current piece already consumed
    this.charsRead = 0;
  }

  get done() {
    while (this.index < this.pieces.length && this.offset >= this.pieces[this.index].length) {
      this.index++;
      this.offset = 0;
    }
    return this.index >= this.pieces.length;
  }

  next(max = MAX_CHUNK_CHARS) {
    if (this.done) return null;
    const parts = [];
    let room = max;
    while (room > 0 && !this.done) {
      const piece = this.pieces[this.index];
      let end = Math.min(piece.length, this.offset + room);
      if (end < piece.length && end > this.offset && isHigh(piece.charCodeAt(end - 1)) && isLow(piece.charCodeAt(end))) {
        end -= 1; // never end a chunk between the halves of a pair
      }
      if (end === this.offset) {
        if (parts.length > 0) break; // the pair starts the next chunk
        end = this.offset + 2; // max === 1: a pair cannot be split, send it whole
      }
      parts.push(this.offset === 0 && end === piece.length ? piece : piece.slice(this.offset, end));
      room -= end - this.offset;
      this.offset = end;
      if (this.offset < piece.length) break; // chunk is full
      this.pieces[this.index] = ''; // let the memory go
      this.index++;
      this.offset = 0;
    }
    const out = parts.join('');
    this.charsRead += out.length;
    return out;
  }
}

/** Byte length of `str` once encoded as UTF-8 (lone surrogates count as U+FFFD). */
export function utf8Length(str) {
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (isHigh(c) && i + 1 < str.length && isLow(str.charCodeAt(i + 1))) { n += 4; i++; }
    else n += 3;
  }
  return n;
}
