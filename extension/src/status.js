// Rows for the options page (pure, unit-tested).
import { PROTOCOL_VERSION } from './protocol.js';

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
    value: keyOk ? 'OK: placeholders are stable across exports' : 'Not available: placeholders in new files will not match those of your earlier exports',
    tone: keyOk ? 'ok' : 'bad',
    note: keyOk ? '' : 'Exports still work and are fully sanitized; each one uses a fresh random key, so the same secret gets different placeholders in different files.',
    details: keyOk ? '' : String(h.keyring || 'unknown'),
  });
  if (h.outputDir) rows.push({ label: 'Saves files to', value: String(h.outputDir) });
  return rows;
}

/** Every managed setting (managed_schema.json order) and its label. */
export const SETTING_LABELS = Object.freeze({
  hostName: 'Native helper name',
  outputDir: 'Output folder',
  extraHeaders: 'Extra headers redacted',
  extraParams: 'Extra parameters redacted',
  extraJsonKeys: 'Extra JSON keys redacted',
  extraPatterns: 'Extra value patterns redacted',
  jwt: 'JSON Web Tokens',
  redactPersonalData: 'Personal data',
  allowExportWithoutBodies: 'Exports without bodies',
  uploadHint: 'Where to send files',
  review: 'Review before saving',
  allowExtraTerms: 'Adding your own terms',
});

function describeValue(key, v) {
  if (key === 'jwt') return v === 'drop' ? 'replaced entirely' : 'claims kept, signature replaced';
  if (key === 'redactPersonalData') return v === false ? 'kept' : 'pseudonymised';
  if (key === 'allowExportWithoutBodies') return v === false ? 'not allowed' : 'allowed';
  if (key === 'allowExtraTerms') return v === false ? 'not allowed' : 'allowed';
  if (key === 'review') return v === 'required' ? 'required for every export' : v === 'skip' ? 'skipped: files are saved at once' : 'offered (you may skip it)';
  if (key === 'extraPatterns') return Array.isArray(v) && v.length ? v.map((p) => (p && p.name) || '(unnamed)').join(', ') : '(none)';
  if (Array.isArray(v)) return v.join(', ') || '(none)';
  if (v === undefined || v === null || v === '') return '(none)';
  return String(v);
}

/**
 * Every setting in effect, marked `locked` when the administrator set it in
 * the browser policy. hello (optional, the host's) supplies the output folder
 * and what the host enforces (hello.policy.effective: the strictest of the
 * browser policy and the helper's system policy), plus the policy's problems.
 */
export function settingsRows(settings, hello) {
  const values = (settings && settings.values) || {};
  const locked = new Set((settings && settings.locked) || []);
  const ignored = new Set((settings && settings.ignored) || []);
  const hp = hello && hello.policy && typeof hello.policy === 'object' ? hello.policy : null;
  const effective = (hp && hp.effective && typeof hp.effective === 'object') ? hp.effective : {};
  const systemSource = hp && typeof hp.source === 'string' && hp.source !== 'none' ? hp.source : '';
  const rows = Object.keys(SETTING_LABELS).map((key) => {
    const row = { label: SETTING_LABELS[key], key, locked: locked.has(key) };
    if (key === 'outputDir') {
      let value = values.outputDir;
      if (!value) value = hello && hello.outputDir ? `${hello.outputDir} (the helper's default)` : "the helper's default";
      else if (hello && hello.outputDir && hello.outputDir !== values.outputDir) value = `${hello.outputDir} (your administrator asked for ${values.outputDir})`;
      row.value = String(value);
    } else {
      // hostName is the extension's own; the rest is what the host enforces.
      const v = key !== 'hostName' && key in effective ? effective[key] : values[key];
      row.value = describeValue(key, v);
      if (key !== 'hostName' && key in effective && describeValue(key, values[key]) !== row.value) {
        row.note = systemSource ? `The helper's policy (${systemSource}) applies.` : 'What the helper enforces.';
      }
    }
    if (ignored.has(key)) row.note = "The administrator's value for this setting is invalid; the extension does not use it (the helper checks it too).";
    return row;
  });
  if (hp) rows.push({ label: "Helper's system policy", value: systemSource || 'none' });
  const errors = hp && Array.isArray(hp.errors) ? hp.errors : [];
  if (errors.length) {
    rows.push({ label: 'Policy problems', value: errors.join(' '), tone: 'bad', note: 'Valid settings still apply; redaction is at its strictest where the policy is broken.' });
  }
  return rows;
}
