// The devtools page: lives as long as DevTools is open on a tab. It creates
// the "safehar" panel, registers the inspected tab with the service worker,
// and, when asked, collects the HAR with bodies and hands it over in chunks.
import { collectHar, entryContent, entryContentPromise, serializeHar, withTimeout, DEFAULT_BODY_TIMEOUT_MS } from './har.js';
import { CaptureStore, expectsBody, hasBody } from './capture.js';
import { Stager } from './stager.js';
import { ChunkReader, utf8Length } from './chunker.js';
import { siteFromHar, siteUrlFromHar } from './hostname.js';
import { api, isFirefox } from './platform.js';

const devtools = api.devtools;
const tabId = devtools.inspectedWindow.tabId;

let port = null;
let count = 0;
let url = '';
let reader = null; // ChunkReader of the collected capture
let testConfig = null;
// Every request DevTools finishes, with its body fetched at once (capture.js:
// bounded, oldest bodies dropped and counted past the bound).
const capture = new CaptureStore();
const getContent = isFirefox ? entryContentPromise : entryContent;
// Bodies go to the host as they arrive (stager.js), so Export sends only
// the HAR without them.
const stager = new Stager({
  capture,
  send: (m) => {
    if (!port) return false;
    post(m);
    return true;
  },
  onChange: () => refreshCount(),
});

// Chrome's devtools APIs take callbacks; Firefox's `browser` returns promises.
function getHAR() {
  if (isFirefox) return devtools.network.getHAR();
  return new Promise((resolve, reject) => {
    try {
      devtools.network.getHAR((log) => resolve(log));
    } catch (e) {
      reject(e);
    }
  });
}

async function evalInPage(expr) {
  try {
    if (isFirefox) {
      const [result, exc] = await devtools.inspectedWindow.eval(expr);
      return exc ? undefined : result;
    }
    return await new Promise((resolve) => {
      devtools.inspectedWindow.eval(expr, (result, exc) => resolve(exc ? undefined : result));
    });
  } catch {
    return undefined;
  }
}

function post(m) {
  try {
    if (port) port.postMessage(m);
  } catch {
    /* reconnect below */
  }
}

function connect() {
  port = api.runtime.connect({ name: 'devtools' });
  port.onMessage.addListener(onMessage);
  port.onDisconnect.addListener(() => {
    port = null;
    // The service worker went away, and its port to the helper with it.
    stager.portClosed();
    // The service worker was stopped; it restarts on connect.
    setTimeout(connect, 500);
  });
  post({ type: 'register', tabId, url, count, capture: stats(), stageCapture: capture.id });
  stager.pump();
}

const stats = () => ({ ...capture.stats(), stagePending: stager.pending() });

async function onMessage(m) {
  if (!m || typeof m !== 'object') return;
  if (stager.handle(m)) return;
  const reply = (ok, payload) => post({ type: 'reply', id: m.id, ok, ...(ok ? { result: payload } : { error: payload }) });
  try {
    switch (m.type) {
      case 'collect': {
        reader = null;
        const { har, bodiesFetched, bodiesMissing, counts } = await collectHar({
          getHAR,
          getContent,
          capture,
          onProgress: (p) => post({ type: 'collect-progress', id: m.id, done: p.done, total: p.total }),
        });
        const site = siteFromHar(har, url);
        const s = serializeHar(har, utf8Length);
        reader = new ChunkReader(s.pieces);
        reply(true, { site, entries: s.entries, chars: s.chars, bytes: s.bytes, bodiesFetched, bodiesMissing, counts, capture: capture.id });
        break;
      }
      case 'pull': {
        if (!reader) throw Object.assign(new Error('no capture collected'), { code: 'collect_failed' });
        reply(true, { data: reader.next(m.max) });
        break;
      }
      case 'release':
        reader = null;
        reply(true, {});
        break;
      default:
    }
  } catch (e) {
    reply(false, { code: e.code || 'collect_failed', message: String((e && e.message) || e) });
  }
}

// --- the request counter shown in the panel and popup ----------------------

let countTimer = null;
let recountFromHar = !isFirefox;
function refreshCount(delay = 400) {
  clearTimeout(countTimer);
  countTimer = setTimeout(async () => {
    // Chrome's getHAR is cheap (no bodies) and exactly what Export will see.
    // Firefox's carries every body, so it recounts only after a navigation
    // (events can race the log being cleared) and counts events otherwise.
    if (recountFromHar) {
      try {
        const log = await getHAR();
        count = Math.max(log && log.entries ? log.entries.length : count, capture.seen);
        // inspectedWindow.eval needs host permissions we do not ask for;
        // the HAR names the page (Chrome puts its URL in pages[].title).
        if (!url && log) url = siteUrlFromHar({ log });
      } catch { /* keep the running count */ }
      if (isFirefox) recountFromHar = false;
    }
    post({ type: 'count', count: Math.max(count, capture.seen), url, capture: stats() });
    maybeAutoExport();
  }, delay);
}

devtools.network.onRequestFinished.addListener((request) => {
  count++;
  try {
    const rec = capture.add(request);
    stager.offer(rec); // Firefox may give the body with the entry
    if (!hasBody(rec.entry) && expectsBody(rec.entry) && request && typeof request.getContent === 'function') {
      // Right away: Chromium forgets the bodies of earlier documents on navigation.
      withTimeout(Promise.resolve(getContent(request)), DEFAULT_BODY_TIMEOUT_MS, 'getContent')
        .then((c) => { capture.setBody(rec, c); stager.offer(rec); }, () => capture.setMissing(rec, 'dropped'))
        .finally(() => refreshCount());
    }
  } catch (e) {
    console.warn('safehar: could not record a request', e);
  }
  refreshCount();
});
devtools.network.onNavigated.addListener((newUrl) => {
  url = String(newUrl || '');
  if (isFirefox) {
    count = capture.seen;
    recountFromHar = true;
    refreshCount(1000);
  } else {
    refreshCount();
  }
});

devtools.panels.create('safehar', 'icons/icon-32.png', 'popup.html');

// --- test mode: only when a test.json is packaged (never in the shipped tree)

let autoExported = false;
let autoTimer = null;
let autoWaits = 0;
function maybeAutoExport() {
  if (!testConfig || !testConfig.autoExport || autoExported) return;
  clearTimeout(autoTimer);
  // Export once the page has been quiet for a while and the log holds
  // what the test expects.
  autoTimer = setTimeout(async () => {
    if (autoExported) return;
    const log = await getHAR().catch(() => null);
    // countCapture: the capture keeps what the browser's log forgets on navigation.
    const logged = log && log.entries ? log.entries.length : 0;
    const n = testConfig.countCapture ? Math.max(logged, capture.seen) : logged;
    if (n < (testConfig.minRequests || 1)) {
      console.log(`[safehar test mode] ${n} requests so far, waiting`);
      // Firefox's HAR collector can lose requests made while the toolbox
      // was still starting ("HAR: request not found"): load the page again.
      if (++autoWaits % 4 === 0 && autoWaits <= 8) devtools.inspectedWindow.reload({});
      maybeAutoExport();
      return;
    }
    autoExported = true;
    console.log(`[safehar test mode] exporting ${n} requests; staged ${JSON.stringify({ staged: capture.stats().staged, pending: stager.pending(), stopped: stager.stopped, failures: stager.failures, lost: capture.stats().lostBodies })}`);
    post({ type: 'export' });
  }, testConfig.quietMs || 3000);
}

async function loadTestConfig() {
  try {
    const res = await fetch(api.runtime.getURL('test.json'));
    if (res.ok) testConfig = await res.json();
  } catch {
    testConfig = null;
  }
}

// Test mode: log what the options page would show (the settings in effect,
// read from managed storage, and the host's hello with its policy), so a test
// that cannot drive the browser's UI sees them in the browser's console.
function logHostStatus() {
  const ui = api.runtime.connect({ name: 'ui' });
  ui.onMessage.addListener((m) => {
    if (!m || m.type !== 'host-status') return;
    console.log(`[safehar test mode] host-status ${JSON.stringify({ ok: m.ok, settings: m.settings, policy: m.ok ? m.hello.policy : null, error: m.ok ? null : m.error })}`);
    ui.disconnect();
  });
  ui.postMessage({ type: 'host-status' });
}

// Test mode: act on the review as a user of the panel would (Firefox cannot
// be driven from the tests): log what is listed (counts, the requests and
// kinds, never a value), then save with testConfig.review.terms, or discard.
function handleReview() {
  const cfg = (testConfig && testConfig.review) || {};
  const ui = api.runtime.connect({ name: 'ui' });
  let acted = '';
  let review = null; // the review-findings message
  let ex = {}; // the tab's export state
  const act = () => {
    if (ex.phase !== 'review' || !ex.review || !review || review.transfer !== ex.review.transfer || acted === review.transfer) return;
    acted = review.transfer;
    const requests = [...new Set(review.findings.map((f) => {
      const q = review.requestInfo[f.entry];
      return q ? `${q.method} ${new URL(q.url).pathname}` : '(outside the requests)';
    }))];
    console.log(`[safehar test mode] review ${JSON.stringify({ total: ex.review.total, listed: review.findings.length, requests, kinds: [...new Set(review.findings.map((f) => f.kind))], allowTerms: ex.review.allowTerms, required: ex.review.required })}`);
    if (cfg.action === 'discard') ui.postMessage({ type: 'review-discard' });
    else ui.postMessage({ type: 'review-save', terms: cfg.terms || [] });
  };
  ui.onMessage.addListener((m) => {
    if (!m || m.tabId !== tabId) return;
    if (m.type === 'review-findings') review = m;
    if (m.type === 'state') {
      ex = m.export || {};
      if (ex.phase === 'discarded') console.log('[safehar test mode] discarded');
      if (ex.phase === 'done' && ex.result) console.log(`[safehar test mode] saved ${JSON.stringify({ file: ex.result.file, terms: (ex.result.extraTerms || []).length })}`);
    }
    act();
  });
  ui.postMessage({ type: 'subscribe', tabId });
}

(async () => {
  url = (await evalInPage('location.href')) || '';
  connect();
  await loadTestConfig();
  if (testConfig && testConfig.logHostStatus) logHostStatus();
  if (testConfig && testConfig.autoExport) handleReview();
  refreshCount(); // what DevTools recorded before this page loaded
  if (testConfig) console.log(`[safehar test mode] tab ${tabId}: ${JSON.stringify(testConfig)}`);
  if (testConfig && testConfig.reload) {
    // Test mode: DevTools may have opened after the page loaded; load it
    // again so the whole load is captured, then auto-export when quiet.
    setTimeout(() => devtools.inspectedWindow.reload({}), testConfig.reloadDelayMs || 0);
  }
})();
