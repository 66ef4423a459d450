// The page at /: send a dropped HAR to POST /v1/sanitize and offer the
// sanitized copy for download, with the counts per kind from the
// Safehar-Report header. No framework; the strict CSP allows this file only.
'use strict';

const $ = (id) => document.getElementById(id);
let url = null;

function show(text, kind) {
  const s = $('status');
  s.textContent = text;
  s.className = kind || '';
}

async function sanitizeFile(file) {
  $('download').hidden = true;
  $('counts').hidden = true;
  if (url) URL.revokeObjectURL(url);
  show(`Sanitizing ${file.name} (${(file.size / 1048576).toFixed(1)} MB)…`);
  const headers = { 'Content-Type': 'application/json' };
  const token = $('token').value;
  if (token) headers.Authorization = `Bearer ${token}`;
  let res;
  try {
    res = await fetch('/v1/sanitize', { method: 'POST', headers, body: file });
  } catch (e) {
    show(`The service could not be reached (${e.message}); nothing was sanitized.`, 'error');
    return;
  }
  if (!res.ok) {
    let msg = `The service answered ${res.status}.`;
    try { msg = (await res.json()).error.message; } catch (e) { /* not JSON */ }
    if (res.status === 401) $('tokenrow').hidden = false;
    show(msg, 'error');
    return;
  }
  const blob = await res.blob();
  let rep = null;
  try { rep = JSON.parse(res.headers.get('Safehar-Report')); } catch (e) { /* no report */ }
  const body = $('counts').tBodies[0];
  body.replaceChildren();
  if (rep) {
    for (const [kind, n] of Object.entries(rep.counts || {}).sort()) {
      const tr = body.insertRow();
      tr.insertCell().textContent = kind;
      tr.insertCell().textContent = String(n);
    }
    $('counts').hidden = body.rows.length === 0;
  }
  url = URL.createObjectURL(blob);
  const a = $('download');
  a.href = url;
  a.download = file.name.replace(/(\.har)?(\.json)?$/i, '') + '.sanitized.har';
  a.hidden = false;
  const n = rep ? rep.redacted : 0;
  show(rep ? `Done: ${n} value${n === 1 ? '' : 's'} redacted in ${rep.entries} entries.` : 'Done.', 'ok');
}

const drop = $('drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  if (e.dataTransfer.files.length) sanitizeFile(e.dataTransfer.files[0]);
});
$('file').addEventListener('change', (e) => {
  if (e.target.files.length) sanitizeFile(e.target.files[0]);
});
