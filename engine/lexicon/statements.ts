// The Schedule statements a tender offer files, and their Items as Regulation M-A titles them: the one home for
// what a statement is, which the reader of its text, the fold and the instructions' resolution share.

/** A Schedule statement: its name as instructions write it, its Items' titles (Item 1 first), its exhibit Item. */
export interface Statement {
  name: string;
  items: readonly string[];
  exhibitsItem: number;
}

const scheduleTo: Statement = {
  name: 'Schedule TO',
  items: [
    'Summary Term Sheet',
    'Subject Company Information',
    'Identity and Background of Filing Person',
    'Terms of the Transaction',
    'Past Contacts, Transactions, Negotiations and Agreements',
    'Purposes of the Transaction and Plans or Proposals',
    'Source and Amount of Funds or Other Consideration',
    'Interest in Securities of the Subject Company',
    'Persons/Assets, Retained, Employed, Compensated or Used',
    'Financial Statements',
    'Additional Information',
    'Exhibits',
    'Information Required by Schedule 13E-3',
  ],
  exhibitsItem: 12,
};

const schedule14d9: Statement = {
  name: 'Schedule 14D-9',
  items: [
    'Subject Company Information',
    'Identity and Background of Filing Person',
    'Past Contacts, Transactions, Negotiations and Agreements',
    'The Solicitation or Recommendation',
    'Persons/Assets Retained, Employed, Compensated or Used',
    'Interest in Securities of the Subject Company',
    'Purposes of the Transaction and Plans or Proposals',
    'Additional Information',
    'Exhibits',
  ],
  exhibitsItem: 9,
};

/** The statements amendiff knows the Items of. */
export const statements: readonly Statement[] = [scheduleTo, schedule14d9];

/**
 * The statement a document name stands for, matched case-insensitively.
 * @param name a document name ("Schedule TO", "schedule 14d-9")
 * @returns the statement, or null when the name is not a statement's
 */
export function statementNamed(name: string): Statement | null {
  return statements.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
}

/**
 * The statement a filing's form belongs to: "Schedule 14D-9" for the target's statement, else the Schedule TO.
 * @param form the form a filing's cover names ("Schedule TO-T", "Schedule 14D-9"), or null
 * @returns the statement
 */
export function statementOfForm(form: string | null): Statement {
  return /14D-?9/i.test(form ?? '') ? schedule14d9 : scheduleTo;
}

/**
 * The number an Item heading carries in the document tree, as every reader writes it.
 * @param item the Item's number ("4", "12")
 * @returns e.g. `"Item 4"`
 */
export function itemHeadingNumber(item: string | number): string {
  return `Item ${item}`;
}

/** An Item named at the start of a paragraph, run in: "Item 4. Terms of the Transaction." */
export const runInItem = /^item\s+(\d+[A-Z]?)[.:\u2014\u2013-]/i;
