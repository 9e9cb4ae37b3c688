/** The stylesheet of a rendered redline: inline, no external assets, readable on screen and on paper. */
export const redlineCss = `
:root { color-scheme: light; --ins: #0a6b2c; --ins-bg: #e3f6e8; --del: #a4161a; --del-bg: #fde8e8; --move: #5a3e9b; --move-bg: #efe9fb; --muted: #5f6368; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem 4rem; font: 16px/1.55 Georgia, 'Times New Roman', serif; color: #1f1f1f; background: #fff; }
h1 { font-size: 1.45rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 .75rem; border-bottom: 1px solid #ddd; padding-bottom: .25rem; }
.sides, .provenance, .timeline, .ref, .summary { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
.sides { color: var(--muted); margin: 0; }
.timeline ol { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 1rem 0 0; }
.timeline li { border: 1px solid #ccc; border-radius: .4rem; padding: .35rem .6rem; font-size: .85rem; min-width: 9rem; }
.timeline li.in-range { border-color: #777; background: #f6f6f6; }
.timeline li.from, .timeline li.to { border-width: 2px; border-color: #333; }
.timeline .label { font-weight: 600; display: block; }
.timeline .state, .timeline .expires, .timeline .withdrawn { color: var(--muted); display: block; }
.changes ol { padding-left: 2.2rem; }
.changes li { margin: .3rem 0; }
.summary { font-size: .92rem; }
.provenance { display: block; color: var(--muted); font-size: .8rem; }
.document p { white-space: pre-wrap; margin: 0 0 1rem; }
ins, del { text-decoration-thickness: 1px; border-radius: 2px; padding: 0 1px; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
ins.move, del.move { color: var(--move); background: var(--move-bg); }
.ref { font-size: .7rem; vertical-align: super; margin-left: 1px; color: var(--muted); text-decoration: none; }
:target { outline: 2px solid #f0b400; outline-offset: 2px; }
.empty { color: var(--muted); font-style: italic; }
.control { font: .7em/1 ui-monospace, monospace; border: 1px solid currentColor; border-radius: 2px; padding: 0 2px; margin: 0 1px; vertical-align: .1em; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .changes { break-after: page; }
}
`;
