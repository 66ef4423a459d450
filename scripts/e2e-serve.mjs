// The page of `safehar serve` in real headless Chromium (issue 11): the
// real service on a loopback port, the page at /, a real HAR chosen in its
// file input as a person would, and the sanitized file it offers for
// download, which must be what `safehar sanitize --key-file` writes for the
// same file with the same key (byte for byte apart from the marker's export
// id and time). The page must run under its strict CSP with no violation.
// SAFEHAR_SCREENSHOTS=DIR saves a screenshot of the page after the upload.
//
// Run: node --test scripts/e2e-serve.mjs (needs go, /usr/bin/chromium and
// extension/node_modules from npm ci).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(join(REPO, 'extension', 'package.json'))('playwright-core');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const marker = /"exportId":"[0-9a-f-]{36}"|"sanitizedAt":"[^"]*"/g;

function realHAR() {
  const shared = resolve(REPO, '..', 'shared', 'hars', 'mitmproxy__chrome.har');
  if (existsSync(shared)) return shared;
  if (process.env.CI === 'true') throw new Error(`${shared} is missing: under CI=true the shared folder must be there`);
  return join(REPO, 'testdata', 'sample.har');
}

// startServe runs the real binary on 127.0.0.1:0 and resolves with its
// base URL, read from its log line.
function startServe(bin, keyFile) {
  const p = spawn(bin, ['serve', '--listen', '127.0.0.1:0', '--key-file', keyFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((ok, fail) => {
    let log = '';
    p.stderr.on('data', (d) => {
      log += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (m) ok({ proc: p, url: m[1], log: () => log });
    });
    p.on('exit', (code) => fail(new Error(`safehar serve exited ${code}: ${log}`)));
    setTimeout(() => fail(new Error(`safehar serve did not start: ${log}`)), 20000);
  });
}

test('the page at / sanitizes a real HAR in headless Chromium', { timeout: 180000 }, async () => {
  const work = mkdtempSync(join(tmpdir(), 'safehar-e2e-serve-'));
  let serve, browser;
  try {
    const bin = join(work, 'safehar');
    execFileSync('go', ['build', '-o', bin, './host'], { cwd: REPO, stdio: 'inherit' });
    const keyFile = join(work, 'key.hex');
    writeFileSync(keyFile, '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n');
    const har = realHAR();
    const cliOut = join(work, 'cli.har');
    execFileSync(bin, ['sanitize', '-q', '--key-file', keyFile, '-o', cliOut, har]);

    serve = await startServe(bin, keyFile);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'] });
    const ctx = await browser.newContext({ acceptDownloads: true, viewport: { width: 900, height: 640 } });
    const page = await ctx.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));

    const res = await page.goto(serve.url + '/');
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-security-policy'], /script-src 'self'/);
    await page.setInputFiles('#file', har);
    await page.waitForSelector('#download:not([hidden])', { timeout: 60000 });
    const status = await page.textContent('#status');
    assert.match(status, /^Done: \d+ values? redacted in \d+ entries\.$/);
    const kinds = await page.$$eval('#counts tbody tr', (rows) => rows.map((r) => r.cells[0].textContent));
    assert.ok(kinds.length > 0, 'the counts table lists the kinds redacted');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    assert.match(download.suggestedFilename(), /\.sanitized\.har$/);
    const got = join(work, 'page.har');
    await download.saveAs(got);
    const pageBytes = readFileSync(got, 'utf8');
    const cliBytes = readFileSync(cliOut, 'utf8');
    assert.ok(pageBytes.includes('"_safehar":{'), 'the download carries the safehar marker');
    assert.equal(pageBytes.replace(marker, ''), cliBytes.replace(marker, ''), 'the download is the CLI output');
    if (process.env.SAFEHAR_SCREENSHOTS) {
      await page.screenshot({ path: join(REPO, process.env.SAFEHAR_SCREENSHOTS, 'serve-page.png'), fullPage: true });
    }

    // An error from the service is shown, not a download.
    writeFileSync(join(work, 'broken.har'), '{"log": {"entries": [');
    await page.setInputFiles('#file', join(work, 'broken.har'));
    await page.waitForSelector('#status.error', { timeout: 30000 });
    assert.equal(await page.isHidden('#download'), true);
    assert.deepEqual(problems.filter((p) => !/status of 400/.test(p)), [], 'no script error and no CSP violation');
  } finally {
    if (browser) await browser.close();
    if (serve) serve.proc.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
});
