// Service worker (Chrome family) / background script (Firefox): owns the
// native port to the safehar host and coordinates exports.
import { HostClient, adaptPort } from './protocol.js';
import { Controller } from './controller.js';
import { connectionKey, effectiveSettings, hostPolicy, readManaged } from './settings.js';
import { api } from './platform.js';

const version = api.runtime.getManifest().version;

let settings = effectiveSettings({});
let appliedKey = connectionKey(settings);

const host = new HostClient({
  connect: () => adaptPort(api.runtime.connectNative(settings.values.hostName), api.runtime),
  extensionVersion: version,
  policy: undefined,
  log: (...a) => console.debug('[safehar]', ...a),
});

// Re-reads the managed settings and applies them: the policy goes with the
// next hello/begin, and a changed host name or policy restarts the native
// connection before the next request (never in the middle of an export).
async function refreshSettings() {
  const next = effectiveSettings(await readManaged(api.storage));
  settings = next;
  host.policy = hostPolicy(next);
  const key = connectionKey(next);
  if (key !== appliedKey) {
    appliedKey = key;
    host.restartBeforeNextRequest();
  }
  return next;
}
let settingsLoaded = refreshSettings();

// Chrome: managed values can arrive a few seconds after a force-install
// (design §5) and change whenever the policy does: apply them as they
// arrive. Firefox has no change event for the managed area, so every export
// and every options page visit re-reads it too (below).
if (api.storage && api.storage.onChanged) {
  api.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    settingsLoaded = refreshSettings();
  });
}
const fresh = async () => {
  await settingsLoaded.catch(() => {});
  settingsLoaded = refreshSettings();
  return settingsLoaded;
};

// The upload hint shown after an export: the one the host enforces (its
// system policy wins), else the administrator's browser setting.
const uploadHint = () => {
  const eff = host.hello && host.hello.policy && host.hello.policy.effective;
  return (eff && typeof eff.uploadHint === 'string' && eff.uploadHint) || settings.values.uploadHint || '';
};

// The review before saving: the helper's effective policy decides (its
// system policy wins), else the browser policy; the user's own choice
// (storage.local) counts only where both leave it optional.
let wantReview = true;
const reviewLoaded = (async () => {
  try {
    const v = await api.storage.local.get('reviewBeforeSave');
    if (v && typeof v.reviewBeforeSave === 'boolean') wantReview = v.reviewBeforeSave;
  } catch { /* keep the default */ }
})();
const reviewSetting = () => {
  const eff = (host.hello && host.hello.policy && host.hello.policy.effective) || {};
  const mode = ['optional', 'skip', 'required'].includes(eff.review) ? eff.review : settings.values.review;
  const allowTerms = typeof eff.allowExtraTerms === 'boolean' ? eff.allowExtraTerms : settings.values.allowExtraTerms;
  return { mode, allowTerms, locked: settings.locked, wanted: wantReview };
};
const setWanted = async (on) => {
  wantReview = on;
  try { await api.storage.local.set({ reviewBeforeSave: on }); } catch { /* kept for this session */ }
};

const controller = new Controller({
  host: {
    exportCapture: async (o) => { const s = await fresh(); await reviewLoaded; return host.exportCapture({ ...o, policy: hostPolicy(s) }); },
    reviewFindings: (t) => host.reviewFindings(t),
    saveReviewed: (t, terms) => host.saveReviewed(t, terms),
    discardReviewed: (t) => host.discardReviewed(t),
    reveal: (t) => host.reveal(t),
    stage: (b) => host.stage(b),
    unstage: (c) => host.unstage(c),
    status: async () => { await fresh(); return host.status(); },
    close: () => host.close(),
  },
  getSettings: () => settings,
  hostPolicy: () => hostPolicy(settings),
  uploadHint,
  reviewSetting,
  setWanted,
  log: (...a) => console.debug('[safehar]', ...a),
});

function adaptRuntimePort(port) {
  return {
    post: (m) => port.postMessage(m),
    onMessage: (cb) => port.onMessage.addListener(cb),
    onDisconnect: (cb) => port.onDisconnect.addListener(() => cb()),
  };
}

api.runtime.onConnect.addListener((port) => {
  // Only our own pages talk to us (no externally_connectable, but be explicit).
  if (port.sender && port.sender.id && port.sender.id !== api.runtime.id) {
    port.disconnect();
    return;
  }
  if (port.name === 'devtools') controller.addDevtools(adaptRuntimePort(port));
  else if (port.name === 'ui') controller.addUi(adaptRuntimePort(port));
  else port.disconnect();
});

// For the end-to-end tests and for debugging from the service worker console:
// which tabs have DevTools open, and the export states. No secrets live here.
host.onStagedLost = () => controller.stagedLost();

globalThis.safeharDebug = {
  tabs: () => [...controller.devtools.values()].map((l) => ({ tabId: l.tabId, url: l.url, count: l.count })),
  exports: () => Object.fromEntries(controller.exports),
  settings: () => settings,
  // Closes the native port: the next request starts a new helper process
  // (which reads its system policy again). What a user gets by restarting
  // the browser; no security decision depends on it.
  restartHelper: () => host.close(),
};
