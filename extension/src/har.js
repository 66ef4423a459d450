// Assembling the capture: the HAR from DevTools plus every response body,
// fetched with bounded concurrency, then serialized in pieces. With a
// capture (capture.js), what DevTools reported as it happened is merged in
// first, so only what the capture lacks is fetched at click time.
import { captureCounts, expectsBody, hasBody, mergeCapture } from './capture.js';

export const DEFAULT_CONCURRENCY = 6;
export const DEFAULT_BODY_TIMEOUT_MS = 30_000;

/**
 * Runs fn(item, index) over items with at most `limit` calls in flight.
 * Resolves when all are settled; fn's rejections are the caller's to catch.
 */
export async function mapLimit(items, limit, fn) {
  const n = items.length;
  let next = 0;
  const workers = [];
  const worker = async () => {
    while (next < n) {
      const i = next++;
      await fn(items[i], i);
    }
  };
  for (let k = 0; k < Math.max(1, Math.min(limit, n)); k++) workers.push(worker());
  await Promise.all(workers);
}

/** Promise of fn's result or a rejection after ms. */
export function withTimeout(promise, ms, what = 'operation') {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, t]).finally(() => clearTimeout(timer));
}

/** Does this entry still lack its response body? */
export function needsBody(entry) {
  return expectsBody(entry) && !hasBody(entry);
}

/**
 * Gets an entry's body through Chrome's DevTools Request API,
 * `getContent(callback(content, encoding))`.
 */
export function entryContent(entry) {
  return new Promise((resolve, reject) => {
    try {
      // Chrome gives '' or 'base64'; Firefox's callback form (used where
      // its devtools page cannot tell it is Firefox) gives the MIME type.
      entry.getContent((content, encoding) => resolve({ content, encoding: encoding === 'base64' ? 'base64' : '' }));
    } catch (e) {
      reject(e);
    }
  });
}

/** Firefox's promise form: getContent() → [content, mimeType] or content. */
export async function entryContentPromise(entry) {
  const r = await entry.getContent();
  return Array.isArray(r) ? { content: r[0] } : { content: r };
}

/**
 * Builds {log} with bodies. `getHAR()` resolves to the HAR log (Chrome:
 * entries carry getContent; Firefox: bodies already present). `capture`
 * (a CaptureStore, optional) is merged in first (capture.js mergeCapture).
 * `getContent(entry)` resolves to {content, encoding}, for the bodies still
 * missing. Progress: onProgress({done, total}) as bodies arrive. A body that
 * cannot be fetched is left out and counted, never fatal. Returns
 * {har, bodiesFetched, bodiesMissing, counts} (captureCounts); the counts are
 * also in the file, as log._safeharCapture.
 */
export async function collectHar({
  getHAR,
  getContent = entryContent,
  capture = null,
  concurrency = DEFAULT_CONCURRENCY,
  bodyTimeoutMs = DEFAULT_BODY_TIMEOUT_MS,
  onProgress = () => {},
  isCancelled = () => false,
}) {
  const got = await getHAR();
  const log = got && got.log ? got.log : got;
  if (!log || !Array.isArray(log.entries)) throw new Error('DevTools returned no network log');
  const merged = capture
    ? mergeCapture(log, capture.records, capture.evictedKeys)
    : { fromBrowser: log.entries.length, recovered: 0, filled: 0, lost: 0, reasons: new Map() };
  const canFetch = (e) => e && typeof e.getContent === 'function';
  const todo = log.entries.filter((e) => needsBody(e) && canFetch(e));
  let done = 0;
  let failed = 0;
  onProgress({ done, total: todo.length });
  await mapLimit(todo, concurrency, async (entry) => {
    if (isCancelled()) throw new Error('cancelled');
    try {
      const { content, encoding } = await withTimeout(Promise.resolve(getContent(entry)), bodyTimeoutMs, 'getContent');
      if (typeof content === 'string') {
        entry.response.content.text = content;
        if (encoding) entry.response.content.encoding = encoding;
        merged.reasons.delete(entry);
      } else {
        failed++;
      }
    } catch (e) {
      if (isCancelled()) throw e;
      failed++;
    }
    done++;
    onProgress({ done, total: todo.length });
  });
  const counts = captureCounts(log.entries, merged);
  counts.filledFromCapture = merged.filled;
  log._safeharCapture = counts;
  return { har: { log }, bodiesFetched: todo.length - failed, bodiesMissing: counts.bodiesMissing, counts };
}

/**
 * Serializes a HAR as an array of string pieces (one per entry, plus the
 * frame around them) so the text never has to exist as one giant string.
 * Each entry's body is released once serialized. Returns {pieces, chars, bytes}.
 */
export function serializeHar(har, utf8Length) {
  const { entries = [], ...rest } = har.log;
  const head = JSON.stringify({ log: { ...rest, entries: [] } });
  const tail = ']}}';
  if (!head.endsWith('"entries":[]}}')) throw new Error('unexpected HAR serialization');
  const pieces = [head.slice(0, -tail.length)];
  for (let i = 0; i < entries.length; i++) {
    if (i > 0) pieces.push(',');
    pieces.push(JSON.stringify(entries[i])); // own properties only: Chrome's getContent is on the prototype
    entries[i] = null;
  }
  pieces.push(tail);
  let chars = 0;
  let bytes = 0;
  for (const p of pieces) {
    chars += p.length;
    if (utf8Length) bytes += utf8Length(p);
  }
  return { pieces, chars, bytes: utf8Length ? bytes : undefined, entries: entries.length };
}

