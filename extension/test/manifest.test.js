import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', root)));

export function chromeIdFromKey(b64) {
  const hex = createHash('sha256').update(Buffer.from(b64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

test('the fixed Chrome id matches the manifest key and chrome-extension-id.txt', () => {
  const id = readFileSync(new URL('chrome-extension-id.txt', root), 'utf8').trim();
  assert.match(id, /^[a-p]{32}$/);
  assert.equal(chromeIdFromKey(manifest.key), id);
});

test('the dev key in test/fixtures is the key pair of the manifest key', async () => {
  const { createPublicKey } = await import('node:crypto');
  const pem = readFileSync(new URL('test/fixtures/dev-key.pem', root), 'utf8');
  assert.match(pem, /DEVELOPMENT \/ TEST KEY ONLY/);
  const der = createPublicKey(pem.slice(pem.indexOf('-----BEGIN'))).export({ type: 'spki', format: 'der' });
  assert.equal(der.toString('base64'), manifest.key);
});

test('minimal permissions, strict CSP, both background forms, Firefox id', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ['nativeMessaging', 'storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.optional_permissions, undefined);
  assert.equal(manifest.externally_connectable, undefined);
  assert.equal(manifest.web_accessible_resources, undefined);
  const csp = manifest.content_security_policy.extension_pages;
  assert.match(csp, /script-src 'self';/);
  assert.match(csp, /object-src 'none'/);
  assert.doesNotMatch(csp, /unsafe|https?:|\*/);
  assert.equal(manifest.background.service_worker, manifest.background.scripts[0]);
  assert.equal(manifest.background.type, 'module');
  assert.equal(manifest.browser_specific_settings.gecko.id, 'safehar@safehar.dev');
  assert.ok(manifest.browser_specific_settings.gecko.data_collection_permissions);
  assert.equal(manifest.storage.managed_schema, 'managed_schema.json');
  const schema = JSON.parse(readFileSync(new URL('managed_schema.json', root)));
  for (const k of ['hostName', 'outputDir', 'uploadHint']) assert.equal(schema.properties[k].type, 'string');
});

test('every file the manifest names exists; no test config ships', () => {
  const files = [manifest.background.service_worker, manifest.devtools_page, manifest.action.default_popup, manifest.options_ui.page,
    manifest.storage.managed_schema, ...Object.values(manifest.icons), ...Object.values(manifest.action.default_icon)];
  for (const f of files) assert.ok(existsSync(new URL(f, root)), f);
  assert.ok(!existsSync(new URL('test.json', root)), 'test.json must only exist in temp copies used by e2e');
});

test('no remote code, no analytics, no downloads, no innerHTML in sources', () => {
  const src = new URL('src/', root);
  for (const f of readdirSync(src)) {
    const text = readFileSync(new URL(f, src), 'utf8');
    assert.doesNotMatch(text, /https?:\/\/(?!safehar|github\.com\/safehar\/safehar[#/])/, `${f} names a remote URL`);
    assert.doesNotMatch(text, /(?<![.\w])eval\(|new Function|innerHTML|importScripts\(['"]http|downloads\.|XMLHttpRequest|sendBeacon/, f);
  }
  for (const page of ['popup.html', 'options.html', 'devtools.html']) {
    const html = readFileSync(new URL(page, root), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*src="src\/)/, `${page}: only local module scripts`);
    assert.doesNotMatch(html, /on[a-z]+="/, `${page}: no inline handlers`);
  }
});
