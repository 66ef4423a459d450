// The panel and the popup: one code path. `?tabId=N` picks the tab (the
// toolbar popup without it uses the active tab; the panel its inspected tab).
import { viewModel } from './viewmodel.js';
import { api } from './platform.js';

const $ = (id) => document.getElementById(id);

// popup.html is also the DevTools panel: there (or with ?view=panel, as the
// tests open it) it takes the panel's wider layout.
if (new URLSearchParams(location.search).get('view') === 'panel' ||
    (api.devtools && api.devtools.inspectedWindow && !new URLSearchParams(location.search).has('tabId'))) {
  document.body.className = 'panel';
}

async function resolveTabId() {
  const q = new URLSearchParams(location.search).get('tabId');
  if (q !== null && /^\d+$/.test(q)) return Number(q);
  if (api.devtools && api.devtools.inspectedWindow) return api.devtools.inspectedWindow.tabId;
  // tabs.query needs no "tabs" permission to return ids.
  const tabs = await api.tabs.query({ active: true, currentWindow: true });
  return tabs && tabs[0] ? tabs[0].id : null;
}

let port = null;
let tabId = null;

function connect() {
  port = api.runtime.connect({ name: 'ui' });
  port.onMessage.addListener(onMessage);
  port.onDisconnect.addListener(() => {
    port = null;
    setTimeout(connect, 300);
  });
  port.postMessage({ type: 'subscribe', tabId });
}

function send(m) {
  if (port) port.postMessage(m);
}

function show(el, on) {
  el.hidden = !on;
}

function render(state) {
  const vm = viewModel(state);
  document.body.dataset.phase = (state.export && state.export.phase) || 'idle';
  $('status').textContent = vm.statusText;
  $('capture-status').textContent = vm.captureText;
  show($('capture-status'), Boolean(vm.captureText));
  $('guidance').textContent = vm.guidance;
  show($('guidance'), Boolean(vm.guidance));
  const btn = $('export');
  btn.disabled = !vm.canExport;
  btn.textContent = vm.buttonText;

  show($('progress-box'), Boolean(vm.progress));
  if (vm.progress) {
    $('progress').value = vm.progress.value;
    $('progress-label').textContent = vm.progress.label;
  }

  show($('result'), Boolean(vm.result));
  if (vm.result) {
    $('saved-path').textContent = vm.result.path;
    $('saved-details').textContent = vm.result.details;
    $('report-summary').textContent = vm.result.report.summary;
    const list = $('report-kinds');
    list.replaceChildren(
      ...vm.result.report.kinds.map((k) => {
        const li = document.createElement('li');
        const label = document.createElement('span');
        label.textContent = k.label;
        const n = document.createElement('span');
        n.className = 'count';
        n.textContent = String(k.count);
        li.append(label, n);
        return li;
      }),
    );
    $('capture-counts').textContent = vm.result.counts;
    $('bodies-missing').textContent = vm.result.bodiesMissing;
    show($('bodies-missing'), Boolean(vm.result.bodiesMissing));
    $('keyring-warning').textContent = vm.result.keyringWarning;
    show($('keyring-warning'), Boolean(vm.result.keyringWarning));
    $('upload-hint').textContent = vm.hint;
    show($('upload-hint'), Boolean(vm.hint));
    $('reveal-message').textContent = '';
  }

  show($('error'), Boolean(vm.error));
  if (vm.error) {
    $('error').dataset.code = vm.error.code;
    $('error-title').textContent = vm.error.title;
    $('error-message').textContent = vm.error.message;
    $('error-action').textContent = vm.error.action;
    $('error-command').textContent = vm.error.command || '';
    show($('error-command-box'), Boolean(vm.error.command));
  }
}

function onMessage(m) {
  if (!m || typeof m !== 'object') return;
  if (m.type === 'state' && m.tabId === tabId) render(m);
  else if (m.type === 'revealed') $('reveal-message').textContent = 'Opened the folder in your file manager.';
  else if (m.type === 'reveal-failed') {
    $('reveal-message').textContent = `${m.error.title}. ${m.error.action}`;
  }
}

$('export').addEventListener('click', () => send({ type: 'export' }));
$('reveal').addEventListener('click', () => send({ type: 'reveal' }));
$('cancel').addEventListener('click', () => send({ type: 'cancel' }));
$('copy-command').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('error-command').textContent);
    $('copy-command').textContent = 'Copied';
  } catch {
    /* selection stays possible */
  }
});
$('open-options').addEventListener('click', (e) => {
  e.preventDefault();
  api.runtime.openOptionsPage();
});

(async () => {
  tabId = await resolveTabId();
  if (tabId === null || tabId === undefined) {
    render({ devtools: false, export: { phase: 'idle' } });
    return;
  }
  connect(); // the service worker answers with the tab's state at once
})();
