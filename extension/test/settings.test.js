import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connectionKey, effectiveSettings, hostPolicy, readManaged, DEFAULTS, POLICY_KEYS, SCHEMA } from '../src/settings.js';
import { hostStatusRows, settingsRows } from '../src/status.js';
import { viewModel, GUIDANCE, formatDuration } from '../src/viewmodel.js';

test('effectiveSettings: all twelve settings, defaults, locked values, invalid values ignored', () => {
  const none = effectiveSettings(undefined);
  assert.deepEqual(none, { values: { ...DEFAULTS }, locked: [], ignored: [], policy: {} });
  assert.deepEqual(Object.keys(none.values), [...POLICY_KEYS]);
  assert.deepEqual(DEFAULTS, {
    hostName: 'com.safehar.host', outputDir: '', extraHeaders: [], extraParams: [], extraJsonKeys: [], extraPatterns: [],
    jwt: 'keep-claims', redactPersonalData: true, allowExportWithoutBodies: true, uploadHint: '', review: 'optional', allowExtraTerms: true,
  });
  assert.deepEqual(effectiveSettings([1]).locked, []);
  assert.deepEqual(effectiveSettings('x').policy, {});
  const s = effectiveSettings({ outputDir: '/srv/hars', hostName: 'bad name!', uploadHint: 'Send to IT.', other: 1 });
  assert.equal(s.values.outputDir, '/srv/hars');
  assert.equal(s.values.hostName, 'com.safehar.host', 'an unusable host name keeps the default');
  assert.deepEqual(s.locked, ['hostName', 'outputDir', 'uploadHint'], 'every key the admin set is locked, in schema order');
  assert.deepEqual(s.ignored, ['hostName']);
  // the host gets every schema key the admin set, as set (it validates), nothing else
  assert.deepEqual(hostPolicy(s), { hostName: 'bad name!', outputDir: '/srv/hars', uploadHint: 'Send to IT.' });
  assert.equal(hostPolicy(effectiveSettings({})), undefined);
});

test('effectiveSettings: every key typed as in the schema', () => {
  const all = {
    hostName: 'com.acme.safehar', outputDir: '~/Support/HAR', extraHeaders: ['X-Acme-Tenant'], extraParams: ['tenant_sig'],
    extraJsonKeys: ['internalToken'], extraPatterns: [{ name: 'acme-key', regexp: 'acme_[A-Za-z0-9]{32}', kind: 'api-key' }],
    jwt: 'drop', redactPersonalData: false, allowExportWithoutBodies: false, uploadHint: 'Attach it to your ticket.',
    review: 'required', allowExtraTerms: false,
  };
  const s = effectiveSettings(all);
  assert.deepEqual(s.values, all);
  assert.deepEqual(s.locked, [...POLICY_KEYS]);
  assert.deepEqual(s.ignored, []);
  // unchanged, and a copy: later changes to the managed object do not leak in
  assert.deepEqual(hostPolicy(s), all);
  all.extraHeaders.push('X-Other');
  assert.deepEqual(s.values.extraHeaders, ['X-Acme-Tenant']);
  const bad = effectiveSettings({ extraHeaders: 'X-One', extraPatterns: [{ name: 'n' }], jwt: 'keep', redactPersonalData: 'false', allowExportWithoutBodies: 0 });
  assert.deepEqual(bad.ignored, ['extraHeaders', 'extraPatterns', 'jwt', 'redactPersonalData', 'allowExportWithoutBodies']);
  assert.equal(bad.values.redactPersonalData, true);
  assert.equal(bad.values.jwt, 'keep-claims');
  // the host still gets the bad values as set: it reports them and goes strictest
  assert.deepEqual(hostPolicy(bad), { extraHeaders: 'X-One', extraPatterns: [{ name: 'n' }], jwt: 'keep', redactPersonalData: 'false', allowExportWithoutBodies: 0 });
});

test('connectionKey changes with the host name and the policy only', () => {
  const a = connectionKey(effectiveSettings({}));
  assert.equal(connectionKey(effectiveSettings({ nope: 1 })), a);
  assert.notEqual(connectionKey(effectiveSettings({ extraHeaders: ['X-A'] })), a);
  assert.notEqual(connectionKey(effectiveSettings({ hostName: 'com.other.host' })), a);
  assert.equal(connectionKey(effectiveSettings({ extraHeaders: ['X-A'] })), connectionKey(effectiveSettings({ extraHeaders: ['X-A'] })));
});

test("policy keys are the host's settings (contract.js, generated from Go)", async () => {
  const { SETTINGS } = await import('../src/contract.js');
  assert.deepEqual(SETTINGS.map((x) => x.name), [...POLICY_KEYS]);
  for (const x of SETTINGS) assert.equal(SCHEMA[x.name].type, x.type.startsWith('array') ? 'array' : x.type, x.name);
  assert.equal(effectiveSettings({ review: 'sometimes' }).values.review, 'optional');
  assert.deepEqual(effectiveSettings({ review: 'sometimes' }).ignored, ['review']);
});

test('policy keys follow managed_schema.json', async () => {
  const { readFileSync } = await import('node:fs');
  const schema = JSON.parse(readFileSync(new URL('../managed_schema.json', import.meta.url)));
  assert.deepEqual(Object.keys(schema.properties), [...POLICY_KEYS]);
  for (const [k, p] of Object.entries(schema.properties)) {
    assert.ok(p.title && p.description && p.type, k);
    assert.equal(SCHEMA[k].type, p.type, k);
    assert.ok(SCHEMA[k].valid(SCHEMA[k].default) || SCHEMA[k].default === '', `${k}: the default is valid`);
    if (p.enum) assert.ok(p.enum.includes(SCHEMA[k].default), k);
  }
  const s = effectiveSettings({ jwt: 'drop', extraHeaders: ['X-Acme-Tenant'], redactPersonalData: true, nope: 1 });
  assert.deepEqual(hostPolicy(s), { extraHeaders: ['X-Acme-Tenant'], jwt: 'drop', redactPersonalData: true });
  assert.deepEqual(s.locked, ['extraHeaders', 'jwt', 'redactPersonalData']);
});

test('readManaged never throws', async () => {
  assert.deepEqual(await readManaged(undefined), {});
  assert.deepEqual(await readManaged({}), {});
  assert.deepEqual(await readManaged({ managed: { get: () => Promise.reject(new Error('Managed storage manifest not found')) } }), {});
  assert.deepEqual(await readManaged({ managed: { get: () => { throw new Error('x'); } } }), {});
  assert.deepEqual(await readManaged({ managed: { get: (_k, cb) => cb({ uploadHint: 'x' }) } }), { uploadHint: 'x' });
  assert.deepEqual(await readManaged({ managed: { get: async () => ({ outputDir: '/x' }) } }), { outputDir: '/x' });
  // Chrome without a policy: the callback gets undefined (runtime.lastError set)
  assert.deepEqual(await readManaged({ managed: { get: (_k, cb) => cb(undefined) } }), {});
  // a call that never answers does not block an export
  assert.deepEqual(await readManaged({ managed: { get: () => new Promise(() => {}) } }, 50), {});
});

test('host status rows', () => {
  const ok = hostStatusRows({ ok: true, hello: { protocol: 1, host: '0.1.0', rulesVersion: '3', keyring: 'ok', outputDir: '/home/u/Downloads' } });
  assert.deepEqual(ok.map((r) => r.label), ['Helper found', 'Helper version', 'Rules version', 'Protocol', 'Keyring', 'Saves files to']);
  assert.equal(ok[3].tone, 'ok');
  const noKeyring = hostStatusRows({ ok: true, hello: { protocol: 2, keyring: 'The keyring is locked; unlock it and try again.' } });
  assert.equal(noKeyring.find((r) => r.label === 'Protocol').tone, 'bad');
  const kr = noKeyring.find((r) => r.label === 'Keyring');
  assert.match(kr.value, /will not match those of your earlier exports/, 'plain words first');
  assert.doesNotMatch(kr.value, /locked/);
  assert.match(kr.details, /locked/, 'the technical reason behind the toggle');
  assert.equal(hostStatusRows({ ok: false, error: { title: 'The safehar helper is not installed' } })[0].value, 'No');
  const rows = settingsRows(effectiveSettings({ outputDir: '/srv' }), { outputDir: '/home/u/Downloads' });
  assert.equal(rows.find((r) => r.label === 'Output folder').locked, true);
  assert.equal(settingsRows(effectiveSettings({}), { outputDir: '/d' }).find((r) => r.label === 'Output folder').value, "/d (the helper's default)");
  // every setting is listed, without a host too, defaults unlocked
  const plain = settingsRows(effectiveSettings({}), null);
  assert.deepEqual(plain.map((r) => r.key), [...POLICY_KEYS]);
  assert.ok(plain.every((r) => !r.locked));
  assert.equal(plain.find((r) => r.key === 'jwt').value, 'claims kept, signature replaced');
  assert.equal(plain.find((r) => r.key === 'extraHeaders').value, '(none)');
  assert.equal(plain.find((r) => r.key === 'hostName').value, 'com.safehar.host');
  const withPolicy = settingsRows(effectiveSettings({ extraHeaders: ['X-Acme-Tenant'], uploadHint: 'Send it to IT.', jwt: 'nope' }), {
    outputDir: '/d', policy: { source: '/etc/safehar/policy.json', effective: { extraHeaders: ['X-Acme-Tenant', 'X-Corp'], jwt: 'drop', redactPersonalData: true, allowExportWithoutBodies: false }, errors: ['policy.json is invalid: jwt: bad.'] } });
  const byLabel = Object.fromEntries(withPolicy.map((r) => [r.label, r]));
  assert.equal(byLabel['Extra headers redacted'].value, 'X-Acme-Tenant, X-Corp');
  assert.equal(byLabel['Extra headers redacted'].locked, true);
  assert.match(byLabel['Extra headers redacted'].note, /helper's policy \(\/etc\/safehar\/policy.json\)/);
  assert.equal(byLabel['JSON Web Tokens'].value, 'replaced entirely');
  assert.equal(byLabel['JSON Web Tokens'].locked, true);
  assert.match(byLabel['JSON Web Tokens'].note, /invalid/);
  assert.equal(byLabel['Personal data'].locked, false);
  assert.equal(byLabel['Exports without bodies'].value, 'not allowed');
  assert.equal(byLabel['Where to send files'].value, 'Send it to IT.');
  assert.equal(byLabel['Where to send files'].locked, true);
  assert.equal(byLabel["Helper's system policy"].value, '/etc/safehar/policy.json');
  assert.match(byLabel['Policy problems'].value, /invalid/);
});

test('view model: guidance without DevTools, progress while busy, result after', () => {
  const none = viewModel({ devtools: false, export: { phase: 'idle' } });
  assert.equal(none.guidance, GUIDANCE);
  assert.equal(none.canExport, false);
  const ready = viewModel({ devtools: true, count: 1, export: { phase: 'idle' }, host: { ok: true, hello: { protocol: 1, host: '0.1.0' } } });
  assert.equal(ready.statusText, '1 request captured on this tab.');
  assert.equal(ready.canExport, true);
  const checking = viewModel({ devtools: true, count: 1, export: { phase: 'idle' } });
  assert.equal(checking.canExport, false, 'not before the helper answered');
  assert.match(checking.exportReason, /Waiting for the safehar helper/);
  const busy = viewModel({ devtools: true, count: 5, export: { phase: 'sending', progress: 0.6, label: 'Sending' } });
  assert.equal(busy.canExport, false);
  assert.deepEqual(busy.progress, { value: 0.6, label: 'Sending' });
  const done = viewModel({ devtools: true, count: 5, uploadHint: 'Attach it to the ticket.', export: { phase: 'done', elapsedMs: 1234, bodiesMissing: 2,
    result: { path: '/home/u/Downloads/x.har', bytes: 2_500_000, keyring: 'ok', report: { entries: 5, redacted: 2, counts: { cookie: 2 } } } } });
  assert.equal(done.result.path, '/home/u/Downloads/x.har');
  assert.equal(done.result.details, '2.5 MB, in 1.2 s');
  assert.equal(done.result.file, 'x.har');
  assert.equal(done.result.folder, '/home/u/Downloads');
  assert.equal(done.result.report.summary, '2 secrets redacted in 5 requests.');
  assert.match(done.result.bodiesMissing, /^2 response bodies were/);
  assert.equal(done.hint, 'Attach it to the ticket.');
  const err = viewModel({ devtools: true, export: { phase: 'error', error: { code: 'host_missing', title: 't', message: 'm', action: 'a' } } });
  assert.equal(err.error.code, 'host_missing');
  assert.equal(formatDuration(61_500), '1 min 2 s');
});
