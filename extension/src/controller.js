// The service worker's brain, free of browser APIs so it can be unit-tested:
// which tabs have DevTools open, which UIs watch them, and the export itself
// (devtools page → chunks → host, with progress back to every watcher).
import { SafeharError, describeError } from './errors.js';

// Share of the progress bar for each phase.
const COLLECT_SHARE = 0.4;
const SEND_SHARE = 0.55;

/**
 * A devtools page connection: sends requests ({type, id, ...}) and resolves
 * them on {type:'reply', id, ok, result|error}. Progress for a request comes
 * as {type:'collect-progress', id, done, total}.
 */
export class DevtoolsLink {
  constructor(port, tabId) {
    this.port = port;
    this.tabId = tabId;
    this.calls = new Map();
    this.nextId = 1;
    this.closed = false;
    this.url = '';
    this.count = 0;
    this.onProgress = new Map();
  }

  call(msg, onProgress) {
    if (this.closed) return Promise.reject(new SafeharError('devtools_closed'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      if (onProgress) this.onProgress.set(id, onProgress);
      try {
        this.port.post({ ...msg, id });
      } catch {
        this.calls.delete(id);
        reject(new SafeharError('devtools_closed'));
      }
    });
  }

  handle(m) {
    if (m.type === 'collect-progress') {
      const cb = this.onProgress.get(m.id);
      if (cb) cb(m);
      return true;
    }
    if (m.type !== 'reply') return false;
    const c = this.calls.get(m.id);
    if (!c) return true;
    this.calls.delete(m.id);
    this.onProgress.delete(m.id);
    if (m.ok) c.resolve(m.result);
    else c.reject(new SafeharError((m.error && m.error.code) || 'collect_failed', (m.error && m.error.message) || 'devtools error'));
    return true;
  }

  close() {
    this.closed = true;
    for (const c of this.calls.values()) c.reject(new SafeharError('devtools_closed'));
    this.calls.clear();
    this.onProgress.clear();
  }
}

const idle = () => ({ phase: 'idle', progress: 0 });

// Export errors that are about the helper itself (a later hello clears them).
const HELPER_ERRORS = new Set(['host_missing', 'host_forbidden', 'host_failed_start', 'host_exited', 'host_timeout', 'protocol_mismatch', 'unsupported_protocol', 'not_allowed']);

export class Controller {
  /**
   * host: a HostClient-like {exportCapture, reveal, status, close}
   * getSettings(): the effectiveSettings() result in force
   * uploadHint(): the hint shown after an export (default: the setting's)
   * now(): ms clock
   */
  /**
   * reviewSetting(): {mode: optional|skip|required, allowTerms, locked:
   * [keys the administrator set], wanted: the user's own choice (optional
   * mode only)}; setWanted(on) stores the user's choice.
   */
  constructor({ host, getSettings, hostPolicy = () => undefined, uploadHint, reviewSetting, setWanted = () => {}, now = () => Date.now(), log = () => {} }) {
    this.reviewSetting = reviewSetting || (() => ({ mode: 'optional', allowTerms: true, locked: [], wanted: false }));
    this.setWanted = setWanted;
    this.hostInfo = undefined; // what the last hello said: {checking} | {ok, hello} | {ok:false, error}
    this.reviewData = new Map(); // tabId → {transfer, findings, requestInfo} of the export under review
    this.hostCheck = null;
    this.host = host;
    this.getSettings = getSettings;
    this.uploadHint = uploadHint || (() => (this.getSettings().values.uploadHint || ''));
    this.hostPolicy = hostPolicy;
    this.now = now;
    this.log = log;
    this.devtools = new Map(); // tabId → DevtoolsLink
    this.exports = new Map(); // tabId → export state
    this.uis = new Set(); // {port, tabId}
    this.running = null; // tabId of the export in progress
    this.stageJobs = []; // stage/unstage requests for the host, one at a time
    this.staging = false;
  }

  // --- connections -------------------------------------------------------

  /** A devtools page connected (port adapted: post/onMessage/onDisconnect). */
  addDevtools(port) {
    let link = null;
    port.onMessage((m) => {
      if (!m || typeof m !== 'object') return;
      if (m.type === 'register' && Number.isInteger(m.tabId)) {
        link = new DevtoolsLink(port, m.tabId);
        const old = this.devtools.get(m.tabId);
        if (old && old !== link) old.close();
        this.devtools.set(m.tabId, link);
        link.url = String(m.url || '');
        link.count = Number(m.count) || 0;
        link.capture = captureStats(m.capture);
        if (typeof m.stageCapture === 'string') link.stageCapture = m.stageCapture;
        this.broadcast(m.tabId);
        return;
      }
      if (!link) return;
      if (m.type === 'stage') {
        this.stage(link, m);
        return;
      }
      if (m.type === 'count') {
        link.count = Number(m.count) || 0;
        if (typeof m.url === 'string') link.url = m.url;
        link.capture = captureStats(m.capture);
        this.broadcast(link.tabId);
        return;
      }
      if (m.type === 'export') { // test mode: the devtools page asks to export its own tab
        this.startExport(link.tabId);
        return;
      }
      link.handle(m);
    });
    port.onDisconnect(() => {
      if (!link) return;
      link.close();
      // The devtools page closed: the host drops what it staged.
      const cap = link.stageCapture;
      if (cap) this.stageJob(() => this.host.unstage(cap).catch(() => {}));
      if (this.devtools.get(link.tabId) === link) {
        this.devtools.delete(link.tabId);
        this.broadcast(link.tabId);
      }
    });
  }

  /** A popup, panel or options page connected. */
  addUi(port) {
    const ui = { port, tabId: null };
    this.uis.add(ui);
    port.onMessage((m) => {
      if (!m || typeof m !== 'object') return;
      switch (m.type) {
        case 'subscribe':
          ui.tabId = Number.isInteger(m.tabId) ? m.tabId : null;
          this.sendState(ui);
          this.checkHost(); // every page that opens asks the helper
          break;
        case 'recheck':
          this.checkHost();
          break;
        case 'review-save':
          if (ui.tabId !== null) this.saveReview(ui.tabId, Array.isArray(m.terms) ? m.terms.map(String) : []);
          break;
        case 'review-discard':
          if (ui.tabId !== null) this.discardReview(ui.tabId);
          break;
        case 'set-review':
          Promise.resolve(this.setWanted(Boolean(m.on))).then(() => this.broadcastAll());
          break;
        case 'export':
          if (ui.tabId !== null) this.startExport(ui.tabId);
          break;
        case 'cancel':
          if (ui.tabId !== null) this.cancel(ui.tabId);
          break;
        case 'reveal':
          if (ui.tabId !== null) this.reveal(ui.tabId, ui);
          break;
        case 'host-status':
          this.hostStatus().then((s) => safePost(port, { type: 'host-status', ...s }));
          break;
        default:
      }
    });
    port.onDisconnect(() => this.uis.delete(ui));
  }

  // --- state -------------------------------------------------------------

  stateFor(tabId) {
    const link = this.devtools.get(tabId);
    return {
      type: 'state',
      tabId,
      devtools: Boolean(link),
      count: link ? link.count : 0,
      url: link ? link.url : '',
      capture: link ? link.capture : null,
      export: this.exports.get(tabId) || idle(),
      uploadHint: this.uploadHint() || '',
      host: this.hostInfo,
      review: this.reviewSetting(),
    };
  }

  broadcastAll() {
    for (const ui of this.uis) this.sendState(ui);
  }

  /**
   * Asks the helper for hello (one question at a time) and tells every
   * page what it said. Never during an export: the export's own
   * connection tells.
   */
  checkHost() {
    if (this.hostCheck) return this.hostCheck;
    if (this.running !== null) return Promise.resolve(this.hostInfo);
    if (!this.hostInfo || !this.hostInfo.ok) {
      this.hostInfo = { checking: true };
      this.broadcastAll();
    }
    this.hostCheck = this.hostStatus().then((st) => {
      this.hostInfo = st.ok ? { ok: true, hello: st.hello } : { ok: false, error: st.error, hostVersion: st.hostVersion, hostProtocol: st.hostProtocol };
      if (st.ok) {
        // Staging paused on a missing helper resumes.
        for (const link of this.devtools.values()) safePost(link.port, { type: 'helper-ready' });
        // The helper answers now: an earlier export's "the helper is
        // missing / stopped" is no longer what the user should read.
        for (const [tabId, x] of this.exports) {
          if (x.phase === 'error' && x.error && HELPER_ERRORS.has(x.error.code)) this.exports.set(tabId, idle());
        }
      }
      this.hostCheck = null;
      this.broadcastAll();
      return this.hostInfo;
    });
    return this.hostCheck;
  }

  // What an export's failure says about the helper, for the state shown
  // before the next click.
  noteHostError(e) {
    const code = e && e.code;
    if (['host_missing', 'host_forbidden', 'not_allowed', 'protocol_mismatch', 'unsupported_protocol', 'host_failed_start'].includes(code)) {
      this.hostInfo = { ok: false, error: describeError(e), hostVersion: e.hostVersion, hostProtocol: e.hostProtocol };
    }
  }

  sendState(ui) {
    if (ui.tabId === null) return;
    const st = this.stateFor(ui.tabId);
    safePost(ui.port, st);
    // The findings of a review go once to each page, not with every state
    // (a tab's request count changes while the user reviews).
    const data = this.reviewData.get(ui.tabId);
    if (st.export.phase === 'review' && data && ui.sentFindings !== data.transfer) {
      ui.sentFindings = data.transfer;
      safePost(ui.port, { type: 'review-findings', tabId: ui.tabId, ...data });
    }
  }

  broadcast(tabId) {
    for (const ui of this.uis) if (ui.tabId === tabId) this.sendState(ui);
  }

  setExport(tabId, patch) {
    const cur = this.exports.get(tabId) || idle();
    this.exports.set(tabId, { ...cur, ...patch });
    this.broadcast(tabId);
  }

  // --- staging (PROTOCOL.md "Staged bodies") -------------------------------

  /** A devtools page's stage request: to the host, the result back to the page. */
  stage(link, m) {
    this.stageJob(async () => {
      if (link.closed) return;
      let res;
      try {
        const r = await this.host.stage({ capture: String(m.capture), body: String(m.body), data: String(m.data), encoding: m.encoding ? String(m.encoding) : undefined });
        res = { ok: true, bytes: r && r.bytes };
      } catch (e) {
        res = { ok: false, code: (e && e.code) || 'stage_failed' };
      }
      safePost(link.port, { type: 'stage-result', sid: m.sid, ...res });
    });
  }

  // Runs stage jobs one after another: only one waits in the host's queue,
  // so an export asked for meanwhile goes next.
  stageJob(fn) {
    this.stageJobs.push(fn);
    if (this.staging) return;
    this.staging = true;
    (async () => {
      while (this.stageJobs.length) {
        try { await this.stageJobs.shift()(); } catch (e) { this.log('stage', e && e.code); }
      }
      this.staging = false;
    })();
  }

  /** The host's port closed with bodies staged: every devtools page learns they are gone. */
  stagedLost() {
    for (const link of this.devtools.values()) safePost(link.port, { type: 'helper-restarted' });
  }

  // --- actions -------------------------------------------------------------

  async startExport(tabId) {
    const fail = (err) => {
      const cur = this.exports.get(tabId) || {};
      this.setExport(tabId, {
        phase: 'error',
        error: describeError(err),
        finishedAt: this.now(),
        elapsedMs: cur.startedAt ? this.now() - cur.startedAt : 0,
        result: undefined,
      });
    };
    const under = [...this.exports.entries()].find(([, x]) => x.phase === 'review');
    if (under) {
      if (under[0] !== tabId) fail(new SafeharError('busy', 'an export is waiting for its review'));
      return;
    }
    if (this.running !== null) {
      const err = new SafeharError('busy');
      if (this.running !== tabId) fail(err);
      return;
    }
    const link = this.devtools.get(tabId);
    if (!link) {
      this.exports.set(tabId, idle());
      fail(new SafeharError('no_devtools'));
      return;
    }
    this.running = tabId;
    const startedAt = this.now();
    const cancelled = () => this.exports.get(tabId)?.cancelRequested === true;
    this.exports.set(tabId, { phase: 'collecting', progress: 0, startedAt, label: 'Reading the capture from DevTools' });
    this.broadcast(tabId);
    let prefetched = null;
    try {
      const collected = await link.call({ type: 'collect' }, (p) => {
        const frac = p.total > 0 ? p.done / p.total : 1;
        this.setExport(tabId, { progress: COLLECT_SHARE * frac, label: `Fetching response bodies ${p.done} / ${p.total}` });
      });
      if (!collected || collected.entries === 0) throw new SafeharError('empty_capture');
      this.setExport(tabId, {
        phase: 'sending',
        progress: COLLECT_SHARE,
        label: 'Sending the capture to the safehar helper',
        entries: collected.entries,
        bodiesMissing: collected.bodiesMissing || 0,
        counts: collected.counts || null,
      });
      const size = collected.bytes;
      const pull = (max) => link.call({ type: 'pull', max }).then((r) => (r && typeof r.data === 'string' ? r.data : null));
      const policy = this.hostPolicy();
      const rs = this.reviewSetting();
      const done = await this.host.exportCapture({
        review: rs.mode === 'required' || (rs.mode !== 'skip' && rs.wanted !== false),
        site: collected.site,
        size,
        capture: typeof collected.capture === 'string' ? collected.capture : undefined,
        policy,
        // The real state: a body DevTools could not give is not in the file.
        bodies: !(collected.bodiesMissing > 0),
        isCancelled: cancelled,
        nextChunk: (max) => {
          // Pull the next chunk from the devtools page while the host works
          // on this one: the two hops overlap, the host still gets one chunk
          // at a time.
          const current = prefetched || pull(max);
          prefetched = null;
          return current.then((data) => {
            if (data !== null) prefetched = pull(max);
            return data;
          });
        },
        onProgress: (p) => {
          if (p.phase === 'saving') {
            this.setExport(tabId, { phase: 'saving', progress: COLLECT_SHARE + SEND_SHARE, label: 'Redacting secrets and saving' });
          } else {
            const frac = size > 0 ? Math.min(1, (p.bytes || 0) / size) : 0;
            this.setExport(tabId, { progress: COLLECT_SHARE + SEND_SHARE * frac, label: 'Sending the capture to the safehar helper' });
          }
        },
      });
      if (done.type === 'review') {
        await this.enterReview(tabId, done);
        return;
      }
      this.finish(tabId, done, startedAt);
    } catch (e) {
      this.log('export failed', e && e.code, e && e.message);
      this.noteHostError(e);
      fail(e);
    } finally {
      this.running = null;
      if (prefetched) prefetched.catch(() => {}); // a dangling read-ahead
      if (this.devtools.get(tabId) === link) link.call({ type: 'release' }).catch(() => {});
    }
  }

  /** The export is saved: the after-save view. */
  finish(tabId, done, startedAt, extraTerms = []) {
      const finishedAt = this.now();
      this.setExport(tabId, {
        phase: 'done',
        progress: 1,
        label: 'Saved',
        finishedAt,
        elapsedMs: finishedAt - startedAt,
        error: undefined,
        result: {
          transfer: done.transfer,
          path: done.path,
          file: done.file,
          bytes: done.bytes,
          report: done.report,
          keyring: done.keyring,
          extraTerms,
        },
        review: undefined,
      });
  }

  /**
   * The host sanitized the capture and waits: list what it found (every
   * page of findings), then wait for Save or Discard.
   */
  async enterReview(tabId, rev) {
    this.setExport(tabId, { phase: 'saving', label: 'Listing what was found' });
    const { findings, requests } = await this.host.reviewFindings(rev.transfer);
    const entries = new Set(findings.map((f) => f.entry).filter((n) => Number.isInteger(n) && n >= 0));
    this.reviewData.set(tabId, { transfer: rev.transfer, findings, requestInfo: requests });
    this.setExport(tabId, {
      phase: 'review',
      progress: 1,
      label: 'Review before saving',
      review: {
        transfer: rev.transfer,
        total: Number.isFinite(rev.findings) ? rev.findings : findings.length,
        listed: findings.length,
        requests: entries.size,
        report: rev.report || null,
        required: rev.required === true,
        allowTerms: rev.allowExtraTerms !== false,
        saving: false,
        termError: '',
      },
    });
  }

  async saveReview(tabId, terms) {
    const cur = this.exports.get(tabId);
    if (!cur || cur.phase !== 'review' || !cur.review || cur.review.saving) return;
    const review = { ...cur.review, saving: true, termError: '' };
    this.setExport(tabId, { review, label: terms.length ? 'Removing your terms and saving' : 'Saving' });
    try {
      const done = await this.host.saveReviewed(review.transfer, review.allowTerms ? terms : []);
      this.reviewData.delete(tabId);
      this.finish(tabId, done, cur.startedAt, review.allowTerms ? terms : []);
    } catch (e) {
      if (e && e.code === 'term_refused') {
        this.setExport(tabId, { review: { ...review, saving: false, termError: describeError(e).message } });
        return;
      }
      this.noteHostError(e);
      this.reviewData.delete(tabId);
      this.setExport(tabId, { phase: 'error', error: describeError(e), review: undefined, finishedAt: this.now() });
    }
  }

  async discardReview(tabId) {
    const cur = this.exports.get(tabId);
    if (!cur || cur.phase !== 'review' || !cur.review) return;
    try {
      await this.host.discardReviewed(cur.review.transfer);
    } catch (e) {
      // The port or the transfer is gone: the host removed the file with it.
      this.log('discard', e && e.code);
    }
    this.reviewData.delete(tabId);
    this.setExport(tabId, { phase: 'discarded', review: undefined, label: 'Discarded: nothing was saved', finishedAt: this.now() });
  }

  cancel(tabId) {
    const cur = this.exports.get(tabId);
    if (cur && this.running === tabId) this.setExport(tabId, { cancelRequested: true, label: 'Cancelling' });
  }

  async reveal(tabId, ui) {
    const cur = this.exports.get(tabId);
    if (!cur || cur.phase !== 'done' || !cur.result) return;
    try {
      await this.host.reveal(cur.result.transfer);
      safePost(ui.port, { type: 'revealed', tabId });
    } catch (e) {
      safePost(ui.port, { type: 'reveal-failed', tabId, error: describeError(e), path: cur.result.path });
    }
  }

  /** For the options page: {ok, hello} or {ok:false, error}. */
  async hostStatus() {
    // The settings are read after the host answered: status() re-reads them.
    try {
      const hello = await this.host.status();
      return { ok: true, hello, settings: this.getSettings() };
    } catch (e) {
      return { ok: false, error: describeError(e), hostVersion: e && e.hostVersion, hostProtocol: e && e.hostProtocol, settings: this.getSettings() };
    }
  }
}

/** The devtools page's capture stats (capture.js CaptureStore.stats), numbers only. */
export function captureStats(c) {
  if (!c || typeof c !== 'object') return null;
  const out = {};
  for (const k of ['requests', 'bodies', 'bodyChars', 'evictedBodies', 'evictedRecords', 'maxBodyChars', 'staged', 'stagePending', 'lostBodies']) out[k] = Number(c[k]) || 0;
  return out;
}

function safePost(port, msg) {
  try {
    port.post(msg);
  } catch {
    /* the page went away */
  }
}
