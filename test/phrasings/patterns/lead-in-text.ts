import { edit, type Pattern } from '../frame.js';

/** An Item supplemented by unquoted new text after the instruction: the paragraphs up to the next heading. */
export const leadInText: Pattern = {
  pattern: 'an Item supplemented by unquoted new text',
  found: 'SC TO-T/A, SC 14D9/A',
  cases: [
    {
      name: 'Item 11 by adding the following, one plain paragraph',
      heading: 'ITEM 11.  ADDITIONAL INFORMATION.',
      filing: 'Item 11 of the Schedule TO is hereby amended and supplemented by adding the following:\n\nOn May 14, 2021, Quill announced the final results of the Offer.',
      instructions: [edit('insert', { document: 'Schedule TO', item: '11', scope: 'item' }, { position: 'end', text: 'On May 14, 2021, Quill announced the final results of the Offer.' })],
    },
    {
      name: 'Item 8 of the 14D-9, two plain paragraphs',
      heading: 'ITEM 8.  ADDITIONAL INFORMATION.',
      filing: 'Item 8 of the Schedule 14D-9 is hereby amended and supplemented by adding the following at the end thereof:\n\nThe waiting period expired on April 30, 2021.\n\nThe condition is satisfied.',
      instructions: [edit('insert', { document: 'Schedule 14D-9', item: '8', scope: 'item' }, { position: 'end', text: 'The waiting period expired on April 30, 2021.\n\nThe condition is satisfied.' })],
    },
    {
      name: 'Item 4 supplemented as follows, plain text',
      filing: 'Item 4 of the Schedule TO is hereby amended and supplemented as follows:\n\nQuill extended the Offer once.',
      instructions: [edit('insert', { document: 'Schedule TO', scope: 'item' }, { position: 'end', text: 'Quill extended the Offer once.' })],
    },
    {
      name: 'the new text stops at the signature',
      heading: 'ITEM 11.  ADDITIONAL INFORMATION.',
      filing: 'Item 11 of the Schedule TO is hereby amended and supplemented by adding the following paragraph:\n\nThe Offer expired as scheduled.\n\nSIGNATURE',
      instructions: [edit('insert', { document: 'Schedule TO', item: '11', scope: 'item' }, { position: 'end', text: 'The Offer expired as scheduled.' })],
    },
    {
      name: 'a quoted paragraph after the lead-in',
      heading: 'ITEM 11.  ADDITIONAL INFORMATION.',
      filing: 'Item 11 of the Schedule TO is hereby amended and supplemented by adding the following paragraph thereto:\n\n"Harbor shareholders tendered 81% of the Shares."',
      instructions: [edit('insert', { document: 'Schedule TO', item: '11', scope: 'item' }, { position: 'end', text: 'Harbor shareholders tendered 81% of the Shares.' })],
    },
    {
      name: 'new text on the same line, after the colon',
      heading: 'ITEM 11.  ADDITIONAL INFORMATION.',
      filing: 'Item 11 of the Schedule TO is hereby amended and supplemented by adding the following: "The Offer was oversubscribed."',
      instructions: [edit('insert', { document: 'Schedule TO', item: '11', scope: 'item' }, { position: 'end', text: 'The Offer was oversubscribed.' })],
    },
  ],
};
