import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One document of a submission to build. */
export interface FixtureDocument {
  type: string;
  filename: string;
  description: string;
  text: string;
}

/** What a submission's header says: invented values, in EDGAR's field layout. */
export interface FixtureHeader {
  accession: string;
  form: string;
  filed: string;
  company: string;
  cik: string;
  fileNumber: string;
}

/**
 * An EDGAR complete submission (`<accession>.txt`) as EDGAR serves it: the SEC header, then each document in
 * `<DOCUMENT>` with its `<TYPE>`, `<SEQUENCE>`, `<FILENAME>`, `<DESCRIPTION>` and `<TEXT>`.
 * @param header the header's facts
 * @param documents the documents, the main one first
 * @returns the submission's text
 */
export function submissionText(header: FixtureHeader, documents: FixtureDocument[]): string {
  const date = header.filed.replace(/-/g, '');
  const head = [
    `<SEC-DOCUMENT>${header.accession}.txt : ${date}`,
    `<SEC-HEADER>${header.accession}.hdr.sgml : ${date}`,
    `<ACCEPTANCE-DATETIME>${date}163000`,
    `ACCESSION NUMBER:\t\t${header.accession}`,
    `CONFORMED SUBMISSION TYPE:\t${header.form}`,
    `PUBLIC DOCUMENT COUNT:\t\t${documents.length}`,
    `FILED AS OF DATE:\t\t${date}`,
    `DATE AS OF CHANGE:\t\t${date}`,
    '',
    'SUBJECT COMPANY:\t',
    '',
    ...company(header, true),
    'FILED BY:\t\t',
    '',
    ...company(header, false),
    '</SEC-HEADER>',
  ];
  const body = documents.map((d, index) =>
    ['<DOCUMENT>', `<TYPE>${d.type}`, `<SEQUENCE>${index + 1}`, `<FILENAME>${d.filename}`, `<DESCRIPTION>${d.description}`, '<TEXT>', `${d.text.replace(/\n$/, '')}`, '</TEXT>', '</DOCUMENT>'].join('\n'),
  );
  return `${[...head, ...body].join('\n')}\n</SEC-DOCUMENT>\n`;
}

function company(header: FixtureHeader, subject: boolean): string[] {
  return [
    '\tCOMPANY DATA:\t',
    `\t\tCOMPANY CONFORMED NAME:\t\t\t${header.company}`,
    `\t\tCENTRAL INDEX KEY:\t\t\t${header.cik}`,
    '\t\tSTATE OF INCORPORATION:\t\t\tDE',
    '',
    '\tFILING VALUES:',
    `\t\tFORM TYPE:\t\t${header.form}`,
    '\t\tSEC ACT:\t\t1934 Act',
    ...(subject ? [`\t\tSEC FILE NUMBER:\t${header.fileNumber}`] : []),
    '',
    '\tBUSINESS ADDRESS:\t',
    '\t\tSTREET 1:\t\t1 EXAMPLE WAY',
    '\t\tCITY:\t\t\tSPRINGFIELD',
    '',
  ];
}

const corpus = 'corpus/sonus-2002-option-exchange';

/** The facts each of the 2002 offer's four submissions carries: invented accession numbers, CIK and file number. */
const header2002 = { company: 'SONUS NETWORKS INC', cik: '0009999901', fileNumber: '005-99901' };

/**
 * The 2002 offer's four filings rebuilt as EDGAR serves them: the original SC TO-I (the corpus' statement, the Offer
 * to Exchange as EX-99.(A)(1), an election form and a logo), then the three SC TO-I/A, each the corpus amendment's text.
 * @returns file name -> submission text, in filing order
 */
export function sonus2002Submissions(): Array<[string, string]> {
  const read = (name: string): string => readFileSync(join(corpus, name), 'utf8');
  const original = submissionText({ ...header2002, accession: '0009999901-02-000001', form: 'SC TO-I', filed: '2002-10-16' }, [
    { type: 'SC TO-I', filename: 'd1sctoi.txt', description: 'TENDER OFFER STATEMENT', text: read('schedule-to.txt') },
    { type: 'EX-99.(A)(1)', filename: 'd1ex99a1.txt', description: 'OFFER TO EXCHANGE', text: read('offer-to-exchange.txt') },
    { type: 'EX-99.(A)(2)', filename: 'd1ex99a2.txt', description: 'FORM OF ELECTION FORM', text: 'ELECTION FORM\n\nPursuant to the Offer to Exchange dated October 16, 2002.\n' },
    { type: 'GRAPHIC', filename: 'g1logo.jpg', description: 'LOGO', text: 'begin 644 g1logo.jpg\nM_]C_X``02D9)1@`!`0``\nend\n' },
  ]);
  const amendment = (n: number, filed: string): string =>
    submissionText({ ...header2002, accession: `0009999901-02-00000${n + 1}`, form: 'SC TO-I/A', filed }, [
      { type: 'SC TO-I/A', filename: `d${n + 1}sctoia.txt`, description: `AMENDMENT NO. ${n}`, text: read(`amendment-${n}.txt`) },
    ]);
  return [
    ['0009999901-02-000001.txt', original],
    ['0009999901-02-000002.txt', amendment(1, '2002-10-17')],
    ['0009999901-02-000003.txt', amendment(2, '2002-11-12')],
    ['0009999901-02-000004.txt', amendment(3, '2002-11-26')],
  ];
}
