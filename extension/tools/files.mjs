// The files that make up the shipped extension (what a store package holds).
// Everything else in extension/ (tests, tools, node_modules, notes) stays out.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTENSION_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

export const SHIPPED = ['manifest.json', 'managed_schema.json', 'devtools.html', 'popup.html', 'options.html', 'styles.css', 'src', 'icons'];

/** Copies the shipped files into dest (created). Returns dest. */
export function copyExtension(dest) {
  mkdirSync(dest, { recursive: true });
  for (const f of SHIPPED) cpSync(join(EXTENSION_DIR, f), join(dest, f), { recursive: true });
  return dest;
}

/** Every shipped file, relative to the extension dir. */
export function shippedFiles() {
  const out = [];
  const walk = (rel) => {
    const abs = join(EXTENSION_DIR, rel);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      out.push(rel);
      return;
    }
    for (const e of entries) walk(join(rel, e.name));
  };
  SHIPPED.forEach(walk);
  return out.sort();
}
