// The report's only script: filters rows by status, section and search text, switches the
// language in place (every label is in the page in both languages; CSS shows one), and moves
// between links with the keyboard (j / k, or n / p). It is constant and
// reads everything from the DOM (data-* attributes and the text cells), so no plan text is ever
// evaluated as code and the Content-Security-Policy can pin it by hash. Without it (JavaScript
// off, or a viewer that strips scripts) the controls stay hidden and every row is shown.

export const HTML_SCRIPT = `
(() => {
  'use strict';
  const root = document.documentElement;
  root.classList.add('js');
  const rows = Array.from(document.querySelectorAll('tbody.link'));
  const heads = Array.from(document.querySelectorAll('tbody.section-head'));
  const boxes = Array.from(document.querySelectorAll('input[name="status"]'));
  const section = document.getElementById('f-section');
  const search = document.getElementById('f-search');
  const count = document.getElementById('f-count');
  const empty = document.getElementById('f-empty');
  const reset = document.getElementById('f-reset');
  const fold = (s) => s.normalize('NFKC').toLowerCase().replace(/\\s+/g, '');
  const cells = (row) => Array.from(row.querySelectorAll('.side'));
  const haystack = new Map(rows.map((row) => [row, fold(cells(row).map((c) => c.textContent).join('\\n'))]));
  const keys = new Map(rows.map((row) => [row, (row.getAttribute('data-sections') || '').split(' ')]));
  // highlighting thousands of hits costs more than it helps; filtering still counts them all
  const MAX_HIGHLIGHTS = 500;
  const canHighlight = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

  function highlight(query) {
    if (!canHighlight) return;
    CSS.highlights.delete('search');
    const needle = query.trim().toLowerCase();
    if (!needle) return;
    const ranges = [];
    for (const row of rows) {
      if (row.hidden) continue;
      for (const cell of cells(row)) {
        const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walk.nextNode(); node; node = walk.nextNode()) {
          const text = node.data.toLowerCase();
          for (let at = text.indexOf(needle); at >= 0 && ranges.length < MAX_HIGHLIGHTS; at = text.indexOf(needle, at + needle.length)) {
            const range = new Range();
            range.setStart(node, at);
            range.setEnd(node, at + needle.length);
            ranges.push(range);
          }
        }
      }
    }
    if (ranges.length) CSS.highlights.set('search', new Highlight(...ranges));
  }

  function apply() {
    const on = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    const where = section ? section.value : '';
    const needle = search ? fold(search.value) : '';
    let shown = 0;
    for (const row of rows) {
      const visible = on.has(row.getAttribute('data-status')) && (!where || keys.get(row).includes(where)) && (!needle || haystack.get(row).includes(needle));
      row.hidden = !visible;
      if (visible) shown++;
    }
    for (const head of heads) {
      let next = head.nextElementSibling;
      let any = false;
      while (next && !next.classList.contains('section-head')) {
        if (next.classList.contains('link') && !next.hidden) { any = true; break; }
        next = next.nextElementSibling;
      }
      head.hidden = !any;
    }
    if (count) {
      const template = count.getAttribute('data-template-' + (root.getAttribute('data-lang') || 'zh')) || '';
      count.textContent = template.split('{shown}').join(String(shown)).split('{total}').join(String(rows.length));
      count.setAttribute('data-shown', String(shown));
    }
    if (empty) empty.hidden = shown > 0;
    highlight(search ? search.value : '');
  }

  for (const box of boxes) box.addEventListener('change', apply);
  if (section) section.addEventListener('change', apply);
  // typing in a long report: filter once the typing pauses
  let pending = 0;
  if (search) search.addEventListener('input', () => {
    clearTimeout(pending);
    if (rows.length > 300) pending = setTimeout(apply, 150);
    else apply();
  });
  if (reset) reset.addEventListener('click', () => {
    for (const box of boxes) box.checked = true;
    if (section) section.value = '';
    if (search) search.value = '';
    apply();
  });
  const SWAPPED = ['title', 'aria-label', 'placeholder', 'label', 'data-side-label'];
  function setLanguage(lang) {
    root.setAttribute('data-lang', lang);
    root.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    for (const name of SWAPPED) {
      for (const el of document.querySelectorAll('[data-' + name + '-' + lang + ']')) el.setAttribute(name, el.getAttribute('data-' + name + '-' + lang));
    }
    for (const el of document.querySelectorAll('[data-text-' + lang + ']')) el.textContent = el.getAttribute('data-text-' + lang);
    for (const b of document.querySelectorAll('[data-set-lang]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-set-lang') === lang));
    apply();
  }
  for (const b of document.querySelectorAll('[data-set-lang]')) b.addEventListener('click', () => setLanguage(b.getAttribute('data-set-lang')));

  function step(by) {
    const visible = rows.filter((row) => !row.hidden);
    if (!visible.length) return;
    const at = visible.findIndex((row) => row.contains(document.activeElement));
    const next = visible[at < 0 ? (by > 0 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, at + by))];
    const anchor = next.querySelector('.link-anchor');
    if (anchor) {
      anchor.focus();
      next.scrollIntoView({ block: 'nearest' });
    }
  }
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, select, textarea');
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '/' && search) {
      event.preventDefault();
      search.focus();
    } else if (event.key === 'j' || event.key === 'n') {
      event.preventDefault();
      step(1);
    } else if (event.key === 'k' || event.key === 'p') {
      event.preventDefault();
      step(-1);
    }
  });
  apply();
})();
`;
