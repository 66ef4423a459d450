// What the panel and the popup show for a tab's state (pure; see ui.js).
import { formatBytes, formatReport } from './report.js';
import { exportBlockedReason, guidance, helperView } from './hoststate.js';

export const GUIDANCE = 'Open DevTools on this tab, reproduce the problem, then click Export.';

export function formatDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${Math.round((ms % 60_000) / 1000)} s`;
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

const REASON_TEXT = {
  dropped: (n) => `${n} dropped by the browser`,
  evicted: (n) => `${n} evicted (oldest first, past the memory bound)`,
  tooLarge: (n) => `${n} too large to keep`,
  binary: (n) => `${n} binary the browser would not give as text`,
  helperRestarted: (n) => `${n} lost when the safehar helper restarted`,
};

/** Before export: what the capture holds (capture.js stats). */
export function captureText(c) {
  if (!c || !c.requests) return '';
  let t = `${plural(c.bodies || 0, 'response body', 'response bodies')} held (${formatBytes(c.bodyChars || 0)} of ${formatBytes(c.maxBodyChars || 0)})`;
  if (c.staged || c.stagePending) t += `; ${plural(c.staged || 0, 'body', 'bodies')} staged in the helper`;
  if (c.stagePending) t += `, ${c.stagePending} waiting`;
  const gone = [];
  if (c.lostBodies) gone.push(`${plural(c.lostBodies, 'staged body', 'staged bodies')} lost when the helper restarted`);
  if (c.evictedBodies) gone.push(`${plural(c.evictedBodies, 'body', 'bodies')} evicted past the bound`);
  if (c.evictedRecords) gone.push(`${plural(c.evictedRecords, 'request', 'requests')} dropped past the bound`);
  if (gone.length) t += `; ${gone.join(', ')}`;
  return `${t}.`;
}

/**
 * After export: {counts, bodiesMissing} lines from the collect's counts
 * (capture.js captureCounts): requests seen vs in the file, bodies missing and why.
 */
export function countsText(counts, fallbackMissing = 0) {
  if (!counts) {
    return {
      counts: '',
      bodiesMissing: fallbackMissing ? `${plural(fallbackMissing, 'response body was', 'response bodies were')} no longer available in DevTools and ${fallbackMissing === 1 ? 'is' : 'are'} not in the file.` : '',
    };
  }
  let line = `DevTools saw ${plural(counts.seen, 'request', 'requests')}; ${counts.inFile} ${counts.inFile === 1 ? 'is' : 'are'} in the file`;
  if (counts.recovered) line += ` (${counts.recovered} recorded as ${counts.recovered === 1 ? 'it' : 'they'} happened, missing from the browser's own log)`;
  if (counts.seen > counts.inFile) line += `; ${counts.seen - counts.inFile} dropped past the memory bound`;
  line += `. ${plural(counts.bodies, 'response body', 'response bodies')} in the file.`;
  let missing = '';
  if (counts.bodiesMissing) {
    const why = Object.entries(counts.missing || {}).filter(([, n]) => n > 0).map(([r, n]) => (REASON_TEXT[r] || ((k) => `${k} ${r}`))(n));
    missing = `${plural(counts.bodiesMissing, 'response body is', 'response bodies are')} not in the file: ${why.join(', ')}.`;
  }
  return { counts: line, bodiesMissing: missing };
}

/** The default upload hint; an administrator's uploadHint replaces it. */
export const DEFAULT_UPLOAD_HINT = 'Attach this file. Do not attach a HAR exported from the Network panel itself';

/** The keyring note in the user's terms; the host's sentence goes behind a toggle. */
export const KEYRING_PLAIN = 'Placeholders in this file will not match those of your earlier exports: the same secret gets a different placeholder in each file. The file is still fully sanitized.';

/** "a-long-name.har" → {start, end}: shown with an ellipsis between them when it does not fit. */
export function splitName(name, keep = 16) {
  const n = String(name || '');
  if (n.length <= keep + 4) return { start: n, end: '' };
  return { start: n.slice(0, n.length - keep), end: n.slice(n.length - keep) };
}

/** "14:03:07" in the user's locale (24 h when it uses it). */
export function formatTime(ms) {
  if (!Number.isFinite(ms)) return '';
  return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

const folderOf = (p) => {
  const s = String(p || '');
  const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
  return i > 0 ? s.slice(0, i) : '';
};

/**
 * state: the service worker's {devtools, count, export, uploadHint, host}
 * for a tab; env: {os, firefox, extensionVersion}.
 */
export function viewModel(state, env = {}) {
  const s = state || {};
  const ex = s.export || { phase: 'idle' };
  const busy = ['collecting', 'sending', 'saving', 'applying'].includes(ex.phase);
  const reviewing = ex.phase === 'review';
  const helper = helperView(s.host, env);
  const guide = guidance({ devtools: Boolean(s.devtools), count: s.count, os: env.os, firefox: env.firefox });
  const reason = exportBlockedReason({ helper, devtools: Boolean(s.devtools), busy, reviewing });
  const vm = {
    connected: Boolean(s.devtools),
    helper,
    statusText: s.devtools ? `${plural(s.count || 0, 'request', 'requests')} captured on this tab.` : 'DevTools is not open on this tab.',
    captureText: s.devtools ? captureText(s.capture) : '',
    guidance: s.devtools ? '' : GUIDANCE,
    guide,
    canExport: !busy && !reviewing && !reason,
    exportReason: reason,
    busy,
    buttonText: busy ? 'Exporting…' : 'Export sanitized HAR',
    progress: busy ? { value: Math.max(0, Math.min(1, ex.progress || 0)), label: ex.label || '' } : null,
    review: reviewing && ex.review ? ex.review : null,
    discarded: ex.phase === 'discarded',
    result: null,
    error: null,
    hint: '',
  };
  if (ex.phase === 'done' && ex.result) {
    const r = ex.result;
    const path = r.path || r.file || '';
    const file = r.file || path.split(/[\\/]/).pop() || '';
    const extras = [];
    if (Number.isFinite(r.bytes)) extras.push(formatBytes(r.bytes));
    if (Number.isFinite(ex.finishedAt)) extras.push(`saved at ${formatTime(ex.finishedAt)}`);
    if (Number.isFinite(ex.elapsedMs)) extras.push(`in ${formatDuration(ex.elapsedMs)}`);
    const ct = countsText(ex.counts, ex.bodiesMissing);
    const keyringBad = r.keyring && r.keyring !== 'ok';
    vm.result = {
      counts: ct.counts,
      path,
      file,
      name: splitName(file),
      folder: folderOf(path),
      size: Number.isFinite(r.bytes) ? formatBytes(r.bytes) : '',
      time: Number.isFinite(ex.finishedAt) ? formatTime(ex.finishedAt) : '',
      details: extras.join(', '),
      report: formatReport(r.report),
      terms: Array.isArray(r.extraTerms) ? r.extraTerms.length : 0,
      bodiesMissing: ct.bodiesMissing,
      keyringWarning: keyringBad ? KEYRING_PLAIN : '',
      keyringDetails: keyringBad ? String(r.keyring) : '',
    };
    vm.hint = s.uploadHint || DEFAULT_UPLOAD_HINT;
  }
  if (ex.phase === 'error' && ex.error) vm.error = ex.error;
  return vm;
}
