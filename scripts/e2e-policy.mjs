// safehar managed-deployment end-to-end check in real Chromium (issue 5).
// Run through scripts/e2e-policy.sh, which gives this process a private
// mount namespace: /etc/chromium is a temporary folder there, so the policy
// and host manifests written below are seen by this Chromium only and never
// by other browsers or tests on the machine, and vanish with the namespace.
//
// It checks that:
//   1. a policy in /etc/chromium/policies/managed/ force-installs the
//      extension from a file:// update URL (the .crx and update.xml of
//      `make crx`), with no --load-extension;
//   2. the managed settings of the policy's 3rdparty section arrive in
//      chrome.storage.managed;
//   3. with NativeMessagingUserLevelHosts false the user-level host manifest
//      (profile/NativeMessagingHosts) is ignored and the system one is used;
//   4. the managed settings reach the host through the extension's own
//      export path (DevTools open on a test site's tab, Export clicked in
//      popup.html?tabId=N, as a user does): an extra header named only by
//      the browser policy and an extra JSON key named only by the host's
//      system policy are redacted in the saved file, the popup shows the
//      policy's upload hint, and the options page lists the settings as
//      locked by the administrator with what the host enforces;
//   5. the browser policy's review "required" and allowExtraTerms false: the
//      export waits for the review, the popup shows the review toggle and
//      the terms locked; after the host's system policy says review "skip"
//      (it wins), the next export is saved at once, without a review.
import { createRequire } from 'node:module';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(join(REPO, 'extension', 'package.json'))('playwright-core');
const { startSite, checkSanitizedHar } = await import(join(REPO, 'extension', 'test', 'e2e', 'lib.mjs'));

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const WORK = process.env.E2E_WORK; // set by e2e-policy.sh
const HOST = process.env.E2E_HOST; // the built safehar binary
const DIST = process.env.E2E_DIST; // make crx output (safehar-extension-*.crx, update.xml)
// --admin-key (e2e-policy.sh): the id of the administrator's own key.
const ADMIN = process.env.E2E_ADMIN === '1';
const ID = process.env.E2E_EXT_ID || readFileSync(join(REPO, 'extension', 'chrome-extension-id.txt'), 'utf8').trim();
const HOST_NAME = 'com.safehar.host';

// Every Chromium this script starts, killed (with its whole process group)
// on any exit, so a failure never leaves a browser behind.
const browsers = new Set();
function killBrowsers() {
  for (const b of browsers) {
    try { process.kill(-b.pid, 'SIGKILL'); } catch { /* gone */ }
  }
  browsers.clear();
}
process.on('exit', killBrowsers);
process.on('uncaughtException', (e) => fail(e.stack || String(e)));
process.on('unhandledRejection', (e) => fail((e && e.stack) || String(e)));

function fail(msg) {
  console.error(`e2e-policy: FAIL: ${msg}`);
  process.exit(1);
}
function ok(msg) {
  console.log(`e2e-policy: ok: ${msg}`);
}

if (!WORK || !HOST || !DIST) fail('run me through scripts/e2e-policy.sh');
const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n');
if (mounts.every((l) => !l.includes(' /etc/chromium '))) {
  fail('/etc/chromium is not a private mount: refusing to write browser policy on the real system');
}
if (mounts.every((l) => !l.includes(' /etc ') || !l.includes('safehar-e2e'))) {
  fail('/etc is not the private overlay of e2e-policy.sh: refusing to write /etc/safehar/policy.json on the real system');
}

// --- the host, as the system installs it, with its own system policy -----
// The release binary reads the real /etc/safehar/policy.json (the overlay).
const hostHome = join(WORK, 'home');
const outDir = join(WORK, 'out');
for (const d of [hostHome, '/etc/safehar', outDir]) mkdirSync(d, { recursive: true });
writeFileSync('/etc/safehar/policy.json', JSON.stringify({ extraJsonKeys: ['acmeRef'] }));
const hostEnv = { HOME: hostHome, SAFEHAR_OUTPUT_DIR: outDir, SAFEHAR_NO_KEYRING: '1' };
if (ADMIN) {
  // As the packages do: the host registered for every user, for this id
  // only; the browser passes its environment (hostEnv) on to the host.
  const out = execFileSync(HOST, ['install', '--system', '--browser', 'chromium', '--extension-id', ID], { encoding: 'utf8' });
  if (!out.includes(`chrome-extension://${ID}/`)) fail(`safehar install --system --extension-id ${ID}: ${out}`);
  ok(`registered with safehar install --system --extension-id ${ID}`);
} else {
  const wrapper = join(WORK, 'safehar-host.sh');
  writeFileSync(wrapper, `#!/bin/sh
export HOME="${hostHome}" SAFEHAR_OUTPUT_DIR="${outDir}" SAFEHAR_NO_KEYRING=1
exec "${HOST}" "$@" 2>>"${join(WORK, 'host.log')}"
`);
  chmodSync(wrapper, 0o755);
  mkdirSync('/etc/chromium/native-messaging-hosts', { recursive: true });
  writeFileSync(`/etc/chromium/native-messaging-hosts/${HOST_NAME}.json`, JSON.stringify({
    name: HOST_NAME, description: 'safehar (e2e, system)', path: wrapper, type: 'stdio', allowed_origins: [`chrome-extension://${ID}/`],
  }));
}

// --- a user-level host that must never run ---------------------------------
const profile = join(WORK, 'profile');
const trap = join(WORK, 'user-level-host-ran');
const userHost = join(WORK, 'user-level-host.sh');
writeFileSync(userHost, `#!/bin/sh\ntouch "${trap}"\nexit 1\n`);
chmodSync(userHost, 0o755);
mkdirSync(join(profile, 'NativeMessagingHosts'), { recursive: true });
writeFileSync(join(profile, 'NativeMessagingHosts', `${HOST_NAME}.json`), JSON.stringify({
  name: HOST_NAME, description: 'safehar (e2e, user level)', path: userHost, type: 'stdio', allowed_origins: [`chrome-extension://${ID}/`],
}));

// --- the browser policy, as `safehar policy` prints it ----------------------
const policy = execFileSync(HOST, ['policy', '--browser', 'chromium', '--os', 'linux', '--extension-id', ID,
  '--update-url', `file://${DIST}/update.xml`, '--setting', 'extraHeaders=X-Acme-Tenant',
  '--setting', 'uploadHint=Attach the file to your ticket.', '--setting', 'review=required', '--setting', 'allowExtraTerms=false'], { encoding: 'utf8' });
mkdirSync('/etc/chromium/policies/managed', { recursive: true });
// The test inspects the force-installed extension over the DevTools
// protocol, which Chrome refuses by default for policy-installed extensions
// (DeveloperToolsAvailability 0); 1 allows it. Deployments leave it unset.
writeFileSync('/etc/chromium/policies/managed/safehar.json', JSON.stringify({ ...JSON.parse(policy), DeveloperToolsAvailability: 1 }, null, 2));

// --- Chromium, no --load-extension -------------------------------------------
// Started directly (not by Playwright, whose launch flags turn extensions
// off), then driven over the DevTools protocol. No
// --disable-background-networking / --disable-component-update: the
// force-install goes through the extension updater they turn off.
// DevTools opens on every tab, so the extension's devtools page captures.
const chrome = spawn(CHROMIUM, ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync',
  '--auto-open-devtools-for-tabs',
  `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true,
  env: ADMIN ? { ...process.env, ...hostEnv } : process.env });
browsers.add(chrome);
const endpoint = await new Promise((res, rej) => {
  let buf = '';
  chrome.stderr.on('data', (d) => {
    buf += d;
    const m = buf.match(/DevTools listening on (ws:\/\/\S+)/);
    if (m) res(m[1]);
  });
  chrome.on('exit', (c) => rej(new Error(`chromium exited (${c}): ${buf.slice(-2000)}`)));
  setTimeout(() => rej(new Error('chromium did not start')), 30_000);
}).catch((e) => fail(e.message));
const port = new URL(endpoint).port;

// The extension's service worker, over the DevTools protocol: Playwright
// does not report the worker of an extension installed by policy, so attach
// to it through a browser CDP session.
const browser = await chromium.connectOverCDP(endpoint);
const cdp = await browser.newBrowserCDPSession();
async function connectWorker(deadline) {
  for (;;) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const t = targetInfos.find((x) => x.type === 'service_worker' && x.url.startsWith(`chrome-extension://${ID}/`));
    if (t) {
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
      let id = 0;
      const pending = new Map();
      cdp.on('Target.receivedMessageFromTarget', (ev) => {
        if (ev.sessionId !== sessionId) return;
        const m = JSON.parse(ev.message);
        if (pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); }
      });
      const handle = {
        // evaluate runs fn(arg) in the worker and returns its (awaited) value.
        evaluate: (fn, arg) => new Promise((res, rej) => {
          const n = ++id;
          pending.set(n, (m) => {
            if (m.error) rej(new Error(m.error.message));
            else if (m.result?.exceptionDetails) rej(new Error(m.result.exceptionDetails.exception?.description || m.result.exceptionDetails.text));
            else res(m.result.result.value);
          });
          cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method: 'Runtime.evaluate',
            params: { expression: `(${fn})(${JSON.stringify(arg)})`, awaitPromise: true, returnByValue: true } }) }).catch(rej);
        }),
      };
      // A worker caught while it starts (or restarts after the install) has
      // no extension APIs yet: wait until it does, or find it again.
      for (let i = 0; i < 20; i++) {
        const ready = await Promise.race([
          handle.evaluate(() => typeof chrome === 'object' && typeof chrome.runtime?.connectNative === 'function', null).catch(() => false),
          new Promise((r) => setTimeout(() => r(false), 2000)),
        ]);
        if (ready) return handle;
        await new Promise((r) => setTimeout(r, 500));
      }
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    }
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, 500));
  }
}
try {
  const sw = await connectWorker(Date.now() + Number(process.env.E2E_INSTALL_TIMEOUT || 90_000));
  if (!sw) fail('the extension was not force-installed in time (no service worker)');
  ok(`force-installed from file://${DIST}/update.xml as ${ID}`);

  // Managed settings arrive (Chrome reads {} for a few seconds first).
  let managed = {};
  for (let i = 0; i < 60 && !managed.extraHeaders; i++) {
    managed = await sw.evaluate(() => chrome.storage.managed.get(null), null);
    if (!managed.extraHeaders) await new Promise((r) => setTimeout(r, 500));
  }
  if (JSON.stringify(managed.extraHeaders) !== '["X-Acme-Tenant"]' || managed.uploadHint !== 'Attach the file to your ticket.') {
    fail(`chrome.storage.managed is ${JSON.stringify(managed)}`);
  }
  ok(`managed settings in the extension: ${JSON.stringify(managed)}`);

  // The real export path: DevTools open on the site's tab (the extension's
  // devtools page registers it), Export clicked in the popup.
  const site = await startSite({ extraHeader: 'X-Acme-Tenant' });
  try {
    const ctx = browser.contexts()[0];
    const debugTabs = () => sw.evaluate(() => globalThis.safeharDebug.tabs(), null);
    const waitFor = async (fn, what, timeout = 30_000) => {
      const t0 = Date.now();
      for (;;) {
        const v = await fn().catch(() => null);
        if (v) return v;
        if (Date.now() - t0 > timeout) fail(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    await waitFor(async () => (await debugTabs()).length >= ctx.pages().length, 'the devtools pages of the open tabs');
    const before = new Set((await debugTabs()).map((x) => x.tabId));
    const page = await ctx.newPage();
    const tabId = await waitFor(async () => (await debugTabs()).map((x) => x.tabId).find((id) => !before.has(id)), "the new tab's devtools page to register");
    await page.goto(site.startUrl);
    await page.waitForFunction(() => document.title === 'done', null, { timeout: 20_000 });
    await waitFor(async () => (await debugTabs()).find((x) => x.tabId === tabId && x.count >= site.expectedPaths.length), 'the capture to be counted');
    const popup = await ctx.newPage();
    await popup.goto(`chrome-extension://${ID}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction(() => /requests? captured/.test(document.getElementById('status').textContent), null, { timeout: 10_000 });
    await popup.waitForFunction(() => document.body.dataset.helper === 'ready', null, { timeout: 20_000 });
    // Review required by the browser policy: the user cannot turn it off.
    const toggle = await popup.evaluate(() => ({ checked: document.getElementById('review-toggle').checked, disabled: document.getElementById('review-toggle').disabled, locked: !document.getElementById('review-locked').hidden }));
    if (!toggle.checked || !toggle.disabled || !toggle.locked) fail(`the review toggle under review=required: ${JSON.stringify(toggle)}`);
    ok('the popup shows the review as required, locked by the administrator');
    await popup.click('#export');
    await popup.waitForFunction(() => ['done', 'error', 'review'].includes(document.body.dataset.phase), null, { timeout: 120_000 });
    const inReview = await popup.evaluate(() => ({
      phase: document.body.dataset.phase,
      error: document.getElementById('error').innerText,
      groups: document.querySelectorAll('#review-list .group').length,
      termsHidden: document.getElementById('terms-box').hidden,
      termsLocked: document.getElementById('terms-locked').textContent,
    }));
    if (inReview.phase !== 'review') fail(`review=required, but the export went to ${inReview.phase}: ${inReview.error}`);
    if (!inReview.groups || !inReview.termsHidden || !/does not allow adding terms/.test(inReview.termsLocked)) fail(`the required review: ${JSON.stringify(inReview)}`);
    if (readdirSync(outDir).some((f) => f.endsWith('.har'))) fail('a file was saved before the review');
    ok(`review required: the export waits, ${inReview.groups} requests listed, terms locked (${inReview.termsLocked})`);
    await popup.click('#review-save');
    await popup.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.phase), null, { timeout: 120_000 });
    const r = await popup.evaluate(() => ({
      phase: document.body.dataset.phase,
      error: document.getElementById('error').innerText,
      path: document.getElementById('saved-path').textContent,
      hint: document.getElementById('upload-hint').hidden ? '' : document.getElementById('upload-hint').textContent,
    }));
    if (r.phase !== 'done') fail(`export from the popup: ${r.error}`);
    ok(`exported from popup.html?tabId=${tabId} (Export clicked) to ${r.path}`);
    if (r.hint !== 'Attach the file to your ticket.') fail(`the popup's upload hint is ${JSON.stringify(r.hint)}`);
    ok(`the popup shows the policy's upload hint: ${r.hint}`);
    const saved = readFileSync(r.path, 'utf8');
    const problems = checkSanitizedHar(saved, site);
    if (problems.length) fail(`the saved file: ${problems.join('; ')}`);
    const tenant = JSON.parse(saved).log.entries.find((e) => e.request.url.endsWith('/api/tenant'));
    const header = tenant && tenant.request.headers.find((h) => h.name.toLowerCase() === 'x-acme-tenant');
    if (!header) fail('the X-Acme-Tenant request header is not in the saved file');
    if (saved.includes(site.secrets.extraHeader)) fail('the header named by the browser policy was not redacted');
    if (!tenant.response.content.text.includes('acmeRef') || saved.includes(site.acmeRef)) fail('the JSON key named by the host policy was not redacted');
    if (!r.path.startsWith(outDir) || readdirSync(outDir).length !== 1) fail(`saved as ${r.path}`);
    ok(`saved with both extra names redacted (X-Acme-Tenant: ${header.value}) and no other secret of the site`);

    if (!ADMIN) {
      // The host's system policy says skip: it wins over the browser's
      // required (host/PROTOCOL.md, Policy). A new host process reads it.
      writeFileSync('/etc/safehar/policy.json', JSON.stringify({ extraJsonKeys: ['acmeRef'], review: 'skip' }));
      await sw.evaluate(() => globalThis.safeharDebug.restartHelper(), null);
      await popup.reload();
      await popup.waitForFunction(() => document.body.dataset.helper === 'ready', null, { timeout: 20_000 });
      const phases = [];
      await popup.exposeFunction('safeharPhase', (x) => phases.push(x));
      await popup.evaluate(() => new MutationObserver(() => window.safeharPhase(document.body.dataset.phase)).observe(document.body, { attributes: true, attributeFilter: ['data-phase'] }));
      await popup.click('#export');
      // The popup still shows the last export's "done": wait for this one's end.
      await waitFor(async () => phases.some((x) => ['done', 'error', 'review'].includes(x)), 'the skipped-review export', 120_000);
      const skipped = await popup.evaluate(() => ({ phase: document.body.dataset.phase, error: document.getElementById('error').innerText }));
      if (skipped.phase !== 'done' || phases.includes('review')) fail(`review=skip in the host's policy: ${JSON.stringify(skipped)}, phases ${phases.join(' ')}`);
      if (readdirSync(outDir).filter((f) => f.endsWith('.har')).length !== 2) fail('the skipped-review export was not saved');
      ok(`review skipped by the host's system policy: saved at once (phases ${[...new Set(phases)].join(' → ')})`);
    }

    if (ADMIN) await Promise.all([page.close(), popup.close()]);
    // The options page: every setting, the administrator's locked, what the host enforces.
    if (!ADMIN) {
    const options = await ctx.newPage();
    await options.goto(`chrome-extension://${ID}/options.html`);
    await options.waitForFunction(() => document.body.dataset.hostOk === 'true' && document.querySelector('#settings-rows tr[data-key="jwt"]'), null, { timeout: 15_000 });
    const rows = await options.evaluate(() => Object.fromEntries([...document.querySelectorAll('#settings-rows tr')].map((tr) => [
      tr.dataset.key || tr.querySelector('th').textContent, { value: tr.querySelector('td > span').textContent, locked: tr.dataset.locked === 'true', text: tr.innerText }])));
    const keys = JSON.parse(readFileSync(join(REPO, 'extension', 'managed_schema.json'), 'utf8')).properties;
    for (const k of Object.keys(keys)) if (!rows[k]) fail(`the options page does not list ${k}`);
    if (!rows.extraHeaders.locked || !/locked by your administrator/.test(rows.extraHeaders.text) || !rows.extraHeaders.value.includes('X-Acme-Tenant')) fail(`options: extraHeaders ${JSON.stringify(rows.extraHeaders)}`);
    if (!rows.uploadHint.locked || rows.jwt.locked) fail(`options: locks ${JSON.stringify(rows)}`);
    if (!rows.review.locked || !rows.allowExtraTerms.locked) fail(`options: review ${JSON.stringify(rows.review)} allowExtraTerms ${JSON.stringify(rows.allowExtraTerms)}`);
    if (!rows.extraJsonKeys.value.includes('acmeRef')) fail(`options: extraJsonKeys ${JSON.stringify(rows.extraJsonKeys)} (the host's effective policy)`);
    ok(`options page: every setting listed, the administrator's locked; host enforces extraJsonKeys ${rows.extraJsonKeys.value}`);
    await Promise.all([page.close(), popup.close(), options.close()]);
    }
  } finally {
    await site.close();
  }

  if (!ADMIN) {
    if (existsSync(trap)) fail('the user-level host ran although NativeMessagingUserLevelHosts is false');
    ok('the user-level host manifest was ignored (NativeMessagingUserLevelHosts false)');

    // Control: without NativeMessagingUserLevelHosts the same connection runs
    // the user-level host, so the check above is not vacuous. Chromium reloads
    // the policy folder a few seconds after it changes.
    const relaxed = JSON.parse(readFileSync('/etc/chromium/policies/managed/safehar.json', 'utf8'));
    delete relaxed.NativeMessagingUserLevelHosts;
    writeFileSync('/etc/chromium/policies/managed/safehar.json', JSON.stringify(relaxed, null, 2));
    for (let i = 0; i < 40 && !existsSync(trap); i++) {
      await sw.evaluate((hostName) => new Promise((res) => {
        const port = chrome.runtime.connectNative(hostName);
        port.onDisconnect.addListener(() => { void chrome.runtime.lastError; res(); });
        port.postMessage({ type: 'status' });
        setTimeout(() => { try { port.disconnect(); } catch { /* gone */ } res(); }, 1000);
      }), HOST_NAME);
    }
    if (!existsSync(trap)) fail('control: the user-level host never ran even with user-level hosts allowed');
    ok('control: with user-level hosts allowed, the user-level manifest does take over');

    // Blocked by policy: the administrator's NativeMessagingBlocklist ["*"]
    // without the allowlist. The popup says so before any click.
    const blocked = JSON.parse(readFileSync('/etc/chromium/policies/managed/safehar.json', 'utf8'));
    delete blocked.NativeMessagingAllowlist;
    writeFileSync('/etc/chromium/policies/managed/safehar.json', JSON.stringify(blocked, null, 2));
    const ctx = browser.contexts()[0];
    const popup = await ctx.newPage();
    let state = '';
    for (let i = 0; i < 40 && state !== 'blocked'; i++) {
      await sw.evaluate(() => globalThis.safeharDebug.restartHelper(), null);
      await popup.goto(`chrome-extension://${ID}/popup.html?tabId=1`);
      await popup.waitForFunction(() => !['checking', ''].includes(document.body.dataset.helper || ''), null, { timeout: 15_000 }).catch(() => {});
      state = await popup.evaluate(() => document.body.dataset.helper);
      if (state !== 'blocked') await new Promise((r) => setTimeout(r, 1000));
    }
    const shown = await popup.evaluate(() => ({ text: document.getElementById('helper-text').textContent, reason: document.getElementById('export-reason').textContent, disabled: document.getElementById('export').disabled }));
    const raw = await sw.evaluate((hostName) => new Promise((res) => {
      const port = chrome.runtime.connectNative(hostName);
      port.onDisconnect.addListener(() => res(chrome.runtime.lastError ? chrome.runtime.lastError.message : 'no error'));
      setTimeout(() => res('still connected'), 3000);
    }), HOST_NAME);
    if (state !== 'blocked' || !shown.disabled || !/IT team/.test(shown.reason)) fail(`(the browser says: ${raw}) `+`NativeMessagingBlocklist ["*"] without the allowlist: the popup shows ${state}: ${JSON.stringify(shown)}`);
    ok(`blocked by policy: the popup says "${shown.text}" before any click (${shown.reason})`);
    await popup.close();
  }
} finally {
  await browser.close().catch(() => {});
  killBrowsers();
  await new Promise((r) => { if (chrome.exitCode !== null || chrome.signalCode !== null) r(); else chrome.on('exit', r); });
  await new Promise((r) => setTimeout(r, 500)); // let the process group go before the profile is removed
}
console.log('e2e-policy: PASS');
