// Runs the extension in Firefox ESR through `web-ext run` (headless, DevTools
// open), in its own process group so web-ext and Firefox stop together.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './lib.mjs';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const WEB_EXT = join(EXTENSION_DIR, 'node_modules', '.bin', 'web-ext');

export function runWebExt(ext, home, startUrl, logFile, { prefs = [] } = {}) {
  const args = ['run', `--source-dir=${ext}`, `--firefox=${FIREFOX}`, '--arg=-headless', '--arg=-devtools',
    `--start-url=${startUrl}`, '--no-reload', '--no-input', '--pref=devtools.toolbox.selectedTool=netmonitor',
    '--verbose', '--pref=devtools.console.stdout.chrome=true', '--pref=devtools.console.stdout.content=true',
    '--pref=datareporting.policy.dataSubmissionEnabled=false', '--pref=browser.shell.checkDefaultBrowser=false',
    ...prefs.map((p) => `--pref=${p}`)];
  const child = spawn(WEB_EXT, args, {
    env: { ...process.env, HOME: home, MOZ_HEADLESS: '1', XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
    detached: true, // own process group: we stop web-ext and Firefox together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (d) => { log += d; if (log.length > 200_000) log = log.slice(-100_000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((r) => child.on('exit', (code, sig) => r({ code, sig })));
  return {
    child,
    exited,
    log: () => log,
    stop: async () => {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      const t = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
      await exited;
      clearTimeout(t);
      writeFileSync(logFile, log);
    },
  };
}

