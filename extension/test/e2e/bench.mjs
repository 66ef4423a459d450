// Benchmark, two scenarios in one run, from real Chromium through the real
// host: (a) 2,000 requests carrying 150 MB of response bodies, (b) 1,000
// JSON responses of 100 KB, with a reference for (b) that fetches the same
// bodies over the DevTools protocol (Network.getResponseBody) on the same
// page after its load. The bodies are staged in the host as they are
// captured; before the click the bench waits until the popup shows every
// body staged. Prints click → file with its phases (collect, send, save).
// Run: npm run bench  (not part of npm test / npm run e2e)
import { createServer } from 'node:http';
import { mkdirSync, statSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ID, buildHost, installHost, cleanup, copyExtension, harFiles, hostWrapper, requireExecutable, tempDir, waitFor, writeChromeHostManifest } from './lib.mjs';

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// name, data requests, bytes per body; BENCH_ONLY=a|b runs one.
const SCENARIOS = [
  { name: 'a', label: '2,000 requests / 150 MB', data: 1998, body: Math.floor(150_000_000 / 2000) },
  { name: 'b', label: '1,000 x 100 KB', data: 1000, body: 100_000, reference: true },
].filter((s) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY === s.name);
// The reference runs at each of these concurrencies; the fastest counts.
const CDP_CONCURRENCY = [6, 16];

// A realistic JSON body of about size bytes (records with text), varied per request.
function body(i, size) {
  const items = [];
  let n = 20;
  for (let k = 0; n < size - 200; k++) {
    const rec = { id: i * 1000 + k, sku: `SKU-${(i * 7919 + k * 104729) % 1000003}`, name: `Item ${k} of request ${i}`,
      description: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.',
      price: ((i + k) % 997) / 10, tags: ['alpha', 'beta', 'gamma'].slice(0, 1 + ((i + k) % 3)) };
    const s = JSON.stringify(rec);
    n += s.length + 1;
    items.push(rec);
  }
  const text = JSON.stringify({ request: i, items });
  return text.length > size ? text : text + ' '.repeat(size - text.length);
}

function startServer() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const [, sc, what, arg] = url.pathname.split('/');
    const scenario = SCENARIOS.find((s) => s.name === sc);
    if (!scenario) {
      res.writeHead(404);
      res.end();
    } else if (!what) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<!doctype html><title>bench ${sc}</title><p id="s">loading</p><script src="/${sc}/bench.js"></script>`);
    } else if (what === 'bench.js') {
      const n = scenario.data;
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(`(async () => { for (let i = 0; i < ${n}; i += 50) { await Promise.all([...Array(Math.min(50, ${n} - i)).keys()].map((k) => fetch('/${sc}/data/' + (i + k), { headers: { Authorization: 'Bearer bench-token-' + (i + k) } }).then((r) => r.text()))); document.getElementById('s').textContent = i; } document.title = 'done'; })();`);
    } else if (what === 'data') {
      const i = Number(arg);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Set-Cookie': `s${i % 10}=session-${i}-cookie; Path=/` });
      res.end(body(i, scenario.body));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

// The reference: every /data/ body of the page over CDP, concurrency at a time.
async function cdpReference(cdp, ids, concurrency) {
  const t0 = Date.now();
  let next = 0;
  let bytes = 0;
  let failed = 0;
  await Promise.all([...Array(concurrency)].map(async () => {
    while (next < ids.length) {
      const requestId = ids[next++];
      try {
        const r = await cdp.send('Network.getResponseBody', { requestId });
        bytes += r.body.length;
      } catch {
        failed++;
      }
    }
  }));
  return { ms: Date.now() - t0, bodies: ids.length - failed, failed, bytes };
}

async function runScenario(ctx, sw, site, outDir, sc) {
  const requests = sc.data + 2;
  const tabs = () => sw.evaluate(() => globalThis.safeharDebug.tabs());
  await waitFor(async () => (await tabs()).length >= ctx.pages().length, { what: 'devtools pages' });
  const before = new Set((await tabs()).map((x) => x.tabId));
  const page = await ctx.newPage();
  const tabId = await waitFor(async () => (await tabs()).map((x) => x.tabId).find((id) => !before.has(id)), { what: 'the new tab' });
  let cdp = null;
  const dataIds = [];
  const idsByUrl = new Set();
  if (sc.reference) {
    // Enabled before the navigation, with room for every body, so the
    // browser keeps them for getResponseBody.
    cdp = await page.context().newCDPSession(page);
    cdp.on('Network.loadingFinished', (e) => { if (idsByUrl.has(e.requestId)) dataIds.push(e.requestId); });
    cdp.on('Network.responseReceived', (e) => { if (e.response.url.includes('/data/')) idsByUrl.add(e.requestId); });
    await cdp.send('Network.enable', { maxTotalBufferSize: 400_000_000, maxResourceBufferSize: 20_000_000 });
  }
  const tLoad = Date.now();
  await page.goto(`${site}${sc.name}/`);
  await page.waitForFunction(() => document.title === 'done', null, { timeout: 300_000 });
  const loadMs = Date.now() - tLoad;
  const tLoaded = Date.now();
  await waitFor(async () => (await tabs()).find((x) => x.tabId === tabId && x.count >= requests), { timeout: 120_000, what: `${requests} requests captured` });

  const popup = await ctx.newPage();
  await popup.goto(`chrome-extension://${CHROME_ID}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => !document.getElementById('export').disabled);
  // The capture caught up: the popup shows every body staged in the helper.
  await popup.waitForFunction((n) => {
    const m = /(\d+) bodies staged in the helper\./.exec(document.getElementById('capture-status').textContent);
    return m && Number(m[1]) >= n;
  }, sc.data, { timeout: 300_000, polling: 50 });
  const stagedAfterLoadMs = Date.now() - tLoaded;
  // The reference, on the same page, with the machine as quiet as for the click.
  let reference = null;
  if (sc.reference) {
    await waitFor(async () => dataIds.length >= sc.data, { timeout: 60_000, what: 'every data request finished over CDP' });
    const runs = [];
    for (const c of CDP_CONCURRENCY) runs.push({ concurrency: c, ...(await cdpReference(cdp, dataIds, c)) });
    reference = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    reference.runs = runs.map((r) => `${r.ms} ms at ${r.concurrency}`).join(', ');
  }
  const captureStatus = await popup.evaluate(() => document.getElementById('capture-status').textContent);
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
    await new Promise((r) => setTimeout(r, 20));
  }
  const elapsed = Date.now() - t0;
  if (samples.at(-1).phase !== 'done') {
    throw new Error(`export failed: ${await popup.evaluate(() => document.getElementById('error').innerText)}`);
  }
  const file = harFiles(outDir)[0];
  const st = statSync(file);
  const text = readFileSync(file, 'utf8');
  rmSync(file);
  const har = JSON.parse(text);
  const withBodies = har.log.entries.filter((e) => e.request.url.includes('/data/') && e.response.content.text && e.response.content.text.length >= sc.body - 1).length;
  const phases = {};
  for (const s of samples) if (!(s.phase in phases)) phases[s.phase] = s.t;
  const exportState = (await sw.evaluate(() => globalThis.safeharDebug.exports()))[tabId];
  const result = {
    scenario: sc.label, requests, bodyBytes: sc.body * sc.data, entries: har.log.entries.length, dataEntriesWithBodies: withBodies,
    bodiesMissing: exportState.bodiesMissing, fileBytes: st.size, pageLoadMs: loadMs, stagedAfterLoadMs, captureStatus,
    clickToSavedMs: elapsed,
    phasesMs: { collect: (phases.sending ?? elapsed) - (phases.collecting ?? 0), send: (phases.saving ?? elapsed) - (phases.sending ?? elapsed), save: elapsed - (phases.saving ?? elapsed) },
    counts: exportState.result.report.counts,
  };
  if (reference) {
    result.referenceCdpMs = reference.ms;
    result.referenceRuns = reference.runs;
    result.referenceBodies = reference.bodies;
    result.referenceBytes = reference.bytes;
    result.ratio = Number((elapsed / reference.ms).toFixed(2));
  }
  console.log(JSON.stringify(result, null, 2));
  const nonDecreasing = samples.every((s, i) => i === 0 || s.value >= samples[i - 1].value || s.phase === 'done');
  if (!nonDecreasing) throw new Error('the progress bar went back');
  if (withBodies < sc.data) throw new Error(`only ${withBodies} of ${sc.data} data entries carry their bodies`);
  if (exportState.bodiesMissing) throw new Error(`${exportState.bodiesMissing} bodies missing`);
  if (text.includes('_safeharStaged')) throw new Error('a staged reference reached the file');
  for (const secret of [/bench-token-\d/, /session-\d+-cookie/]) {
    if (secret.test(text)) throw new Error(`a planted secret survived: ${secret}`);
  }
  if (reference && (reference.failed || reference.bytes < sc.data * sc.body)) throw new Error(`the reference could not fetch ${reference.failed} bodies over CDP`);
  await popup.close();
  if (cdp) await cdp.detach();
  await page.close();
  return result;
}

async function main() {
  requireExecutable(CHROMIUM, 'apt-get install -y chromium');
  const hostPath = buildHost({ testHooks: true });
  const server = await startServer();
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
    const results = [];
    for (const sc of SCENARIOS) results.push(await runScenario(ctx, sw, site, outDir, sc));
    console.log('summary:');
    for (const r of results) {
      console.log(`  ${r.scenario}: click → file ${r.clickToSavedMs} ms (collect ${r.phasesMs.collect}, send ${r.phasesMs.send}, save ${r.phasesMs.save}); staged ${r.stagedAfterLoadMs} ms after the load` +
        (r.referenceCdpMs ? `; CDP reference ${r.referenceCdpMs} ms, ratio ${r.ratio}` : ''));
    }
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
