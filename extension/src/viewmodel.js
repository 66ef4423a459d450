// What the panel and the popup show for a tab's state (pure; see ui.js).
import { formatBytes, formatReport } from './report.js';

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
};

/** Before export: what the capture holds (capture.js stats). */
export function captureText(c) {
  if (!c || !c.requests) return '';
  let t = `${plural(c.bodies || 0, 'response body', 'response bodies')} held (${formatBytes(c.bodyChars || 0)} of ${formatBytes(c.maxBodyChars || 0)})`;
  const gone = [];
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

/** state: the service worker's {devtools, count, export, uploadHint} for a tab. */
export function viewModel(state) {
  const s = state || {};
  const ex = s.export || { phase: 'idle' };
  const busy = ['collecting', 'sending', 'saving'].includes(ex.phase);
  const vm = {
    connected: Boolean(s.devtools),
    statusText: s.devtools ? `${plural(s.count || 0, 'request', 'requests')} captured on this tab.` : 'DevTools is not open on this tab.',
    captureText: s.devtools ? captureText(s.capture) : '',
    guidance: s.devtools ? '' : GUIDANCE,
    canExport: Boolean(s.devtools) && !busy,
    busy,
    buttonText: busy ? 'Exporting…' : 'Export sanitized HAR',
    progress: busy ? { value: Math.max(0, Math.min(1, ex.progress || 0)), label: ex.label || '' } : null,
    result: null,
    error: null,
    hint: '',
  };
  if (ex.phase === 'done' && ex.result) {
    const r = ex.result;
    const extras = [];
    if (Number.isFinite(r.bytes)) extras.push(formatBytes(r.bytes));
    if (Number.isFinite(ex.elapsedMs)) extras.push(`saved in ${formatDuration(ex.elapsedMs)}`);
    const ct = countsText(ex.counts, ex.bodiesMissing);
    vm.result = {
      counts: ct.counts,
      path: r.path || r.file || '',
      details: extras.join(', '),
      report: formatReport(r.report),
      bodiesMissing: ct.bodiesMissing,
      keyringWarning: r.keyring && r.keyring !== 'ok' ? String(r.keyring) : '',
    };
    vm.hint = s.uploadHint || '';
  }
  if (ex.phase === 'error' && ex.error) vm.error = ex.error;
  return vm;
}
