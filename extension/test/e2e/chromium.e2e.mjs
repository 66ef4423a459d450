// End-to-end in real Chromium (Debian's /usr/bin/chromium, headless) with the
// real host binary registered in the test profile. Run: npm run e2e:chromium
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { packCrx, readCrx } from './crx.mjs';
import { readdirSync } from 'node:fs';
import {
  CHROME_ID, CUSTOMER, E2E_DIR, EXTENSION_DIR, buildHost, installHost, checkSanitizedHar, cleanup, copyExtension, harFiles, hostWrapper,
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

  // Screenshots: into docs/screenshots when asked (npm run screenshots).
  const SCREENSHOTS = toDocs ? join(EXTENSION_DIR, '..', 'docs', 'screenshots') : join(work, 'screenshots');
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A page at the store size (1280x800), or clipped to its content.
  const shot = async (p, name, { full = false } = {}) => {
    await p.waitForTimeout(1500); // let DevTools' viewport-size overlay fade
    const file = join(SCREENSHOTS, name);
    if (full) {
      await p.screenshot({ path: file });
      const png = readFileSync(file);
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [p.viewportSize().width, p.viewportSize().height], `${name} size`);
      return;
    }
    const h = await p.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height) + 8);
    await p.screenshot({ path: file, clip: { x: 0, y: 0, width: p.viewportSize().width, height: Math.min(h, p.viewportSize().height) } });
  };

  // The popup and the panel (popup.html in its panel layout, as DevTools
  // shows it) at the store size, opened before the helper exists.
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 412, height: 760 });
  await popup.goto(`chrome-extension://${CHROME_ID}/popup.html?tabId=${tabId}`);
  const panel = await ctx.newPage();
  await panel.setViewportSize({ width: 1280, height: 800 });
  await panel.goto(`chrome-extension://${CHROME_ID}/popup.html?tabId=${tabId}&view=panel`);
  const helperState = (p) => p.evaluate(() => ({
    state: document.body.dataset.helper,
    text: document.getElementById('helper-text').textContent,
    box: document.getElementById('helper-box').hidden ? '' : document.getElementById('helper-box').innerText,
    exportDisabled: document.getElementById('export').disabled,
    reason: document.getElementById('export-reason').textContent,
    docs: document.getElementById('helper-docs').href,
  }));
  const waitHelper = (p, state) => p.waitForFunction((s) => document.body.dataset.helper === s, state, { timeout: 20_000 });

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

  const outcome = (p) => p.evaluate(() => ({
    phase: document.body.dataset.phase,
    code: document.getElementById('error').dataset.code,
    error: document.getElementById('error').innerText,
    path: document.getElementById('saved-path').textContent,
    report: document.getElementById('report-summary').textContent,
  }));
  const settle = (p) => p.waitForFunction(() => ['done', 'error', 'review', 'discarded'].includes(document.body.dataset.phase), null, { timeout: 120_000 });
  // Export clicked in the popup; a review (the default) is saved as it is.
  const exportAndWait = async ({ p = popup } = {}) => {
    await p.click('#export');
    await settle(p);
    if (await p.evaluate(() => document.body.dataset.phase === 'review')) {
      await p.click('#review-save');
      await p.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.phase), null, { timeout: 120_000 });
    }
    return outcome(p);
  };

  await t.test('a tab without DevTools: the popup gives plain guidance for this OS, Export is disabled', async () => {
    const other = await ctx.newPage();
    await other.goto(`chrome-extension://${CHROME_ID}/popup.html?tabId=999999`);
    await other.waitForFunction(() => document.getElementById('status').textContent.includes('not open'), null, { timeout: 10_000 });
    const g = await other.textContent('#guidance');
    assert.match(g, /press F12 or Ctrl\+Shift\+I/);
    assert.match(g, /"Preserve log"/);
    assert.match(g, /Reproduce the problem/);
    assert.equal(await other.isDisabled('#export'), true);
    await other.close();
  });

  await t.test('helper missing: shown before any click, with what to download, the docs link, Export disabled', async () => {
    for (const p of [popup, panel]) {
      await waitHelper(p, 'missing');
      const h = await helperState(p);
      assert.equal(h.text, 'The safehar helper is not installed');
      assert.equal(h.exportDisabled, true);
      assert.equal(h.reason, 'Install the safehar helper first.');
      assert.match(h.box, /Debian, Ubuntu: safehar_<version>_amd64\.deb/);
      assert.equal(h.docs, 'https://github.com/safehar/safehar#install');
      assert.match(await p.textContent('#status'), /requests? captured on this tab/);
    }
    await shot(popup, 'popup-missing.png');
    await shot(panel, 'store-missing.png', { full: true });
    const options = await ctx.newPage();
    await options.goto(`chrome-extension://${CHROME_ID}/options.html`);
    await options.waitForFunction(() => document.body.dataset.helper === 'missing', null, { timeout: 15_000 });
    assert.match(await options.textContent('#helper-state'), /not installed[\s\S]*\.msi|\.deb/);
    await options.close();
    assert.deepEqual(harFiles(outDir), []);
  });

  await t.test('helper of another release: "wrong version" with both versions, before any click', async () => {
    writeChromeHostManifest(profile, hostWrapper(work, join(E2E_DIR, 'other-release-host.mjs'), outDir, { env: hostEnv }));
    await popup.click('#recheck');
    await waitHelper(popup, 'wrong_version');
    const h = await helperState(popup);
    assert.equal(h.text, 'The safehar helper is the wrong version');
    assert.match(h.box, /version 2\.0\.0 \(protocol 2\); this extension \(version \d+\.\d+\.\d+\) needs protocol 1/);
    assert.equal(h.exportDisabled, true);
    await waitHelper(panel, 'wrong_version');
    await shot(panel, 'store-wrong-version.png', { full: true });
  });

  await t.test('host crash mid-export: the popup says it stopped and nothing was saved', async () => {
    writeChromeHostManifest(profile, hostWrapper(work, hostPath, outDir, { crash: true, env: hostEnv }));
    await popup.click('#recheck');
    await waitHelper(popup, 'ready');
    const r = await exportAndWait();
    assert.equal(r.phase, 'error');
    assert.equal(r.code, 'host_exited', r.error);
    assert.match(r.error, /stopped unexpectedly/);
    assert.match(r.error, /Nothing was saved/);
    assert.deepEqual(harFiles(outDir), []);
  });

  await t.test('helper ready: its version before any click, the live count and the Preserve log tip', async () => {
    writeChromeHostManifest(profile, hostWrapper(work, hostPath, outDir, { env: hostEnv, stderrFile: join(work, 'host.log') }));
    // The host's system policy (under the test build's SAFEHAR_ROOT, read
    // when the host starts) refuses exports without bodies: the next export
    // has them all, so it is saved (a later test is refused).
    mkdirSync(join(hostEnv.SAFEHAR_ROOT, 'etc', 'safehar'), { recursive: true });
    writeFileSync(join(hostEnv.SAFEHAR_ROOT, 'etc', 'safehar', 'policy.json'), JSON.stringify({ allowExportWithoutBodies: false }));
    // The helper started from the crashing wrapper may still run: the
    // extension keeps its port open for the bodies staged there. Start the
    // one just installed (what a browser restart does).
    await sw.evaluate(() => globalThis.safeharDebug.restartHelper());
    const fresh = await ctx.newPage();
    await fresh.setViewportSize({ width: 1280, height: 800 });
    await fresh.goto(`chrome-extension://${CHROME_ID}/popup.html?tabId=${tabId}&view=panel`);
    await waitHelper(fresh, 'ready');
    const h = await helperState(fresh);
    assert.match(h.text, /^safehar helper \d+\.\d+\.\d+\S* is ready$/);
    assert.equal(h.exportDisabled, false);
    assert.equal(h.reason, '');
    assert.match(await fresh.textContent('#tip'), /"Preserve log".*"Disable cache"/);
    await shot(fresh, 'store-ready.png', { full: true });
    await fresh.close();
  });

  await t.test('review before saving: findings by request, an extra term, the file saved without it; the after-save view', async () => {
    await waitHelper(panel, 'ready');
    const pre = readdirSync(outDir); // the host killed by the crash test left its temporary file
    const t0 = Date.now();
    await panel.click('#export');
    await settle(panel);
    assert.equal(await panel.evaluate(() => document.body.dataset.phase), 'review', (await outcome(panel)).error);
    // Nothing saved yet: only the host's sanitized temporary file.
    assert.deepEqual(harFiles(outDir), []);
    assert.equal(readdirSync(outDir).length, pre.length + 1);
    await panel.waitForFunction(() => document.querySelectorAll('#review-list .group').length > 0, null, { timeout: 10_000 });
    const listed = await panel.evaluate(() => ({
      summary: document.getElementById('review-summary').textContent,
      count: document.getElementById('review-count').textContent,
      groups: [...document.querySelectorAll('#review-list .group')].map((g) => g.querySelector('.req').innerText.replace(/\s+/g, ' ')),
      items: document.getElementById('review-list').innerText,
      terms: !document.getElementById('terms-box').hidden,
    }));
    assert.match(listed.summary, /^\d+ values will be replaced by placeholders in \d+ requests/);
    assert.ok(listed.groups.some((g) => /^GET 127\.0\.0\.1:\d+ \/api\/items \d+ found$/.test(g)), listed.groups.join('\n'));
    assert.ok(listed.groups.some((g) => /^POST 127\.0\.0\.1:\d+ \/login \d+ found$/.test(g)), listed.groups.join('\n'));
    assert.match(listed.items, /Request header[\s\S]*X-API-Key/);
    assert.match(listed.items, /Query parameter\s+access_token/);
    assert.match(listed.items, /Response body/);
    for (const [name, value] of Object.entries(site.secrets)) assert.ok(!listed.items.includes(value), `the review shows the ${name}`);
    assert.ok(listed.terms, 'terms may be added');
    await shot(panel, 'store-review.png', { full: true });
    // The filter.
    await panel.fill('#review-search', 'api/items');
    await panel.waitForFunction(() => document.querySelectorAll('#review-list .group').length === 1, null, { timeout: 5000 });
    assert.match(await panel.textContent('#review-count'), /filtered from \d+/);
    await panel.fill('#review-search', '');
    // A term too short is refused at once; the customer name is added.
    await panel.fill('#term-input', 'Globex');
    await panel.press('#term-input', 'Enter');
    assert.match(await panel.textContent('#term-error'), /too short/);
    await panel.fill('#term-input', CUSTOMER);
    await panel.press('#term-input', 'Enter');
    assert.deepEqual(await panel.$$eval('#terms .chip span', (x) => x.map((e) => e.textContent)), [CUSTOMER]);
    await shot(panel, 'store-review-term.png', { full: true });
    await panel.emulateMedia({ colorScheme: 'dark' });
    const dark = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(dark, 'rgb(32, 33, 36)', 'dark mode follows prefers-color-scheme');
    await shot(panel, 'store-review-dark.png', { full: true });
    await panel.emulateMedia({ colorScheme: 'light' });
    // Keyboard only: Tab reaches Save with a visible focus ring, Enter saves.
    await panel.focus('#term-input');
    let focused = '';
    for (let i = 0; i < 12 && focused !== 'review-save'; i++) {
      await panel.keyboard.press('Shift+Tab');
      focused = await panel.evaluate(() => document.activeElement && document.activeElement.id);
    }
    assert.equal(focused, 'review-save', 'Save is reachable with the keyboard');
    const ring = await panel.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(ring, 'none', 'the focused button shows its focus');
    await panel.keyboard.press('Enter');
    await panel.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.phase), null, { timeout: 120_000 });
    const r = await outcome(panel);
    const clickToSaved = Date.now() - t0;
    assert.equal(r.phase, 'done', r.error);
    const files = harFiles(outDir);
    assert.equal(files.length, 1, `one file in the output folder: ${files}`);
    assert.equal(r.path, files[0]);
    assert.match(files[0], /127\.0\.0\.1/, 'the file name carries the site host name');
    const text = readFileSync(files[0], 'utf8');
    assert.deepEqual(checkSanitizedHar(text, site), []);
    assert.ok(!text.includes(CUSTOMER), 'the extra term is in the saved file');
    assert.match(text, /safehar-user-term-[0-9a-f]{16}/);
    assert.deepEqual(readdirSync(outDir).sort(), [...pre, files[0].split('/').pop()].sort(), 'no temporary file of this export left');
    // The after-save view.
    const after = await panel.evaluate(() => ({
      name: document.getElementById('saved-file').textContent,
      title: document.getElementById('saved-file').title,
      oneLine: document.getElementById('saved-file').getBoundingClientRect().height < 24,
      details: document.getElementById('saved-details').textContent,
      hint: document.getElementById('upload-hint').textContent,
      report: document.getElementById('report-summary').textContent,
      kinds: document.getElementById('report-kinds').innerText,
    }));
    assert.equal(after.name, files[0].split('/').pop());
    assert.equal(after.title, files[0]);
    assert.ok(after.oneLine, 'the file name stays on one line');
    assert.match(after.details, /^\d+(\.\d)? KB · saved at \d\d:\d\d:\d\d( [AP]M)? · in \//);
    assert.equal(after.hint, 'Attach this file. Do not attach a HAR exported from the Network panel itself');
    assert.match(after.report, /1 term you added removed too/);
    assert.match(after.kinds, /Terms you added\s+\d/);
    await panel.click('#reveal');
    await panel.waitForFunction(() => document.getElementById('reveal-message').textContent !== '', null, { timeout: 10_000 });
    assert.match(await panel.textContent('#reveal-message'), /^(Asked your file manager to show the file\.|No file manager could be opened on this computer\. The file is in \/)/);
    await shot(panel, 'store-saved.png', { full: true });
    await popup.waitForFunction(() => document.body.dataset.phase === 'done', null, { timeout: 10_000 });
    await shot(popup, 'popup.png');
    // The name in a narrow popup: one line, the ellipsis in the middle.
    const narrow = await popup.evaluate(() => {
      const f = document.getElementById('saved-file');
      const s = f.querySelector('.start');
      return { h: f.getBoundingClientRect().height, cut: s.scrollWidth > s.clientWidth, end: f.querySelector('.end').textContent };
    });
    assert.ok(narrow.h < 24 && narrow.end.endsWith('.har'), JSON.stringify(narrow));
    // The panel docked at the bottom of a 1000x320 DevTools: the action and the result stay in view.
    await panel.setViewportSize({ width: 1000, height: 320 });
    await panel.waitForTimeout(1500); // let DevTools' viewport-size overlay fade
    const box = await panel.locator('#export').boundingBox();
    assert.ok(box && box.y + box.height <= 320, `Export at ${JSON.stringify(box)}`);
    const saved = await panel.locator('#saved-file').boundingBox();
    assert.ok(saved && saved.y + saved.height <= 320, `the saved file at ${JSON.stringify(saved)} in a 1000x320 panel`);
    await shot(panel, 'panel-docked.png', { full: true });
    const options = await ctx.newPage();
    await options.setViewportSize({ width: 1280, height: 800 });
    await options.goto(`chrome-extension://${CHROME_ID}/options.html`);
    await options.waitForFunction(() => document.body.dataset.hostOk === 'true', null, { timeout: 15_000 });
    await shot(options, 'store-options.png', { full: true });
    await options.close();
    await panel.setViewportSize({ width: 1280, height: 800 });
    console.log(`chromium: exported ${files[0]} after a review with one term (click to saved file: ${clickToSaved} ms); report: ${r.report}`);
  });

  await t.test('review, then Discard: nothing is saved, no temporary file remains', async () => {
    const before = readdirSync(outDir);
    await panel.click('#export');
    await settle(panel);
    assert.equal(await panel.evaluate(() => document.body.dataset.phase), 'review', `${(await outcome(panel)).error}\nhost stderr: ${existsSync(join(work, 'host.log')) ? readFileSync(join(work, 'host.log'), 'utf8').slice(-3000) : ''}`);
    assert.equal(readdirSync(outDir).length, before.length + 1, 'the sanitized capture waits in a temporary file');
    await panel.click('#review-discard');
    await panel.waitForFunction(() => document.body.dataset.phase === 'discarded', null, { timeout: 20_000 });
    assert.match(await panel.textContent('#discarded'), /Nothing was saved/);
    assert.deepEqual(readdirSync(outDir), before, 'the folder is as before: no file, no temporary file');
    await shot(panel, 'store-discarded.png', { full: true });
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
    // The bodies went to the helper as they were captured: the click sends references.
    const staged = await (await popup.waitForFunction(() => {
      const m = /(\d+) bod(?:y|ies) staged in the helper\./.exec(document.getElementById('capture-status').textContent);
      return m && Number(m[1]) >= 6 ? Number(m[1]) : 0; // the flow's six bodies at least
    }, null, { timeout: 20_000 }).catch(async (e) => {
      const st = await popup.evaluate(() => document.getElementById('capture-status').textContent);
      const dbg = await sw.evaluate(() => globalThis.safeharDebug.tabs());
      let hostLog = '';
      try { hostLog = readFileSync(join(work, 'host.log'), 'utf8').slice(-3000); } catch { /* none */ }
      throw new Error(`${e.message}; popup: ${st}; tabs ${JSON.stringify(dbg)}; host log: ${hostLog}`);
    })).jsonValue();
    assert.ok(staged >= 6, `bodies staged before the click: ${staged}`);
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
    console.log(`chromium sign-in flow: ${entries.length} entries, ${c.bodies} bodies (${flowBodies} of the flow's ${site.flowPaths.length}), from the browser's log ${c.fromBrowser}, recovered ${c.recovered}, filled from the capture ${c.filledFromCapture}, staged in the helper before the click ${staged}; popup: ${shown}`);
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

  await t.test('the helper restarts with bodies staged: the copies the page kept are staged again, nothing is lost', async () => {
    const stagedNow = () => popup.evaluate(() => {
      const t = document.getElementById('capture-status').textContent;
      const m = /(\d+) bod(?:y|ies) staged in the helper(,|\.)/.exec(t);
      return { t, n: m ? Number(m[1]) : 0, waiting: !m || m[2] === ',' };
    });
    const before = await stagedNow();
    assert.ok(before.n >= 6, before.t);
    await sw.evaluate(() => globalThis.safeharDebug.restartHelper());
    // Every body is staged again in the new helper process.
    await waitFor(async () => { const s = await stagedNow(); return s.n >= before.n && !s.waiting; }, { timeout: 30_000, what: 'the bodies staged again' });
    const after = await stagedNow();
    assert.doesNotMatch(after.t, /lost/);
    const files = harFiles(outDir);
    const r = await exportAndWait();
    const ex = (await sw.evaluate(() => globalThis.safeharDebug.exports()))[tabId] || {};
    // Only the body DevTools never had (the cut response above) is missing;
    // this host's policy refuses the export for it.
    assert.equal(ex.counts && ex.counts.missing.helperRestarted, 0, JSON.stringify(ex.counts));
    assert.equal(ex.counts.bodiesMissing, 1, JSON.stringify(ex.counts));
    assert.equal(r.code, 'policy_refused', r.error);
    assert.deepEqual(harFiles(outDir), files, 'nothing more was saved');
    console.log(`chromium helper restart: before "${before.t}", after "${after.t}"`);
  });
});
