import { createHash } from 'node:crypto';

/**
 * The review page's only script, a constant that holds no document text: previous and next change by button and key
 * (n or j, p or k), the inline and side-by-side views, and a filter per amendment (a change whose amendments are all
 * filtered out reads as its to-text, unmarked, and navigation passes it by). The page works without it: every change
 * is marked and linked.
 */
export const reviewScript = `
(() => {
  const body = document.body;
  const q = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  const position = document.getElementById('position');
  let current = null;
  const view = () => document.getElementById(body.dataset.view === 'side' ? 'side' : 'inline');
  const stops = () => q('[data-stop]', view()).filter((el) => !el.classList.contains('filtered'));
  const show = (el) => {
    q('.current').forEach((old) => old.classList.remove('current'));
    if (!el) return;
    current = el.dataset.change;
    q('[data-change="' + current + '"]', view()).forEach((piece) => piece.classList.add('current'));
    el.scrollIntoView({ block: 'center' });
    history.replaceState(null, '', '#' + el.id);
    const list = stops();
    position.textContent = (list.indexOf(el) + 1) + ' of ' + list.length;
  };
  const step = (by) => {
    const list = stops();
    if (list.length === 0) return void (position.textContent = '0 of 0');
    const at = list.findIndex((el) => el.dataset.change === current);
    show(list[at < 0 ? (by > 0 ? 0 : list.length - 1) : (at + by + list.length) % list.length]);
  };
  const find = (change) => q('[data-stop]', view()).find((el) => el.dataset.change === change);
  const filter = () => {
    // 0: a change compared without history, which no filter names.
    const on = new Set(['0', ...q('input[data-filter]').filter((box) => box.checked).map((box) => box.dataset.filter)]);
    q('[data-amendments]').forEach((el) => {
      const shown = el.dataset.amendments.split(' ').some((a) => on.has(a));
      el.classList.toggle('filtered', !shown);
    });
    const list = stops();
    position.textContent = list.length + ' change' + (list.length === 1 ? '' : 's');
  };
  const setView = (name) => {
    body.dataset.view = name;
    q('button[data-view]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === name)));
    if (current) show(find(current));
  };
  document.getElementById('next').addEventListener('click', () => step(1));
  document.getElementById('prev').addEventListener('click', () => step(-1));
  q('button[data-view]').forEach((b) => b.addEventListener('click', () => setView(b.dataset.view)));
  q('input[data-filter]').forEach((box) => box.addEventListener('change', filter));
  q('a[data-goto]').forEach((a) => a.addEventListener('click', (event) => {
    event.preventDefault();
    show(find(a.dataset.goto));
  }));
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName) || (target.tagName === 'INPUT' && !/^(checkbox|radio|button)$/.test(target.type));
    if (event.altKey || event.ctrlKey || event.metaKey || typing) return;
    if (event.key === 'n' || event.key === 'j') step(1);
    else if (event.key === 'p' || event.key === 'k') step(-1);
  });
  body.classList.add('scripted');
  filter();
  const start = location.hash.slice(1).replace(/^s-/, '');
  if (find(start)) show(find(start));
})();
`;

/** The Content-Security-Policy source that lets exactly `reviewScript` run, and nothing else. */
export const reviewScriptHash = `'sha256-${createHash('sha256').update(reviewScript).digest('base64')}'`;
