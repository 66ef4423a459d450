// Benchmark: export a capture of 2,000 requests carrying 150 MB of response
// bodies from real Chromium through the real host, with the progress bar
// sampled while it moves. Prints the time from click to saved file.
// Run: npm run bench  (not part of npm test / npm run e2e)
import { createServer } from 'node:http';
import { mkdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ID, buildHost, installHost, cleanup, copyExtension, harFiles, hostWrapper, requireExecutable, tempDir, waitFor, writeChromeHostManifest } from './lib.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS || 2000);
const TOTAL_BODY_BYTES = Number(process.env.BENCH_BYTES || 150_000_000);
const BODY = Math.floor(TOTAL_BODY_BYTES / REQUESTS);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// A realistic JSON body of about BODY bytes (records with text), varied per request.
function body(i) {
  const items = [];
  let size = 20;
  for (let k = 0; size < BODY - 200; k++) {
    const rec = { id: i * 1000 + k, sku: `SKU-${(i * 7919 + k * 104729) % 1000003}`, name: `Item ${k} of request ${i}`,
      description: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.',
      price: ((i + k) % 997) / 10, tags: ['alpha', 'beta', 'gamma'].slice(0, 1 + ((i + k) % 3)) };
    const s = JSON.stringify(rec);
    size += s.length + 1;
    items.push(rec);
  }
  const text = JSON.stringify({ request: i, items });
  return text.length > BODY ? text : text + ' '.repeat(BODY - text.length);
}

async function main() {
  requireExecutable(CHROMIUM, 'apt-get install -y chromium');
  const hostPath = buildHost({ testHooks: true });
  const bodies = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<!doctype html><title>bench</title><p id="s">loading</p><script src="/bench.js"></script>`);
    } else if (url.pathname === '/bench.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(`(async () => { for (let i = 0; i < ${REQUESTS - 2}; i += 50) { await Promise.all([...Array(Math.min(50, ${REQUESTS - 2} - i)).keys()].map((k) => fetch('/data/' + (i + k), { headers: { Authorization: 'Bearer bench-token-' + (i + k) } }).then((r) => r.text()))); document.getElementById('s').textContent = i; } document.title = 'done'; })();`);
    } else if (url.pathname.startsWith('/data/')) {
      const i = Number(url.pathname.slice(6));
      if (!bodies.has(i)) bodies.set(i, body(i));
      res.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': `s${i % 10}=session-${i}; Path=/` });
      res.end(bodies.get(i));
      bodies.delete(i);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const site = `http://127.0.0.1:${server.address().port}/`;
  const profile = tempDir('bench-profile');
  const work = tempDir('bench-work');
  const outDir = join(work, 'out');
  mkdirSync(outDir);
  const ext = copyExtension(join(work, 'extension'));
  const hostEnv = installHost(hostPath, work);
  writeChromeHostManifest(profile, hostWrapper(work, hostPath, outDir, { env: hostEnv }));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--auto-open-devtools-for-tabs'],
  });
  try {
    const sw = ctx.serviceWorkers()[0] || await ctx.waitForEvent('serviceworker');
    const tabs = () => sw.evaluate(() => globalThis.safeharDebug.tabs());
    await waitFor(async () => (await tabs()).length >= ctx.pages().length, { what: 'devtools pages' });
    const before = new Set((await tabs()).map((x) => x.tabId));
    const page = await ctx.newPage();
    const tabId = await waitFor(async () => (await tabs()).map((x) => x.tabId).find((id) => !before.has(id)), { what: 'the new tab' });
    const tLoad = Date.now();
    await page.goto(site);
    await page.waitForFunction(() => document.title === 'done', null, { timeout: 300_000 });
    await waitFor(async () => (await tabs()).find((x) => x.tabId === tabId && x.count >= REQUESTS), { timeout: 120_000, what: `${REQUESTS} requests captured` });
    console.log(`page loaded ${REQUESTS} requests in ${Date.now() - tLoad} ms`);

    const popup = await ctx.newPage();
    await popup.goto(`chrome-extension://${CHROME_ID}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction(() => !document.getElementById('export').disabled);
    // Click to file without a person in the loop: the user's own choice to
    // skip the review (it is on by default).
    if (await popup.isChecked('#review-toggle')) {
      await popup.click('#review-toggle');
      await popup.waitForFunction(() => !document.getElementById('review-toggle').checked);
    }
    const samples = [];
    const t0 = Date.now();
    await popup.click('#export');
    for (;;) {
      const s = await popup.evaluate(() => ({ phase: document.body.dataset.phase, value: document.getElementById('progress').value, label: document.getElementById('progress-label').textContent }));
      samples.push({ t: Date.now() - t0, ...s });
      if (s.phase === 'done' || s.phase === 'error') break;
      if (Date.now() - t0 > 600_000) throw new Error('export did not finish in 10 minutes');
      await new Promise((r) => setTimeout(r, 100));
    }
    const elapsed = Date.now() - t0;
    const last = samples.at(-1);
    if (last.phase !== 'done') {
      throw new Error(`export failed: ${await popup.evaluate(() => document.getElementById('error').innerText)}`);
    }
    const file = harFiles(outDir)[0];
    const st = statSync(file);
    const har = JSON.parse(readFileSync(file, 'utf8'));
    const withBodies = har.log.entries.filter((e) => e.response.content.text && e.response.content.text.length > 1000).length;
    const phases = {};
    for (const s of samples) if (!(s.phase in phases)) phases[s.phase] = s.t;
    const distinct = [...new Set(samples.filter((s) => s.phase !== 'done').map((s) => s.value.toFixed(3)))];
    const exportState = (await sw.evaluate(() => globalThis.safeharDebug.exports()))[tabId];
    const summary = await popup.evaluate(() => document.getElementById('report-summary').textContent);
    console.log(JSON.stringify({ requests: REQUESTS, bodyBytes: BODY * (REQUESTS - 2), entries: har.log.entries.length, entriesWithBodies: withBodies,
      bodiesMissing: exportState.bodiesMissing, fileBytes: st.size, clickToSavedMs: elapsed, serviceWorkerElapsedMs: exportState.elapsedMs,
      phaseStartMs: phases, progressDistinctValues: distinct.length, report: summary, counts: exportState.result.report.counts }, null, 2));
    console.log('progress samples (ms, phase, value):');
    let prev = '';
    for (const s of samples) {
      const k = `${s.phase} ${s.value.toFixed(2)}`;
      if (k !== prev) console.log(`  ${s.t}\t${s.phase}\t${s.value.toFixed(3)}\t${s.label}`);
      prev = k;
    }
    const nonDecreasing = samples.every((s, i) => i === 0 || s.value >= samples[i - 1].value || s.phase === 'done');
    if (distinct.length < 5 || !nonDecreasing) throw new Error(`the progress bar did not move steadily (${distinct.length} distinct values)`);
    if (withBodies < REQUESTS - 2) throw new Error(`only ${withBodies} entries carry their bodies`);
  } finally {
    await ctx.close();
    server.close();
    cleanup(profile, work);
  }
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
