// Settings in effect: built-in defaults, overridden by the administrator's
// managed storage values (chrome.storage.managed / browser.storage.managed,
// which the user cannot change). Every key of managed_schema.json is known
// here with its type and default; the host validates the same keys again,
// merges them with its own system policy and enforces the strictest.
// contract.js (generated from the host) lists the same keys: a test checks.
import { REVIEW } from './contract.js';

const isString = (v) => typeof v === 'string';
const isBool = (v) => typeof v === 'boolean';
const isNames = (v) => Array.isArray(v) && v.length <= 256 && v.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 256);
const isPatterns = (v) => Array.isArray(v) && v.length <= 64 && v.every((p) => p && typeof p === 'object' && !Array.isArray(p)
  && typeof p.name === 'string' && typeof p.regexp === 'string' && (p.kind === undefined || typeof p.kind === 'string'));

/**
 * The managed_schema.json keys, in schema order: type (as in the schema),
 * the built-in default, and the check a value must pass to be used by the
 * extension itself. The host does its own, stricter validation.
 */
export const SCHEMA = Object.freeze({
  // Native host names: dot-separated alphanumerics and underscores.
  hostName: { type: 'string', default: 'com.safehar.host', valid: (v) => isString(v) && v.length <= 200 && /^[a-z0-9_]+(\.[a-z0-9_]+)*$/i.test(v) },
  outputDir: { type: 'string', default: '', valid: (v) => isString(v) && v.length > 0 && v.length <= 4096 }, // '': the host's default
  extraHeaders: { type: 'array', default: [], valid: isNames },
  extraParams: { type: 'array', default: [], valid: isNames },
  extraJsonKeys: { type: 'array', default: [], valid: isNames },
  extraPatterns: { type: 'array', default: [], valid: isPatterns },
  jwt: { type: 'string', default: 'keep-claims', valid: (v) => v === 'keep-claims' || v === 'drop' },
  redactPersonalData: { type: 'boolean', default: true, valid: isBool },
  allowExportWithoutBodies: { type: 'boolean', default: true, valid: isBool },
  uploadHint: { type: 'string', default: '', valid: (v) => isString(v) && v.length <= 1000 },
  review: { type: 'string', default: 'optional', valid: (v) => Object.values(REVIEW).includes(v) },
  allowExtraTerms: { type: 'boolean', default: true, valid: isBool },
});

/** Every key of managed_schema.json, in schema order. */
export const POLICY_KEYS = Object.freeze(Object.keys(SCHEMA));

/** The built-in value of every setting. */
export const DEFAULTS = Object.freeze(Object.fromEntries(POLICY_KEYS.map((k) => [k, SCHEMA[k].default])));

const clone = (v) => (v && typeof v === 'object' ? JSON.parse(JSON.stringify(v)) : v);

/**
 * Merges managed values over the defaults. Returns
 * {values: every setting, locked: [keys the administrator set, schema order],
 *  ignored: [locked keys whose value the extension cannot use (it keeps the
 *  default for itself; the host still gets the value and reports it)],
 *  policy: {every schema key the administrator set, as set}}.
 * Anything unexpected in `managed` (not an object, unknown keys) is ignored.
 */
export function effectiveSettings(managed) {
  const values = Object.fromEntries(POLICY_KEYS.map((k) => [k, clone(DEFAULTS[k])]));
  const locked = [];
  const ignored = [];
  const policy = {};
  if (managed && typeof managed === 'object' && !Array.isArray(managed)) {
    for (const key of POLICY_KEYS) {
      if (!Object.prototype.hasOwnProperty.call(managed, key) || managed[key] === undefined) continue;
      policy[key] = clone(managed[key]);
      locked.push(key);
      if (SCHEMA[key].valid(managed[key])) values[key] = clone(managed[key]);
      else ignored.push(key);
    }
  }
  return { values, locked, ignored, policy };
}

/**
 * The policy object sent to the host in hello/begin: every schema key the
 * administrator set, as set (the host validates, merges with its system
 * policy and can only tighten redaction with it). undefined when none.
 */
export function hostPolicy(settings) {
  const p = settings && settings.policy ? settings.policy : {};
  return Object.keys(p).length ? clone(p) : undefined;
}

/**
 * What the native connection depends on (host name and policy): when it
 * changes, the connection is restarted so the host says hello with it.
 */
export function connectionKey(settings) {
  return JSON.stringify([settings && settings.values ? settings.values.hostName : DEFAULTS.hostName, hostPolicy(settings) || null]);
}

/**
 * Reads managed storage defensively: Firefox rejects when neither an
 * enterprise policy nor a managed storage manifest exists, some browsers
 * lack the area, a hung call must not block an export; all of that means {}.
 */
export async function readManaged(storage, timeoutMs = 3000) {
  try {
    if (!storage || !storage.managed || typeof storage.managed.get !== 'function') return {};
    let timer;
    const v = await Promise.race([
      new Promise((resolve, reject) => {
        try {
          const r = storage.managed.get(null, (items) => resolve(items));
          if (r && typeof r.then === 'function') r.then(resolve, reject);
        } catch (e) {
          reject(e);
        }
      }),
      new Promise((resolve) => { timer = setTimeout(() => resolve({}), timeoutMs); }),
    ]).finally(() => clearTimeout(timer));
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
}
