// The review before saving (pure, unit-tested): the host's findings grouped
// by request and kind, where each was, a filter, pages, and the user's extra
// terms. A finding names where and what kind, never the value (the host
// sends no value, and nothing here would show one).
import { kindLabel, kindSingle } from './report.js';

/** Findings listed per page of the review (requests are never split). */
export const PAGE_SIZE = 200;

/** The host's rules for an extra term: a literal redacted everywhere. */
export const TERM_MIN = 8;
export const TERM_MAX = 256;
export const TERMS_MAX = 32;

const PLACES = [
  [/^request\/headers\//, 'Request header'],
  [/^response\/headers\//, 'Response header'],
  [/^request\/cookies\//, 'Request cookie'],
  [/^response\/cookies\//, 'Response cookie'],
  [/^request\/queryString\//, 'Query parameter'],
  [/^request\/url/, 'URL'],
  [/^request\/postData\/params\//, 'Form field'],
  [/^request\/postData\/text/, 'Request body', 'request/postData/text'],
  [/^response\/content\/text/, 'Response body', 'response/content/text'],
  [/^response\/redirectURL/, 'Redirect URL'],
  [/^_webSocketMessages\//, 'WebSocket message'],
];

/**
 * Where a finding was, in words: {place, bodyPath}. path is the finding's
 * JSON pointer ("/log/entries/3/response/content/text/access_token").
 */
export function describeLocation(path) {
  const p = String(path || '');
  const m = /^\/log\/entries\/\d+\/(.*)$/.exec(p);
  if (!m) {
    if (/^\/log\/pages\//.test(p)) return { place: 'Page title', bodyPath: '' };
    return { place: 'Elsewhere in the file', bodyPath: p };
  }
  const rest = m[1];
  for (const [re, place, body] of PLACES) {
    if (re.test(rest)) {
      const bodyPath = body ? rest.slice(body.length) : '';
      return { place, bodyPath: body && bodyPath ? bodyPath : '' };
    }
  }
  return { place: 'Elsewhere in the entry', bodyPath: `/${rest}` };
}

/** "/api/items?x=1" → "/api/items" from a sanitized URL; its host too. */
function splitUrl(url) {
  try {
    const u = new URL(String(url));
    return { host: u.host, path: u.pathname || '/' };
  } catch {
    return { host: '', path: String(url || '') };
  }
}

/**
 * Groups findings by request, then kind. requests: {entry: {method, url}}
 * from the host (sanitized URLs). Returns [{key, entry, method, host, path,
 * count, kinds: [{kind, label, items: [{single, place, bodyPath, name}]}],
 * text}] in entry order; findings outside the entries come last, as one group.
 */
export function groupFindings(findings, requests = {}) {
  const groups = new Map();
  for (const f of Array.isArray(findings) ? findings : []) {
    if (!f || typeof f !== 'object') continue;
    const entry = Number.isInteger(f.entry) ? f.entry : -1;
    let g = groups.get(entry);
    if (!g) {
      const r = (requests && requests[entry]) || {};
      const u = splitUrl(r.url);
      g = {
        key: `e${entry}`,
        entry,
        method: entry < 0 ? '' : String(r.method || ''),
        host: u.host || String(f.host || ''),
        path: entry < 0 ? 'Outside the requests (pages, creator)' : u.path,
        count: 0,
        kinds: new Map(),
      };
      groups.set(entry, g);
    }
    const kind = String(f.kind || 'secret');
    let k = g.kinds.get(kind);
    if (!k) {
      k = { kind, label: kindLabel(kind), items: [] };
      g.kinds.set(kind, k);
    }
    const loc = describeLocation(f.path);
    k.items.push({ single: kindSingle(kind), place: loc.place, bodyPath: loc.bodyPath, name: String(f.name || '') });
    g.count++;
  }
  const out = [...groups.values()].sort((a, b) => (a.entry < 0) - (b.entry < 0) || a.entry - b.entry);
  for (const g of out) {
    g.kinds = [...g.kinds.values()].sort((a, b) => b.items.length - a.items.length || (a.label < b.label ? -1 : 1));
    g.text = [g.method, g.host, g.path, ...g.kinds.flatMap((k) => [k.kind, k.label, ...k.items.flatMap((i) => [i.place, i.name, i.bodyPath])])].join(' ').toLowerCase();
  }
  return out;
}

/** The groups whose request, kind, place or name contains every word of query. */
export function filterGroups(groups, query) {
  const words = String(query || '').toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return groups;
  return groups.filter((g) => words.every((w) => g.text.includes(w)));
}

/**
 * One page of groups, about size findings long (a request's findings stay
 * together). Returns {groups, page, pages, from, to, total} (from/to count
 * findings, 1-based).
 */
export function pageOf(groups, page = 0, size = PAGE_SIZE) {
  const pages = [];
  let cur = [];
  let n = 0;
  for (const g of groups) {
    if (cur.length && n + g.count > size) {
      pages.push(cur);
      cur = [];
      n = 0;
    }
    cur.push(g);
    n += g.count;
  }
  if (cur.length) pages.push(cur);
  const total = groups.reduce((s, g) => s + g.count, 0);
  const p = Math.max(0, Math.min(page, pages.length - 1));
  const before = pages.slice(0, p).reduce((s, pg) => s + pg.reduce((t, g) => t + g.count, 0), 0);
  const here = (pages[p] || []).reduce((t, g) => t + g.count, 0);
  return { groups: pages[p] || [], page: pages.length ? p : 0, pages: pages.length, from: here ? before + 1 : 0, to: before + here, total };
}

/**
 * Checks one extra term as the user typed it. Returns {term} or {error}
 * (a sentence). existing: the terms already added.
 */
export function checkTerm(raw, existing = []) {
  const term = String(raw || '').trim();
  if (!term) return { error: 'Type a word, an e-mail address, a host name or a customer id to remove.' };
  if (term.length < TERM_MIN) return { error: `"${term}" is too short: a term needs at least ${TERM_MIN} characters, so it cannot match ordinary text.` };
  if (term.length > TERM_MAX) return { error: `A term can be at most ${TERM_MAX} characters.` };
  if (/[\u0000-\u001f\u007f]/.test(term)) return { error: 'A term cannot contain line breaks or control characters.' };
  if (existing.includes(term)) return { error: `"${term}" is already in the list.` };
  if (existing.length >= TERMS_MAX) return { error: `At most ${TERMS_MAX} terms can be added to one export.` };
  return { term };
}

/**
 * What the review says: {title, summary, canAddTerms, termsLocked, required}.
 * review: the export's review state ({report, total, allowTerms, required,
 * policyLocked}).
 */
export function reviewSummary(review) {
  const r = review || {};
  const total = Number(r.total) || 0;
  const requests = Number(r.requests) || 0;
  const summary = total === 0
    ? 'The helper found nothing to remove. Nothing is saved until you click Save.'
    : `${total} ${total === 1 ? 'value' : 'values'} will be replaced by placeholders in ${requests} ${requests === 1 ? 'request' : 'requests'}. Values are never shown here. Nothing is saved until you click Save.`;
  return {
    title: 'Review before saving',
    summary,
    canAddTerms: r.allowTerms !== false,
    termsLocked: r.allowTerms === false ? 'Your administrator does not allow adding terms.' : '',
    required: Boolean(r.required),
  };
}
