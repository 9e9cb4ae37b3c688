/** The stylesheet of the review page: inline, no external assets, readable on screen (wide or narrow) and on paper. */
export const redlineCss = `
:root { color-scheme: light; --ins: #0a6b2c; --ins-bg: #e3f6e8; --del: #a4161a; --del-bg: #fde8e8; --move: #5a3e9b; --move-bg: #efe9fb; --muted: #5f6368; --line: #dadce0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 Georgia, 'Times New Roman', serif; color: #1f1f1f; background: #fff; }
h1 { font-size: 1.35rem; margin: 0; }
h2 { font-size: 1.1rem; margin: 1.75rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.top, .outline, .timeline, .changes, .problems, .review, .ref, .page, .side .head, .counts { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
.top { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: .6rem 1.25rem; }
.sides { color: var(--muted); margin: .1rem 0 .4rem; font-size: .9rem; }
.toolbar { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; font-size: .85rem; }
.toolbar .nav, .toolbar .views { display: none; gap: .35rem; align-items: center; }
.scripted .toolbar .nav, .scripted .toolbar .views { display: inline-flex; }
button { font: inherit; border: 1px solid #bbb; background: #f8f9fa; border-radius: .3rem; padding: .2rem .6rem; cursor: pointer; }
button[aria-pressed='true'] { background: #333; color: #fff; border-color: #333; }
#position { min-width: 6.5rem; text-align: center; color: var(--muted); }
.filters { display: inline-flex; flex-wrap: wrap; gap: .25rem .75rem; }
.filter { white-space: nowrap; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; background: var(--a, var(--ins)); vertical-align: -.1rem; margin-left: .2rem; }
.layout { display: grid; grid-template-columns: 17rem minmax(0, 1fr); gap: 2rem; max-width: 90rem; margin: 0 auto; padding: 0 1.25rem 4rem; }
.outline { position: sticky; top: 7.5rem; align-self: start; max-height: calc(100vh - 8rem); overflow: auto; font-size: .8rem; }
.outline ol { list-style: none; padding: 0; margin: 0; }
.outline li { margin: .15rem 0; display: flex; gap: .3rem; justify-content: space-between; }
.outline li.depth-2 { padding-left: .6rem; } .outline li.depth-3 { padding-left: 1.2rem; }
.outline a { color: #1f1f1f; text-decoration: none; } .outline a:hover { text-decoration: underline; }
.outline .changed { background: #333; color: #fff; border-radius: .6rem; padding: 0 .35rem; font-size: .7rem; height: 1rem; line-height: 1rem; }
main { min-width: 0; max-width: 60rem; }
.timeline ol { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 0; }
.timeline li { border: 1px solid #ccc; border-top: 4px solid var(--a, #999); border-radius: .4rem; padding: .35rem .6rem; font-size: .8rem; min-width: 10rem; max-width: 17rem; }
.timeline li.in-range { background: #f6f6f6; } .timeline li.from, .timeline li.to { border-color: #333; border-top-color: var(--a, #333); }
.timeline .label { font-weight: 600; display: block; }
.timeline time, .timeline .state, .timeline .fact, .timeline .withdrawn { color: var(--muted); display: block; }
.timeline .withdrawn { color: var(--del); }
.counts { font-size: .85rem; color: var(--muted); }
.entries { list-style: none; padding: 0; margin: 0; }
.entry { border-left: 4px solid var(--a, #999); padding: .4rem .75rem; margin: 0 0 .75rem; background: #fafafa; font-size: .88rem; }
.entry-head { display: flex; flex-wrap: wrap; gap: .2rem .6rem; align-items: baseline; }
.badge { background: var(--a, #555); color: #fff; border-radius: .25rem; padding: 0 .4rem; font-size: .75rem; font-weight: 600; }
.item { font-weight: 600; } .place, .count, .source { color: var(--muted); }
.words { margin: .35rem 0; padding: .1rem .6rem; border-left: 2px solid #ccc; font-family: Georgia, serif; font-style: italic; }
.words summary { cursor: pointer; } .words blockquote { margin: .3rem 0 0; }
.source { font-size: .75rem; margin: .1rem 0; overflow-wrap: anywhere; }
.places { margin: .2rem 0 0; padding-left: 1.1rem; }
.problems { border: 2px solid var(--del); border-radius: .4rem; padding: 0 1rem .5rem; font-size: .88rem; }
.review { border: 2px solid #f0b400; border-radius: .4rem; padding: 0 1rem .5rem; font-size: .88rem; }
.where, .rule { color: var(--muted); font-size: .8rem; }
.problems ol, .review ol { padding-left: 1.2rem; } .problems li, .review li { margin: 0 0 .6rem; }
.point-head { display: flex; flex-wrap: wrap; gap: .2rem .6rem; align-items: baseline; }
.reason { margin: .15rem 0; } .tally { font-weight: 600; margin: .3rem 0; }
.candidates { margin: .2rem 0; color: var(--muted); }
.flag { color: #8a5a00; background: #fff3c4; border-radius: 2px; padding: 0 2px; text-decoration: none; font-style: normal; }
.inline { padding-left: 3.5rem; }
.inline > * { position: relative; }
.inline p, .inline pre { margin: 0 0 1rem; white-space: pre-wrap; }
.inline pre { font: .8rem/1.4 ui-monospace, monospace; overflow-x: auto; }
.inline h3 { font-size: 1.15rem; text-align: center; margin: 1.5rem 0 .75rem; } .inline h4 { font-size: 1.02rem; margin: 1.25rem 0 .5rem; } .inline h5 { font-size: 1rem; font-style: italic; margin: 1rem 0 .4rem; }
.page { position: absolute; left: -3.5rem; top: .15rem; width: 3rem; text-align: right; font-size: .7rem; font-weight: normal; font-style: normal; color: var(--muted); }
.unknown { color: var(--muted); font-style: italic; }
.side { display: none; }
body[data-view='side'] .inline { display: none; }
body[data-view='side'] .side { display: block; }
.side .row { display: grid; grid-template-columns: 1fr 1fr; gap: 1.25rem; border-bottom: 1px solid #f0f0f0; padding: .4rem 0; }
.side .head { position: sticky; top: 7.5rem; background: #fff; font-weight: 600; font-size: .85rem; z-index: 1; border-bottom: 1px solid var(--line); }
.side .cell { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .92rem; }
.side .cell.heading { font-weight: 700; } .side .cell.table { font: .75rem/1.4 ui-monospace, monospace; }
.side .cell.empty { background: repeating-linear-gradient(135deg, #fafafa 0 6px, #f1f1f1 6px 12px); }
ins, del { text-decoration-thickness: 1px; border-radius: 2px; padding: 0 1px; }
ins { color: var(--a, var(--ins)); background: var(--a-bg, var(--ins-bg)); text-decoration: underline; }
del { color: var(--a, var(--del)); background: var(--a-bg, var(--del-bg)); text-decoration: line-through; }
ins.move, del.move { color: var(--move); background: var(--move-bg); }
del.filtered, .entry.filtered, .places li.filtered, .ref.filtered { display: none; }
ins.filtered { color: inherit; background: none; text-decoration: none; }
.ref { font-size: .65rem; vertical-align: super; margin-left: 1px; color: var(--muted); text-decoration: none; font-style: normal; font-weight: normal; }
.current { outline: 3px solid #f0b400; outline-offset: 1px; }
:target { outline: 2px solid #f0b400; outline-offset: 2px; }
.empty { color: var(--muted); font-style: italic; }
.control { font: .7em/1 ui-monospace, monospace; border: 1px solid currentColor; border-radius: 2px; padding: 0 2px; margin: 0 1px; vertical-align: .1em; }
@media (max-width: 800px) {
  .top { position: static; padding: .5rem .75rem; }
  .layout { display: block; padding: 0 .75rem 3rem; }
  .outline { position: static; max-height: 11rem; border: 1px solid var(--line); border-radius: .3rem; padding: 0 .5rem .5rem; margin-top: .75rem; }
  .inline { padding-left: 2.4rem; } .page { left: -2.5rem; width: 2.2rem; }
  .side .row { gap: .5rem; } .side .cell { font-size: .8rem; } .side .head { top: 0; }
  .scripted .toolbar .nav { position: fixed; right: .5rem; bottom: .5rem; z-index: 3; background: #fff; padding: .3rem; border: 1px solid #bbb; border-radius: .4rem; box-shadow: 0 2px 8px rgba(0, 0, 0, .2); }
}
@media print {
  body { font-size: 11pt; }
  .top { position: static; border: 0; } .toolbar, .outline, .side { display: none !important; }
  body[data-view='side'] .inline { display: block; }
  .layout { display: block; padding: 0; max-width: none; }
  a { color: inherit; text-decoration: none; }
  ins, del, .badge, .entry { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .entry { break-inside: avoid; } .changes { break-after: page; }
  .current { outline: none; }
}
`;

/** Colours for amendments 1, 2, 3, ...: distinct hues, dark enough to read as text on white. */
const palette: Array<[string, string]> = [
  ['#1a56b0', '#e3ecfa'],
  ['#8a4b00', '#f8ecdc'],
  ['#6b2fa3', '#efe5f8'],
  ['#007a7a', '#dcf2f2'],
  ['#a3195b', '#f8e1ec'],
  ['#4d5b00', '#eef2d6'],
  ['#0b7a3b', '#e0f3e8'],
  ['#b3261e', '#fbe5e3'],
];

/**
 * One colour per amendment: custom properties on everything marked `a<N>` (changes, badges, filters, timeline).
 * @param amendments the version numbers that made changes
 * @returns CSS rules
 */
export function amendmentCss(amendments: number[]): string {
  return amendments
    .filter((a) => a > 0)
    .map((a) => {
      const [ink, tint] = palette[(a - 1) % palette.length] as [string, string];
      return `.a${a} { --a: ${ink}; --a-bg: ${tint}; }\n`;
    })
    .join('');
}
