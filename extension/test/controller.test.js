import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Controller } from '../src/controller.js';
import { HostClient } from '../src/protocol.js';
import { effectiveSettings } from '../src/settings.js';
import { collectHar, serializeHar } from '../src/har.js';
import { ChunkReader, utf8Length } from '../src/chunker.js';
import { siteFromHar } from '../src/hostname.js';
import { fakeHost } from './fakehost.js';
import { CaptureStore } from '../src/capture.js';
import { Stager } from '../src/stager.js';
import { viewModel } from '../src/viewmodel.js';

// A pair of connected in-memory ports (async delivery, like the browser).
function pipe() {
  const a = { msg: [], disc: [] };
  const b = { msg: [], disc: [] };
  let open = true;
  const mk = (self, other) => ({
    post: (m) => {
      if (!open) throw new Error('disconnected');
      const copy = JSON.parse(JSON.stringify(m));
      setImmediate(() => open && other.msg.forEach((f) => f(copy)));
    },
    onMessage: (f) => self.msg.push(f),
    onDisconnect: (f) => self.disc.push(f),
    close: () => { if (!open) return; open = false; setImmediate(() => { a.disc.forEach((f) => f()); b.disc.forEach((f) => f()); }); },
  });
  return [mk(a, b), mk(b, a)];
}

// The devtools page's side of the link, on a fake HAR (as src/devtools.js does).
function fakeDevtools(port, tabId, entries, { url = 'https://app.example.com/x', lostBodies = 0, capture = null } = {}) {
  let reader = null;
  port.onMessage(async (m) => {
    const reply = (ok, p) => port.post({ type: 'reply', id: m.id, ok, ...(ok ? { result: p } : { error: p }) });
    if (m.type === 'collect') {
      const { har, bodiesMissing, counts } = await collectHar({ getHAR: async () => ({ version: '1.2', entries: structuredClone(entries) }), capture, onProgress: (p) => port.post({ type: 'collect-progress', id: m.id, ...p }) });
      const s = serializeHar(har, utf8Length);
      reader = new ChunkReader(s.pieces);
      reply(true, { site: siteFromHar(har, url), entries: s.entries, chars: s.chars, bytes: s.bytes, bodiesMissing: bodiesMissing + lostBodies, counts });
    } else if (m.type === 'pull') {
      reply(true, { data: reader.next(m.max) });
    } else if (m.type === 'release') {
      reader = null;
      reply(true, {});
    }
  });
  port.post({ type: 'register', tabId, url, count: entries.length, ...(capture ? { capture: capture.stats() } : {}) });
}

function setup(hostOpts = {}) {
  const hosts = [];
  const host = new HostClient({ connect: () => { const h = fakeHost(hostOpts); hosts.push(h); return h.port; }, idleCloseMs: 0 });
  const settings = effectiveSettings({ uploadHint: 'Attach the file to your ticket.' });
  const ctl = new Controller({ host, getSettings: () => settings });
  host.onStagedLost = () => ctl.stagedLost(); // as background.js wires it
  return { ctl, hosts };
}

function ui(ctl, tabId) {
  const [mine, theirs] = pipe();
  ctl.addUi(theirs);
  const states = [];
  const other = [];
  mine.onMessage((m) => (m.type === 'state' ? states.push(m) : other.push(m)));
  mine.post({ type: 'subscribe', tabId });
  return { port: mine, states, other };
}

const until = async (cond, ms = 2000) => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 2));
  }
};

const ENTRIES = [
  { request: { url: 'https://app.example.com/x', headers: [{ name: 'Cookie', value: 'sid=s3cr3t' }] }, response: { status: 200, content: { text: '<html>', mimeType: 'text/html' } } },
  { request: { url: 'https://app.example.com/api' }, response: { status: 200, content: { text: '{"access_token":"abc"}', mimeType: 'application/json' } } },
];

const begins = (hosts) => hosts.flatMap((h) => h.state.received).filter((m) => m.type === 'begin').length;

// A tab with DevTools open (fakeDevtools with args), its popup connected,
// once ready(state) holds for one of the popup's states.
async function openTab(ctl, tabId, ready, ...args) {
  const [dtMine, dtTheirs] = pipe();
  ctl.addDevtools(dtTheirs);
  fakeDevtools(dtMine, tabId, ...args);
  const u = ui(ctl, tabId);
  u.devtools = dtMine; // the devtools page's end, to post as it would
  await until(() => u.states.some(ready));
  return u;
}

// Clicks Export in the popup and waits until the export is in one of phases.
async function exportTo(u, ...phases) {
  u.port.post({ type: 'export' });
  await until(() => phases.includes(u.states.at(-1).export.phase));
}

test('no DevTools on the tab → guidance error, nothing sent to the host but hello', async () => {
  const { ctl, hosts } = setup();
  const u = ui(ctl, 7);
  await until(() => u.states.length >= 1);
  assert.equal(u.states[0].devtools, false);
  await exportTo(u, 'error');
  assert.equal(u.states.at(-1).export.error.code, 'no_devtools');
  assert.equal(begins(hosts), 0);
  assert.deepEqual([...new Set(hosts.flatMap((h) => h.state.received).map((m) => m.type))], ['hello']);
});

test('a page that opens asks the helper for hello at once: checking, then ready / missing / wrong version', async () => {
  for (const [opts, want] of [[{}, true], [{ missing: true }, 'host_missing'], [{ protocol: 2 }, 'protocol_mismatch']]) {
    const { ctl } = setup(opts);
    const u = ui(ctl, 7);
    await until(() => u.states.some((s) => s.host && !s.host.checking));
    assert.ok(u.states.some((s) => s.host && s.host.checking), 'checking first');
    const h = u.states.at(-1).host;
    if (want === true) assert.equal(h.ok && h.hello.host, '0.1.0');
    else assert.equal(h.error.code, want);
    const vm = viewModel(u.states.at(-1), { os: 'linux' });
    assert.equal(vm.canExport, false, 'no DevTools on tab 7 in any case');
    assert.equal(vm.helper.state, { true: 'ready', host_missing: 'missing', protocol_mismatch: 'wrong_version' }[want]);
  }
});

test('export from the popup: devtools data reaches the host byte for byte, progress rises, result shown', async () => {
  const { ctl, hosts } = setup({ chunkSize: 16 << 10 });
  const big = ENTRIES.concat([...Array(30).keys()].map((i) => ({ request: { url: `https://app.example.com/a/${i}` }, response: { status: 200, content: { text: 'z😀'.repeat(2000) } } })));
  const u = await openTab(ctl, 7, (s) => s.devtools && s.count === big.length, big);
  await exportTo(u, 'done', 'error');
  const last = u.states.at(-1);
  assert.equal(last.export.phase, 'done', JSON.stringify(last.export.error));
  assert.equal(last.export.result.path, '/tmp/out/app.example.com-sanitized.har');
  assert.equal(last.uploadHint, 'Attach the file to your ticket.');
  const sent = JSON.parse(hosts[0].state.done[0].text);
  assert.equal(sent.log.entries.length, big.length);
  assert.deepEqual(sent.log.entries[1], big[1]);
  const progress = u.states.map((s) => s.export.progress).filter((p) => p !== undefined);
  for (let i = 1; i < progress.length; i++) assert.ok(progress[i] >= progress[i - 1], 'progress never goes back');
  assert.ok(u.states.some((s) => s.export.phase === 'sending' && s.export.progress > 0.4 && s.export.progress < 0.95));
  assert.ok(Number.isFinite(last.export.elapsedMs));
  // reveal goes to the host with the transfer id
  u.port.post({ type: 'reveal' });
  await until(() => u.other.some((m) => m.type === 'revealed'));
  assert.deepEqual(hosts[0].state.revealed, [last.export.result.transfer]);
});

test('missing host → the install command is shown', async () => {
  const { ctl } = setup({ missing: true });
  const u = await openTab(ctl, 3, (s) => s.devtools, ENTRIES);
  await exportTo(u, 'error');
  const err = u.states.at(-1).export.error;
  assert.equal(err.code, 'host_missing');
  assert.equal(err.command, 'safehar install');
});

test('host crash mid-export → told to retry; a retry works with a fresh host', async () => {
  let n = 0;
  const hosts = [];
  const host = new HostClient({ connect: () => { const h = fakeHost(n++ === 0 ? { crashAfterChunks: 1, chunkSize: 16 << 10 } : {}); hosts.push(h); return h.port; }, idleCloseMs: 0 });
  const ctl = new Controller({ host, getSettings: () => effectiveSettings({}) });
  const u = await openTab(ctl, 5, (s) => s.devtools, ENTRIES.concat([{ request: { url: 'https://app.example.com/big' }, response: { status: 200, content: { text: 'q'.repeat(100000) } } }]));
  await exportTo(u, 'error');
  assert.equal(u.states.at(-1).export.error.code, 'host_exited');
  assert.match(u.states.at(-1).export.error.message, /Nothing was saved/);
  await exportTo(u, 'done');
  assert.equal(hosts.length, 2);
});

test('DevTools closing during an export → devtools_closed', async () => {
  const { ctl } = setup();
  const [dtMine, dtTheirs] = pipe();
  ctl.addDevtools(dtTheirs);
  dtMine.onMessage((m) => { if (m.type === 'collect') dtMine.close(); });
  dtMine.post({ type: 'register', tabId: 9, url: 'https://x.example/', count: 3 });
  const u = ui(ctl, 9);
  await until(() => u.states.some((s) => s.devtools));
  await exportTo(u, 'error');
  assert.equal(u.states.at(-1).export.error.code, 'devtools_closed');
  await until(() => u.states.at(-1).devtools === false);
});

test('an empty capture is refused before the host is involved', async () => {
  const { ctl, hosts } = setup();
  const u = await openTab(ctl, 4, (s) => s.devtools, []);
  await exportTo(u, 'error');
  assert.equal(u.states.at(-1).export.error.code, 'empty_capture');
  assert.equal(begins(hosts), 0);
});

test('options page host status: ok and missing', async () => {
  const { ctl } = setup();
  const s = await ctl.hostStatus();
  assert.equal(s.ok, true);
  assert.equal(s.hello.protocol, 1);
  assert.deepEqual(s.settings.locked, ['uploadHint']);
  const { ctl: ctl2 } = setup({ missing: true });
  const s2 = await ctl2.hostStatus();
  assert.equal(s2.ok, false);
  assert.equal(s2.error.code, 'host_missing');
});

test('cancel during an export: the host drops the transfer, the UI says so', async () => {
  const { ctl, hosts } = setup({ chunkSize: 16 << 10 });
  const [dtMine, dtTheirs] = pipe();
  ctl.addDevtools(dtTheirs);
  const many = [...Array(40).keys()].map((i) => ({ request: { url: `https://app.example.com/c/${i}` }, response: { status: 200, content: { text: 'w'.repeat(20000) } } }));
  fakeDevtools(dtMine, 11, many);
  const u = ui(ctl, 11);
  await until(() => u.states.some((s) => s.devtools));
  await exportTo(u, 'sending');
  u.port.post({ type: 'cancel' });
  await until(() => u.states.at(-1).export.phase === 'error');
  assert.equal(u.states.at(-1).export.error.code, 'cancelled');
  assert.equal(hosts[0].state.cancelled.length, 1);
  assert.equal(hosts[0].state.done.length, 0);
});

test('the upload hint after an export comes from uploadHint() when given (the host-enforced one)', async () => {
  const host = new HostClient({ connect: () => fakeHost({}).port, idleCloseMs: 0 });
  const settings = effectiveSettings({ uploadHint: 'From the browser policy.' });
  let hint = '';
  const ctl = new Controller({ host, getSettings: () => settings, uploadHint: () => hint || settings.values.uploadHint });
  const u = ui(ctl, 3);
  await until(() => u.states.length >= 1);
  assert.equal(u.states[0].uploadHint, 'From the browser policy.');
  hint = "From the helper's system policy.";
  const n = u.states.length;
  u.port.post({ type: 'subscribe', tabId: 3 });
  await until(() => u.states.length > n);
  assert.equal(u.states.at(-1).uploadHint, "From the helper's system policy.");
});

test('the begin message says whether every body is there; a host that refuses captures without them is shown', async () => {
  for (const lostBodies of [0, 2]) {
    const { ctl, hosts } = setup({ refuseWithoutBodies: true });
    const u = await openTab(ctl, 9, (s) => s.devtools && s.count === ENTRIES.length, ENTRIES, { lostBodies });
    await exportTo(u, 'done', 'error');
    const begin = hosts[0].state.received.find((m) => m.type === 'begin');
    assert.equal(begin.bodies, lostBodies === 0);
    const last = u.states.at(-1).export;
    if (lostBodies === 0) {
      assert.equal(last.phase, 'done');
    } else {
      assert.equal(last.phase, 'error');
      assert.equal(last.error.code, 'policy_refused');
      assert.equal(hosts[0].state.done.length, 0);
    }
  }
});

test('the capture: its stats reach the popup before export, its counts after, and the file carries them', async () => {
  const { ctl, hosts } = setup();
  const capture = new CaptureStore();
  // A request the browser's log lost (an earlier document), recorded as it happened.
  const earlier = { startedDateTime: '2026-12-01T10:00:00.000Z', request: { method: 'GET', url: 'https://app.example.com/signin' }, response: { status: 200, content: { mimeType: 'text/html' } } };
  capture.setBody(capture.add(earlier), { content: '<form>' });
  const u = await openTab(ctl, 11, (s) => s.devtools && s.capture, ENTRIES, { capture });
  assert.deepEqual(u.states.at(-1).capture, { requests: 1, bodies: 1, bodyChars: 6, evictedBodies: 0, evictedRecords: 0, maxBodyChars: capture.maxBodyChars, staged: 0, stagePending: 0, lostBodies: 0 });
  assert.match(viewModel(u.states.at(-1)).captureText, /^1 response body held \(6 B of 256 MB\)\.$/);
  await exportTo(u, 'done', 'error');
  const last = u.states.at(-1);
  assert.equal(last.export.phase, 'done', JSON.stringify(last.export.error));
  assert.equal(last.export.counts.seen, 3);
  assert.equal(last.export.counts.recovered, 1);
  assert.equal(viewModel(last).result.counts, "DevTools saw 3 requests; 3 are in the file (1 recorded as it happened, missing from the browser's own log). 3 response bodies in the file.");
  const sent = JSON.parse(hosts[0].state.done[0].text);
  assert.equal(sent.log.entries.length, 3);
  assert.equal(sent.log._safeharCapture.inFile, 3);
  assert.equal(sent.log.entries.find((e) => e.request.url.endsWith('/signin')).response.content.text, '<form>');
});

function reviewSetup(hostOpts = {}, review = { mode: 'optional', allowTerms: true, locked: [], wanted: true }) {
  const hosts = [];
  const host = new HostClient({ connect: () => { const h = fakeHost(hostOpts); hosts.push(h); return h.port; }, idleCloseMs: 0 });
  const settings = effectiveSettings({});
  const wanted = [];
  const ctl = new Controller({ host, getSettings: () => settings, reviewSetting: () => review, setWanted: (on) => { wanted.push(on); review.wanted = on; } });
  return { ctl, hosts, wanted };
}

test('review before saving: every page of findings reaches the UI, then Save with a term → done, nothing shown as a value', async () => {
  const { ctl, hosts } = reviewSetup({ findings: 5, pageSize: 2 });
  const u = await openTab(ctl, 7, (s) => s.devtools && s.host && s.host.ok, ENTRIES);
  await exportTo(u, 'review', 'error', 'done');
  const st = u.states.at(-1);
  assert.equal(st.export.phase, 'review', JSON.stringify(st.export.error));
  const rv = st.export.review;
  await until(() => u.other.some((m) => m.type === 'review-findings'));
  const data = u.other.find((m) => m.type === 'review-findings');
  assert.equal(data.findings.length, 5, 'three pages merged');
  assert.equal(data.transfer, rv.transfer);
  assert.equal(rv.findings, undefined, 'the findings are not in every state message');
  assert.equal(rv.total, 5);
  assert.equal(rv.requests, 2);
  assert.equal(data.requestInfo[1].method, 'POST');
  // A count update during the review does not send the findings again.
  const n = u.other.filter((m) => m.type === 'review-findings').length;
  u.devtools.post({ type: 'count', count: 9, url: 'https://app.example.com/x' });
  await until(() => u.states.at(-1).count === 9);
  assert.equal(u.other.filter((m) => m.type === 'review-findings').length, n);
  // A page that opens during the review gets them once.
  const late = ui(ctl, 7);
  await until(() => late.other.some((m) => m.type === 'review-findings'));
  const begin = hosts[0].state.received.find((m) => m.type === 'begin');
  assert.equal(begin.review, true);
  const vm = viewModel(st, { os: 'linux' });
  assert.equal(vm.canExport, false, 'no second export during a review');
  assert.match(vm.exportReason, /Save or discard/);
  // A refused term keeps the review, with the host's sentence.
  u.port.post({ type: 'review-save', terms: ['short'] });
  await until(() => u.states.at(-1).export.review && u.states.at(-1).export.review.termError);
  assert.match(u.states.at(-1).export.review.termError, /too short/);
  assert.equal(u.states.at(-1).export.phase, 'review');
  u.port.post({ type: 'review-save', terms: ['app.example.com'] });
  await until(() => u.states.at(-1).export.phase === 'done');
  const done = u.states.at(-1).export;
  assert.deepEqual(done.result.extraTerms, ['app.example.com']);
  assert.equal(done.result.report.counts['user-term'], 1);
  assert.ok(!hosts[0].state.done[0].text.includes('app.example.com'), 'the term is gone from what the host saved');
  assert.deepEqual(hosts[0].state.saved[1 - 1].terms, ['app.example.com']);
});

test('review: Discard → nothing saved, the UI says so; policy skip saves at once; the user may turn the review off', async () => {
  const { ctl, hosts } = reviewSetup();
  const u = await openTab(ctl, 7, (s) => s.devtools, ENTRIES);
  await exportTo(u, 'review');
  u.port.post({ type: 'review-discard' });
  await until(() => u.states.at(-1).export.phase === 'discarded');
  assert.equal(hosts[0].state.discarded.length, 1);
  assert.equal(hosts[0].state.done.length, 0);
  assert.equal(viewModel(u.states.at(-1)).discarded, true);

  const skip = reviewSetup({ review: 'skip' }, { mode: 'skip', allowTerms: true, locked: ['review'], wanted: true });
  const [d2, d2t] = pipe();
  skip.ctl.addDevtools(d2t);
  fakeDevtools(d2, 8, ENTRIES);
  const u2 = ui(skip.ctl, 8);
  await until(() => u2.states.some((s) => s.devtools));
  u2.port.post({ type: 'export' });
  await until(() => u2.states.at(-1).export.phase === 'done');
  assert.equal(skip.hosts[0].state.received.find((m) => m.type === 'begin').review, false);

  const off = reviewSetup();
  const [d3, d3t] = pipe();
  off.ctl.addDevtools(d3t);
  fakeDevtools(d3, 9, ENTRIES);
  const u3 = ui(off.ctl, 9);
  await until(() => u3.states.some((s) => s.devtools));
  u3.port.post({ type: 'set-review', on: false });
  await until(() => u3.states.at(-1).review.wanted === false);
  assert.deepEqual(off.wanted, [false]);
  u3.port.post({ type: 'export' });
  await until(() => u3.states.at(-1).export.phase === 'done');
  assert.equal(off.hosts.at(-1).state.received.find((m) => m.type === 'begin').review, false);
});

test('review required by policy: the host reviews even when the user turned it off; terms not allowed are not sent', async () => {
  const { ctl, hosts } = reviewSetup({ review: 'required', allowExtraTerms: false }, { mode: 'required', allowTerms: false, locked: ['review', 'allowExtraTerms'], wanted: false });
  const u = await openTab(ctl, 7, (s) => s.devtools, ENTRIES);
  await exportTo(u, 'review');
  const rv = u.states.at(-1).export.review;
  assert.equal(rv.required, true);
  assert.equal(rv.allowTerms, false);
  u.port.post({ type: 'review-save', terms: ['Globex Corporation'] });
  await until(() => u.states.at(-1).export.phase === 'done');
  assert.deepEqual(hosts[0].state.saved[0].terms, [], 'terms the policy forbids are not sent');
});

test('a helper error of an earlier export is cleared when the helper answers again', async () => {
  let missing = true;
  const host = new HostClient({ connect: () => fakeHost({ missing }).port, idleCloseMs: 0 });
  const settings = effectiveSettings({});
  const ctl = new Controller({ host, getSettings: () => settings });
  const u = await openTab(ctl, 7, (s) => s.devtools && s.host && !s.host.checking, ENTRIES);
  await exportTo(u, 'error');
  assert.equal(u.states.at(-1).export.error.code, 'host_missing');
  missing = false;
  u.port.post({ type: 'recheck' });
  await until(() => u.states.at(-1).host && u.states.at(-1).host.ok);
  assert.equal(u.states.at(-1).export.phase, 'idle');
  assert.equal(viewModel(u.states.at(-1)).canExport, true);
});

// --- staging (PROTOCOL.md "Staged bodies") ---------------------------------

// A devtools page that stages its capture's bodies as src/devtools.js does
// (the real CaptureStore, Stager, collectHar and serializeHar), on a Chrome
// log that has forgotten every body.
function stagingDevtools(port, tabId, bodies, storeOpts = {}) {
  const capture = new CaptureStore(storeOpts);
  const stats = () => ({ ...capture.stats(), stagePending: stager.pending() });
  const stager = new Stager({ capture, send: (m) => { port.post(m); return true; }, onChange: () => port.post({ type: 'count', count: entries.length, capture: stats() }) });
  const entries = bodies.map((text, i) => ({ startedDateTime: `2026-12-01T10:00:${String(i).padStart(2, '0')}.000Z`, request: { method: 'GET', url: `https://app.example.com/api/${i}` }, response: { status: 200, content: { mimeType: 'application/json' } } }));
  let reader = null;
  port.onMessage(async (m) => {
    if (stager.handle(m)) return;
    const reply = (ok, p) => port.post({ type: 'reply', id: m.id, ok, ...(ok ? { result: p } : { error: p }) });
    if (m.type === 'collect') {
      const { har, bodiesMissing, counts } = await collectHar({ getHAR: async () => ({ version: '1.2', entries: structuredClone(entries) }), capture });
      const s = serializeHar(har, utf8Length);
      reader = new ChunkReader(s.pieces);
      reply(true, { site: 'app.example.com', entries: s.entries, chars: s.chars, bytes: s.bytes, bodiesMissing, counts, capture: capture.id });
    } else if (m.type === 'pull') {
      reply(true, { data: reader.next(m.max) });
    } else if (m.type === 'release') {
      reply(true, {});
    }
  });
  port.post({ type: 'register', tabId, url: 'https://app.example.com/', count: entries.length, stageCapture: capture.id });
  const recs = entries.map((e, i) => {
    const rec = capture.add(e);
    capture.setBody(rec, { content: bodies[i], encoding: i === 1 ? 'base64' : '' });
    stager.offer(rec);
    return rec;
  });
  return { capture, stager, recs };
}

const BODIES = ['{"access_token":"abc", "q":"\\"_safeharStaged\\":\\"b1\\""}', 'iVBORw0KGgo=', 'x'.repeat(5000), '<p>Bücher</p>'];

async function stagedExport(hostOpts = {}, storeOpts = {}) {
  const { ctl, hosts } = setup(hostOpts);
  const [dtMine, dtTheirs] = pipe();
  ctl.addDevtools(dtTheirs);
  const dt = stagingDevtools(dtMine, 5, BODIES, storeOpts);
  const u = ui(ctl, 5);
  await until(() => dt.stager.pending() === 0 || dt.stager.stopped);
  return { ctl, hosts, dt, u, dtMine };
}

async function exportNow(u) {
  const before = u.states.length;
  u.port.post({ type: 'export' });
  await until(() => u.states.length > before && ['done', 'error'].includes(u.states.at(-1).export.phase));
  return u.states.at(-1);
}

test('staging: bodies go to the host as they arrive, the click sends only references, the host inlines them', async () => {
  const { hosts, dt, u } = await stagedExport();
  assert.equal(dt.capture.stats().staged, 4);
  assert.ok(dt.recs.every((r) => r.entry.response.content.text === undefined && r.copy), 'the entries carry references, the text is a copy');
  const stages = hosts[0].state.received.filter((m) => m.type === 'stage');
  assert.deepEqual(stages.map((m) => m.body), ['b1', 'b2', 'b3', 'b4']);
  assert.equal(stages[1].encoding, 'base64');
  assert.ok(stages.every((m) => m.capture === dt.capture.id));
  await until(() => u.states.at(-1).capture && u.states.at(-1).capture.staged === 4);
  assert.match(viewModel(u.states.at(-1)).captureText, /4 bodies staged in the helper\.$/);
  const st = await exportNow(u);
  assert.equal(st.export.phase, 'done', JSON.stringify(st.export.error));
  const begin = hosts[0].state.received.find((m) => m.type === 'begin');
  assert.equal(begin.capture, dt.capture.id);
  const sent = hosts[0].state.sent;
  for (const b of BODIES.slice(2)) assert.ok(!sent.includes(JSON.stringify(b).slice(1, -1)), 'a staged body went with the click');
  assert.equal((sent.match(/"_safeharStaged":"b\d"/g) || []).length, 4);
  const file = JSON.parse(hosts[0].state.done[0].text);
  assert.deepEqual(file.log.entries.map((e) => e.response.content.text), BODIES);
  assert.equal(file.log.entries[1].response.content.encoding, 'base64');
  assert.equal(file.log._safeharCapture.bodies, 4);
  assert.equal(file.log._safeharCapture.bodiesMissing, 0);
  // Again: the host still holds them.
  assert.equal((await exportNow(u)).export.phase, 'done');
  assert.deepEqual(JSON.parse(hosts[0].state.done[1].text).log.entries.map((e) => e.response.content.text), BODIES);
});

test('staging never runs inside an export, and at most a few stages are in flight per tab', async () => {
  const { hosts, u } = await stagedExport();
  await exportNow(u);
  const types = hosts[0].state.received.map((m) => m.type);
  const b = types.indexOf('begin');
  const e = types.indexOf('end');
  assert.ok(b > 0 && e > b);
  assert.ok(!types.slice(b, e).includes('stage'), types.join(' '));
  assert.ok(hosts[0].state.maxOutstanding <= 1, 'one request at a time to the host');
});

test('staging: past the host limit a body stays inline', async () => {
  const { hosts, dt, u } = await stagedExport({ stageLimit: 100 });
  const st = dt.capture.stats();
  assert.equal(st.staged, 3);
  assert.equal(typeof dt.recs[2].entry.response.content.text, 'string', 'the large body is held here, inline');
  assert.ok(dt.recs[2].stageFailed);
  assert.equal((await exportNow(u)).export.phase, 'done');
  assert.ok(hosts[0].state.sent.includes('x'.repeat(5000)), 'the large body went inline');
  assert.deepEqual(JSON.parse(hosts[0].state.done[0].text).log.entries.map((e) => e.response.content.text), BODIES);
});

test('staging: the helper restarts → the bodies with a copy here are staged again, nothing is lost', async () => {
  const { ctl, hosts, dt, u } = await stagedExport();
  ctl.host.close();
  await until(() => hosts.length === 2 && dt.capture.stats().staged === 4);
  assert.equal(dt.capture.stats().lostBodies, 0);
  assert.equal(hosts[1].state.staged.get(dt.capture.id).size, 4);
  const st = await exportNow(u);
  assert.equal(st.export.phase, 'done', JSON.stringify(st.export.error));
  assert.deepEqual(JSON.parse(hosts[1].state.done[0].text).log.entries.map((e) => e.response.content.text), BODIES);
});

test('staging: the helper restarts, the copies were dropped past the bound → those bodies are counted missing (helperRestarted), never a silent difference', async () => {
  const { ctl, hosts, dt, u } = await stagedExport();
  // The bound is reached (later bodies, here a lower bound): the copies of staged bodies go first.
  dt.capture.maxBodyChars = 0;
  dt.capture.evict();
  assert.ok(dt.recs.every((r) => !r.copy && r.staged));
  assert.deepEqual([dt.capture.stats().evictedBodies, dt.capture.stats().bodyChars], [0, 0], 'nothing lost: the host has them');
  ctl.host.close();
  await until(() => dt.capture.stats().staged === 0);
  assert.equal(dt.capture.stats().lostBodies, 4);
  await until(() => u.states.at(-1).capture && u.states.at(-1).capture.lostBodies === 4);
  assert.match(viewModel(u.states.at(-1)).captureText, /4 staged bodies lost when the helper restarted/);
  const st = await exportNow(u);
  assert.equal(st.export.phase, 'done', JSON.stringify(st.export.error));
  assert.equal(st.export.counts.bodiesMissing, 4);
  assert.equal(st.export.counts.missing.helperRestarted, 4);
  assert.match(viewModel(st).result.bodiesMissing, /4 response bodies are not in the file: 4 lost when the safehar helper restarted/);
  const file = JSON.parse(hosts[1].state.done[0].text);
  assert.ok(file.log.entries.every((e) => e.response.content.text === undefined && e.response.content._safeharStaged === undefined));
});

test('staging: an old helper that does not know stage → the page pauses staging and keeps bodies inline; a helper that answers resumes it', async () => {
  const { hosts, dt, u } = await stagedExport({ knowsStage: false });
  await until(() => dt.stager.inFlight.size === 0);
  assert.equal(dt.capture.stats().staged, 0);
  assert.equal(dt.stager.stopped, 'bad_message');
  assert.equal(dt.stager.pending(), 4, 'still waiting, and shown so');
  assert.equal((await exportNow(u)).export.phase, 'done');
  assert.deepEqual(JSON.parse(hosts[0].state.done[0].text).log.entries.map((e) => e.response.content.text), BODIES);
  // The helper is updated: the next hello resumes staging.
  hosts[0].opts.knowsStage = true;
  u.port.post({ type: 'recheck' });
  await until(() => dt.capture.stats().staged === 4);
  assert.equal(dt.stager.stopped, '');
});

test('staging: the devtools page closes → the host drops its bodies', async () => {
  const { hosts, dt, dtMine } = await stagedExport();
  dtMine.close();
  await until(() => hosts[0].state.received.some((m) => m.type === 'unstage'));
  assert.equal(hosts[0].state.received.find((m) => m.type === 'unstage').capture, dt.capture.id);
  assert.equal(hosts[0].state.staged.size, 0);
});
