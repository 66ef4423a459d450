// Managed settings in real Firefox ESR through the enterprise policy file
// (policies.json, `3rdparty.Extensions."safehar@safehar.dev"`), issue 5.
//
// Run through scripts/e2e-policy-firefox.sh (root): it gives this process a
// private mount namespace in which /etc and Firefox's distribution folder
// are overlays, so the policies.json written here is seen by this Firefox
// only and vanishes with the namespace. The script sets
// SAFEHAR_FF_POLICY_FILES to the places Debian's firefox-esr reads (checked:
// /etc/firefox/policies/policies.json and
// /usr/lib/firefox-esr/distribution/policies.json; not
// /etc/firefox-esr/policies/policies.json); each gets one run.
//
// The extension is loaded by `web-ext run` as a temporary add-on (a
// force-install through ExtensionSettings needs an add-on signed by Mozilla),
// with the test-only test.json: its devtools page logs what the options page
// shows (settings read from browser.storage.managed, and the host's hello
// policy), then exports its tab through the service-worker path. Checks:
//   1. browser.storage.managed in the extension holds the policy's settings;
//   2. the host got them with hello (hello.policy.extension, effective);
//   3. the saved file has the value of the header named only by the policy
//      redacted, and the JWT dropped whole (jwt: "drop");
//   4. control: without a policy file the same header value stays in the
//      file and the JWT stays readable, so check 3 is not vacuous.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { FIREFOX, WEB_EXT, runWebExt } from './firefox-lib.mjs';
import {
  FIREFOX_ID, buildHost, checkSanitizedHar, cleanup, copyExtension, harFiles, hostWrapper,
  requireExecutable, startSite, tempDir, waitFor, writeFirefoxHostManifest,
} from './lib.mjs';

const POLICY_FILES = (process.env.SAFEHAR_FF_POLICY_FILES || '').split(',').filter(Boolean);
const HEADER = 'X-Acme-Tenant';
const SETTINGS = {
  extraHeaders: [HEADER],
  extraParams: ['tenant_sig'],
  jwt: 'drop',
  redactPersonalData: true,
  uploadHint: 'Attach the file to your ticket at https://support.example.com.',
};

function assertPrivateMount(file) {
  // This process must be in its own mount namespace, and a folder above the
  // policy file a mount point there (the script's bind mount): never write
  // to the real system's policy folders.
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' ')[4]).filter(Boolean);
  let d = dirname(file);
  while (!existsSync(d)) d = dirname(d);
  d = realpathSync(d);
  for (; d !== '/'; d = dirname(d)) if (mounts.includes(d)) break;
  const outer = process.env.SAFEHAR_FF_OUTER_MNT_NS; // the script's, before unshare
  if (d === '/' || !outer || readlinkSync('/proc/self/ns/mnt') === outer) {
    throw new Error(`${file} is not inside a private mount: run this test through scripts/e2e-policy-firefox.sh`);
  }
}

/** One Firefox run: the export's saved text and the logged host-status. */
async function exportOnce(t, hostPath, { label }) {
  const site = await startSite({ extraHeader: HEADER });
  const work = tempDir(`firefox-policy-${label}`);
  const home = join(work, 'home');
  const outDir = join(work, 'out');
  mkdirSync(home, { recursive: true });
  mkdirSync(outDir);
  const ext = copyExtension(join(work, 'extension'));
  writeFileSync(join(ext, 'test.json'), JSON.stringify({
    autoExport: true, reload: true, reloadDelayMs: 2000, quietMs: 2500, minRequests: site.expectedPaths.length, logHostStatus: true,
  }));
  writeFirefoxHostManifest(home, hostWrapper(work, hostPath, outDir, { stderrFile: join(work, 'host.log') }));
  const run = runWebExt(ext, home, site.startUrl, join(work, 'web-ext.log'), { prefs: ['browser.policies.loglevel=debug'] });
  t.after(async () => {
    await run.stop();
    await site.close();
    cleanup(work);
  });
  let file;
  try {
    file = await waitFor(() => harFiles(outDir)[0], { timeout: Number(process.env.SAFEHAR_E2E_FF_WAIT || 150_000), interval: 500, what: 'the sanitized HAR in the output folder' });
  } catch (e) {
    const hostLog = existsSync(join(work, 'host.log')) ? readFileSync(join(work, 'host.log'), 'utf8') : '(host never started)';
    const lines = run.log().split('\n').filter((l) => /safehar|polic|error|Error/i.test(l)).slice(-60).join('\n');
    throw new Error(`${e.message}\nsite requests: ${site.requests.join(' ')}\nhost stderr: ${hostLog.slice(-2000)}\nlog lines:\n${lines.slice(-8000)}`);
  }
  const text = readFileSync(file, 'utf8');
  // Firefox prints `console.log: "<the message as a JSON string>"`.
  const line = run.log().split('\n').find((l) => l.includes('console.log: "[safehar test mode] host-status '));
  const message = line ? JSON.parse(line.slice(line.indexOf('console.log: ') + 'console.log: '.length).trim()) : '';
  const status = message ? JSON.parse(message.slice(message.indexOf('host-status ') + 'host-status '.length)) : null;
  return { site, file, text, status, log: run.log() };
}

function tenantHeader(text) {
  const har = JSON.parse(text);
  const e = har.log.entries.find((x) => x.request.url.endsWith('/api/tenant'));
  assert.ok(e, 'the /api/tenant request is in the file');
  const h = e.request.headers.find((x) => x.name.toLowerCase() === HEADER.toLowerCase());
  assert.ok(h, `the ${HEADER} header is in the file`);
  return h.value;
}

test('Firefox ESR: managed settings from policies.json reach the extension and the host', { timeout: 460_000 }, async (t) => {
  requireExecutable(FIREFOX, 'apt-get install -y firefox-esr');
  requireExecutable(WEB_EXT, 'npm ci in extension/');
  assert.ok(POLICY_FILES.length, 'SAFEHAR_FF_POLICY_FILES is not set: run this test through scripts/e2e-policy-firefox.sh');
  POLICY_FILES.forEach(assertPrivateMount);
  const hostPath = buildHost();

  // The policy as `safehar policy --browser firefox` prints it, without its
  // ExtensionSettings force-install (an AMO URL; web-ext installs instead).
  const args = ['policy', '--browser', 'firefox', '--os', 'linux'];
  for (const [k, v] of Object.entries(SETTINGS)) args.push('--setting', `${k}=${Array.isArray(v) ? JSON.stringify(v) : v}`);
  const policy = JSON.parse(execFileSync(hostPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  delete policy.policies.ExtensionSettings;
  const expected = policy.policies['3rdparty'].Extensions[FIREFOX_ID];
  t.after(() => POLICY_FILES.forEach((f) => rmSync(f, { force: true })));

  for (const file of POLICY_FILES) {
    await t.test(`${file}: storage.managed, the host and the saved file follow it`, async (t2) => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(policy, null, 2));
      t2.after(() => rmSync(file, { force: true }));
      const r = await exportOnce(t2, hostPath, { label: 'managed' });
      assert.ok(r.status, 'the devtools page logged the host status (test mode)');
      assert.ok(r.log.includes(`policies.json path = ${file}`), `Firefox read ${file}`);
      // 1. the extension read the settings from browser.storage.managed
      assert.deepEqual(r.status.settings.policy, expected);
      for (const k of Object.keys(expected)) assert.ok(r.status.settings.locked.includes(k), `${k} is locked`);
      assert.equal(r.status.settings.values.uploadHint, SETTINGS.uploadHint);
      // 2. the host got them with hello
      assert.equal(r.status.ok, true, JSON.stringify(r.status.error));
      assert.equal(r.status.policy.extension, true);
      assert.deepEqual(r.status.policy.effective.extraHeaders, [HEADER]);
      assert.equal(r.status.policy.effective.jwt, 'drop');
      assert.equal(r.status.policy.errors, undefined);
      // 3. the saved file
      assert.deepEqual(checkSanitizedHar(r.text, r.site), [], 'no secret (the policy\'s header value included) in the file');
      assert.match(tenantHeader(r.text), /^safehar-secret-[0-9a-f]{16}$/, "the policy names the header: its own rule (kind secret) redacts it");
      const jwtHead = r.site.secrets.accessToken.split('.')[0];
      assert.ok(!r.text.includes(`${jwtHead}.`), 'jwt: drop replaced the whole token');
      const har = JSON.parse(r.text);
      console.log(`firefox-policy: ${file} -> ${r.file}: ${har.log.entries.length} entries; ${HEADER}: ${tenantHeader(r.text)}; host policy: ${JSON.stringify(r.status.policy)}`);
    });
  }

  await t.test('control: without the policy file the header is not the policy\'s', async (t2) => {
    POLICY_FILES.forEach((f) => rmSync(f, { force: true }));
    const r = await exportOnce(t2, hostPath, { label: 'control' });
    assert.ok(r.status, 'the devtools page logged the host status (test mode)');
    assert.deepEqual(r.status.settings.policy, {});
    // The value also comes in the page URL as tenant_password, so it is
    // redacted as that password's echo (one secret, redacted everywhere):
    // a password placeholder, not the policy's "secret" one.
    assert.match(tenantHeader(r.text), /^safehar-password-[0-9a-f]{16}$/);
    const jwtHead = r.site.secrets.accessToken.split('.')[0];
    assert.ok(r.text.includes(`${jwtHead}.`), 'jwt: keep-claims (the default) keeps the token readable');
  });
});
