import type { Command } from './command.js';
import { printProblems } from './offer-problems.js';
import { readOfferDir } from './offer-dir.js';
import { checkOffer, offerFiles } from '../engine/index.js';

/** `amendiff check <offer-dir>`: whether every instruction of every filing resolves. */
export const check: Command = {
  name: 'check',
  description: 'Check that every amendment instruction resolves to one place; list each problem as file:line:col: message.',
  synopsis: 'check <offer-dir>',
  options: {},
  help: {},
  example: 'amendiff check corpus/sonus-2002-option-exchange',
  positionals: [1, 1],
  run: async ({ positionals }, io) => {
    const offer = readOfferDir(positionals[0] as string, io);
    checkOffer(offer);
    const count = printProblems(offerFiles(offer), io, 'stdout');
    return count === 0 ? 0 : 1;
  },
};
