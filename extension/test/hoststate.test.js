import { test } from 'node:test';
import assert from 'node:assert/strict';
import { helperView, guidance, devtoolsKeys, exportBlockedReason, downloadText, DOWNLOADS, DOCS_INSTALL_URL } from '../src/hoststate.js';
import { describeError } from '../src/errors.js';

const err = (code, extra = {}) => ({ ok: false, error: describeError({ code }), ...extra });

test('helperView: checking, ready, missing per OS, wrong version, blocked, failed', () => {
  assert.equal(helperView(undefined).state, 'checking');
  assert.equal(helperView({ checking: true }).canExport, false);
  const ready = helperView({ ok: true, hello: { protocol: 1, host: '0.2.0' } });
  assert.deepEqual([ready.state, ready.version, ready.canExport, ready.title], ['ready', '0.2.0', true, 'safehar helper 0.2.0 is ready']);
  for (const [os, file] of [['linux', '.deb'], ['win', '.msi'], ['mac', 'macos-universal.tar.gz'], ['cros', 'releases page']]) {
    const m = helperView(err('host_missing'), { os });
    assert.equal(m.state, 'missing');
    assert.equal(m.canExport, false);
    assert.ok(downloadText(m.download).includes(file), `${os}: ${downloadText(m.download)}`);
    assert.equal(m.docsUrl, DOCS_INSTALL_URL);
    assert.equal(m.command, 'safehar install', 'the command, for people who have the binary');
    assert.doesNotMatch(m.message, /safehar install/, 'the command is not the first thing a new user reads');
  }
  assert.notEqual(DOWNLOADS.win, DOWNLOADS.linux);
  const wrong = helperView(err('protocol_mismatch', { hostVersion: '0.0.9', hostProtocol: 0 }), { extensionVersion: '0.1.0' });
  assert.equal(wrong.state, 'wrong_version');
  assert.match(wrong.message, /version 0\.0\.9 \(protocol 0\); this extension \(version 0\.1\.0\) needs protocol 1/);
  assert.equal(helperView({ ok: true, hello: { protocol: 2, host: '9.0.0' } }).state, 'wrong_version');
  assert.equal(helperView(err('unsupported_protocol')).state, 'wrong_version');
  const blocked = helperView(err('host_forbidden'));
  assert.equal(blocked.state, 'blocked');
  assert.match(blocked.reason, /IT team/);
  assert.equal(helperView(err('not_allowed')).state, 'blocked');
  const failed = helperView(err('host_failed_start'));
  assert.equal(failed.state, 'failed');
  assert.match(failed.title, /could not start/);
});

test('guidance: how to open DevTools on this OS without it, the count and Preserve log with it', () => {
  assert.equal(devtoolsKeys('mac'), 'Cmd+Option+I (or F12)');
  assert.equal(devtoolsKeys('win'), 'F12 or Ctrl+Shift+I');
  const none = guidance({ devtools: false, os: 'mac' });
  assert.match(none.steps[0], /Cmd\+Option\+I/);
  assert.match(none.steps.join(' '), /Preserve log.*Reproduce the problem.*Export/);
  assert.equal(none.tip, '');
  const open = guidance({ devtools: true, count: 1 });
  assert.equal(open.title, '1 request captured on this tab');
  assert.match(open.tip, /"Preserve log".*"Disable cache"/);
  assert.match(guidance({ devtools: true, count: 3, firefox: true }).tip, /"Persist Logs".*"Disable Cache"/);
});

test('exportBlockedReason: the helper first, then DevTools, then a review in progress', () => {
  const ready = helperView({ ok: true, hello: { protocol: 1, host: '1' } });
  assert.equal(exportBlockedReason({ helper: ready, devtools: true }), '');
  assert.match(exportBlockedReason({ helper: ready, devtools: false }), /Open DevTools/);
  assert.match(exportBlockedReason({ helper: helperView(err('host_missing')), devtools: true }), /Install the safehar helper/);
  assert.match(exportBlockedReason({ helper: ready, devtools: true, reviewing: true }), /Save or discard/);
  assert.equal(exportBlockedReason({ helper: ready, devtools: true, busy: true }), '');
});
