import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupAbbreviation } from '../../engine/sentences/abbreviations.js';
import { splitSentences, type SentenceSpan } from '../../engine/sentences/split.js';

// Every case here was written for this suite in the style of tender offer documents; none is quoted from a filing.

const sentencesOf = (text: string): string[] => splitSentences(text).map((span) => text.slice(span.start, span.end));
const flagsOf = (text: string): boolean[] => splitSentences(text).map((span) => span.ambiguous);

/** Spans are in order, trimmed, non-empty, and cover every non-space character of the text exactly once. */
function expectCovering(text: string, spans: SentenceSpan[]): void {
  let at = 0;
  for (const span of spans) {
    expect(span.end).toBeGreaterThan(span.start);
    expect(text.slice(at, span.start).trim()).toBe('');
    expect(text.slice(span.start, span.end)).toBe(text.slice(span.start, span.end).trim());
    at = span.end;
  }
  expect(text.slice(at).trim()).toBe('');
}

type Case = [text: string, expected: string[]];

function runCases(cases: Case[]): void {
  it.each(cases)('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
    expectCovering(text, splitSentences(text));
  });
}

describe('abbreviations', () => {
  runCases([
    ['The offer is made by Acme Holdings, Inc. The Company will pay cash for the shares.', ['The offer is made by Acme Holdings, Inc.', 'The Company will pay cash for the shares.']],
    ['Acme Holdings, Inc. (the "Company") offers to purchase its shares.', ['Acme Holdings, Inc. (the "Company") offers to purchase its shares.']],
    ['Options were granted under the Acme Holdings, Inc. 2001 Equity Incentive Plan.', ['Options were granted under the Acme Holdings, Inc. 2001 Equity Incentive Plan.']],
    ['Options of Acme Holdings, Inc. having a higher price are excluded.', ['Options of Acme Holdings, Inc. having a higher price are excluded.']],
    ['Shares held by Birch & Co. for its customers are counted once.', ['Shares held by Birch & Co. for its customers are counted once.']],
    ['The depositary is Harbor Trust Co. It will mail checks promptly.', ['The depositary is Harbor Trust Co.', 'It will mail checks promptly.']],
    ['The dealer manager is Kestrel Securities Corp. Its fees are described in Section 15.', ['The dealer manager is Kestrel Securities Corp.', 'Its fees are described in Section 15.']],
    ['Holders outside the U.S. may not participate. Holders in the U.S. will be paid in cash.', ['Holders outside the U.S. may not participate.', 'Holders in the U.S. will be paid in cash.']],
    ['The U.S. Securities and Exchange Commission has not approved the offer.', ['The U.S. Securities and Exchange Commission has not approved the offer.']],
    ['This letter is governed by the laws of the U.S. The Company consents to jurisdiction there.', ['This letter is governed by the laws of the U.S.', 'The Company consents to jurisdiction there.']],
    ['Non-U.S. Holders should consult their own advisors.', ['Non-U.S. Holders should consult their own advisors.']],
    ['Questions may be directed to Ms. Dana R. Whitfield at the address below.', ['Questions may be directed to Ms. Dana R. Whitfield at the address below.']],
    ['Mr. Okafor and Dr. Lindqvist have each agreed to tender all of their shares.', ['Mr. Okafor and Dr. Lindqvist have each agreed to tender all of their shares.']],
    ['See Private Letter Ruling No. 8841002 for a discussion of this treatment.', ['See Private Letter Ruling No. 8841002 for a discussion of this treatment.']],
    ['This Amendment No. 4 amends the Schedule TO. It is the final amendment.', ['This Amendment No. 4 amends the Schedule TO.', 'It is the final amendment.']],
    ['(AMENDMENT NO. 2)', ['(AMENDMENT NO. 2)']],
    ['Consult Sec. 5 of the Plan and Art. 7 of the charter before electing.', ['Consult Sec. 5 of the Plan and Art. 7 of the charter before electing.']],
    ['Withdrawal is explained at p. 14 and again at pp. 22-23 of this offer.', ['Withdrawal is explained at p. 14 and again at pp. 22-23 of this offer.']],
    ['Certain fees (e.g., those of brokers) are not covered, i.e. you must bear them.', ['Certain fees (e.g., those of brokers) are not covered, i.e. you must bear them.']],
    ['Some holders, e.g. Nominee Holders, must sign twice.', ['Some holders, e.g. Nominee Holders, must sign twice.']],
    ['Transfer taxes, stamp duties, etc. will be paid by the Company.', ['Transfer taxes, stamp duties, etc. will be paid by the Company.']],
    ['Holders may tender stock, warrants, rights, etc. Each security needs its own form.', ['Holders may tender stock, warrants, rights, etc.', 'Each security needs its own form.']],
    ['The rules in 17 C.F.R. 240.13e-4 et seq. apply to this offer.', ['The rules in 17 C.F.R. 240.13e-4 et seq. apply to this offer.']],
    ['Greenleaf v. Marsh Industries was dismissed in 2001.', ['Greenleaf v. Marsh Industries was dismissed in 2001.']],
    ['The complaint names Rowan Partners, L.P. as a defendant. It seeks damages.', ['The complaint names Rowan Partners, L.P. as a defendant.', 'It seeks damages.']],
    ['Counsel is Vera T. Castellanos, Esq. of Boston. She may be reached by telephone.', ['Counsel is Vera T. Castellanos, Esq. of Boston.', 'She may be reached by telephone.']],
    ['Copies may be requested from Jonah Pierce, Jr. He will answer within two business days.', ['Copies may be requested from Jonah Pierce, Jr.', 'He will answer within two business days.']],
    ['Send the form to 12 Quarry Road, Westford, Mass. 01886 by courier.', ['Send the form to 12 Quarry Road, Westford, Mass. 01886 by courier.']],
    ['The Company was incorporated in Del. in 1987 and is based in Westford, Mass. and Dublin.', ['The Company was incorporated in Del. in 1987 and is based in Westford, Mass. and Dublin.']],
    ['Dr. Haines holds a Ph.D. in economics.', ['Dr. Haines holds a Ph.D. in economics.']],
    ['No. The offer is not conditioned on financing.', ['No.', 'The offer is not conditioned on financing.']],
    ['A. Yes. You may change your election before the deadline.', ['A. Yes.', 'You may change your election before the deadline.']],
    ['The tender agent is J.P. Harlow & Sons. It is not affiliated with us.', ['The tender agent is J.P. Harlow & Sons.', 'It is not affiliated with us.']],
    ["The depositary, Harbor Trust Co.'s New York office, will accept deliveries.", ["The depositary, Harbor Trust Co.'s New York office, will accept deliveries."]],
  ]);
});

describe('numbers and money', () => {
  runCases([
    ['The purchase price is $0.67 per share. The aggregate price is $3,485,933.', ['The purchase price is $0.67 per share.', 'The aggregate price is $3,485,933.']],
    ['Approximately 8.5% of the shares were tendered. The Company accepted all of them.', ['Approximately 8.5% of the shares were tendered.', 'The Company accepted all of them.']],
    ['The Company will pay $12.50 net per share in cash.', ['The Company will pay $12.50 net per share in cash.']],
    ['The filing fee is $66.60. It was paid by wire transfer.', ['The filing fee is $66.60.', 'It was paid by wire transfer.']],
    ['As of March 3, 2005, 14,480,000 options were outstanding. Each option has a ten-year term.', ['As of March 3, 2005, 14,480,000 options were outstanding.', 'Each option has a ten-year term.']],
    ['The offer is described in Section 5. Acceptance will be announced by press release.', ['The offer is described in Section 5.', 'Acceptance will be announced by press release.']],
    ['The filing was made under Rule 13e-4(c)(4). No further filing is needed.', ['The filing was made under Rule 13e-4(c)(4).', 'No further filing is needed.']],
    ['The offer is filed as Exhibit (a)(1)(A) to the Schedule TO.', ['The offer is filed as Exhibit (a)(1)(A) to the Schedule TO.']],
    ['The eligible grants are listed in Exhibit B. Options not listed there are excluded.', ['The eligible grants are listed in Exhibit B.', 'Options not listed there are excluded.']],
    ['Holders receive 1.5 new options for each 2.0 options surrendered.', ['Holders receive 1.5 new options for each 2.0 options surrendered.']],
    ['The fee is $92 per $1,000,000 of value. 2. The price range is amended.', ['The fee is $92 per $1,000,000 of value.', '2. The price range is amended.']],
    ['Amendment No. 3 was filed on the same day.', ['Amendment No. 3 was filed on the same day.']],
  ]);
});

describe('quotes', () => {
  runCases([
    ['Such an exchange was treated as a "modification." We disagree with that view.', ['Such an exchange was treated as a "modification."', 'We disagree with that view.']],
    ['The term "Expiration Date" means 5:00 p.m., Eastern Time, on November 22, 2002.', ['The term "Expiration Date" means 5:00 p.m., Eastern Time, on November 22, 2002.']],
    ['The offer expires at 5 p.m. Eastern Time on Friday. Late tenders will be rejected.', ['The offer expires at 5 p.m. Eastern Time on Friday.', 'Late tenders will be rejected.']],
    ['This solicitation (the "Offer") excludes options held by directors.', ['This solicitation (the "Offer") excludes options held by directors.']],
    ['We will purchase the shares (the "Offer"). The Offer is not conditioned on financing.', ['We will purchase the shares (the "Offer").', 'The Offer is not conditioned on financing.']],
    ['Under the caption "Q7. What if I change my mind?" the summary explains withdrawal.', ['Under the caption "Q7. What if I change my mind?" the summary explains withdrawal.']],
    ['The summary then asks "Can I withdraw my election?" The answer is yes.', ['The summary then asks "Can I withdraw my election?"', 'The answer is yes.']],
    ['The revised clause reads "Options vest monthly. Vesting stops when employment ends." and applies to all grants.', ['The revised clause reads "Options vest monthly. Vesting stops when employment ends." and applies to all grants.']],
    ['"We will accept all properly tendered options. We will notify you by e-mail."', ['"We will accept all properly tendered options.', 'We will notify you by e-mail."']],
    ['The notice states "the offer has been extended." and nothing more.', ['The notice states "the offer has been extended." and nothing more.']],
    ['The Plan calls this a \u201cmodification.\u201d We do not agree.', ['The Plan calls this a \u201cmodification.\u201d', 'We do not agree.']],
    ["The form is marked 'Withdrawn.' Such forms are ignored.", ["The form is marked 'Withdrawn.'", 'Such forms are ignored.']],
    ['"The term "Option" means a right to buy one share. It excludes warrants."', ['"The term "Option" means a right to buy one share.', 'It excludes warrants."']],
    ['Read the answer to "Q23. What happens if I elect not to surrender any options" on page 7.', ['Read the answer to "Q23. What happens if I elect not to surrender any options" on page 7.']],
    ['The risk factor entitled "Your options may be affected," which was amended, is restated.', ['The risk factor entitled "Your options may be affected," which was amended, is restated.']],
  ]);
});

describe('parentheses and enumerations', () => {
  runCases([
    ['The Company may (i) extend the offer, (ii) amend its terms or (iii) terminate it.', ['The Company may (i) extend the offer, (ii) amend its terms or (iii) terminate it.']],
    ['We may end the offer if (a) a court enjoins it or (b) a third party makes a competing bid.', ['We may end the offer if (a) a court enjoins it or (b) a third party makes a competing bid.']],
    ['Options will be cancelled (whether or not vested). New options will be granted later.', ['Options will be cancelled (whether or not vested).', 'New options will be granted later.']],
    ['The conditions (see Section 6.) are for our sole benefit.', ['The conditions (see Section 6.) are for our sole benefit.']],
    ['We may waive any condition. (We have no present plan to do so.) The offer remains open.', ['We may waive any condition.', '(We have no present plan to do so.)', 'The offer remains open.']],
    ['Each of clauses (1) and (2) must be met. Clause (3) may be waived.', ['Each of clauses (1) and (2) must be met.', 'Clause (3) may be waived.']],
    ["The offer is subject to (i) the Company's receipt of consents and (ii) no injunction being in effect.", ["The offer is subject to (i) the Company's receipt of consents and (ii) no injunction being in effect."]],
    ['\u2022 Holders must sign the form. \u2022 Holders must return it by mail', ['\u2022 Holders must sign the form.', '\u2022 Holders must return it by mail']],
  ]);
});

describe('leading labels', () => {
  runCases([
    ['1. Item 4 of the Schedule TO is hereby amended by adding the following sentence:', ['1. Item 4 of the Schedule TO is hereby amended by adding the following sentence:']],
    ['Q23. What happens if I elect not to surrender any options?', ['Q23. What happens if I elect not to surrender any options?']],
    ['(b) This statement relates to the offer by the Company to exchange options.', ['(b) This statement relates to the offer by the Company to exchange options.']],
    ['Item 4. Terms of the Transaction.', ['Item 4. Terms of the Transaction.']],
    ['ITEM 12. EXHIBITS.', ['ITEM 12. EXHIBITS.']],
    ['12. CERTAIN LEGAL MATTERS; REGULATORY APPROVALS. We know of no material license.', ['12. CERTAIN LEGAL MATTERS; REGULATORY APPROVALS.', 'We know of no material license.']],
    ['IV. Background of the Offer.', ['IV. Background of the Offer.']],
    ['Section 5. Acceptance of Options for Exchange.', ['Section 5. Acceptance of Options for Exchange.']],
    ['1. The offer is extended 2. The price is unchanged', ['1. The offer is extended', '2. The price is unchanged']],
    ['1) Holders must sign the form 2) Holders must return it', ['1) Holders must sign the form', '2) Holders must return it']],
    ['1. Items 1 and 2. The Company amends both of them.', ['1. Items 1 and 2.', 'The Company amends both of them.']],
    ['1. Responses are amended as set forth in Section 2. The amendment is effective today.', ['1. Responses are amended as set forth in Section 2.', 'The amendment is effective today.']],
    ['The offer ends on November 22, 2002. 2. Items 1-12 are amended as set forth below.', ['The offer ends on November 22, 2002.', '2. Items 1-12 are amended as set forth below.']],
  ]);
});

describe('dates', () => {
  runCases([
    ['The offer was extended to November 22, 2002. Pursuant to Rule 13e-4, we filed this amendment.', ['The offer was extended to November 22, 2002.', 'Pursuant to Rule 13e-4, we filed this amendment.']],
    ['The offer began on Oct. 16, 2002 and will expire on Nov. 22, 2002.', ['The offer began on Oct. 16, 2002 and will expire on Nov. 22, 2002.']],
    ['New options will be granted on or about May 23, 2003. They will not be granted earlier.', ['New options will be granted on or about May 23, 2003.', 'They will not be granted earlier.']],
    ['The record date was Dec. 31. The meeting date is not set.', ['The record date was Dec. 31.', 'The meeting date is not set.']],
    ['The offer expires on the 22nd. Holders should act promptly.', ['The offer expires on the 22nd.', 'Holders should act promptly.']],
    ['Date Filed: October 16, 2002', ['Date Filed: October 16, 2002']],
  ]);
});

describe('ellipses and run-together text', () => {
  runCases([
    ['The Plan provides that options ". . . shall vest in equal monthly installments" over four years.', ['The Plan provides that options ". . . shall vest in equal monthly installments" over four years.']],
    ['The section reads in part: "Options may be exercised. . . ." The rest is unchanged.', ['The section reads in part: "Options may be exercised. . . ."', 'The rest is unchanged.']],
    ['Options . . . will be cancelled on the expiration date.', ['Options . . . will be cancelled on the expiration date.']],
    ['Tenders made before the deadline will be honored . . . . Later tenders will be returned.', ['Tenders made before the deadline will be honored . . . .', 'Later tenders will be returned.']],
    ['The offer expired today.The Company accepted all shares.', ['The offer expired today.', 'The Company accepted all shares.']],
    ['Our website is www.acme-holdings.com. Copies are posted there.', ['Our website is www.acme-holdings.com.', 'Copies are posted there.']],
    ['Write to info@Acme.Example.com for copies.', ['Write to info@Acme.Example.com for copies.']],
    ['Is the offer fair? We make no recommendation! Holders must decide.', ['Is the offer fair?', 'We make no recommendation!', 'Holders must decide.']],
  ]);
});

describe('ambiguity', () => {
  it.each<[string, string[], boolean[]]>([
    ['The offer is made by Harrow Ltd. Harrow is a private company.', ['The offer is made by Harrow Ltd. Harrow is a private company.'], [true]],
    ['The offer is made by Harrow Ltd. The Company is private.', ['The offer is made by Harrow Ltd.', 'The Company is private.'], [false, false]],
    ['The U.S. Government is not a party.', ['The U.S. Government is not a party.'], [false]],
    ['See Section 4. WITHDRAWAL RIGHTS apply until the expiration date.', ['See Section 4.', 'WITHDRAWAL RIGHTS apply until the expiration date.'], [true, false]],
    ['The offer expired at 5 p.m. Tendered shares were accepted the next morning.', ['The offer expired at 5 p.m.', 'Tendered shares were accepted the next morning.'], [true, false]],
    ['At 9 a.m. Ms. Rivera will open the tender window.', ['At 9 a.m. Ms. Rivera will open the tender window.'], [true]],
    ['The clause reads "Options vest monthly. Vesting stops on termination." in full. It is new.', ['The clause reads "Options vest monthly. Vesting stops on termination." in full.', 'It is new.'], [true, false]],
    ['The holder may elect cash or stock... The election is irrevocable.', ['The holder may elect cash or stock... The election is irrevocable.'], [true]],
    ['The procedure follows Sections 240.14e-1 et seq. Holders should read them.', ['The procedure follows Sections 240.14e-1 et seq.', 'Holders should read them.'], [true, false]],
    ['Options under the acme systems, inc. Amended and Restated Plan are excluded.', ['Options under the acme systems, inc. Amended and Restated Plan are excluded.'], [true]],
    ['The offer is made by Sonus Networks, Inc. The Company will pay cash.', ['The offer is made by Sonus Networks, Inc.', 'The Company will pay cash.'], [false, false]],
    ['The offer expires on November 22, 2002. Pursuant to the rules, we file this notice.', ['The offer expires on November 22, 2002.', 'Pursuant to the rules, we file this notice.'], [false, false]],
  ])('%s', (text, expected, flags) => {
    expect(sentencesOf(text)).toEqual(expected);
    expect(flagsOf(text)).toEqual(flags);
  });
});

describe('offsets', () => {
  it('returns offsets into the text, trimmed of whitespace, without rewriting it', () => {
    expect(splitSentences('  First sentence here.   Second one.  ')).toEqual([
      { start: 2, end: 22, ambiguous: false },
      { start: 25, end: 36, ambiguous: false },
    ]);
  });

  it('returns the offsets of a split after an abbreviation', () => {
    const text = 'We are Sonus Networks, Inc. The Company is in Westford.';
    expect(splitSentences(text)).toEqual([
      { start: 0, end: 27, ambiguous: false },
      { start: 28, end: 55, ambiguous: false },
    ]);
  });

  it('handles whitespace that was not collapsed', () => {
    const text = 'One sentence ends here.\n\tAnother\nfollows.';
    expect(sentencesOf(text)).toEqual(['One sentence ends here.', 'Another\nfollows.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n ')).toEqual([]);
  });

  it('keeps text without a final terminator as a sentence', () => {
    expect(sentencesOf('Check the box below. Check the following box')).toEqual(['Check the box below.', 'Check the following box']);
  });
});

describe('abbreviation table', () => {
  it('matches any-case entries in any case and cased entries only as listed', () => {
    expect(lookupAbbreviation('INC.')?.kind).toBe('suffix');
    expect(lookupAbbreviation('No.')?.kind).toBe('reference');
    expect(lookupAbbreviation('no.')).toBeUndefined();
    expect(lookupAbbreviation('SEC.')).toBeUndefined();
    expect(lookupAbbreviation('P.')).toBeUndefined();
    expect(lookupAbbreviation('et seq.')?.kind).toBe('terminal');
    expect(lookupAbbreviation('constructor.')).toBeUndefined();
  });
});

describe('invariant', () => {
  const pieces = [' ', ' ', ' ', 'the', 'Offer', 'Inc.', 'U.S.', 'No.', '5', '1.', '2)', '(i)', '.', '. ', '?', '!', '"', '\u201c', '\u201d', "'", '(', ')', 'A.', 'We', 'p.m.', '...', '. . .', '$0.67', '\u2022', 'e.g.', 'Section', '\n'];
  it('covers every non-space character exactly once, in order, for any mix of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expectCovering(text, splitSentences(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('covers arbitrary strings too', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        expectCovering(text, splitSentences(text));
      }),
      { numRuns: 2000 },
    );
  });
});

// Throughput is measured by `npm run bench` (scripts/bench-sentences.mjs), never here. These inputs are built to
// trip a quadratic step: at this size one would exceed the test timeout, and the spans must still cover the text.
describe('adversarial inputs', () => {
  const paragraph =
    'Sonus Networks, Inc. (the "Company") offers to exchange options having an exercise price of $0.67 or more ' +
    'per share. The offer expires at 5 p.m., Eastern Time, on November 22, 2002, under Rule 13e-4(c)(4). See ' +
    'Private Letter Ruling No. 9129048, e.g., for a "modification." We may (i) extend or (ii) amend the offer. ';
  const size = 300_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length));

  it.each<[string, string]>([
    ['legal prose', fill(paragraph)],
    ['periods only', fill('.')],
    ['spaced dots', fill('. ')],
    ['quotes only', fill('"')],
    ['initials without spaces', fill('A.')],
    ['one long word', fill('x')],
    ['labels', fill('1. ')],
    ['abbreviations', fill('Inc. ')],
    ['openers before quoted words', '('.repeat(size / 2) + fill(' x "a" ').slice(size / 2)],
    ['embedded quotes', fill('He said "a. B. c. D." and left. ')],
  ])('splits %s and covers every character once', (_name, text) => {
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(0);
    expectCovering(text, spans);
  });
});
