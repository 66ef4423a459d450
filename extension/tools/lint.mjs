// npm run lint: web-ext lint, with warnings as errors, on the extension as
// Firefox gets it (the shipped files; the manifest without
// background.service_worker, which Firefox ignores for background.scripts
// and web-ext warns about): the same staging as `make extension` for the
// .xpi. The one source tree keeps both background keys for Chrome.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { EXTENSION_DIR, copyExtension } from './files.mjs';

const dir = copyExtension(mkdtempSync(join(tmpdir(), 'safehar-lint-')));
try {
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  delete manifest.key;
  delete manifest.background.service_worker;
  writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
  const bin = join(EXTENSION_DIR, 'node_modules', '.bin', 'web-ext');
  const r = spawnSync(bin, ['lint', `--source-dir=${dir}`, '--warnings-as-errors', '--output=text'], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
