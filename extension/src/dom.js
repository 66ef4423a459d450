// Small DOM helpers shared by the popup/panel and the options page.

/** A new element with a class and text. */
export function el(tag, cls, t) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (t !== undefined) e.textContent = t;
  return e;
}

/** What to download (hoststate.js DOWNLOADS): a sentence and a list of files. */
export function renderDownload(box, d) {
  box.hidden = !d;
  if (!d) return;
  const list = el('ul', 'downloads');
  for (const f of d.files) {
    const li = el('li');
    li.append(`${f.system}: `, el('code', '', f.file), ` (${f.how})`);
    list.append(li);
  }
  box.replaceChildren(el('span', '', d.text), ...(d.files.length ? [list] : []));
}
