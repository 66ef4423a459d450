// The site's host name, for the file name the host gives the export.

const FALLBACK = 'capture';

/** A file-name-safe host name from a URL, or 'capture' when there is none. */
export function siteFromUrl(url) {
  let u;
  try {
    u = new URL(String(url));
  } catch {
    return FALLBACK;
  }
  if (u.protocol === 'file:') return 'local-file';
  if (!/^(https?|wss?|ftp):$/.test(u.protocol)) return FALLBACK;
  let h = u.hostname.toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = `ipv6-${h.slice(1, -1).replace(/:+/g, '-').replace(/^-+|-+$/g, '')}`;
  h = h.replace(/\.$/, '').replace(/[^a-z0-9.\-_]/g, '-').replace(/^[.\-]+/, '');
  if (h.length > 100) h = h.slice(0, 100);
  return h || FALLBACK;
}

/**
 * The URL that names what was captured: the inspected page if known, else the
 * first page's title when it is a URL (Chrome puts the URL there), else the
 * first document request, else the first request.
 */
export function siteUrlFromHar(har, inspectedUrl) {
  if (inspectedUrl && /^(https?|file):/i.test(inspectedUrl)) return inspectedUrl;
  const log = har && har.log ? har.log : har;
  const pages = (log && log.pages) || [];
  for (const p of pages) {
    if (p && typeof p.title === 'string' && /^https?:\/\//i.test(p.title)) return p.title;
  }
  const entries = (log && log.entries) || [];
  const doc = entries.find((e) => e && e._resourceType === 'document' && e.request && e.request.url);
  if (doc) return doc.request.url;
  const first = entries.find((e) => e && e.request && /^https?:/i.test(e.request.url || ''));
  return first ? first.request.url : '';
}

export function siteFromHar(har, inspectedUrl) {
  return siteFromUrl(siteUrlFromHar(har, inspectedUrl));
}
