// Every failure the user can meet, mapped to what happened and what to do next.

export const INSTALL_COMMAND = 'safehar install';
export const DOCTOR_COMMAND = 'safehar doctor';

/** An error with a stable code (ours or the host's, see PROTOCOL.md). */
export class SafeharError extends Error {
  constructor(code, message, extra = {}) {
    super(message || code);
    this.name = 'SafeharError';
    this.code = code;
    Object.assign(this, extra);
  }
}

/**
 * Classifies the reason a native port closed. `message` is Chrome's
 * runtime.lastError.message or Firefox's port.error.message; `sawHello` tells
 * whether the host ever answered on this port.
 */
export function classifyDisconnect(message, sawHello) {
  const m = String(message || '');
  if (/not found|no such native application|not registered|manifest.*(missing|invalid)|invalid native messaging host name/i.test(m)) {
    return 'host_missing';
  }
  // Chromium: "Access to the specified native messaging host is forbidden." (not in
  // allowed_origins) and "Access to the native messaging host was disabled by the
  // system administrator." (NativeMessagingBlocklist).
  if (/forbidden|not allowed|does not have permission|permission denied|blocked|disabled by the system administrator/i.test(m)) return 'host_forbidden';
  if (!sawHello && /failed to start|could not start|error when communicating|exited/i.test(m)) return 'host_failed_start';
  return 'host_exited';
}

const PLAIN = {
  // the host could not be reached
  host_missing: {
    title: 'The safehar helper is not installed',
    message: 'The browser could not find the local helper (com.safehar.host) that removes secrets before the file is saved.',
    action: 'Install it by running the command below in a terminal, then restart the browser and click Export again. On a managed computer, ask your IT team to install safehar.',
    command: INSTALL_COMMAND,
  },
  host_forbidden: {
    title: 'The safehar helper refused this extension',
    message: 'The helper is installed but not registered for this extension, or your organization\'s browser policy blocks it.',
    action: 'Run the command below in a terminal to register it again, then restart the browser. On a managed computer, ask your IT team to allow the native host com.safehar.host.',
    command: INSTALL_COMMAND,
  },
  host_failed_start: {
    title: 'The safehar helper could not start',
    message: 'The browser found the helper but it did not start or answer.',
    action: 'Reinstall it with the command below, restart the browser, and try again. If it still fails, run "safehar doctor" and send the output to your support contact.',
    command: INSTALL_COMMAND,
  },
  host_exited: {
    title: 'The safehar helper stopped unexpectedly',
    message: 'The helper closed before the export finished. Nothing was saved.',
    action: 'Click Export again. If it keeps happening, run the command below in a terminal and send its output to your support contact.',
    command: DOCTOR_COMMAND,
  },
  host_timeout: {
    title: 'The safehar helper did not answer',
    message: 'The helper stopped responding. Nothing was saved.',
    action: 'Click Export again. If it keeps happening, run the command below and send its output to your support contact.',
    command: DOCTOR_COMMAND,
  },
  protocol_mismatch: {
    title: 'The safehar helper and the extension do not match',
    message: 'The installed helper speaks a different protocol version than this extension.',
    action: 'Update both to the same release: reinstall the helper with the command below and update the extension.',
    command: INSTALL_COMMAND,
  },
  // the browser side
  no_devtools: {
    title: 'DevTools is not open on this tab',
    message: 'safehar records what DevTools records, so DevTools must be open on the tab you want to export.',
    action: 'Open DevTools on this tab (F12, or Ctrl+Shift+I / Cmd+Option+I), reproduce the problem, then click Export.',
  },
  devtools_closed: {
    title: 'DevTools was closed during the export',
    message: 'The capture lives in DevTools; it went away when DevTools closed. Nothing was saved.',
    action: 'Open DevTools on the tab, reproduce the problem, keep DevTools open and click Export again.',
  },
  empty_capture: {
    title: 'Nothing to export yet',
    message: 'DevTools has not recorded any request on this tab.',
    action: 'With DevTools open, reload the page or reproduce the problem, then click Export.',
  },
  collect_failed: {
    title: 'DevTools did not hand over the capture',
    message: 'Reading the network log from DevTools failed. Nothing was saved.',
    action: 'Close and reopen DevTools on the tab, reproduce the problem, then click Export again.',
  },
  busy: {
    title: 'An export is already running',
    message: 'Only one export runs at a time.',
    action: 'Wait for the current export to finish, then try again.',
  },
  cancelled: {
    title: 'Export cancelled',
    message: 'Nothing was saved.',
    action: 'Click Export when you are ready.',
  },
  // the host's error codes (PROTOCOL.md)
  bad_frame: { title: 'The extension and the helper could not understand each other', message: 'A message between them was damaged. Nothing was saved.', action: 'Click Export again; if it keeps happening, update the helper and the extension to the same release.', command: INSTALL_COMMAND },
  frame_too_large: { title: 'The extension and the helper could not understand each other', message: 'A message was too large for the helper. Nothing was saved.', action: 'Update the helper and the extension to the same release, then try again.', command: INSTALL_COMMAND },
  bad_message: { title: 'The extension and the helper could not understand each other', message: 'The helper rejected a message. Nothing was saved.', action: 'Update the helper and the extension to the same release, then try again.', command: INSTALL_COMMAND },
  unsupported_protocol: { title: 'The safehar helper and the extension do not match', message: 'The helper does not support this extension\'s protocol version.', action: 'Update both to the same release: reinstall the helper with the command below and update the extension.', command: INSTALL_COMMAND },
  not_allowed: { title: 'The safehar helper refused this extension', message: 'The helper was installed for a different extension id.', action: 'Run the command below in a terminal to register this extension, then restart the browser.', command: INSTALL_COMMAND },
  transfer_busy: { title: 'An export is already running', message: 'The helper is still busy with another export.', action: 'Wait for it to finish, then try again.' },
  unknown_transfer: { title: 'The helper no longer knows this export', message: 'The helper was restarted since this export was saved.', action: 'Open the folder shown above yourself, or export again.' },
  out_of_order: { title: 'The export was interrupted', message: 'Parts of the capture arrived out of order. Nothing was saved.', action: 'Click Export again.' },
  duplicate_end: { title: 'The export was interrupted', message: 'The helper had already finished this export.', action: 'Click Export again.' },
  invalid_har: { title: 'The helper could not read the capture', message: 'The sanitizer refused the capture, so nothing was saved.', action: 'Reload the page with DevTools open, reproduce the problem and export again. If it keeps failing, send the output of the command below to your support contact.', command: DOCTOR_COMMAND },
  disk_full: { title: 'The disk is full', message: 'There is no space left in the output folder. Nothing was saved.', action: 'Free some disk space, then click Export again.' },
  write_failed: { title: 'The file could not be saved', message: 'Writing the sanitized file failed. Nothing was saved.', action: 'Check that the output folder exists and is writable (see the options page), then click Export again.' },
  policy_refused: { title: 'Your administrator\'s policy does not allow this export', message: 'The export was refused by policy. Nothing was saved.', action: 'Ask your IT team what exports are allowed on this computer.' },
  reveal_failed: { title: 'The folder could not be opened', message: 'The file manager could not be started.', action: 'Open the folder shown above yourself.' },
  checksum_mismatch: { title: 'The capture arrived damaged', message: 'What the helper received does not match what the extension sent. Nothing was saved.', action: 'Export again.' },
  idle_timeout: { title: 'The export stalled', message: 'The helper received nothing from the browser for two minutes and stopped the export. Nothing was saved.', action: 'Keep DevTools open and export again.' },
  term_refused: { title: 'A term could not be added', message: 'The helper refused one of the terms you added. Nothing was saved yet.', action: 'Change or remove the term (at least 8 characters, not an ordinary word), then click Save again.' },
  staged_missing: { title: 'The helper lost response bodies', message: 'The helper restarted and no longer holds the response bodies captured before, so nothing was saved.', action: 'Click Export again: the bodies it lost are then counted as missing, or reload the page to capture them again.' },
  too_large: { title: 'The capture is too large', message: 'The capture exceeds the helper\'s size limit. Nothing was saved.', action: 'Clear the network log in DevTools, reproduce only the problem, then export again.' },
};

const UNKNOWN = {
  title: 'The export failed',
  message: 'Something unexpected went wrong. Nothing was saved.',
  action: 'Click Export again. If it keeps happening, run the command below and send its output to your support contact.',
  command: DOCTOR_COMMAND,
};

/**
 * What to show for an error: {code, title, message, action, command?}.
 * The host's own sentence (already written for users, never holding a
 * secret) is preferred as the message when there is one.
 */
export function describeError(err) {
  const code = (err && err.code) || 'unknown';
  const plain = PLAIN[code] || UNKNOWN;
  const out = { code, title: plain.title, message: plain.message, action: plain.action };
  if (plain.command) out.command = plain.command;
  if (err && err.fromHost && typeof err.message === 'string' && err.message && err.message !== code) {
    out.message = oneLine(err.message);
  }
  return out;
}

function oneLine(s) {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 400 ? `${t.slice(0, 397)}...` : t;
}
