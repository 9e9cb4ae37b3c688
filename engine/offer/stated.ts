import type { LifecycleEvent } from './lifecycle.js';
import type { Instruction, OfferEvent } from '../types.js';

/** What the fold does with one event a filing states: an extension to apply as one, or a lifecycle event to send. */
export type StatedStep = { extension: Instruction; event?: never } | { extension?: never; event: LifecycleEvent };

type ToEvent = (event: OfferEvent) => LifecycleEvent | null;

// Every kind but `extend`, which becomes an instruction so that its date edits are made.
const toEvent: Record<Exclude<OfferEvent['kind'], 'extend'>, ToEvent> = {
  price: (e) => (e.kind === 'price' ? { type: 'filing.price', price: e.price } : null),
  shares: (e) => (e.kind === 'shares' ? { type: 'filing.shares', sought: e.sought } : null),
  waive: (e) => (e.kind === 'waive' ? { type: 'filing.waive', condition: e.condition } : null),
  subsequent: (e) => (e.kind !== 'subsequent' ? null : e.action === 'start' ? { type: 'filing.subsequent.start', until: e.date } : { type: 'filing.subsequent.end', date: e.date }),
  terminate: (e) => (e.kind === 'terminate' ? { type: 'filing.terminate', reason: e.reason } : null),
  recommend: (e) => (e.kind === 'recommend' ? { type: 'filing.recommend', recommendation: e.recommendation } : null),
};

// A stated extension as the extend instruction it amounts to: the whole offer document, at the sentence that says it.
function asInstruction(event: Extract<OfferEvent, { kind: 'extend' }>): Instruction {
  const target = { document: null, item: null, pages: [], section: null, heading: null, paragraph: null, paragraphs: [], sentences: [], scope: 'document' as const, match: null };
  return { op: 'extend', target, position: null, text: null, plan: null, expiration: event.expiration, source: event.source };
}

/**
 * The steps a filing's stated events call for, in filing order. A stated extension counts only when it names a date
 * later than the expiration in force after the filing's instructions and than every earlier stated one, and no extend
 * instruction of the filing names the same date: a final amendment retelling that "the Offer was extended until ..."
 * extends nothing, and an extension both instructed and stated is applied once.
 * @param stated the filing's events
 * @param expiration the expiration in force after its instructions (ISO), or null
 * @param instructions the filing's instructions
 * @returns the steps
 */
export function statedEvents(stated: OfferEvent[], expiration: string | null, instructions: Instruction[]): StatedStep[] {
  const instructed = new Set(instructions.filter((i) => i.op === 'extend').map((i) => i.expiration));
  let latest = expiration ?? '';
  return stated.flatMap((event): StatedStep[] => {
    if (event.kind !== 'extend') {
      const lifecycle = toEvent[event.kind](event);
      return lifecycle ? [{ event: lifecycle }] : [];
    }
    if (instructed.has(event.expiration) || event.expiration <= latest) return [];
    latest = event.expiration;
    return [{ extension: asInstruction(event) }];
  });
}
