import type { VFile } from 'vfile';
import { transition } from 'xstate';
import { error } from '../core/diagnostics.js';
import { lifecycleMachine, type LifecycleEvent } from './lifecycle.js';
import type { LifecycleContext, SourcePoint } from '../types.js';

/** The lifecycle's state as the fold carries it. */
export type LifecycleSnapshot = ReturnType<typeof transition<typeof lifecycleMachine>>[0];

/**
 * Step the lifecycle with one event (pure: no actor, no side effects).
 * @param snapshot the state before
 * @param event what the filing says
 * @returns the state after
 */
export function step(snapshot: LifecycleSnapshot, event: LifecycleEvent): LifecycleSnapshot {
  return transition(lifecycleMachine, snapshot, event)[0];
}

/**
 * Why an amendment number is not the next one, in words, or null when it is.
 * @param context the lifecycle's context before the filing
 * @param final whether the offer is already final
 * @param amendment the filing's amendment number
 * @returns the reason and rule, or null
 */
export function orderProblem(context: LifecycleContext, final: boolean, amendment: number): { reason: string; ruleId: string } | null {
  const last = context.amendments[context.amendments.length - 1] ?? 0;
  if (final) return { reason: `Expected no amendment after the final Amendment No. \`${last}\`, found Amendment No. \`${amendment}\``, ruleId: 'amendment-after-final' };
  if (amendment === last + 1) return null;
  const seen = context.amendments.includes(amendment);
  const after = last === 0 ? 'first' : `after Amendment No. \`${last}\``;
  const found = seen ? `Amendment No. \`${amendment}\` again` : amendment < last ? `Amendment No. \`${amendment}\`, out of order` : `Amendment No. \`${amendment}\`, leaving a gap`;
  return { reason: `Expected Amendment No. \`${last + 1}\` ${after}, found ${found}`, ruleId: 'amendment-order' };
}

/**
 * Where a filing states its amendment number ("AMENDMENT NO. 2"), for messages about its order.
 * @param file the filing
 * @returns the point, or line 1 column 1
 */
export function amendmentPlace(file: VFile): SourcePoint {
  const text = String(file.value);
  const match = /amendment\s+no\.?\s*\d+/i.exec(text);
  if (!match) return { line: 1, column: 1 };
  const before = text.slice(0, match.index);
  return { line: before.split('\n').length, column: match.index - before.lastIndexOf('\n') };
}

/**
 * Send a filing's amendment to the lifecycle, reporting on the filing when its number is out of order,
 * duplicated, leaves a gap, or comes after the final amendment.
 * @param snapshot the state before
 * @param file the filing
 * @param event the amendment event
 * @returns the state after (unchanged when the lifecycle refused the amendment)
 */
export function stepAmendment(snapshot: LifecycleSnapshot, file: VFile, event: Extract<LifecycleEvent, { type: 'filing.amend' }>): LifecycleSnapshot {
  const problem = orderProblem(snapshot.context, snapshot.value === 'final', event.amendment);
  if (problem) error(file, problem.reason, amendmentPlace(file), problem.ruleId);
  return step(snapshot, event);
}
