import { assign, setup } from 'xstate';
import type { LifecycleContext, OfferResults, PriceRange } from '../types.js';

/** What one filing tells the lifecycle; the `versions` fold sends these in this order per filing. */
export type LifecycleEvent =
  | { type: 'filing.amend'; amendment: number; restated: string[]; added: string[] }
  | { type: 'filing.extend'; expiration: string; time: string | null }
  | { type: 'filing.withdraw'; plan: string }
  | { type: 'filing.price'; price: PriceRange }
  | { type: 'filing.shares'; sought: number }
  | { type: 'filing.waive'; condition: string }
  | { type: 'filing.recommend'; recommendation: 'accept' | 'reject' | 'neutral' }
  | { type: 'filing.subsequent.start'; until: string | null }
  | { type: 'filing.subsequent.end'; date: string | null }
  | { type: 'filing.terminate'; reason: string }
  | { type: 'filing.final'; results: OfferResults | null };

/** Input of the machine: the expiration the original document states, if found; a 14D-9's recommendation. */
export interface LifecycleInput {
  expiration: string | null;
  recommendation?: LifecycleContext['recommendation'];
}

type Record = (context: LifecycleContext, event: LifecycleEvent) => Partial<LifecycleContext>;

const union = (list: string[], more: string[]): string[] => [...list, ...more.filter((x) => !list.includes(x))];
const lastOf = (list: number[]): number => list[list.length - 1] ?? 0;

// What each event writes into the context: one small function per event type.
const records: Partial<{ [K in LifecycleEvent['type']]: (context: LifecycleContext, event: Extract<LifecycleEvent, { type: K }>) => Partial<LifecycleContext> }> = {
  'filing.amend': (c, e) => ({ amendments: [...c.amendments, e.amendment], exhibitsRestated: union(c.exhibitsRestated, e.restated), exhibitsAdded: union(c.exhibitsAdded, e.added) }),
  'filing.extend': (c, e) => (c.expirations.at(-1) === e.expiration ? { expirationTime: e.time ?? c.expirationTime } : { expirations: [...c.expirations, e.expiration], expirationTime: e.time }),
  'filing.withdraw': (c, e) => ({ withdrawnPlans: union(c.withdrawnPlans, [e.plan]) }),
  'filing.price': (_, e) => ({ price: e.price }),
  'filing.shares': (_, e) => ({ sharesSought: e.sought }),
  'filing.waive': (c, e) => ({ waived: union(c.waived, [e.condition]) }),
  'filing.recommend': (_, e) => ({ recommendation: e.recommendation }),
  'filing.subsequent.start': (c, e) => ({ subsequentUntil: e.until ?? c.subsequentUntil }),
  'filing.subsequent.end': (c, e) => ({ subsequentUntil: e.date ?? c.subsequentUntil }),
  'filing.terminate': (_, e) => ({ terminated: e.reason }),
  'filing.final': (_, e) => ({ results: e.results }),
};

const on = { actions: 'record' } as const;
const facts = { 'filing.extend': on, 'filing.withdraw': on, 'filing.price': on, 'filing.shares': on, 'filing.waive': on, 'filing.recommend': on } as const;
const amend = { guard: 'isLaterAmendment', actions: 'record' } as const;
const ends = { 'filing.terminate': { target: 'terminated', ...on }, 'filing.final': { target: 'final', ...on } } as const;

/**
 * The offer's lifecycle: `original` -> `amended` (extensions, terms changed, conditions waived, withdrawals for a plan
 * and exhibits are facts held in context) -> `subsequent` while a subsequent offering period is open -> `final` when a
 * filing checks the final-amendment box, or `terminated` when the offer is withdrawn or terminated as a whole. An
 * amendment numbered no later than the last one is refused by the `isLaterAmendment` guard; nothing is accepted after
 * `final` or `terminated`. A gap is accepted here and reported by the fold.
 */
export const lifecycleMachine = setup({
  types: { context: {} as LifecycleContext, events: {} as LifecycleEvent, input: {} as LifecycleInput },
  guards: {
    isLaterAmendment: ({ context, event }) => event.type === 'filing.amend' && event.amendment > lastOf(context.amendments),
  },
  actions: {
    record: assign(({ context, event }) => (records[event.type] as Record | undefined)?.(context, event) ?? {}),
  },
}).createMachine({
  id: 'offer',
  initial: 'original',
  context: ({ input }) => ({
    expirations: input.expiration ? [input.expiration] : [],
    expirationTime: null,
    withdrawnPlans: [],
    exhibitsRestated: [],
    exhibitsAdded: [],
    results: null,
    amendments: [],
    price: null,
    sharesSought: null,
    waived: [],
    subsequentUntil: null,
    terminated: null,
    recommendation: input.recommendation ?? null,
  }),
  states: {
    original: { on: { 'filing.amend': { ...amend, target: 'amended' } } },
    amended: { on: { 'filing.amend': amend, ...facts, 'filing.subsequent.start': { target: 'subsequent', ...on }, ...ends } },
    subsequent: { on: { 'filing.amend': amend, ...facts, 'filing.subsequent.end': { target: 'amended', ...on }, ...ends } },
    terminated: { type: 'final' },
    final: { type: 'final' },
  },
});
