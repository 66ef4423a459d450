// Options page: the helper's status and the settings in effect.
import { hostStatusRows, settingsRows } from './status.js';
import { api } from './platform.js';

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
      if (r.key) tr.dataset.key = r.key;
      if (r.locked) tr.dataset.locked = 'true';
      tr.append(th, td);
      return tr;
    }),
  );
}

function render(s) {
  document.body.dataset.hostOk = String(Boolean(s.ok));
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
  port.onMessage.addListener((m) => {
    if (m && m.type === 'host-status') {
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
