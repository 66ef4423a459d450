// End-to-end in real Firefox ESR through `web-ext run` (headless, DevTools
// open). Firefox cannot be driven by playwright-core here, so the test runs a
// temporary copy of the extension that holds a test-only `test.json`: its
// devtools page reloads the inspected page once and exports by itself when
// the page is quiet. The test waits for the sanitized file. Run: npm run e2e:firefox
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX, WEB_EXT, runWebExt } from './firefox-lib.mjs';
import {
  buildHost, checkSanitizedHar, cleanup, copyExtension, harFiles, hostWrapper,
  requireExecutable, startSite, tempDir, waitFor, writeFirefoxHostManifest,
} from './lib.mjs';

test('Firefox ESR: auto-export (test mode) saves a sanitized HAR', { timeout: 240_000 }, async (t) => {
  requireExecutable(FIREFOX, 'apt-get install -y firefox-esr');
  requireExecutable(WEB_EXT, 'npm ci in extension/');
  const hostPath = buildHost();
  const site = await startSite();
  const work = tempDir('firefox-work');
  const home = join(work, 'home');
  const outDir = join(work, 'out');
  mkdirSync(home, { recursive: true });
  mkdirSync(outDir);
  const ext = copyExtension(join(work, 'extension'));
  // Test-only switch, never part of the shipped tree (see manifest.test.js).
  writeFileSync(join(ext, 'test.json'), JSON.stringify({ autoExport: true, reload: true, reloadDelayMs: 2000, quietMs: 2500, minRequests: site.expectedPaths.length }));
  const wrapper = hostWrapper(work, hostPath, outDir, { stderrFile: join(work, 'host.log') });
  writeFirefoxHostManifest(home, wrapper);

  const run = runWebExt(ext, home, site.startUrl, join(work, 'web-ext.log'));
  t.after(async () => {
    await run.stop();
    await site.close();
    cleanup(work);
  });

  let file;
  try {
    file = await waitFor(() => harFiles(outDir)[0], { timeout: Number(process.env.SAFEHAR_E2E_FF_WAIT || 150_000), interval: 500, what: 'the sanitized HAR in the output folder' });
  } catch (e) {
    const exited = await Promise.race([run.exited, new Promise((r) => setTimeout(() => r(null), 10))]);
    const hostLog = existsSync(join(work, 'host.log')) ? readFileSync(join(work, 'host.log'), 'utf8') : '(host never started)';
    const lines = run.log().split('\n').filter((l) => /safehar|console|error|Error/i.test(l)).slice(-60).join('\n');
    throw new Error(`${e.message}\nsite requests: ${site.requests.join(' ')}\nhost stderr: ${hostLog.slice(-2000)}\nweb-ext ${exited ? `exited ${JSON.stringify(exited)}` : 'still running'}; log lines:\n${lines.slice(-8000)}`);
  }
  // The host renames the finished file into place: it is complete once visible.
  const text = readFileSync(file, 'utf8');
  assert.match(file, /127\.0\.0\.1/);
  assert.deepEqual(checkSanitizedHar(text, site), []);
  const har = JSON.parse(text);
  console.log(`firefox: ${file}: ${har.log.entries.length} entries, creator ${har.log.creator && har.log.creator.name}`);
});
