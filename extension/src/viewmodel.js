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

/** state: the service worker's {devtools, count, export, uploadHint} for a tab. */
export function viewModel(state) {
  const s = state || {};
  const ex = s.export || { phase: 'idle' };
  const busy = ['collecting', 'sending', 'saving'].includes(ex.phase);
  const vm = {
    connected: Boolean(s.devtools),
    statusText: s.devtools ? `${plural(s.count || 0, 'request', 'requests')} captured on this tab.` : 'DevTools is not open on this tab.',
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
    vm.result = {
      path: r.path || r.file || '',
      details: extras.join(', '),
      report: formatReport(r.report),
      bodiesMissing: ex.bodiesMissing ? `${plural(ex.bodiesMissing, 'response body was', 'response bodies were')} no longer available in DevTools and ${ex.bodiesMissing === 1 ? 'is' : 'are'} not in the file.` : '',
      keyringWarning: r.keyring && r.keyring !== 'ok' ? String(r.keyring) : '',
    };
    vm.hint = s.uploadHint || '';
  }
  if (ex.phase === 'error' && ex.error) vm.error = ex.error;
  return vm;
}
