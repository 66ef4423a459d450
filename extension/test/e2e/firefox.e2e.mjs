// End-to-end in real Firefox ESR through `web-ext run` (headless, DevTools
// open). Firefox cannot be driven by playwright-core here, so the test runs a
// temporary copy of the extension that holds a test-only `test.json`: its
// devtools page reloads the inspected page once (or lets a self-driving
// sign-in flow run) and exports by itself when the page is quiet. The test
// waits for the sanitized file. Run: npm run e2e:firefox
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX, WEB_EXT, runWebExt } from './firefox-lib.mjs';
import {
  CUSTOMER, buildHost, checkSanitizedHar, cleanup, copyExtension, harFiles, hostWrapper,
  requireExecutable, startSite, tempDir, waitFor, writeFirefoxHostManifest,
} from './lib.mjs';

/**
 * Runs Firefox on startUrl with test.json = config; returns the saved file's
 * path and text. until(log) (optional): instead of a saved file, wait for
 * the browser's log to say so (the file is then undefined).
 */
async function exportInFirefox(t, site, startUrl, config, { until } = {}) {
  requireExecutable(FIREFOX, 'apt-get install -y firefox-esr');
  requireExecutable(WEB_EXT, 'npm ci in extension/');
  const hostPath = buildHost();
  const work = tempDir('firefox-work');
  const home = join(work, 'home');
  const outDir = join(work, 'out');
  mkdirSync(home, { recursive: true });
  mkdirSync(outDir);
  const ext = copyExtension(join(work, 'extension'));
  // Test-only switch, never part of the shipped tree (see manifest.test.js).
  writeFileSync(join(ext, 'test.json'), JSON.stringify(config));
  const wrapper = hostWrapper(work, hostPath, outDir, { stderrFile: join(work, 'host.log') });
  writeFirefoxHostManifest(home, wrapper);

  const run = runWebExt(ext, home, startUrl, join(work, 'web-ext.log'));
  t.after(async () => {
    await run.stop();
    await site.close();
    cleanup(work);
  });

  let file;
  try {
    if (until) {
      await waitFor(() => until(run.log()), { timeout: Number(process.env.SAFEHAR_E2E_FF_WAIT || 150_000), interval: 500, what: 'the browser to say it is done' });
      await new Promise((r) => setTimeout(r, 1000)); // the host's reply is logged after its file work
      return { file: undefined, text: '', log: run.log, outDir };
    }
    file = await waitFor(() => harFiles(outDir)[0], { timeout: Number(process.env.SAFEHAR_E2E_FF_WAIT || 150_000), interval: 500, what: 'the sanitized HAR in the output folder' });
  } catch (e) {
    const exited = await Promise.race([run.exited, new Promise((r) => setTimeout(() => r(null), 10))]);
    const hostLog = existsSync(join(work, 'host.log')) ? readFileSync(join(work, 'host.log'), 'utf8') : '(host never started)';
    const lines = run.log().split('\n').filter((l) => /safehar|console|error|Error/i.test(l)).slice(-60).join('\n');
    throw new Error(`${e.message}\nsite requests: ${site.requests.join(' ')}\nhost stderr: ${hostLog.slice(-2000)}\nweb-ext ${exited ? `exited ${JSON.stringify(exited)}` : 'still running'}; log lines:\n${lines.slice(-8000)}`);
  }
  // The host renames the finished file into place: it is complete once visible.
  return { file, text: readFileSync(file, 'utf8'), log: run.log, outDir };
}

/** The test mode's console lines (Firefox prints them as JSON strings). */
function testModeLines(log) {
  return log.split('\n').map((l) => /console\.log: ("\[safehar test mode\] .*")\s*$/.exec(l)).filter(Boolean).map((m) => {
    try { return JSON.parse(m[1]).slice('[safehar test mode] '.length); } catch { return ''; }
  });
}

/** The test mode's line about the review (src/devtools.js handleReview), or null. */
function reviewLine(log) {
  const l = testModeLines(log).find((x) => x.startsWith('review '));
  return l ? JSON.parse(l.slice('review '.length)) : null;
}

test('Firefox ESR: auto-export (test mode) saves a sanitized HAR', { timeout: 240_000 }, async (t) => {
  const site = await startSite();
  const { file, text } = await exportInFirefox(t, site, site.startUrl, { autoExport: true, reload: true, reloadDelayMs: 2000, quietMs: 2500, minRequests: site.expectedPaths.length });
  assert.match(file, /127\.0\.0\.1/);
  assert.deepEqual(checkSanitizedHar(text, site), []);
  const har = JSON.parse(text);
  console.log(`firefox: ${file}: ${har.log.entries.length} entries, creator ${har.log.creator && har.log.creator.name}`);
});

test('Firefox ESR: a sign-in flow over three documents, exported on the last page: every request with its body, counts in the file', { timeout: 240_000 }, async (t) => {
  const site = await startSite({ flowDelayMs: 5000 });
  // /flow-start, /signin, /signin/config, POST /signin, /consent, /oauth/token, /dashboard, /api/profile
  const { file, text, log } = await exportInFirefox(t, site, site.autoFlowUrl, { autoExport: true, countCapture: true, quietMs: 3000, minRequests: 8 });
  const har = JSON.parse(text);
  const why = () => `served: ${site.requests.join(' ')}; in the file: ${har.log.entries.map((e) => `${e.request.method} ${e.request.url.replace(/^https?:\/\/[^/]+/, '').replace(/#.*/, '')}`).join(' ')}; counts ${JSON.stringify(har.log._safeharCapture)}`;
  assert.deepEqual(checkSanitizedHar(text, { ...site, expectedPaths: site.flowPaths, bodyMarkers: site.flowMarkers }), [], why());
  const entries = har.log.entries;
  for (const p of site.flowPaths) {
    const inFile = entries.filter((e) => new URL(e.request.url).pathname === p).length;
    assert.equal(inFile, site.requests.filter((x) => x === p).length, `${p}: entries in the file vs requests served`);
  }
  const times = entries.map((e) => Date.parse(e.startedDateTime));
  assert.equal(times.filter((x, i) => i > 0 && x < times[i - 1]).length, 0, 'entries in startedDateTime order');
  const c = har.log._safeharCapture;
  assert.ok(c, 'the capture counts are in the file');
  assert.equal(c.inFile, entries.length);
  assert.equal(c.seen, entries.length);
  assert.equal(c.bodiesMissing, 0, JSON.stringify(c));
  // The bodies went to the helper as they were captured: the click sent references.
  const staged = testModeLines(log()).map((l) => /^exporting \d+ requests; staged (\{.*\})$/.exec(l)).filter(Boolean).map((m) => JSON.parse(m[1]))[0];
  assert.ok(staged && staged.staged >= 4 && !staged.stopped, `staged before the export: ${JSON.stringify(staged)}`);
  const lost = (log().match(/HAR: request not found/g) || []).length;
  console.log(`firefox sign-in flow: ${file}: ${entries.length} entries, ${c.bodies} bodies, from the browser's log ${c.fromBrowser}, recovered ${c.recovered}, staged in the helper ${staged.staged}; "request not found" on the console: ${lost}`);
});

test('Firefox ESR: review before saving: findings listed by request, a term added and absent from the saved file', { timeout: 240_000 }, async (t) => {
  const site = await startSite();
  const { file, text, log } = await exportInFirefox(t, site, site.startUrl, { autoExport: true, reload: true, reloadDelayMs: 2000, quietMs: 2500, minRequests: site.expectedPaths.length, review: { terms: [CUSTOMER] } });
  const rv = reviewLine(log());
  assert.ok(rv, 'the export went through the review');
  assert.ok(rv.total >= 20 && rv.listed === rv.total, JSON.stringify(rv));
  for (const r of ['POST /login', 'GET /api/items', 'GET /api/me']) assert.ok(rv.requests.includes(r), `${r} in ${rv.requests}`);
  for (const k of ['cookie', 'token', 'password']) assert.ok(rv.kinds.includes(k), `${k} in ${rv.kinds}`);
  assert.deepEqual(checkSanitizedHar(text, site), []);
  assert.ok(!text.includes(CUSTOMER), 'the term is in the saved file');
  assert.match(text, /safehar-user-term-[0-9a-f]{16}/);
  // The file is renamed into place before the helper's reply reaches the page's console.
  assert.ok(await waitFor(() => testModeLines(log()).some((l) => /^saved \{"file":"[^"]+","terms":1\}$/.test(l)), { timeout: 15_000, interval: 200, what: 'the saved line' }), 'saved with one term');
  console.log(`firefox review: ${rv.total} findings in ${rv.requests.length} requests; saved ${file} without the term`);
});

test('Firefox ESR: review, then Discard: the output folder stays empty', { timeout: 240_000 }, async (t) => {
  const site = await startSite();
  const { log, outDir } = await exportInFirefox(t, site, site.startUrl, { autoExport: true, reload: true, reloadDelayMs: 2000, quietMs: 2500, minRequests: site.expectedPaths.length, review: { action: 'discard' } },
    { until: (l) => l.includes('[safehar test mode] discarded') });
  assert.ok(reviewLine(log()), 'the export went through the review');
  assert.deepEqual(readdirSync(outDir), [], 'nothing on disk: no file, no temporary file');
});
