// Options page: the helper's status and the settings in effect.
import { hostStatusRows, settingsRows } from './status.js';
import { helperView } from './hoststate.js';
import { renderDownload } from './dom.js';
import { api } from './platform.js';

const env = { os: 'linux', extensionVersion: api.runtime.getManifest().version };
const platform = api.runtime.getPlatformInfo().then((i) => { if (i && i.os) env.os = i.os; }, () => {});

const $ = (id) => document.getElementById(id);

function fill(tbody, rows) {
  tbody.replaceChildren(
    ...rows.map((r) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.textContent = r.label;
      const td = document.createElement('td');
      const v = document.createElement('span');
      v.textContent = r.value;
      if (r.tone) v.className = r.tone;
      td.append(v);
      if (r.locked) {
        const b = document.createElement('span');
        b.className = 'locked';
        b.textContent = 'locked by your administrator';
        td.append(b);
      }
      if (r.note) {
        const n = document.createElement('div');
        n.className = 'muted';
        n.textContent = r.note;
        td.append(n);
      }
      if (r.details) {
        const d = document.createElement('details');
        const sum = document.createElement('summary');
        sum.textContent = 'Technical details';
        const body = document.createElement('div');
        body.className = 'muted';
        body.textContent = r.details;
        d.append(sum, body);
        td.append(d);
      }
      if (r.key) tr.dataset.key = r.key;
      if (r.locked) tr.dataset.locked = 'true';
      tr.append(th, td);
      return tr;
    }),
  );
}

function renderHelper(s) {
  const h = helperView(s.ok ? { ok: true, hello: s.hello } : { ok: false, error: s.error, hostVersion: s.hostVersion, hostProtocol: s.hostProtocol }, env);
  document.body.dataset.helper = h.state;
  const bad = h.state !== 'ready';
  $('helper-state').hidden = !bad;
  if (!bad) return;
  $('helper-state-title').textContent = h.title;
  $('helper-state-message').textContent = h.message;
  renderDownload($('helper-state-download'), h.download);
  $('helper-state-docs').href = h.docsUrl;
  $('helper-state-releases').href = h.releasesUrl;
  $('helper-state-command').textContent = h.command;
  $('helper-state-command-box').hidden = !h.command;
}

function render(s) {
  document.body.dataset.hostOk = String(Boolean(s.ok));
  renderHelper(s);
  fill($('host-rows'), hostStatusRows(s));
  fill($('settings-rows'), settingsRows(s.settings, s.ok ? s.hello : null));
  $('error').hidden = s.ok;
  if (!s.ok) {
    $('error').dataset.code = s.error.code;
    $('error-title').textContent = s.error.title;
    $('error-message').textContent = s.error.message;
    $('error-action').textContent = s.error.action;
    $('error-command').textContent = s.error.command || '';
    $('error-command-box').hidden = !s.error.command;
  }
}

function check() {
  const port = api.runtime.connect({ name: 'ui' });
  port.onMessage.addListener(async (m) => {
    if (m && m.type === 'host-status') {
      await platform;
      render(m);
      port.disconnect();
    }
  });
  port.postMessage({ type: 'host-status' });
}

$('recheck').addEventListener('click', check);
check();
// Chrome tells when the administrator's settings change; show them as they
// arrive (Firefox has no such event: the page re-reads them when opened).
if (api.storage && api.storage.onChanged) {
  api.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') setTimeout(check, 200);
  });
}
