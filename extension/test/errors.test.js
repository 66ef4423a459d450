import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyDisconnect, describeError, SafeharError, INSTALL_COMMAND } from '../src/errors.js';

test('classifyDisconnect maps Chrome and Firefox messages', () => {
  assert.equal(classifyDisconnect('Specified native messaging host not found.', false), 'host_missing');
  assert.equal(classifyDisconnect('No such native application com.safehar.host', false), 'host_missing');
  assert.equal(classifyDisconnect('Access to the specified native messaging host is forbidden.', false), 'host_forbidden');
  assert.equal(classifyDisconnect('Access to the native messaging host was disabled by the system administrator.', false), 'host_forbidden', 'NativeMessagingBlocklist (seen in e2e-policy)');
  assert.equal(classifyDisconnect('This extension does not have permission to use native application com.safehar.host', false), 'host_forbidden');
  assert.equal(classifyDisconnect('Native host has exited.', false), 'host_failed_start');
  assert.equal(classifyDisconnect('Native host has exited.', true), 'host_exited');
  assert.equal(classifyDisconnect('Error when communicating with the native messaging host.', true), 'host_exited');
  assert.equal(classifyDisconnect(null, true), 'host_exited');
});

test('a missing host tells the user the install command', () => {
  const d = describeError(new SafeharError('host_missing'));
  assert.equal(d.code, 'host_missing');
  assert.equal(d.command, INSTALL_COMMAND);
  assert.match(d.title, /not installed/);
  assert.match(d.action, /restart the browser/);
});

test('every code gives a title, a message and an action', () => {
  const codes = ['host_missing', 'host_forbidden', 'host_failed_start', 'host_exited', 'host_timeout', 'protocol_mismatch',
    'no_devtools', 'devtools_closed', 'empty_capture', 'collect_failed', 'busy', 'cancelled', 'bad_frame', 'frame_too_large',
    'bad_message', 'unsupported_protocol', 'not_allowed', 'transfer_busy', 'unknown_transfer', 'out_of_order', 'duplicate_end',
    'invalid_har', 'disk_full', 'write_failed', 'policy_refused', 'too_large', 'reveal_failed', 'idle_timeout', 'something_new'];
  for (const code of codes) {
    const d = describeError({ code });
    assert.ok(d.title && d.message && d.action, code);
    assert.ok(d.message.endsWith('.') && d.action.endsWith('.'), code);
  }
  assert.match(describeError({ code: 'no_devtools' }).action, /^Open DevTools on this tab.*reproduce the problem, then click Export\.$/);
});

test("the host's sentence is shown, ours otherwise", () => {
  const fromHost = new SafeharError('disk_full', 'No space left in /home/u/Downloads; free some space and try again.', { fromHost: true });
  assert.equal(describeError(fromHost).message, 'No space left in /home/u/Downloads; free some space and try again.');
  const ours = new SafeharError('host_exited', 'Native host has exited.');
  assert.match(describeError(ours).message, /Nothing was saved/);
  assert.equal(describeError(null).code, 'unknown');
});

test('every error code the host sends (contract.js) has its own plain message', async () => {
  const { ERROR_CODES } = await import('../src/contract.js');
  const { describeError } = await import('../src/errors.js');
  const unknown = describeError({ code: 'no-such-code' });
  for (const code of ERROR_CODES) {
    const d = describeError({ code });
    assert.notEqual(d.title, unknown.title, `${code} has no message in errors.js`);
  }
});
