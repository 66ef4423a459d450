// What the popup, panel and options page say about the safehar helper and
// what the user should do next (pure, unit-tested): the helper's state from
// its hello, the DevTools guidance for this OS, and why Export is disabled.
import { PROTOCOL_VERSION } from './protocol.js';

/** The install section of the documentation, and where releases are. */
export const DOCS_INSTALL_URL = 'https://github.com/safehar/safehar#install';
export const RELEASES_URL = 'https://github.com/safehar/safehar/releases/latest';

/**
 * What to download, per runtime.getPlatformInfo().os: {text, files:
 * [{system, file, how}]}.
 */
export const DOWNLOADS = Object.freeze({
  linux: {
    text: 'Download the package for your system from the safehar releases page, install it, then restart the browser:',
    files: [
      { system: 'Debian, Ubuntu', file: 'safehar_<version>_amd64.deb', how: 'open it, or: sudo apt install ./safehar_<version>_amd64.deb' },
      { system: 'Fedora, RHEL, SUSE', file: 'safehar-<version>-1.x86_64.rpm', how: 'open it, or: sudo dnf install ./safehar-<version>-1.x86_64.rpm' },
    ],
  },
  win: {
    text: 'Download the installer from the safehar releases page, install it, then restart the browser:',
    files: [{ system: 'Windows 10/11', file: 'safehar-<version>-windows-x64.msi', how: 'double-click it' }],
  },
  mac: {
    text: 'Download the macOS archive from the safehar releases page, then follow the macOS steps of the install guide and restart the browser:',
    files: [{ system: 'macOS 12+', file: 'safehar-<version>-macos-universal.tar.gz', how: 'unpack it and run the install command of the guide' }],
  },
  other: {
    text: 'Download the safehar helper for your system from the safehar releases page, follow the install guide, then restart the browser.',
    files: [],
  },
});

/** A download as one sentence (tests, plain-text places). */
export const downloadText = (d) => (d ? [d.text, ...d.files.map((f) => `${f.system}: ${f.file} (${f.how}).`)].join(' ') : '');

const osKey = (os) => (os === 'linux' || os === 'win' || os === 'mac' ? os : os === 'cros' || os === 'openbsd' || os === 'fuchsia' ? 'other' : 'linux');

/**
 * host: the service worker's view of the helper: undefined (not asked yet),
 * {checking: true}, {ok: true, hello}, or {ok: false, error, hostVersion}.
 * Returns {state, title, message, version, download, docsUrl, releasesUrl,
 * command, canExport, reason}. state is one of checking, ready, missing,
 * wrong_version, blocked, failed.
 */
export function helperView(host, { os = 'linux', extensionVersion = '' } = {}) {
  const base = { docsUrl: DOCS_INSTALL_URL, releasesUrl: RELEASES_URL, download: null, command: '', version: '' };
  if (!host || host.checking) {
    return { ...base, state: 'checking', title: 'Checking the safehar helper…', message: '', canExport: false, reason: 'Waiting for the safehar helper to answer.' };
  }
  if (host.ok) {
    const h = host.hello || {};
    if (h.protocol !== PROTOCOL_VERSION) return wrongVersion(base, h.host, h.protocol, extensionVersion, os);
    const version = String(h.host || 'unknown');
    return { ...base, state: 'ready', version, title: `safehar helper ${version} is ready`, message: '', canExport: true, reason: '' };
  }
  const e = host.error || {};
  switch (e.code) {
    case 'host_missing':
      return {
        ...base,
        state: 'missing',
        title: 'The safehar helper is not installed',
        message: 'safehar needs its small helper program on this computer: it removes the secrets before the file is saved.',
        download: DOWNLOADS[osKey(os)],
        command: 'safehar install',
        canExport: false,
        reason: 'Install the safehar helper first.',
      };
    case 'protocol_mismatch':
    case 'unsupported_protocol':
      return wrongVersion(base, host.hostVersion, host.hostProtocol, extensionVersion, os);
    case 'host_forbidden':
    case 'not_allowed':
      return {
        ...base,
        state: 'blocked',
        title: 'The safehar helper is blocked',
        message: e.code === 'not_allowed'
          ? 'The helper is installed, but for another extension; it refuses this one.'
          : "The browser refused to start the helper: your organization's browser policy blocks it, or it was registered for another extension.",
        download: null,
        command: 'safehar install',
        canExport: false,
        reason: 'The safehar helper is blocked. On a managed computer, ask your IT team to allow the native helper com.safehar.host.',
      };
    default:
      return {
        ...base,
        state: 'failed',
        title: e.title || 'The safehar helper did not answer',
        message: [e.message, e.action].filter(Boolean).join(' '),
        command: e.command || '',
        canExport: false,
        reason: 'The safehar helper is not working; see above.',
      };
  }
}

function wrongVersion(base, hostVersion, protocol, extensionVersion, os) {
  const hv = hostVersion ? `version ${hostVersion}` : 'an older or newer version';
  return {
    ...base,
    state: 'wrong_version',
    version: hostVersion ? String(hostVersion) : '',
    title: 'The safehar helper is the wrong version',
    message: `The helper on this computer is ${hv}${Number.isInteger(protocol) ? ` (protocol ${protocol})` : ''}; this extension${extensionVersion ? ` (version ${extensionVersion})` : ''} needs protocol ${PROTOCOL_VERSION}. Install the helper of the same release as the extension.`,
    download: DOWNLOADS[osKey(os)],
    command: 'safehar install',
    canExport: false,
    reason: 'Install the helper of the same release as the extension first.',
  };
}

/** How to open DevTools here: "F12 or Ctrl+Shift+I" / "Cmd+Option+I". */
export function devtoolsKeys(os) {
  return os === 'mac' ? 'Cmd+Option+I (or F12)' : 'F12 or Ctrl+Shift+I';
}

/**
 * The steps for a tab: without DevTools, how to open it and what to do; with
 * DevTools open, the live request count and the Preserve log tip.
 * Returns {title, steps: [string], tip}.
 */
export function guidance({ devtools, count = 0, os = 'linux', firefox = false } = {}) {
  const preserve = firefox ? '"Persist Logs" (Network panel settings, the gear icon)' : '"Preserve log" in the Network panel';
  const cache = firefox ? '"Disable Cache"' : '"Disable cache"';
  if (!devtools) {
    return {
      title: 'DevTools is not open on this tab',
      steps: [
        `Open DevTools on this tab: press ${devtoolsKeys(os)}.`,
        `Turn on ${preserve}, so redirects and earlier pages stay in the capture.`,
        'Reproduce the problem.',
        'Click Export sanitized HAR (here, or in the safehar tab of DevTools).',
      ],
      tip: '',
    };
  }
  const n = Number(count) || 0;
  return {
    title: `${n} ${n === 1 ? 'request' : 'requests'} captured on this tab`,
    steps: [],
    tip: `Before you reproduce the problem, turn on ${preserve} so a sign-in's redirects are kept; turn on ${cache} too when support asks for a clean reproduction.`,
  };
}

/** Why Export is disabled, or '' when it is not. */
export function exportBlockedReason({ helper, devtools, busy, reviewing }) {
  if (busy) return '';
  if (reviewing) return 'Save or discard the export under review first.';
  if (helper && !helper.canExport) return helper.reason;
  if (!devtools) return 'Open DevTools on this tab first.';
  return '';
}
