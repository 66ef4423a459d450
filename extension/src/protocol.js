// The native-messaging client: one long-lived port to the safehar host
// (PROTOCOL.md, version 1), one request in flight at a time.
import { SafeharError, classifyDisconnect } from './errors.js';
import { MAX_CHUNK_CHARS, MIN_CHUNK_CHARS } from './chunker.js';

export const PROTOCOL_VERSION = 1;
export const HOST_NAME = 'com.safehar.host';

// Host errors after which the host exits (PROTOCOL.md "after it").
const FATAL_HOST_CODES = new Set(['bad_frame', 'frame_too_large', 'not_allowed']);

export const DEFAULT_TIMEOUTS = {
  hello: 15_000, // starting the host and the keyring check
  reply: 60_000, // ready / progress / revealed / cancelled
  done: 10 * 60_000, // the sanitizer finishing after `end`
};

/**
 * Wraps a browser port (chrome.runtime.connectNative's result) into
 * {post, onMessage, onDisconnect(cb(errorMessage|null)), close}.
 * Chrome reports why a port closed in runtime.lastError, Firefox in port.error.
 */
export function adaptPort(port, runtime) {
  return {
    post: (msg) => port.postMessage(msg),
    onMessage: (cb) => port.onMessage.addListener((m) => cb(m)),
    onDisconnect: (cb) =>
      port.onDisconnect.addListener((p) => {
        const err = (p && p.error) || (runtime && runtime.lastError);
        cb(err ? String(err.message || err) : null);
      }),
    close: () => port.disconnect(),
  };
}

/**
 * HostClient keeps the port, says hello, serializes requests, and turns
 * every failure into a SafeharError with a stable code.
 *
 * connect(): returns an adapted port (see adaptPort); throwing counts as a
 * missing host.
 */
export class HostClient {
  constructor({ connect, extensionVersion = '0', policy, timeouts = {}, idleCloseMs = 10 * 60_000, log = () => {} }) {
    this.connect = connect;
    this.extensionVersion = extensionVersion;
    this.policy = policy;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...timeouts };
    this.idleCloseMs = idleCloseMs;
    this.log = log;
    this.port = null;
    this.hello = null; // the host's hello once received
    this.pending = null; // {req, expect, resolve, reject, timer}
    this.queue = Promise.resolve();
    this.seq = 0;
    this.idleTimer = null;
    this.state = 'disconnected'; // disconnected | connecting | ready
    this.openPromise = null;
    this.stale = false; // restart the port before the next request
    this.reviewing = null; // a transfer waiting for save/discard: the port stays open
    this.staged = new Set(); // captures with bodies staged on this port
    this.onStagedLost = () => {}; // the port closed with bodies staged
  }

  /**
   * The connection's settings changed (host name or policy): the next
   * request opens a fresh port (so hello carries the new policy). A request
   * in flight is never interrupted.
   */
  restartBeforeNextRequest() {
    this.stale = true;
  }

  // --- port management -------------------------------------------------

  _open() {
    if (this.port) return this.openPromise;
    let port;
    try {
      port = this.connect();
    } catch (e) {
      const why = String((e && e.message) || e);
      const code = classifyDisconnect(why, false);
      return Promise.reject(new SafeharError(code === 'host_exited' ? 'host_failed_start' : code, why));
    }
    this.port = port;
    this.hello = null;
    this.state = 'connecting';
    port.onMessage((m) => this._onMessage(port, m));
    port.onDisconnect((why) => this._onDisconnect(port, why));
    this.openPromise = this._send(
      { type: 'hello', protocol: PROTOCOL_VERSION, extension: this.extensionVersion, ...(this.policy ? { policy: this.policy } : {}) },
      'hello',
      this.timeouts.hello,
    ).then((h) => {
      if (h.protocol !== PROTOCOL_VERSION) {
        this.close();
        throw new SafeharError('protocol_mismatch', `host speaks protocol ${h.protocol}, extension ${PROTOCOL_VERSION}`, { hostVersion: h.host, hostProtocol: h.protocol });
      }
      this.hello = h;
      this.state = 'ready';
      return h;
    });
    return this.openPromise;
  }

  /** Closes the port (the host process ends). */
  close() {
    const port = this.port;
    this._teardown(new SafeharError('host_exited', 'port closed'));
    if (port) {
      try { port.close(); } catch { /* already gone */ }
    }
  }

  _teardown(err) {
    this.port = null;
    if (this.staged.size) {
      // The host process is gone, and what it staged with it.
      this.staged.clear();
      try { this.onStagedLost(); } catch { /* a listener's problem */ }
    }
    this.reviewing = null; // the host dropped the transfer with the port
    this.openPromise = null;
    this.state = 'disconnected';
    clearTimeout(this.idleTimer);
    const p = this.pending;
    this.pending = null;
    if (p) {
      clearTimeout(p.timer);
      p.reject(err);
    }
  }

  _onDisconnect(port, why) {
    if (port !== this.port) return;
    const code = this.fatalError ? this.fatalError.code : classifyDisconnect(why, this.hello !== null || this.sawAnyMessage);
    this.log('host port closed', why);
    const err = this.fatalError || new SafeharError(code, why || 'the helper closed the connection');
    this.fatalError = null;
    this.sawAnyMessage = false;
    this._teardown(err);
  }

  _onMessage(port, m) {
    if (port !== this.port) return;
    this.sawAnyMessage = true;
    if (!m || typeof m !== 'object') return;
    const p = this.pending;
    if (m.type === 'error') {
      const err = new SafeharError(String(m.code || 'unknown'), String(m.message || m.code || 'error'), { fromHost: true, transfer: m.transfer });
      if (FATAL_HOST_CODES.has(err.code)) this.fatalError = err;
      if (p && (m.req === undefined || m.req === p.req)) this._settle(null, err);
      return;
    }
    if (!p) return; // unsolicited: ignore
    if (m.req !== undefined && m.req !== p.req) return; // a late reply to a request that timed out
    if (!(Array.isArray(p.expect) ? p.expect.includes(m.type) : m.type === p.expect)) {
      this._settle(null, new SafeharError('bad_message', `expected ${p.expect}, got ${m.type}`));
      return;
    }
    this._settle(m, null);
  }

  _settle(value, err) {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    clearTimeout(p.timer);
    if (err) p.reject(err); else p.resolve(value);
  }

  // Sends one request and waits for its reply (callers serialize).
  _send(msg, expect, timeoutMs) {
    const port = this.port;
    if (!port) return Promise.reject(new SafeharError('host_exited', 'not connected'));
    const req = `r${++this.seq}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending && this.pending.req === req) {
          this.pending = null;
          reject(new SafeharError('host_timeout', `no ${expect} within ${timeoutMs} ms`));
          this.close(); // the host is stuck: start afresh next time
        }
      }, timeoutMs);
      this.pending = { req, expect, resolve, reject, timer };
      try {
        port.post({ ...msg, req });
      } catch (e) {
        this.pending = null;
        clearTimeout(timer);
        reject(new SafeharError('host_exited', String((e && e.message) || e)));
      }
    });
  }

  // Runs fn with the port open and no other request in flight.
  _exclusive(fn) {
    const run = this.queue.then(async () => {
      clearTimeout(this.idleTimer);
      try {
        if (this.stale && !this.reviewing) { // a transfer in review lives on this port
          this.stale = false;
          if (this.port) this.close();
        }
        const fresh = !this.port;
        await this._open();
        return await fn(fresh);
      } finally {
        // Staged bodies live in this host process: keep it while they do.
        if (this.port && this.idleCloseMs > 0 && !this.reviewing && this.staged.size === 0) {
          this.idleTimer = setTimeout(() => this.close(), this.idleCloseMs);
        }
      }
    });
    this.queue = run.catch(() => {});
    return run;
  }

  // --- requests ----------------------------------------------------------

  /** The host's hello (connecting if needed): version, keyring, outputDir, policy. */
  status() {
    return this._exclusive(async (fresh) => (fresh ? this.hello : this._send({ type: 'status' }, 'hello', this.timeouts.reply)));
  }

  /**
   * Streams one capture to the host.
   * bodies: whether every response body is in the capture (the host refuses
   * a capture without them when the policy says so);
   * nextChunk(maxChars) → Promise<string|null> (null when done);
   * onProgress({phase:'sending'|'saving', bytes, seq}); isCancelled().
   * Resolves to the host's `done` message.
   */
  exportCapture({ site, size, policy, capture, bodies = true, review = false, nextChunk, onProgress = () => {}, isCancelled = () => false }) {
    return this._exclusive(async () => {
      const begin = { type: 'begin', site, bodies: bodies !== false, review: Boolean(review) };
      if (capture) begin.capture = capture; // the text may reference its staged bodies
      if (Number.isFinite(size)) begin.size = size;
      if (policy) begin.policy = policy;
      const ready = await this._send(begin, 'ready', this.timeouts.reply);
      const transfer = ready.transfer;
      if (typeof transfer !== 'string' || !transfer) throw new SafeharError('bad_message', 'ready without transfer');
      const hinted = Number(ready.chunkSize);
      const maxChars = Number.isFinite(hinted) && hinted > 0 ? Math.max(MIN_CHUNK_CHARS, Math.min(MAX_CHUNK_CHARS, hinted)) : MAX_CHUNK_CHARS;
      let seq = 0;
      try {
        for (;;) {
          if (isCancelled()) throw new SafeharError('cancelled', 'cancelled');
          const data = await nextChunk(maxChars);
          if (data === null || data === undefined) break;
          if (isCancelled()) throw new SafeharError('cancelled', 'cancelled');
          const p = await this._send({ type: 'chunk', transfer, seq, data }, 'progress', this.timeouts.reply);
          seq++;
          onProgress({ phase: 'sending', bytes: p.bytes, seq });
        }
        onProgress({ phase: 'saving', seq });
        const done = await this._send({ type: 'end', transfer, seq }, ['done', 'review'], this.timeouts.done);
        if (done.type === 'review') this.reviewing = transfer;
        return { ...done, transfer: done.transfer || transfer };
      } catch (e) {
        // Tell the host to drop the transfer unless the port or the transfer is gone already.
        const hostAborted = e && e.fromHost && ['out_of_order', 'invalid_har', 'disk_full', 'write_failed', 'policy_refused', 'too_large', 'unknown_transfer', 'idle_timeout', 'checksum_mismatch'].includes(e.code);
        if (this.port && !hostAborted && e.code !== 'host_timeout') {
          try { await this._send({ type: 'cancel', transfer }, 'cancelled', this.timeouts.reply); } catch { /* best effort */ }
        }
        throw e;
      }
    });
  }

  /**
   * A transfer in review (exportCapture resolved with a `review` reply):
   * every finding, page after page ({findings, requests} merged).
   */
  reviewFindings(transfer, { max = 100_000 } = {}) {
    return this._exclusive(async () => {
      const findings = [];
      const requests = {};
      let offset = 0;
      for (;;) {
        const page = await this._send({ type: 'findings', transfer, offset }, 'findings', this.timeouts.reply);
        const items = Array.isArray(page.findings) ? page.findings : [];
        for (const f of items) if (findings.length < max) findings.push(f);
        Object.assign(requests, page.requests && typeof page.requests === 'object' ? page.requests : {});
        const next = Number(page.next);
        if (!Number.isInteger(next) || next <= offset || findings.length >= max) break;
        offset = next;
      }
      return { findings, requests };
    });
  }

  /** Saves a reviewed transfer, with the user's extra terms; resolves to `done`. */
  saveReviewed(transfer, extraTerms = []) {
    return this._exclusive(async () => {
      const msg = { type: 'save', transfer };
      if (extraTerms.length) msg.extraTerms = extraTerms;
      const done = await this._send(msg, 'done', this.timeouts.done);
      this.reviewing = null;
      return { ...done, transfer: done.transfer || transfer };
    }).catch((e) => {
      // term_refused keeps the transfer in review; anything else ended it.
      if (!(e && e.code === 'term_refused')) this.reviewing = null;
      throw e;
    });
  }

  /** Drops a reviewed transfer: nothing stays on disk. */
  discardReviewed(transfer) {
    return this._exclusive(async () => {
      try {
        return await this._send({ type: 'discard', transfer }, 'discarded', this.timeouts.reply);
      } finally {
        this.reviewing = null;
      }
    });
  }

  /**
   * Stages one response body of a capture in the host (PROTOCOL.md
   * "Staged bodies"); resolves to the `staged` reply.
   */
  stage({ capture, body, data, encoding }) {
    return this._exclusive(async () => {
      const msg = { type: 'stage', capture, body, data };
      if (encoding) msg.encoding = encoding;
      const r = await this._send(msg, 'staged', this.timeouts.reply);
      this.staged.add(capture);
      return r;
    });
  }

  /** Drops a capture's staged bodies (nothing to do when this port holds none). */
  unstage(capture) {
    if (!this.port || !this.staged.has(capture)) return Promise.resolve(null);
    return this._exclusive(async () => {
      if (!this.staged.has(capture)) return null;
      this.staged.delete(capture);
      return this._send({ type: 'unstage', capture }, 'unstaged', this.timeouts.reply);
    });
  }

  /** Asks the host to show a saved file in the file manager. */
  reveal(transfer) {
    return this._exclusive(() => this._send({ type: 'reveal', transfer }, 'revealed', this.timeouts.reply));
  }
}
