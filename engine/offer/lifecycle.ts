import { assign, setup } from 'xstate';
import type { LifecycleContext, OfferResults } from '../types.js';

/** What one filing tells the lifecycle; the `versions` fold sends these in this order per filing. */
export type LifecycleEvent =
  | { type: 'filing.amend'; amendment: number; restated: string[]; added: string[] }
  | { type: 'filing.extend'; expiration: string }
  | { type: 'filing.withdraw'; plan: string }
  | { type: 'filing.final'; results: OfferResults | null };

/** Input of the machine: the expiration the original document states, if found. */
export interface LifecycleInput {
  expiration: string | null;
}

const union = (list: string[], more: string[]): string[] => [...list, ...more.filter((x) => !list.includes(x))];
const lastOf = (list: number[]): number => list[list.length - 1] ?? 0;

/**
 * The offer's lifecycle: `original` -> `amended` (extensions, withdrawals and exhibits are facts held in
 * context) -> `final` when a filing checks the final-amendment box. An amendment numbered no later than
 * the last one (a duplicate, or out of order) is refused by the `isLaterAmendment` guard; nothing is accepted
 * after `final`. A gap is accepted here and reported by the fold.
 */
export const lifecycleMachine = setup({
  types: {
    context: {} as LifecycleContext,
    events: {} as LifecycleEvent,
    input: {} as LifecycleInput,
  },
  guards: {
    isLaterAmendment: ({ context, event }) =>
      event.type === 'filing.amend' && event.amendment > lastOf(context.amendments),
  },
  actions: {
    recordAmendment: assign(({ context, event }) =>
      event.type !== 'filing.amend'
        ? {}
        : {
            amendments: [...context.amendments, event.amendment],
            exhibitsRestated: union(context.exhibitsRestated, event.restated),
            exhibitsAdded: union(context.exhibitsAdded, event.added),
          },
    ),
    recordExtension: assign(({ context, event }) =>
      event.type === 'filing.extend' && context.expirations.at(-1) !== event.expiration
        ? { expirations: [...context.expirations, event.expiration] }
        : {},
    ),
    recordWithdrawal: assign(({ context, event }) =>
      event.type === 'filing.withdraw' ? { withdrawnPlans: union(context.withdrawnPlans, [event.plan]) } : {},
    ),
    recordResults: assign(({ event }) => (event.type === 'filing.final' ? { results: event.results } : {})),
  },
}).createMachine({
  id: 'offer',
  initial: 'original',
  context: ({ input }) => ({
    expirations: input.expiration ? [input.expiration] : [],
    withdrawnPlans: [],
    exhibitsRestated: [],
    exhibitsAdded: [],
    results: null,
    amendments: [],
  }),
  states: {
    original: {
      on: { 'filing.amend': { guard: 'isLaterAmendment', target: 'amended', actions: 'recordAmendment' } },
    },
    amended: {
      on: {
        'filing.amend': { guard: 'isLaterAmendment', actions: 'recordAmendment' },
        'filing.extend': { actions: 'recordExtension' },
        'filing.withdraw': { actions: 'recordWithdrawal' },
        'filing.final': { target: 'final', actions: 'recordResults' },
      },
    },
    final: { type: 'final' },
  },
});
