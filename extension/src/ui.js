// The panel and the popup: one code path. `?tabId=N` picks the tab (the
// toolbar popup without it uses the active tab; the panel its inspected tab).
import { viewModel } from './viewmodel.js';
import { checkTerm, filterGroups, groupFindings, pageOf, reviewSummary } from './review.js';
import { api, isFirefox } from './platform.js';
import { el, renderDownload } from './dom.js';
import { formatReport } from './report.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

// popup.html is also the DevTools panel: there (or with ?view=panel, as the
// tests open it) it takes the panel's wider layout.
if (params.get('view') === 'panel' || (api.devtools && api.devtools.inspectedWindow && !params.has('tabId'))) {
  document.body.className = 'panel';
}

async function resolveTabId() {
  const q = params.get('tabId');
  if (q !== null && /^\d+$/.test(q)) return Number(q);
  if (api.devtools && api.devtools.inspectedWindow) return api.devtools.inspectedWindow.tabId;
  // tabs.query needs no "tabs" permission to return ids.
  const tabs = await api.tabs.query({ active: true, currentWindow: true });
  return tabs && tabs[0] ? tabs[0].id : null;
}

const env = { os: 'linux', firefox: isFirefox, extensionVersion: api.runtime.getManifest().version };

let port = null;
let tabId = null;
let lastState = null;

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

function text(id, t) {
  $(id).textContent = t || '';
  return Boolean(t);
}

// --- the helper and the guidance -------------------------------------------

function renderHelper(vm) {
  const h = vm.helper;
  document.body.dataset.helper = h.state;
  text('helper-text', h.title);
  const notReady = h.state !== 'ready' && h.state !== 'checking';
  show($('helper-box'), notReady);
  if (notReady) {
    text('helper-title', h.title);
    text('helper-message', h.message);
    renderDownload($('helper-download'), h.download);
    $('helper-docs').href = h.docsUrl;
    $('helper-releases').href = h.releasesUrl;
    show($('helper-command-box'), text('helper-command', h.command));
  }
}

function renderGuidance(vm) {
  const g = vm.guide;
  const showSteps = g.steps.length > 0 && !vm.review && !vm.result;
  show($('guidance'), showSteps);
  if (showSteps) {
    text('guidance-title', g.title);
    $('guidance-steps').replaceChildren(...g.steps.map((s) => el('li', '', s)));
  }
  show($('tip'), text('tip', !vm.busy && !vm.review && !vm.result ? g.tip : ''));
}

function renderReviewToggle(state, vm) {
  const rs = state.review || { mode: 'optional', locked: [], wanted: true };
  const locked = rs.locked && rs.locked.includes('review');
  const box = $('review-toggle');
  box.checked = rs.mode === 'required' || (rs.mode !== 'skip' && rs.wanted !== false);
  box.disabled = locked || rs.mode !== 'optional';
  show($('review-locked'), box.disabled);
  show($('review-toggle-box'), !vm.review && !vm.busy);
}

// --- the review before saving ------------------------------------------------

const review = { transfer: null, groups: [], filtered: [], page: 0, terms: [], query: '', findings: null };

/** The findings of the export under review arrive once, apart from the state. */
function onFindings(m) {
  review.findings = { transfer: m.transfer, findings: Array.isArray(m.findings) ? m.findings : [], requestInfo: m.requestInfo || {} };
  if (lastState) render(lastState);
}

function renderReview(vm) {
  show($('review'), Boolean(vm.review));
  show($('review-kinds-box'), Boolean(vm.review));
  if (!vm.review) {
    review.transfer = null;
    return;
  }
  const r = vm.review;
  const data = review.findings && review.findings.transfer === r.transfer ? review.findings : null;
  if (!data) {
    review.transfer = null;
    $('review-list').replaceChildren();
    text('review-count', 'Listing what was found…');
  } else if (review.transfer !== r.transfer) {
    // A new review: group once (10,000 findings take a few ms), then page.
    review.transfer = r.transfer;
    review.groups = groupFindings(data.findings, data.requestInfo);
    review.terms = [];
    review.query = '';
    review.page = 0;
    $('review-search').value = '';
    $('term-input').value = '';
    applyFilter();
  }
  const kinds = formatReport(r.report || {}).kinds;
  $('review-kinds').replaceChildren(...kinds.map((k) => {
    const li = el('li');
    li.append(el('span', '', k.label), el('span', 'count', String(k.count)));
    return li;
  }));
  const sum = reviewSummary(r);
  text('review-summary', sum.summary + (r.listed < r.total ? ` The first ${r.listed} are listed.` : ''));
  show($('terms-box'), sum.canAddTerms);
  show($('terms-locked'), text('terms-locked', sum.termsLocked));
  $('review-save').disabled = Boolean(r.saving);
  $('review-discard').disabled = Boolean(r.saving);
  show($('review-saving'), Boolean(r.saving));
  const termErr = r.termError || '';
  if (termErr) {
    $('term-error').textContent = termErr;
    show($('term-error'), true);
  }
  renderTerms();
}

function applyFilter() {
  review.filtered = filterGroups(review.groups, review.query);
  review.page = 0;
  renderPage();
}

function renderPage() {
  const p = pageOf(review.filtered, review.page);
  review.page = p.page;
  const total = review.groups.reduce((s, g) => s + g.count, 0);
  text('review-count', p.total === 0
    ? (total === 0 ? 'Nothing was found.' : 'No finding matches the filter.')
    : `Findings ${p.from}–${p.to} of ${p.total}${p.total < total ? ` (filtered from ${total})` : ''}, in ${review.filtered.length} ${review.filtered.length === 1 ? 'request' : 'requests'}.`);
  $('review-list').replaceChildren(...p.groups.map(renderGroup));
  $('page-prev').disabled = p.page <= 0;
  $('page-next').disabled = p.page >= p.pages - 1;
  text('page-label', p.pages > 1 ? `Page ${p.page + 1} of ${p.pages}` : '');
  show($('page-prev').parentElement, p.pages > 1);
}

function renderGroup(g) {
  const box = el('section', 'group');
  box.dataset.entry = String(g.entry);
  const h = el('h3', 'req');
  if (g.method) h.append(el('span', 'method', g.method));
  h.append(el('span', 'host', g.host), el('span', 'path', g.path), el('span', 'count', `${g.count} found`));
  h.title = `${g.method} ${g.host}${g.path}`;
  box.append(h);
  for (const k of g.kinds) {
    const kind = el('div', 'kind');
    kind.append(el('h4', '', `${k.label} (${k.items.length})`));
    const ul = el('ul', 'items');
    for (const it of k.items) {
      const li = el('li');
      li.append(el('span', 'place', it.place));
      if (it.name) li.append(el('code', 'name', it.name));
      if (it.bodyPath) li.append(el('code', 'bodypath', it.bodyPath));
      ul.append(li);
    }
    kind.append(ul);
    box.append(kind);
  }
  return box;
}

function renderTerms() {
  $('terms').replaceChildren(...review.terms.map((t, i) => {
    const li = el('li', 'chip');
    li.append(el('span', '', t));
    const b = el('button', 'remove', '×');
    b.type = 'button';
    b.setAttribute('aria-label', `Remove the term ${t}`);
    b.addEventListener('click', () => {
      review.terms.splice(i, 1);
      renderTerms();
      $('term-input').focus();
    });
    li.append(b);
    return li;
  }));
}

function addTerm() {
  const c = checkTerm($('term-input').value, review.terms);
  show($('term-error'), Boolean(c.error));
  $('term-error').textContent = c.error || '';
  if (c.error) return;
  review.terms.push(c.term);
  $('term-input').value = '';
  renderTerms();
}

// --- after saving ------------------------------------------------------------

function renderResult(vm) {
  show($('result'), Boolean(vm.result));
  if (!vm.result) return;
  const r = vm.result;
  text('saved-name-start', r.name.start);
  text('saved-name-end', r.name.end);
  $('saved-file').title = r.path;
  $('saved-path').textContent = r.path;
  text('saved-details', [r.size, r.time ? `saved at ${r.time}` : '', r.folder ? `in ${r.folder}` : ''].filter(Boolean).join(' · '));
  text('report-summary', r.report.summary + (r.terms ? ` ${r.terms} ${r.terms === 1 ? 'term' : 'terms'} you added removed too.` : ''));
  $('report-kinds').replaceChildren(...r.report.kinds.map((k) => {
    const li = el('li');
    li.append(el('span', '', k.label), el('span', 'count', String(k.count)));
    return li;
  }));
  text('capture-counts', r.counts);
  show($('bodies-missing'), text('bodies-missing', r.bodiesMissing));
  show($('keyring-box'), text('keyring-warning', r.keyringWarning));
  text('keyring-details', r.keyringDetails);
  text('upload-hint', vm.hint);
}

// --- everything ---------------------------------------------------------------

function render(state) {
  lastState = state;
  const vm = viewModel(state, env);
  document.body.dataset.phase = (state.export && state.export.phase) || 'idle';
  renderHelper(vm);
  text('status', vm.statusText);
  show($('capture-status'), text('capture-status', vm.captureText));
  renderGuidance(vm);
  const btn = $('export');
  btn.disabled = !vm.canExport;
  btn.textContent = vm.buttonText;
  text('export-reason', vm.exportReason);
  renderReviewToggle(state, vm);

  show($('progress-box'), Boolean(vm.progress));
  if (vm.progress) {
    $('progress').value = vm.progress.value;
    text('progress-label', vm.progress.label);
  }
  renderReview(vm);
  show($('discarded'), vm.discarded);
  renderResult(vm);

  show($('error'), Boolean(vm.error));
  if (vm.error) {
    $('error').dataset.code = vm.error.code;
    text('error-title', vm.error.title);
    text('error-message', vm.error.message);
    text('error-action', vm.error.action);
    show($('error-command-box'), text('error-command', vm.error.command));
  }
}

function onMessage(m) {
  if (!m || typeof m !== 'object') return;
  if (m.type === 'state' && m.tabId === tabId) render(m);
  else if (m.type === 'review-findings' && m.tabId === tabId) onFindings(m);
  else if (m.type === 'revealed') text('reveal-message', 'Asked your file manager to show the file.');
  else if (m.type === 'reveal-failed') {
    const folder = lastState ? viewModel(lastState, env).result?.folder : '';
    text('reveal-message', `No file manager could be opened on this computer${folder ? `. The file is in ${folder}` : ''}: open that folder yourself, or use Copy path.`);
  }
}

async function copy(textToCopy, button) {
  const old = button.textContent;
  try {
    await navigator.clipboard.writeText(textToCopy);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Select and copy';
  }
  setTimeout(() => { button.textContent = old; }, 1500);
}

$('export').addEventListener('click', () => send({ type: 'export' }));
$('reveal').addEventListener('click', () => { text('reveal-message', ''); send({ type: 'reveal' }); });
$('cancel').addEventListener('click', () => send({ type: 'cancel' }));
$('recheck').addEventListener('click', () => send({ type: 'recheck' }));
$('copy-command').addEventListener('click', () => copy($('error-command').textContent, $('copy-command')));
$('copy-helper-command').addEventListener('click', () => copy($('helper-command').textContent, $('copy-helper-command')));
$('copy-path').addEventListener('click', () => copy($('saved-path').textContent, $('copy-path')));
$('review-toggle').addEventListener('change', (e) => send({ type: 'set-review', on: e.target.checked }));
$('review-save').addEventListener('click', () => {
  // A term typed but not added yet is added first (or its problem shown).
  if ($('term-input').value.trim()) {
    addTerm();
    if (!$('term-error').hidden) return;
  }
  send({ type: 'review-save', terms: review.terms.slice() });
});
$('review-discard').addEventListener('click', () => send({ type: 'review-discard' }));
$('term-add').addEventListener('click', addTerm);
$('term-input').addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    addTerm();
  }
});
let searchTimer = null;
$('review-search').addEventListener('input', (e) => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => {
    review.query = e.target.value;
    applyFilter();
  }, 120);
});
$('page-prev').addEventListener('click', () => { review.page--; renderPage(); });
$('page-next').addEventListener('click', () => { review.page++; renderPage(); });
$('open-options').addEventListener('click', (e) => {
  e.preventDefault();
  api.runtime.openOptionsPage();
});

(async () => {
  try {
    const info = await api.runtime.getPlatformInfo();
    if (info && info.os) env.os = info.os;
  } catch { /* keep linux wording */ }
  tabId = await resolveTabId();
  if (tabId === null || tabId === undefined) {
    render({ devtools: false, export: { phase: 'idle' } });
    return;
  }
  connect(); // the service worker answers with the tab's state at once
})();
