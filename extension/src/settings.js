// Settings in effect: built-in defaults, overridden by the administrator's
// chrome.storage.managed values (which the user cannot change).

export const DEFAULTS = Object.freeze({
  hostName: 'com.safehar.host',
  outputDir: '', // empty: the host's default (it reports it in hello)
  uploadHint: '',
});

const VALIDATORS = {
  // Native host names: dot-separated lowercase alphanumerics and underscores.
  hostName: (v) => typeof v === 'string' && /^[a-z0-9_]+(\.[a-z0-9_]+)*$/i.test(v) && v.length <= 200,
  outputDir: (v) => typeof v === 'string' && v.length > 0 && v.length <= 4096,
  uploadHint: (v) => typeof v === 'string' && v.length <= 1000,
};

/** Every key of managed_schema.json; the host validates and enforces them. */
export const POLICY_KEYS = Object.freeze(['hostName', 'outputDir', 'extraHeaders', 'extraParams', 'extraJsonKeys', 'extraPatterns',
  'jwt', 'redactPersonalData', 'allowExportWithoutBodies', 'uploadHint']);

/**
 * Merges managed values over the defaults. Returns
 * {values, locked: [keys set by the administrator], ignored: [keys with bad values]}.
 * Anything unexpected in `managed` (not an object, unknown keys) is ignored.
 */
export function effectiveSettings(managed) {
  const values = { ...DEFAULTS };
  const locked = [];
  const ignored = [];
  const policy = {};
  if (managed && typeof managed === 'object' && !Array.isArray(managed)) {
    for (const key of POLICY_KEYS) if (key in managed) policy[key] = managed[key];
    for (const key of Object.keys(DEFAULTS)) {
      if (!(key in managed)) continue;
      if (VALIDATORS[key](managed[key])) {
        values[key] = managed[key];
        locked.push(key);
      } else {
        ignored.push(key);
      }
    }
  }
  for (const key of Object.keys(policy)) if (!(key in DEFAULTS) && !locked.includes(key)) locked.push(key);
  return { values, locked, ignored, policy };
}

/**
 * The policy object sent to the host in hello/begin: every schema key the
 * administrator set, as set (the host validates, merges with its system
 * policy and can only tighten redaction with it). undefined when none.
 */
export function hostPolicy(settings) {
  const p = settings && settings.policy ? settings.policy : {};
  return Object.keys(p).length ? { ...p } : undefined;
}

/**
 * Reads chrome.storage.managed defensively: Firefox rejects when no managed
 * storage manifest exists, some browsers lack the area; all of that means {}.
 */
export async function readManaged(storage) {
  try {
    if (!storage || !storage.managed) return {};
    const v = await new Promise((resolve, reject) => {
      try {
        const r = storage.managed.get(null, (items) => resolve(items));
        if (r && typeof r.then === 'function') r.then(resolve, reject);
      } catch (e) {
        reject(e);
      }
    });
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
}
