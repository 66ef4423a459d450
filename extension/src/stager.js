// The devtools page's side of staging (PROTOCOL.md "Staged bodies"): each
// body the capture holds goes to the service worker, which stages it in
// the host on its native port; once the host has it, the entry carries a
// reference (capture.js markStaged; the text stays as a copy while the
// memory bound allows, so a helper restart restages it). At most `window` stage messages are in
// flight per tab, so the page's load is never held up and an export's
// chunks are never starved (the service worker sends stages one at a time,
// between other requests). Pure: no browser API, unit-tested.

export const STAGE_WINDOW = 4;

// Errors after which this page pauses staging (the helper is missing, too
// old to know `stage`, or refuses it): the bodies stay here meanwhile (and
// go inline if exported so), and staging resumes when the helper answers
// again or after RETRY_MS.
export const RETRY_MS = 30_000;
const STOP_CODES = new Set(['host_missing', 'host_forbidden', 'host_failed_start', 'not_allowed', 'protocol_mismatch', 'unsupported_protocol', 'bad_message']);

export class Stager {
  /**
   * capture: the CaptureStore; send(msg) → false when the service worker
   * is not connected; onChange() after the counts changed.
   */
  constructor({ capture, send, onChange = () => {}, window = STAGE_WINDOW, retryMs = RETRY_MS }) {
    this.retryMs = retryMs;
    this.timer = null;
    this.capture = capture;
    this.send = send;
    this.onChange = onChange;
    this.window = window;
    this.queue = [];
    this.head = 0;
    this.inFlight = new Map(); // sid → record
    this.seq = 0;
    this.stopped = '';
    this.failures = {}; // code → how many stage requests failed so
  }

  /** A record has its body: stage it if it can be. */
  offer(rec) {
    if (!this.stageable(rec)) return;
    this.queue.push(rec);
    this.pump();
  }

  stageable(rec) {
    if (!this.capture.canStage(rec)) return false;
    const enc = rec.entry.response.content.encoding;
    return !enc || enc === 'base64';
  }

  /** Bodies waiting to be staged or in flight. */
  pending() {
    return this.queue.length - this.head + this.inFlight.size;
  }

  pump() {
    while (!this.stopped && this.inFlight.size < this.window && this.head < this.queue.length) {
      const rec = this.queue[this.head];
      if (!this.stageable(rec)) {
        this.head++;
        continue;
      }
      const c = rec.entry.response.content;
      const sid = ++this.seq;
      const msg = { type: 'stage', sid, capture: this.capture.id, body: rec.bodyId, data: c.text };
      if (c.encoding) msg.encoding = c.encoding;
      if (!this.send(msg)) break; // not connected: pump again on connect
      this.head++;
      this.inFlight.set(sid, rec);
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  /** Handles a message from the service worker; true when it was ours. */
  handle(m) {
    if (m.type === 'stage-result') {
      const rec = this.inFlight.get(m.sid);
      if (!rec) return true;
      this.inFlight.delete(m.sid);
      if (m.ok) {
        this.capture.markStaged(rec);
      } else {
        this.failures[m.code] = (this.failures[m.code] || 0) + 1;
        if (STOP_CODES.has(m.code)) {
          this.queue.splice(this.head, 0, rec); // tried again when staging resumes
          this.stop(m.code);
        } else if ((m.code === 'host_exited' || m.code === 'host_timeout') && !rec.retried) {
          rec.retried = true; // the helper went away under it: once more, to the next one
          this.queue.push(rec);
        } else {
          this.capture.stageFailed(rec); // a limit: it stays here, inline at export
        }
      }
      this.onChange();
      this.pump();
      return true;
    }
    if (m.type === 'helper-ready') {
      this.resume();
      return true;
    }
    if (m.type === 'helper-restarted') {
      // The helper's port closed: what it held is gone; what is still
      // here is staged again.
      this.restage();
      return true;
    }
    return false;
  }

  stop(code) {
    this.stopped = code;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.resume(), this.retryMs);
    if (this.timer && typeof this.timer.unref === 'function') this.timer.unref();
  }

  resume() {
    if (!this.stopped) return;
    this.stopped = '';
    clearTimeout(this.timer);
    this.pump();
  }

  /**
   * The service worker went away, and its port to the helper with it: the
   * bodies in flight are still here (they are sent again), the staged ones
   * are lost.
   */
  portClosed() {
    const again = [...this.inFlight.values()];
    this.inFlight.clear();
    this.queue = [...again, ...this.queue.slice(this.head)];
    this.head = 0;
    this.restage();
  }

  restage() {
    const { lost, restored } = this.capture.lostStaged('helperRestarted');
    for (const rec of restored) this.queue.push(rec);
    if (lost || restored.length) this.onChange();
    this.pump();
  }
}
