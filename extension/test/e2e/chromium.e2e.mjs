// End-to-end in real Chromium (Debian's /usr/bin/chromium, headless) with the
// real host binary registered in the test profile. Run: npm run e2e:chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { packCrx, readCrx } from './crx.mjs';
import {
  CHROME_ID, EXTENSION_DIR, buildHost, installHost, checkSanitizedHar, cleanup, copyExtension, harFiles, hostWrapper,
  requireExecutable, startSite, tempDir, waitFor, writeChromeHostManifest,
} from './lib.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Screenshots go to docs/screenshots only when asked (npm run screenshots),
// so a test run leaves the tree unchanged; never from the fake host.
const toDocs = process.env.SAFEHAR_SCREENSHOTS === 'docs' && process.env.SAFEHAR_E2E_HOST !== 'fake';

test('Chromium: export sanitized HAR end to end (host missing, host crash, success)', { timeout: 240_000 }, async (t) => {
  requireExecutable(CHROMIUM, 'apt-get install -y chromium');
  const hostPath = buildHost({ testHooks: true });
  const site = await startSite();
  const profile = tempDir('chromium-profile');
  const work = tempDir('chromium-work');
  const outDir = join(work, 'out');
  mkdirSync(outDir);
  const ext = copyExtension(join(work, 'extension'));
  const hostEnv = installHost(hostPath, work);
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 900, height: 700 },
    args: [
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--auto-open-devtools-for-tabs',
    ],
  });
  t.after(async () => {
    await ctx.close().catch(() => {});
    await site.close();
    cleanup(profile, work);
  });

  await t.test('the .crx packed with the development key has the fixed id', () => {
    const packDir = join(work, 'pack');
    const crx = readCrx(packCrx(CHROMIUM, copyExtension(join(packDir, 'safehar')), join(EXTENSION_DIR, 'test', 'fixtures', 'dev-key.pem'), packDir));
    assert.equal(crx.id, CHROME_ID);
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    assert.ok(crx.publicKeys.includes(manifest.key));
  });

  const sw = ctx.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${CHROME_ID}/`))
    || await ctx.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${CHROME_ID}/`), timeout: 20_000 });
  assert.equal(new URL(sw.url()).host, CHROME_ID, 'the extension runs under its fixed id');
  if (process.env.SAFEHAR_E2E_DEBUG) sw.on('console', (m) => console.log('SW:', m.text()));
  const debugTabs = () => sw.evaluate(() => globalThis.safeharDebug.tabs());

  // The site's tab. DevTools opens by itself (--auto-open-devtools-for-tabs);
  // wait until its devtools page registered for this tab before loading the
  // site, so the whole load is captured.
  // DevTools (and so our devtools page) attaches ~seconds after a tab opens and
  // records from then on. Tell our tab from the others by waiting for every
  // open tab to register, then for the one new registration.
  await waitFor(async () => (await debugTabs()).length >= ctx.pages().length, { what: 'the devtools pages of the open tabs' });
  const before = new Set((await debugTabs()).map((x) => x.tabId));
  const page = await ctx.newPage();
  const tabId = await waitFor(async () => (await debugTabs()).map((x) => x.tabId).find((id) => !before.has(id)), { what: "the new tab's devtools page to register" });
  await page.goto(site.startUrl);
  await page.waitForFunction(() => document.title === 'done', null, { timeout: 20_000 });
  await waitFor(async () => (await debugTabs()).find((x) => x.tabId === tabId && x.count >= site.expectedPaths.length), { what: 'the capture to be counted' });

  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 412, height: 760 });
  await popup.goto(`chrome-extension://${CHROME_ID}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => /requests? captured/.test(document.getElementById('status').textContent), null, { timeout: 10_000 });

  // The tab's request count once it has not changed for a second (counts
  // arrive debounced from the devtools page; a late one must not pass for
  // the request a test waits for).
  const settledCount = async () => {
    let last = -1;
    return waitFor(async () => {
      const n = (await debugTabs()).find((x) => x.tabId === tabId).count;
      const settled = n === last;
      last = n;
      return settled ? n + 1 : 0; // +1: 0 requests is a settled count too
    }, { interval: 1000, what: 'the request count to settle' }).then((n) => n - 1);
  };

  const exportAndWait = async () => {
    await popup.click('#export');
    await popup.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.phase), null, { timeout: 120_000 });
    return popup.evaluate(() => ({
      phase: document.body.dataset.phase,
      code: document.getElementById('error').dataset.code,
      error: document.getElementById('error').innerText,
      path: document.getElementById('saved-path').textContent,
      report: document.getElementById('report-summary').textContent,
    }));
  };

  await t.test('a tab without DevTools: the popup gives plain guidance, Export is disabled', async () => {
    const other = await ctx.newPage();
    await other.goto(`chrome-extension://${CHROME_ID}/popup.html?tabId=999999`);
    await other.waitForFunction(() => document.getElementById('status').textContent.includes('not open'), null, { timeout: 10_000 });
    assert.match(await other.textContent('#guidance'), /open DevTools on this tab, reproduce the problem, then click Export/i);
    assert.equal(await other.isDisabled('#export'), true);
    await other.close();
  });

  await t.test('host not installed: the popup says how to install it', async () => {
    const r = await exportAndWait();
    assert.equal(r.phase, 'error');
    assert.equal(r.code, 'host_missing', r.error);
    assert.match(r.error, /not installed/);
    assert.match(r.error, /safehar install/);
    assert.deepEqual(harFiles(outDir), []);
  });

  await t.test('host crash mid-export: the popup says it stopped and nothing was saved', async () => {
    writeChromeHostManifest(profile, hostWrapper(work, hostPath, outDir, { crash: true, env: hostEnv }));
    const r = await exportAndWait();
    assert.equal(r.phase, 'error');
    assert.equal(r.code, 'host_exited', r.error);
    assert.match(r.error, /stopped unexpectedly/);
    assert.match(r.error, /Nothing was saved/);
    assert.deepEqual(harFiles(outDir), []);
  });

  await t.test('export: the saved file is valid, complete, with bodies and without secrets', async () => {
    writeChromeHostManifest(profile, hostWrapper(work, hostPath, outDir, { env: hostEnv }));
    // The host's system policy (under the test build's SAFEHAR_ROOT) refuses
    // exports without bodies: this one has them all, so it is saved (the
    // next test is refused).
    mkdirSync(join(hostEnv.SAFEHAR_ROOT, 'etc', 'safehar'), { recursive: true });
    writeFileSync(join(hostEnv.SAFEHAR_ROOT, 'etc', 'safehar', 'policy.json'), JSON.stringify({ allowExportWithoutBodies: false }));
    const t0 = Date.now();
    const r = await exportAndWait();
    const clickToSaved = Date.now() - t0;
    assert.equal(r.phase, 'done', r.error);
    if (process.env.SAFEHAR_E2E_DEBUG) console.log(JSON.stringify(await sw.evaluate(() => globalThis.safeharDebug.exports())));
    const files = harFiles(outDir);
    assert.equal(files.length, 1, `one file in the output folder: ${files}`);
    assert.equal(r.path, files[0]);
    assert.match(files[0], /127\.0\.0\.1/, 'the file name carries the site host name');
    // Screenshots for the README: popup and panel after the export.
    const SCREENSHOTS = toDocs ? join(EXTENSION_DIR, '..', 'docs', 'screenshots') : join(work, 'screenshots');
    mkdirSync(SCREENSHOTS, { recursive: true });
    const shot = async (p, name) => {
      const h = await p.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height) + 8);
      const w = p.viewportSize().width;
      await p.waitForTimeout(1500); // let DevTools' viewport-size overlay fade
      await p.screenshot({ path: join(SCREENSHOTS, name), clip: { x: 0, y: 0, width: w, height: Math.min(h, p.viewportSize().height) } });
    };
    await shot(popup, 'popup.png');
    const panel = await ctx.newPage();
    await panel.setViewportSize({ width: 760, height: 760 });
    await panel.goto(`chrome-extension://${CHROME_ID}/popup.html?tabId=${tabId}&view=panel`);
    await panel.waitForFunction(() => document.body.dataset.phase === 'done', null, { timeout: 10_000 });
    await shot(panel, 'panel.png');
    const options = await ctx.newPage();
    await options.goto(`chrome-extension://${CHROME_ID}/options.html`);
    await options.waitForFunction(() => document.body.dataset.hostOk === 'true', null, { timeout: 15_000 });
    await shot(options, 'options.png');
    // Store listing screenshots: exactly 1280x800 (docs/STORE.md).
    for (const [p, name] of [[panel, 'store-panel.png'], [options, 'store-options.png']]) {
      await p.setViewportSize({ width: 1280, height: 800 });
      await p.waitForTimeout(1500);
      const file = join(SCREENSHOTS, name);
      await p.screenshot({ path: file });
      const png = readFileSync(file);
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1280, 800], `${name} is 1280x800`);
    }
    const problems = checkSanitizedHar(readFileSync(files[0], 'utf8'), site);
    assert.deepEqual(problems, []);
    console.log(`chromium: exported ${files[0]} (click to saved file: ${clickToSaved} ms); report: ${r.report}`);

  });

  await t.test('a sign-in flow over three documents, exported on the last page: every body of every page, in time order, counts shown', async () => {
    const before = new Set(harFiles(outDir));
    const count = await settledCount();
    await page.goto(site.signinUrl);
    await page.waitForFunction(() => document.title === 'signin ready', null, { timeout: 20_000 });
    await page.fill('#password', site.secrets.password);
    await Promise.all([page.waitForURL(/\/dashboard$/, { timeout: 20_000 }), page.click('#signin')]);
    await page.waitForFunction(() => document.title === 'dashboard done', null, { timeout: 20_000 });
    // /signin, /signin/config, POST /signin, /consent, /oauth/token, /dashboard, /api/profile
    await waitFor(async () => (await debugTabs()).find((x) => x.tabId === tabId && x.count >= count + 7), { what: 'the flow to be counted' });
    await popup.waitForFunction(() => /response bod(y|ies) held/.test(document.getElementById('capture-status').textContent), null, { timeout: 10_000 });
    const r = await exportAndWait();
    assert.equal(r.phase, 'done', r.error);
    const files = harFiles(outDir).filter((f) => !before.has(f));
    assert.equal(files.length, 1, `one new file: ${files}`);
    const text = readFileSync(files[0], 'utf8');
    // Every body of every page (the sign-in documents included), no secret.
    assert.deepEqual(checkSanitizedHar(text, { ...site, expectedPaths: site.flowPaths, bodyMarkers: site.flowMarkers }), []);
    const har = JSON.parse(text);
    const entries = har.log.entries;
    const path = (e) => `${e.request.method} ${new URL(e.request.url).pathname}`;
    // No duplicates: each flow request once, as often as the server saw it.
    for (const p of [...site.flowPaths, '/login', '/api/me']) {
      const inFile = entries.filter((e) => new URL(e.request.url).pathname === p).length;
      const served = site.requests.filter((x) => x === p).length;
      assert.equal(inFile, served, `${p}: ${inFile} entries in the file, ${served} requests served`);
    }
    assert.ok(entries.some((e) => path(e) === 'POST /signin' && e.response.status === 303), 'the sign-in POST and its redirect');
    const times = entries.map((e) => Date.parse(e.startedDateTime));
    const backward = times.filter((t, i) => i > 0 && t < times[i - 1]).length;
    assert.equal(backward, 0, 'entries in startedDateTime order');
    const pagerefs = new Set(entries.map((e) => e.pageref).filter(Boolean));
    const pageIds = new Set(har.log.pages.map((p) => p.id));
    for (const ref of pagerefs) assert.ok(pageIds.has(ref), `page ${ref} is in log.pages`);
    const c = har.log._safeharCapture;
    assert.ok(c, 'the capture counts are in the file');
    assert.equal(c.inFile, entries.length);
    assert.equal(c.seen, entries.length);
    assert.equal(c.bodiesMissing, 0, JSON.stringify(c));
    const shown = await popup.evaluate(() => document.getElementById('capture-counts').textContent);
    assert.match(shown, new RegExp(`^DevTools saw ${c.seen} requests; ${c.inFile} are in the file`));
    assert.equal(await popup.isHidden('#bodies-missing'), true);
    const flowBodies = entries.filter((e) => site.flowPaths.includes(new URL(e.request.url).pathname) && typeof e.response.content.text === 'string').length;
    console.log(`chromium sign-in flow: ${entries.length} entries, ${c.bodies} bodies (${flowBodies} of the flow's ${site.flowPaths.length}), from the browser's log ${c.fromBrowser}, recovered ${c.recovered}, filled from the capture ${c.filledFromCapture}; popup: ${shown}`);
  });

  await t.test('a body DevTools did not keep: the extension says so in begin, and a policy without such exports refuses it', async () => {
    // The host (started for the export above) runs under a system policy
    // without exports lacking bodies.
    const count = await settledCount();
    assert.equal(await page.evaluate(() => fetch('/cut').then((x) => x.text()).then(() => 'read', () => 'cut')), 'cut');
    await waitFor(async () => (await debugTabs()).find((x) => x.tabId === tabId && x.count > count), { what: 'the cut response to be counted' });
    const before = harFiles(outDir);
    const r = await exportAndWait();
    const ex = (await sw.evaluate(() => globalThis.safeharDebug.exports()))[tabId] || {};
    assert.equal(r.phase, 'error', `exported although a body is missing: ${JSON.stringify(ex).slice(0, 300)}`);
    assert.equal(r.code, 'policy_refused', r.error);
    assert.match(r.error, /without response bodies/);
    assert.equal(ex.bodiesMissing, 1);
    assert.deepEqual(harFiles(outDir), before, 'nothing more was saved');
  });
});
