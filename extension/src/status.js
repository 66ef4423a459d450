// Rows for the options page (pure, unit-tested).
import { PROTOCOL_VERSION } from './protocol.js';

const LABELS = {
  hostName: 'Native helper name',
  outputDir: 'Output folder',
  uploadHint: 'Where to send files',
};

/** s: {ok, hello?, error?} from the service worker. */
export function hostStatusRows(s) {
  if (!s || !s.ok) {
    return [{ label: 'Helper found', value: 'No', tone: 'bad', note: s && s.error ? s.error.title : '' }];
  }
  const h = s.hello || {};
  const rows = [{ label: 'Helper found', value: 'Yes', tone: 'ok' }];
  rows.push({ label: 'Helper version', value: String(h.host || 'unknown') });
  rows.push({ label: 'Rules version', value: String(h.rulesVersion || 'unknown') });
  const match = h.protocol === PROTOCOL_VERSION;
  rows.push({
    label: 'Protocol',
    value: match ? `${h.protocol} (matches this extension)` : `${h.protocol} (this extension needs ${PROTOCOL_VERSION})`,
    tone: match ? 'ok' : 'bad',
  });
  const keyOk = h.keyring === 'ok';
  rows.push({
    label: 'Keyring',
    value: keyOk ? 'OK: placeholders are stable across exports' : String(h.keyring || 'unknown'),
    tone: keyOk ? 'ok' : 'bad',
    note: keyOk ? '' : 'Exports still work; each one uses a fresh random key, so the same secret gets different placeholders in different files.',
  });
  if (h.outputDir) rows.push({ label: 'Saves files to', value: String(h.outputDir) });
  return rows;
}

const POLICY_LABELS = {
  extraHeaders: 'Extra headers redacted',
  extraParams: 'Extra parameters redacted',
  extraJsonKeys: 'Extra JSON keys redacted',
  extraPatterns: 'Extra value patterns redacted',
  jwt: 'JSON Web Tokens',
  redactPersonalData: 'Personal data',
  allowExportWithoutBodies: 'Exports without bodies',
};

function describePolicyValue(key, v) {
  if (v === undefined || v === null) return undefined;
  if (key === 'jwt') return v === 'drop' ? 'replaced entirely' : 'claims kept, signature replaced';
  if (key === 'redactPersonalData') return v ? 'pseudonymised' : 'kept';
  if (key === 'allowExportWithoutBodies') return v ? 'allowed' : 'not allowed';
  if (key === 'extraPatterns' && Array.isArray(v)) return v.map((p) => (p && p.name) || '(unnamed)').join(', ') || '(none)';
  if (Array.isArray(v)) return v.join(', ') || '(none)';
  return String(v);
}

/**
 * Settings with where each comes from. hello (optional) fills the host's
 * defaults and what the host enforces (hello.policy.effective).
 */
export function settingsRows(settings, hello) {
  const values = (settings && settings.values) || {};
  const locked = new Set((settings && settings.locked) || []);
  const ignored = new Set((settings && settings.ignored) || []);
  const rows = Object.keys(LABELS).map((key) => {
    let value = values[key];
    if (key === 'outputDir' && !value) value = hello && hello.outputDir ? `${hello.outputDir} (the helper's default)` : "the helper's default";
    if (key === 'outputDir' && locked.has(key) && hello && hello.outputDir && hello.outputDir !== values.outputDir) {
      value = `${hello.outputDir} (your administrator asked for ${values.outputDir})`;
    }
    if (key === 'uploadHint' && !value) value = '(none)';
    const row = { label: LABELS[key], value: String(value), locked: locked.has(key) };
    if (ignored.has(key)) row.note = 'The administrator\'s value for this setting is invalid and was ignored.';
    return row;
  });
  const policy = (settings && settings.policy) || {};
  const effective = (hello && hello.policy && hello.policy.effective) || {};
  for (const key of Object.keys(POLICY_LABELS)) {
    const v = key in effective ? effective[key] : policy[key];
    const text = describePolicyValue(key, v);
    if (text === undefined) continue;
    rows.push({ label: POLICY_LABELS[key], value: text, locked: key in policy });
  }
  const errors = hello && hello.policy && Array.isArray(hello.policy.errors) ? hello.policy.errors : [];
  if (errors.length) {
    rows.push({ label: 'Policy problems', value: errors.join(' '), tone: 'bad', note: 'Valid settings still apply; redaction is at its strictest where the policy is broken.' });
  }
  return rows;
}
