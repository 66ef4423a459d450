// The host's report, shown to the user: what kinds were redacted, how many,
// and where. Only counts and names of kinds/locations are read; findings
// (paths, fingerprints) are never displayed here (see review.js).
import { KINDS } from './contract.js';

const BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));

function fallback(kind) {
  const words = String(kind).replace(/[-_.]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Other';
}

/** The label for counts of a kind: "saml" → "SAML assertions" (contract.js); an admin's own kind by its words. */
export function kindLabel(kind) {
  const k = BY_KIND.get(String(kind).toLowerCase());
  return k ? k.label : fallback(kind);
}

/** The label for one finding of a kind: "url-password" → "Password in a URL". */
export function kindSingle(kind) {
  const k = BY_KIND.get(String(kind).toLowerCase());
  return k ? k.single : fallback(kind);
}

/** 1536 → "1.5 KB" (decimal units, as file managers show). */
export function formatBytes(n) {
  if (!Number.isFinite(n) || n < 0) return '';
  if (n < 1000) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = -1;
  do { v /= 1000; u++; } while (v >= 1000 && u < units.length - 1);
  return `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[u]}`;
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

function sortedCounts(obj) {
  if (!obj || typeof obj !== 'object') return [];
  return Object.entries(obj)
    .filter(([, n]) => Number.isFinite(n) && n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * {summary, kinds: [{kind, label, count}], locations: [{location, count}], lines}
 * from a host report ({entries, redacted, counts, locations, ...}).
 */
export function formatReport(report) {
  const r = report && typeof report === 'object' ? report : {};
  const kinds = sortedCounts(r.counts).map(([kind, count]) => ({ kind, label: kindLabel(kind), count }));
  const locations = sortedCounts(r.locations).map(([location, count]) => ({ location, count }));
  const total = Number.isFinite(r.redacted) ? r.redacted : kinds.reduce((s, k) => s + k.count, 0);
  const entries = Number.isFinite(r.entries) ? r.entries : undefined;
  let summary = total === 0 ? 'No secrets were found' : `${plural(total, 'secret', 'secrets')} redacted`;
  if (entries !== undefined) summary += ` in ${plural(entries, 'request', 'requests')}`;
  if (r.alreadySanitized) summary += ' (the capture was already sanitized)';
  summary += '.';
  const lines = [summary, ...kinds.map((k) => `${k.label}: ${k.count}`)];
  return { summary, total, entries, kinds, locations, lines };
}
