// Capture as it happens: each request DevTools reports finished
// (devtools.network.onRequestFinished) is recorded with its response body,
// fetched at once while the browser still has it (Chromium drops the bodies
// of earlier documents on navigation; Firefox's getHAR() drops entries).
// At export the records are merged into what getHAR() returns. Pure: no
// browser API here, so it is unit-tested with node --test.
//
// Memory bound (per inspected tab, i.e. per devtools page): MAX_BODY_CHARS of
// raw body text in total (256 million characters: 256 MB of ASCII/base64 text). Past
// it the oldest bodies are dropped (their entries stay) and counted as
// "evicted"; a single body over MAX_ONE_BODY_CHARS (64 million) is not kept ("too large").
// Raw bodies live only in this memory and go to the host over native
// messaging; nothing here touches disk.
//
// Staging: a body of at most STAGE_MAX_CHARS is sent to the host as soon as
// it is here (devtools.js → service worker → `stage`, PROTOCOL.md "Staged
// bodies"); once the host has it, the entry carries `_safeharStaged: <body
// id>` instead of the text, which the host puts back at export. The text
// stays here as a copy while the bound allows: past the bound the copies of
// staged bodies are dropped first (oldest first; nothing is lost, the host
// has them), only then bodies the host does not have. If the helper
// restarts, what it held is gone: a body with its copy here is staged
// again, one without is counted missing as "helperRestarted".

export const MAX_BODY_CHARS = 256_000_000;
export const MAX_ONE_BODY_CHARS = 64_000_000;
// Entries without bodies are small, but not free: past this many records the
// oldest are dropped whole and counted.
export const MAX_RECORDS = 100_000;
// The longest body staged in the host: one stage frame stays under the
// host's 8 MiB inbound cap (6 bytes per character at worst, escaped).
export const STAGE_MAX_CHARS = 1 << 20;

/** Why a body is not in the file. */
export const REASONS = ['evicted', 'tooLarge', 'binary', 'dropped', 'helperRestarted'];

/** A key that matches the same request in onRequestFinished and getHAR(). */
export function entryKey(e) {
  const r = (e && e.request) || {};
  return `${r.method || ''} ${r.url || ''} ${(e && e.startedDateTime) || ''}`;
}

/** A plain copy of a DevTools HAR entry (own properties; Chrome's getContent is on the prototype). */
export function plainEntry(entry) {
  return JSON.parse(JSON.stringify(entry));
}

/** Does the entry carry a response body (text, possibly empty, or a staged body's reference)? */
export function hasBody(entry) {
  const c = entry && entry.response && entry.response.content;
  return Boolean(c) && (typeof c.text === 'string' || typeof c._safeharStaged === 'string');
}

/** Does the entry hold its body's text here (not staged)? */
export function heldText(entry) {
  const c = entry && entry.response && entry.response.content;
  return Boolean(c) && typeof c.text === 'string';
}

/** A random capture id (the host names a capture's staged bodies by it). */
export function newCaptureId() {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Does this response have a body worth fetching (not a redirect, 204 or 304)? */
export function expectsBody(entry) {
  const res = entry && entry.response;
  if (!res || !res.content) return false;
  const status = res.status;
  return !(status === 204 || status === 304 || (status >= 300 && status < 400 && res.redirectURL));
}

export class CaptureStore {
  constructor({ maxBodyChars = MAX_BODY_CHARS, maxOneBodyChars = MAX_ONE_BODY_CHARS, maxRecords = MAX_RECORDS, id = newCaptureId() } = {}) {
    this.id = id;
    this.maxBodyChars = maxBodyChars;
    this.maxOneBodyChars = maxOneBodyChars;
    this.maxRecords = maxRecords;
    this.clear();
  }

  clear() {
    this.records = []; // in arrival order: {key, entry, reason}
    this.bodyChars = 0;
    this.heldBodies = 0;
    this.evictedBodies = 0;
    this.evictedRecords = 0;
    this.evictedKeys = []; // small strings, to tell at export which of them the log still has
    this.seen = 0;
    this.bodyQueue = []; // records whose body is held, oldest first
    this.bodyHead = 0;
    this.stagedBodies = 0; // held by the host
    this.copyQueue = []; // staged records keeping a copy here, oldest first
    this.copyHead = 0;
    this.lostBodies = 0; // staged, then lost with the helper
    this.nextBody = 0;
  }

  /**
   * Records a finished request. entry: the HAR entry DevTools gave (plain or
   * not; it is copied). Returns the record, to be completed with setBody /
   * setMissing once getContent answers.
   */
  add(entry) {
    const copy = plainEntry(entry);
    const rec = { key: entryKey(copy), entry: copy, reason: '', bodyId: `b${++this.nextBody}`, staged: false };
    this.seen++;
    this.records.push(rec);
    if (this.records.length > this.maxRecords) {
      const old = this.records.shift();
      this.forget(old);
      old.gone = true;
      this.evictedRecords++;
      this.evictedKeys.push(old.key);
    }
    if (heldText(copy)) {
      // Firefox may hand the body with the entry: it counts against the bound too.
      const { text, encoding } = copy.response.content;
      delete copy.response.content.text;
      delete copy.response.content.encoding;
      this.setBody(rec, { content: text, encoding });
    }
    return rec;
  }

  forget(rec) {
    if (rec.staged) {
      rec.staged = false;
      this.stagedBodies--;
      delete rec.entry.response.content._safeharStaged;
    }
    this.dropCopy(rec);
    if (heldText(rec.entry)) {
      this.bodyChars -= rec.entry.response.content.text.length;
      this.heldBodies--;
      delete rec.entry.response.content.text;
      delete rec.entry.response.content.encoding;
    }
  }

  /** The body of rec arrived: {content, encoding} as getContent gives it. */
  setBody(rec, { content, encoding } = {}) {
    if (rec.gone || hasBody(rec.entry)) return; // dropped already, or it came with its body (Firefox), or staged
    if (typeof content !== 'string') {
      rec.reason = content && typeof content === 'object' ? 'binary' : 'dropped';
      return;
    }
    if (content.length > this.maxOneBodyChars) {
      rec.reason = 'tooLarge';
      return;
    }
    rec.entry.response.content.text = content;
    if (encoding) rec.entry.response.content.encoding = encoding;
    rec.reason = '';
    this.bodyChars += content.length;
    this.heldBodies++;
    this.bodyQueue.push(rec);
    this.evict();
  }

  setMissing(rec, reason = 'dropped') {
    if (!hasBody(rec.entry)) rec.reason = reason;
  }

  /** Drops the copy here of a staged body. */
  dropCopy(rec) {
    if (!rec.copy) return;
    this.bodyChars -= rec.copy.text.length;
    this.heldBodies--;
    rec.copy = null;
  }

  evict() {
    // The copies of staged bodies first: the host has them.
    while (this.bodyChars > this.maxBodyChars && this.copyHead < this.copyQueue.length) {
      this.dropCopy(this.copyQueue[this.copyHead++]);
    }
    if (this.copyHead > 1024 && this.copyHead * 2 > this.copyQueue.length) {
      this.copyQueue = this.copyQueue.slice(this.copyHead);
      this.copyHead = 0;
    }
    while (this.bodyChars > this.maxBodyChars && this.bodyHead < this.bodyQueue.length) {
      const rec = this.bodyQueue[this.bodyHead++];
      if (rec.gone || !heldText(rec.entry)) continue;
      this.forget(rec);
      rec.reason = 'evicted';
      this.evictedBodies++;
    }
    if (this.bodyHead > 1024 && this.bodyHead * 2 > this.bodyQueue.length) {
      this.bodyQueue = this.bodyQueue.slice(this.bodyHead);
      this.bodyHead = 0;
    }
  }

  /** Can rec's body be staged in the host (held here, small enough, not tried)? */
  canStage(rec) {
    return !rec.gone && !rec.staged && !rec.stageFailed && heldText(rec.entry) && rec.entry.response.content.text.length <= STAGE_MAX_CHARS;
  }

  /**
   * The host has rec's body (its `staged` reply): the entry carries the
   * reference, the text stays as a copy (dropped first past the bound).
   * False when the record is gone or no longer holds the text (evicted
   * meanwhile).
   */
  markStaged(rec) {
    if (rec.gone || rec.staged || !heldText(rec.entry)) return false;
    const c = rec.entry.response.content;
    rec.copy = { text: c.text, encoding: c.encoding };
    delete c.text;
    delete c.encoding;
    c._safeharStaged = rec.bodyId;
    rec.staged = true;
    this.stagedBodies++;
    this.copyQueue.push(rec);
    return true;
  }

  /** Staging rec's body failed (a host limit): it stays here, and is not tried again. */
  stageFailed(rec) {
    rec.stageFailed = true;
  }

  /**
   * The host's port closed: every staged body is gone with the process. A
   * body with its copy here holds its text again (to be staged again:
   * returned in `restored`); the others count as missing with `reason`.
   * Returns {lost, restored}.
   */
  lostStaged(reason = 'helperRestarted') {
    let lost = 0;
    const restored = [];
    for (const rec of this.records) {
      if (!rec.staged) continue;
      rec.staged = false;
      this.stagedBodies--;
      const c = rec.entry.response.content;
      delete c._safeharStaged;
      if (rec.copy) {
        c.text = rec.copy.text;
        if (rec.copy.encoding) c.encoding = rec.copy.encoding;
        rec.copy = null; // held as the text now (same count, same characters)
        this.bodyQueue.push(rec); // evictable again
        restored.push(rec);
      } else {
        rec.reason = reason;
        lost++;
      }
    }
    this.lostBodies += lost;
    return { lost, restored };
  }

  /** What the panel shows before export. */
  stats() {
    return {
      requests: this.seen,
      bodies: this.heldBodies,
      staged: this.stagedBodies,
      lostBodies: this.lostBodies,
      bodyChars: this.bodyChars,
      evictedBodies: this.evictedBodies,
      evictedRecords: this.evictedRecords,
      maxBodyChars: this.maxBodyChars,
    };
  }
}

const time = (e) => {
  const t = Date.parse(e && e.startedDateTime);
  return Number.isFinite(t) ? t : Infinity;
};

/** Stable sort by startedDateTime (ties and unparsable times keep their order). */
export function sortByStart(entries) {
  return entries.map((e, i) => [time(e), i, e]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]);
}

/**
 * Merges the capture's records into log (what getHAR() returned), in place:
 * an entry in both is kept once (the getHAR one, which keeps Chrome's
 * getContent), its body filled from the capture when getHAR lost it; a
 * record getHAR lacks is added back (with a page for a pageref the log no
 * longer has); entries end sorted by startedDateTime. Returns the counts:
 * {fromBrowser, recovered, filled, lost, reasons: Map(entry → reason of a missing body)}.
 * evictedKeys: keys of records dropped past the record bound (lost: those
 * the log does not have either).
 */
export function mergeCapture(log, records, evictedKeys = []) {
  const byKey = new Map();
  for (const rec of records) {
    const list = byKey.get(rec.key);
    if (list) list.push(rec);
    else byKey.set(rec.key, [rec]);
  }
  const reasons = new Map();
  let filled = 0;
  const fromBrowser = log.entries.length;
  for (const entry of log.entries) {
    const list = byKey.get(entryKey(entry));
    const rec = list && list.shift();
    if (!rec) continue;
    const staged = rec.staged && entry.response && entry.response.content;
    if (staged && hasBody(entry)) {
      // Firefox's log has the text too: the host has it already, so the
      // click sends the reference instead.
      const to = entry.response.content;
      delete to.text;
      delete to.encoding;
      to._safeharStaged = rec.entry.response.content._safeharStaged;
    } else if (!hasBody(entry) && hasBody(rec.entry) && entry.response && entry.response.content) {
      const from = rec.entry.response.content;
      const to = entry.response.content;
      if (typeof from._safeharStaged === 'string') {
        delete to.text;
        delete to.encoding;
        to._safeharStaged = from._safeharStaged; // the host inlines it
      } else {
        to.text = from.text;
        if (from.encoding) to.encoding = from.encoding;
      }
      filled++;
    } else if (!hasBody(entry) && rec.reason) {
      reasons.set(entry, rec.reason);
    }
  }
  const added = [];
  for (const list of byKey.values()) {
    for (const rec of list) {
      const entry = rec.entry; // not copied: the body is not held twice
      if (!hasBody(entry) && rec.reason) reasons.set(entry, rec.reason);
      added.push(entry);
    }
  }
  if (!Array.isArray(log.pages)) log.pages = [];
  log.entries = sortByStart([...log.entries, ...added]);
  const pageIds = new Set(log.pages.map((p) => p && p.id));
  const newPages = new Map();
  for (const e of log.entries) {
    if (!e.pageref || pageIds.has(e.pageref) || newPages.has(e.pageref)) continue;
    // The browser's log forgot this page: name it after its first request.
    newPages.set(e.pageref, { startedDateTime: e.startedDateTime, id: e.pageref, title: e.request && e.request.url, pageTimings: {} });
  }
  log.pages = sortByStart([...log.pages, ...newPages.values()]);
  // Requests dropped from the capture past its record bound, and not in the log either.
  const inLog = new Set(log.entries.map(entryKey));
  const lost = (evictedKeys || []).filter((k) => !inLog.has(k)).length;
  return { fromBrowser, recovered: added.length, filled, reasons, lost };
}

/**
 * The counts the panel, popup and the file's log._safeharCapture carry:
 * {seen, inFile, fromBrowser, recovered, bodies, bodiesMissing, missing: {reason: n}}.
 * entries: the merged log's entries after the export-time body fetch;
 * reasons: mergeCapture's map plus 'dropped' for fetches that failed.
 */
export function captureCounts(entries, { fromBrowser, recovered, reasons, lost = 0 }) {
  const missing = Object.fromEntries(REASONS.map((r) => [r, 0]));
  let bodies = 0;
  let bodiesMissing = 0;
  for (const e of entries) {
    if (hasBody(e)) { bodies++; continue; }
    if (!expectsBody(e)) continue;
    bodiesMissing++;
    const r = reasons.get(e) || 'dropped';
    missing[r] = (missing[r] || 0) + 1;
  }
  return {
    // Every request in the browser's log or the capture, and those the capture dropped.
    seen: entries.length + lost,
    inFile: entries.length,
    fromBrowser,
    recovered,
    evictedRequests: lost,
    bodies,
    bodiesMissing,
    missing,
  };
}
