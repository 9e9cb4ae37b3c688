import { heading, paragraph, root, sentence } from '../../engine/core/nodes.js';
import type { Paragraph, Root } from '../../engine/types.js';

/**
 * A paragraph of sentences all on one page (or the pages given).
 * @param texts the sentences
 * @param pages the printed pages it lies on; sentences start on the first
 * @param runIn a run-in heading
 * @returns the paragraph
 */
export function para(texts: string[], pages: number[], runIn: string | null = null): Paragraph {
  const last = pages[pages.length - 1] ?? null;
  return paragraph(
    texts.map((t, i) => sentence(t, i === texts.length - 1 ? last : (pages[0] ?? null))),
    { pages, runIn },
  );
}

/**
 * A small Offer to Exchange shaped like the places Amendment No. 2 cites.
 * @returns the document
 */
export function miniOffer(): Root {
  return root(
    [
      heading('OFFER TO EXCHANGE', 'part', { page: 1 }),
      para(['THE OFFER EXPIRES AT 5 P.M., EASTERN TIME, ON NOVEMBER 14, 2002, UNLESS WE EXTEND IT.'], [1]),
      heading('Q22. WHAT IF I CHANGE MY MIND?', 'question', { number: 'Q22', page: 6 }),
      para(['You may withdraw.', 'Withdrawal ends at the expiration date.'], [6, 7]),
      heading('Q23. WHAT HAPPENS IF I ELECT NOT TO SURRENDER ANY OPTIONS PURSUANT TO THIS OFFER?', 'question', { number: 'Q23', page: 7 }),
      para(['Nothing changes for you.'], [7]),
      para(['Your options stay.', 'We may reject surrendered options.', 'We reserve that right.', 'Ask us.'], [7]),
      heading('THE OFFER', 'part', { page: 10 }),
      heading('3. PROCEDURES FOR SURRENDERING OPTIONS.', 'section', { number: '3', page: 11 }),
      para(
        ['We decide all questions.', 'Our decision is final.', 'We may reject any option.', 'We may waive defects.', 'We reserve the right to reject.', 'We may waive any condition for a particular optionholder.', 'No one must notify you.'],
        [11],
        'DETERMINATION OF VALIDITY; REJECTION OF OPTIONS; WAIVER OF DEFECTS; NO OBLIGATION TO GIVE NOTICE OF DEFECTS.',
      ),
      heading('5. ACCEPTANCE OF OPTIONS FOR EXCHANGE AND GRANT OF NEW OPTIONS.', 'section', { number: '5', page: 12 }),
      para(['First paragraph.'], [12]),
      para(['Second paragraph.'], [12]),
      para(['We will accept options.', 'We expect to accept promptly after the expiration date.', 'You will be notified.'], [12]),
      para(['New options are granted later.', 'You must stay employed.', 'If you die before the grant, you receive nothing.'], [12, 13]),
      heading('13. MATERIAL TAX CONSEQUENCES.', 'section', { number: '13', page: 29 }),
      heading('France: Material Tax Consequences for Employees who are Tax Residents in France', 'caption', { page: 29 }),
      para(['French text begins.'], [29, 30]),
      para(['Full paragraph one.', 'Full paragraph two.'], [30]),
      para(['French closing.'], [30]),
      heading('Germany: Material Tax Consequences for Employees who are Tax Residents in Germany', 'caption', { page: 30 }),
      para(['German one.'], [30]),
      para(['You will be taxed on the grant.', 'Second German.'], [30]),
      heading('United Kingdom: Material Tax Consequences for Employees who are Tax Residents in the United Kingdom', 'caption', { page: 31 }),
      para(['UK one.'], [31]),
      para(['You will be taxed on surrender.', 'Second UK.'], [31]),
    ],
    'text',
  );
}
