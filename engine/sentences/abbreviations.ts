/**
 * How an abbreviation's period behaves. Before a lowercase word, a number or a parenthesis no kind ends a
 * sentence; the kinds differ only in what a following capitalised word means.
 * - `prefix`: comes before a name (`Mr.`, `Dr.`, `St.`); ends a sentence only before a sentence-opening word, unsure.
 * - `reference`: comes before a number (`No.`, `Sec.`, `p.`, `Nov.`); as `prefix`.
 * - `inline`: inside a sentence only (`e.g.`, `i.e.`, `v.`); never ends one.
 * - `suffix`: closes a name (`Inc.`, `Co.`, `Jr.`, `Mass.`); ends before a sentence-opening word, else stays joined, unsure.
 * - `modifier`: qualifies a following noun (`U.S.`, `U.K.`); ends before a sentence-opening word, else stays joined.
 * - `time`: `a.m.`, `p.m.`; stays joined before a time zone, ends before other capitalised words.
 * - `terminal`: usually closes a list or citation (`etc.`, `et seq.`); ends before any capitalised word.
 */
export type AbbreviationKind = 'prefix' | 'reference' | 'inline' | 'suffix' | 'modifier' | 'time' | 'terminal';

/** One abbreviation in the table. */
export interface Abbreviation {
  kind: AbbreviationKind;
  /** True when only the spelling as listed counts (`No.` but not `no.`; `p.` but not `P.`, an initial). */
  cased: boolean;
}

// `anyCase` entries match in any letter case; `cased` entries only as written, because another casing
// is an ordinary word ("no.", "mass.", "ill."), the Commission ("SEC.") or an initial ("P.").
const lists: Record<AbbreviationKind, { anyCase: string[]; cased: string[] }> = {
  prefix: {
    anyCase: ['Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Mmes.', 'Dr.', 'Prof.', 'Hon.', 'Rev.', 'Gen.', 'Sen.', 'Rep.',
      'Gov.', 'Pres.', 'Capt.', 'Lt.', 'Maj.', 'Sgt.', 'Adm.', 'Cmdr.', 'Supt.', 'Atty.', 'St.', 'Mt.', 'Ft.', 'Sr.'],
    cased: ['Col.'],
  },
  reference: {
    anyCase: ['N°.', 'Nº.', 'Exh.', 'Exhs.', 'para.', 'paras.', 'fig.', 'figs.', 'vol.', 'vols.', 'ch.', 'chs.',
      'cl.', 'cls.', 'pt.', 'pts.', 'subd.', 'subpara.', 'subsec.', 'approx.', 'Rul.', 'Proc.', 'Stat.', 'Supp.',
      'Bldg.', 'Rm.', 'Tel.', 'Jan.', 'Feb.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.',
      'Dec.', 'Mon.', 'Tue.', 'Tues.', 'Thu.', 'Thur.', 'Thurs.', 'Fri.'],
    cased: ['No.', 'NO.', 'Nos.', 'NOS.', 'Sec.', 'Secs.', 'Sect.', 'Sects.', 'Art.', 'Arts.', 'Reg.', 'Regs.',
      'Ex.', 'Exs.', 'p.', 'pp.', 'Ste.', 'Mar.', 'Wed.', 'Sat.', 'Sun.'],
  },
  inline: {
    anyCase: ['e.g.', 'i.e.', 'cf.', 'viz.', 'vs.', 'a.k.a.'],
    cased: ['v.'],
  },
  suffix: {
    anyCase: ['Inc.', 'Co.', 'Cos.', 'Corp.', 'Ltd.', 'Bros.', 'Assn.', 'Assoc.', 'Intl.', 'Natl.', 'Mfg.',
      'Hldgs.', 'Dept.', 'Div.', 'Univ.', 'Govt.', 'Esq.', 'Jr.', 'Ph.D.', 'M.D.', 'J.D.', 'L.P.', 'L.L.P.',
      'L.L.C.', 'P.C.', 'P.A.', 'N.A.', 'S.A.', 'N.V.', 'A.G.', 'B.V.', 'S.p.A.', 'Pty.', 'Plc.', 'et al.',
      'Ave.', 'Blvd.', 'Rd.', 'Pkwy.', 'Hwy.', 'Calif.', 'N.Y.', 'N.J.', 'N.H.', 'N.C.', 'N.D.', 'N.M.', 'S.C.',
      'S.D.', 'R.I.', 'W.Va.', 'D.C.'],
    cased: ['Ala.', 'Ariz.', 'Ark.', 'Cal.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.',
      'Ky.', 'La.', 'Mass.', 'Md.', 'Mich.', 'Minn.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'Okla.', 'Ore.', 'Pa.',
      'Tenn.', 'Tex.', 'Va.', 'Vt.', 'Wash.', 'Wis.', 'Wyo.'],
  },
  modifier: {
    anyCase: ['U.S.', 'U.S.A.', 'U.K.', 'E.U.', 'U.N.', 'U.S.C.', 'C.F.R.'],
    cased: ['Fed.'],
  },
  time: { anyCase: ['a.m.', 'p.m.'], cased: [] },
  terminal: { anyCase: ['etc.', 'et seq.', 'ibid.'], cased: [] },
};

function buildTable(): Record<string, Abbreviation> {
  const table: Record<string, Abbreviation> = {};
  for (const [kind, { anyCase, cased }] of Object.entries(lists) as Array<[AbbreviationKind, { anyCase: string[]; cased: string[] }]>) {
    for (const form of anyCase) table[form.toLowerCase()] = { kind, cased: false };
    for (const form of cased) table[form] = { kind, cased: true };
  }
  return table;
}

/** Legal and financial abbreviations, keyed by spelling with its final period (any-case ones in lowercase). */
export const abbreviations: Readonly<Record<string, Abbreviation>> = buildTable();

const table = new Map(Object.entries(abbreviations));

// First words of the two-word entries ("et" of "et seq."), so most lookups skip building a two-word key.
const pairStarts = new Set([...table.keys()].filter((key) => key.includes(' ')).map((key) => key.slice(0, key.indexOf(' '))));
const longestPairStart = Math.max(...[...pairStarts].map((start) => start.length));

/**
 * Look up a word, period included, in the abbreviation table, as the pair it makes with the word before when
 * that is listed ("et seq.").
 * @param word the word as written, ending in its period (`Inc.`, `INC.`, `seq.`)
 * @param before the word before it, if any
 * @returns the abbreviation, or undefined when the word is not one
 */
export function lookupAbbreviation(word: string, before = ''): Abbreviation | undefined {
  if (before !== '' && before.length <= longestPairStart && pairStarts.has(before.toLowerCase())) {
    const pair = lookupForm(`${before} ${word}`);
    if (pair) return pair;
  }
  return lookupForm(word);
}

function lookupForm(word: string): Abbreviation | undefined {
  const exact = table.get(word);
  if (exact) return exact;
  const lower = word.toLowerCase();
  const entry = lower === word ? undefined : table.get(lower);
  return entry && !entry.cased ? entry : undefined;
}

// Words that open sentences far more often than they continue a name after "Inc." or "U.S.". "May" is
// left out: it is also a month.
const starters = new Set(
  `A About Accordingly Additionally After Again All Also Although Among An And Another Any Are As Assuming At
  Based Because Before Being Both But By Can Certain Consequently Could Currently Did Do Does During Each Either
  Even Every Except Finally First Following For From Further Furthermore Generally Given Had Has Have He Hence
  Her Here However How I If In Including Indeed Instead Is It Its Likewise Many Meanwhile Moreover Most Much
  Must My Neither Nevertheless No None Nonetheless Nor Not Nothing Notwithstanding Now Of On Once One Only Or
  Other Otherwise Our Please Prior Pursuant Rather Regardless Second See Several She Should Similarly Since So
  Some Subject Such That The Their Then There Thereafter Therefore These They Third This Those Though Thus To
  Under Unless Unlike Until Upon Was We Were What Whatever When Where Whether Which While Who Whom Why Will With
  Within Without Would Yes You Your`.split(/\s+/),
);

/**
 * Tell whether a capitalised word usually opens a sentence ("The", "We", "However"), not continues a name.
 * @param word the word, letters only
 * @returns true for a sentence-opening word, in title case or (three letters or more) all caps
 */
export function isSentenceStarter(word: string): boolean {
  if (starters.has(word)) return true;
  return word.length >= 3 && isUpperAscii(word.charCodeAt(1)) && word === word.toUpperCase() && starters.has(titleCase(word));
}

const timeZones = new Set(
  `Eastern Pacific Central Mountain Atlantic Alaska Hawaii New Boston Greenwich London Tokyo Hong Local Standard
  Daylight EST EDT CST CDT MST MDT PST PDT ET PT CT MT GMT UTC BST CET`.split(/\s+/),
);

/**
 * Tell whether a word names a time zone or starts one's name ("Eastern", "New" York City time, "EST").
 * @param word the word, letters only
 * @returns true when "5 p.m. <word>" reads as one time
 */
export function isTimeZoneWord(word: string): boolean {
  return timeZones.has(word) || (isUpperAscii(word.charCodeAt(1)) && timeZones.has(titleCase(word)));
}

const referenceNouns = new Set(
  `Section Sections Item Items Rule Rules Article Articles Exhibit Exhibits Schedule Schedules Annex Annexes
  Appendix Part Parts Note Notes Chapter Clause Clauses Paragraph Paragraphs Form Amendment Question Step Class
  Series Plan Title Regulation Page Pages No. Nos. section sections paragraph paragraphs clause clauses rule
  rules note notes exhibit schedule annex appendix page pages`.split(/\s+/),
);

/**
 * Tell whether a word names a numbered part of a document ("Section", "Item", "page", "No.").
 * @param word the word before a number or letter
 * @returns true when "<word> 5." may be a reference rather than a sentence's end (lowercase "item" is not one)
 */
export function isReferenceNoun(word: string): boolean {
  if (referenceNouns.has(word)) return true;
  return word.length >= 3 && word === word.toUpperCase() && referenceNouns.has(titleCase(word));
}

const introWords = new Set(['At', 'By', 'Before', 'After', 'Until', 'On', 'From', 'Since', 'Beginning', 'Starting']);

/**
 * Tell whether a word can open a short introductory time phrase ("At 5 a.m. Mr. Smith ...").
 * @param word the first word of a sentence
 * @returns true for a preposition that opens such a phrase
 */
export function isIntroWord(word: string): boolean {
  return introWords.has(word) || (isUpperAscii(word.charCodeAt(1)) && introWords.has(titleCase(word)));
}

function isUpperAscii(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
