// Shared helpers for the end-to-end tests: build the host, the test site,
// browser profiles with the native host registered, temp dirs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync, readdirSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR, copyExtension } from '../../tools/files.mjs';

export { EXTENSION_DIR, copyExtension };
export const REPO_DIR = resolve(EXTENSION_DIR, '..');
export const HOST_NAME = 'com.safehar.host';
export const CHROME_ID = readFileSync(join(EXTENSION_DIR, 'chrome-extension-id.txt'), 'utf8').trim();
export const FIREFOX_ID = 'safehar@safehar.dev';
export const E2E_DIR = dirname(fileURLToPath(import.meta.url));

/** Fails loudly (never skips) when a browser is missing. */
export function requireExecutable(path, how) {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: the end-to-end tests need it (${how}). They do not skip.`);
  }
  return path;
}

/**
 * Builds the host from ../host into ../bin/safehar, as released (or uses
 * SAFEHAR_E2E_HOST=fake during development). testHooks builds
 * ../bin/safehar-testhooks with the safehar_testhooks tag instead: only that
 * build reads SAFEHAR_ROOT, which installHost uses to keep the host away
 * from the machine's system policy and registrations.
 */
export function buildHost({ testHooks = false } = {}) {
  if (process.env.SAFEHAR_E2E_HOST === 'fake') {
    console.warn('!! SAFEHAR_E2E_HOST=fake: using the UNSANITIZING development stand-in host');
    return join(E2E_DIR, 'fake-native-host.mjs');
  }
  const out = join(REPO_DIR, 'bin', testHooks ? 'safehar-testhooks' : 'safehar');
  const tags = testHooks ? ['-tags', 'safehar_testhooks'] : [];
  execFileSync('go', ['build', ...tags, '-o', out, './host'], { cwd: REPO_DIR, stdio: 'inherit' });
  return out;
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), `safehar-${prefix}-`));
}

/**
 * A home folder for the host, where the real `safehar install` registered it
 * for the fixed Chrome id (the host only serves callers an installed manifest
 * allows). Returns the env the wrapper passes to the host. SAFEHAR_ROOT (a
 * private system root) takes effect only in a host from
 * buildHost({ testHooks: true }).
 */
export function installHost(hostPath, dir) {
  const env = { HOME: join(dir, 'host-home'), SAFEHAR_ROOT: join(dir, 'host-root') };
  mkdirSync(env.HOME, { recursive: true });
  mkdirSync(env.SAFEHAR_ROOT, { recursive: true });
  if (!hostPath.endsWith('.mjs')) {
    execFileSync(hostPath, ['install', '--browser', 'chromium', '--extension-id', CHROME_ID],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return env;
}

/**
 * A shell wrapper the browser launches as the native host: it pins the
 * output folder (and the host's home) for the test and execs the host,
 * optionally through crash-proxy.mjs.
 */
export function hostWrapper(dir, hostPath, outputDir, { crash = false, env = {}, stderrFile = '' } = {}) {
  const wrapper = join(dir, crash ? 'safehar-crashing.sh' : 'safehar-wrapper.sh');
  const host = hostPath.endsWith('.mjs') ? `"${process.execPath}" "${hostPath}"` : `"${hostPath}"`;
  const cmd = crash ? `"${process.execPath}" "${join(E2E_DIR, 'crash-proxy.mjs')}" ${host}` : host;
  const exports = Object.entries({ ...env, SAFEHAR_OUTPUT_DIR: outputDir }).map(([k, v]) => `export ${k}="${v}"`).join('\n');
  writeFileSync(wrapper, `#!/bin/sh\n# safehar e2e: native host wrapper\n${exports}\nexec ${cmd} "$@"${stderrFile ? ` 2>>"${stderrFile}"` : ''}\n`);
  chmodSync(wrapper, 0o755);
  return wrapper;
}

export function writeChromeHostManifest(userDataDir, path) {
  const dir = join(userDataDir, 'NativeMessagingHosts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${HOST_NAME}.json`);
  writeFileSync(file, JSON.stringify({ name: HOST_NAME, description: 'safehar (e2e)', path, type: 'stdio', allowed_origins: [`chrome-extension://${CHROME_ID}/`] }, null, 2));
  return file;
}

export function writeFirefoxHostManifest(home, path) {
  const dir = join(home, '.mozilla', 'native-messaging-hosts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${HOST_NAME}.json`);
  writeFileSync(file, JSON.stringify({ name: HOST_NAME, description: 'safehar (e2e)', path, type: 'stdio', allowed_extensions: [FIREFOX_ID] }, null, 2));
  return file;
}

export function harFiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.har')).map((f) => join(dir, f));
}

export async function waitFor(fn, { timeout = 30_000, interval = 200, what = 'condition' } = {}) {
  const t0 = Date.now();
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() - t0 > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** A customer name on the test site that no rule knows: the user adds it as a term in the review. */
export const CUSTOMER = 'Globex Corporation';

const b64url = (n) => randomBytes(n).toString('base64url');
const alnum = (n) => [...randomBytes(n)].map((b) => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[b % 62]).join('');

/**
 * The test site: logs in (password form post), sets a session cookie,
 * returns tokens in JSON, calls APIs with a bearer token, an API key header
 * and a token in the query string, and serves a script, a style and an image.
 * Every secret is fresh per run and listed in `secrets`.
 * extraHeader (a header name, optional): the page also calls /api/tenant
 * with that header and a fresh value only a policy naming it redacts
 * (secrets.extraHeader).
 */
export async function startSite({ extraHeader = '', flowDelayMs = 5000 } = {}) {
  const jwtHeader = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const jwtPayload = Buffer.from(JSON.stringify({ iss: 'https://login.test', sub: 'user-42', aud: 'api', exp: 2000000000, scp: 'read write', email: 'alice@example.com' })).toString('base64url');
  const jwtSig = b64url(32);
  const s = {
    password: `Pw-${alnum(20)}`,
    session: alnum(40),
    csrf: alnum(32),
    accessToken: `${jwtHeader}.${jwtPayload}.${jwtSig}`,
    jwtSignature: jwtSig,
    refreshToken: alnum(48),
    apiKey: alnum(36),
    github: `ghp_${alnum(36)}`,
    stripe: `sk_live_${alnum(24)}`,
  };
  // Plain-looking (no entropy to catch): only the policy's name redacts it.
  if (extraHeader) s.extraHeader = `tenant-plain-value-${100000 + (randomBytes(3).readUIntBE(0, 3) % 900000)}`;
  // With extraHeader, /api/tenant also answers an "acmeRef" JSON key: plain,
  // not a secret by the built-in rules (a host policy may name it).
  const acmeRef = `ref-plain-value-${100000 + (randomBytes(3).readUIntBE(0, 3) % 900000)}`;
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  // The page holds no secret itself: the password (and the extra header's
  // value, under a name the built-in rules redact, since Firefox records the
  // page URL with its fragment) come in the URL fragment (as typed by the
  // test), everything else from the server's responses.
  const appJs = `
(async () => {
  const password = new URLSearchParams(location.hash.slice(1)).get('password') || '';
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const form = new URLSearchParams({ username: 'alice', password });
  const login = await (await fetch('/login', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form })).json();
  const auth = { Authorization: 'Bearer ' + login.access_token };
  await (await fetch('/api/me', { headers: auth })).json();
  await (await fetch('/api/data?access_token=' + encodeURIComponent(login.access_token) + '&page=2')).json();
  await (await fetch('/api/items', { headers: { 'X-API-Key': login.api_key } })).json();
  await (await fetch('/api/config', { headers: { 'X-CSRF-Token': csrf } })).json();
  await (await fetch('/api/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refresh_token: login.refresh_token }) })).json();
  ${extraHeader ? `await (await fetch('/api/tenant', { headers: { ${JSON.stringify(extraHeader)}: new URLSearchParams(location.hash.slice(1)).get('tenant_password') } })).json();` : ''}
  document.getElementById('state').textContent = 'done';
  document.title = 'done';
})();
`;
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
    const json = (obj, headers = {}) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
      res.end(JSON.stringify(obj));
    };
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      switch (url.pathname) {
        case '/':
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end(`<!doctype html><html><head><meta charset="utf-8"><title>safehar test site</title><meta name="csrf-token" content="${s.csrf}"><link rel="stylesheet" href="/style.css"></head><body><h1>Test site</h1><img src="/logo.png" alt=""><p id="state">loading</p><script src="/app.js"></script></body></html>`);
          break;
        case '/blank':
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          res.end('<!doctype html><title>blank</title><p>waiting for DevTools</p>');
          break;
        case '/cut':
          // A response cut off in its body: DevTools has no body to give.
          res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store', 'Content-Length': '100000' });
          res.write('x'.repeat(1000));
          setTimeout(() => res.socket.destroy(), 100);
          break;
        case '/style.css':
          res.writeHead(200, { 'Content-Type': 'text/css', 'Cache-Control': 'no-store' });
          res.end('body { font-family: sans-serif; }');
          break;
        case '/app.js':
          res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
          res.end(appJs);
          break;
        case '/logo.png':
          res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' });
          res.end(png);
          break;
        case '/login':
          json({ access_token: s.accessToken, refresh_token: s.refreshToken, api_key: s.apiKey, token_type: 'Bearer', expires_in: 3600 },
            { 'Set-Cookie': `session=${s.session}; Path=/; HttpOnly; SameSite=Lax` });
          break;
        case '/api/me':
          json({ user: 'alice', plan: 'team', account: CUSTOMER, marker: 'me-body-marker' });
          break;
        case '/api/data':
          json({ page: 2, items: [1, 2, 3], marker: 'data-body-marker' });
          break;
        case '/api/items':
          json({ items: ['a', 'b'], marker: 'items-body-marker' });
          break;
        case '/api/config':
          json({ stripe_key: s.stripe, github_token: s.github, theme: 'dark', marker: 'config-body-marker' });
          break;
        case '/api/tenant':
          json({ tenant: 'acme', acmeRef, marker: 'tenant-body-marker' });
          break;
        // The sign-in flow over three documents: /signin (form) → POST
        // /signin → 303 → /consent (token call) → /dashboard (API call).
        case '/signin':
          if (req.method === 'POST') {
            res.writeHead(303, { Location: '/consent', 'Set-Cookie': `session=${s.session}; Path=/; HttpOnly; SameSite=Lax`, 'Cache-Control': 'no-store' });
            res.end();
            break;
          }
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end(`<!doctype html><html><head><meta charset="utf-8"><title>sign in</title></head><body><!-- signin-page-marker --><form method="post" action="/signin"><input name="username" value="alice"><input id="password" name="password" type="password"><button id="signin">Sign in</button></form><script>fetch('/signin/config').then((r) => r.json()).then(() => { document.title = 'signin ready'; const pw = new URLSearchParams(location.hash.slice(1)).get('password'); if (pw) { document.getElementById('password').value = pw; setTimeout(() => document.forms[0].submit(), 300); } });</script></body></html>`);
          break;
        case '/flow-start':
          // Waits for DevTools to be up, then starts the sign-in flow (signs in by itself).
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end(`<!doctype html><title>flow start</title><p>starting the sign-in flow</p><script>setTimeout(() => { location.href = '/signin' + location.hash; }, ${Number(flowDelayMs) || 0});</script>`);
          break;
        case '/signin/config':
          json({ methods: ['password'], marker: 'signin-config-marker' });
          break;
        case '/consent':
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end(`<!doctype html><html><head><meta charset="utf-8"><title>consent</title></head><body><!-- consent-page-marker --><script>fetch('/oauth/token', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'grant_type=authorization_code' }).then((r) => r.json()).then(() => { setTimeout(() => { location.href = '/dashboard'; }, 300); });</script></body></html>`);
          break;
        case '/oauth/token':
          json({ access_token: s.accessToken, refresh_token: s.refreshToken, token_type: 'Bearer', expires_in: 3600, marker: 'token-body-marker' });
          break;
        case '/dashboard':
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
          res.end(`<!doctype html><html><head><meta charset="utf-8"><title>dashboard</title></head><body><!-- dashboard-page-marker --><script>fetch('/api/profile').then((r) => r.json()).then(() => { document.title = 'dashboard done'; });</script></body></html>`);
          break;
        case '/api/profile':
          json({ user: 'alice', api_key: s.apiKey, marker: 'profile-body-marker' });
          break;
        case '/api/refresh':
          json({ access_token: s.accessToken, refresh_token: s.refreshToken, token_type: 'Bearer', expires_in: 3600, marker: 'refresh-body-marker' });
          break;
        default:
          res.writeHead(404, { 'Content-Type': 'text/plain' });
          res.end('not found');
      }
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    /** The page to open: logs in at once with the run's password. */
    startUrl: `http://127.0.0.1:${port}/#password=${s.password}${extraHeader ? `&tenant_password=${s.extraHeader}` : ''}`,
    secrets: s,
    acmeRef,
    requests,
    expectedPaths: ['/', '/style.css', '/app.js', '/logo.png', '/login', '/api/me', '/api/data', '/api/items', '/api/config', '/api/refresh', ...(extraHeader ? ['/api/tenant'] : [])],
    bodyMarkers: { '/api/me': 'me-body-marker', '/api/data': 'data-body-marker', '/api/items': 'items-body-marker', '/api/config': 'config-body-marker', '/api/refresh': 'refresh-body-marker', '/app.js': 'X-API-Key', ...(extraHeader ? { '/api/tenant': 'tenant-body-marker' } : {}) },
    /** The sign-in flow (three documents): its first page, its requests and their body markers. */
    signinUrl: `http://127.0.0.1:${port}/signin`,
    /** The same flow without a hand on it: /flow-start waits flowDelayMs, then /signin signs in with the run's password. */
    autoFlowUrl: `http://127.0.0.1:${port}/flow-start#password=${s.password}`,
    flowPaths: ['/signin', '/signin/config', '/consent', '/oauth/token', '/dashboard', '/api/profile'],
    flowMarkers: { '/signin': 'signin-page-marker', '/signin/config': 'signin-config-marker', '/consent': 'consent-page-marker', '/oauth/token': 'token-body-marker', '/dashboard': 'dashboard-page-marker', '/api/profile': 'profile-body-marker' },
    close: () => new Promise((r) => server.close(r)),
  };
}

/**
 * Checks a saved file: valid JSON, every request of the page present with
 * its body, none of the site's secrets anywhere. Returns a list of problems.
 */
export function checkSanitizedHar(text, site) {
  const problems = [];
  let har;
  try {
    har = JSON.parse(text);
  } catch (e) {
    return [`not valid JSON: ${e.message}`];
  }
  const entries = (har.log && har.log.entries) || [];
  for (const p of site.expectedPaths) {
    const e = entries.find((x) => {
      try { return new URL(x.request.url).pathname === p; } catch { return false; }
    });
    if (!e) { problems.push(`no entry for ${p}`); continue; }
    const marker = site.bodyMarkers[p];
    if (marker && !(e.response.content.text || '').includes(marker)) problems.push(`entry ${p} lacks its response body`);
  }
  const png = entries.find((x) => x.request.url.endsWith('/logo.png'));
  if (png && !png.response.content.text) problems.push('the image body is missing');
  for (const [name, value] of Object.entries(site.secrets)) {
    if (text.includes(value)) problems.push(`secret "${name}" is in the file`);
  }
  if (!har.log || !Object.keys(har.log).some((k) => k.startsWith('_safehar'))) problems.push('no _safehar marker under log');
  return problems;
}

export function cleanup(...dirs) {
  if (process.env.SAFEHAR_E2E_KEEP) return;
  for (const d of dirs) if (d) rmSync(d, { recursive: true, force: true });
}
