// Service worker (Chrome family) / background script (Firefox): owns the
// native port to the safehar host and coordinates exports.
import { HostClient, adaptPort } from './protocol.js';
import { Controller } from './controller.js';
import { effectiveSettings, hostPolicy, readManaged } from './settings.js';
import { api } from './platform.js';

const version = api.runtime.getManifest().version;

let settings = effectiveSettings({});
let settingsLoaded = null;

async function loadSettings() {
  settings = effectiveSettings(await readManaged(api.storage));
  return settings;
}
settingsLoaded = loadSettings();

const host = new HostClient({
  connect: () => adaptPort(api.runtime.connectNative(settings.values.hostName), api.runtime),
  extensionVersion: version,
  policy: undefined,
  log: (...a) => console.debug('[safehar]', ...a),
});

// Managed values can arrive a few seconds after install (design §5): re-read
// and restart the host connection so it gets the new policy/host name.
if (api.storage && api.storage.onChanged) {
  api.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    settingsLoaded = loadSettings().then((s) => {
      host.policy = hostPolicy(s);
      host.close();
      return s;
    });
  });
}

const controller = new Controller({
  host: {
    exportCapture: async (o) => { await settingsLoaded; host.policy = hostPolicy(settings); return host.exportCapture(o); },
    reveal: (t) => host.reveal(t),
    status: async () => { await settingsLoaded; host.policy = hostPolicy(settings); return host.status(); },
    close: () => host.close(),
  },
  getSettings: () => settings,
  hostPolicy: () => hostPolicy(settings),
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
globalThis.safeharDebug = {
  tabs: () => [...controller.devtools.values()].map((l) => ({ tabId: l.tabId, url: l.url, count: l.count })),
  exports: () => Object.fromEntries(controller.exports),
  settings: () => settings,
};
