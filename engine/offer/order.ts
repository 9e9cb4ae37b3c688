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
 * @param final whether the offer is already over (final, or terminated as a whole)
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
 * Send a filing's amendment to the lifecycle, reporting on the filing when its number is out of order,
 * duplicated, leaves a gap, or comes after the final amendment.
 * @param snapshot the state before
 * @param file the filing
 * @param place where the filing states its amendment number (its `amendmentSource`), or null for its start
 * @param event the amendment event
 * @returns the state after (unchanged when the lifecycle refused the amendment)
 */
export function stepAmendment(snapshot: LifecycleSnapshot, file: VFile, place: SourcePoint | null, event: Extract<LifecycleEvent, { type: 'filing.amend' }>): LifecycleSnapshot {
  const problem = orderProblem(snapshot.context, snapshot.status === 'done', event.amendment);
  if (problem) error(file, problem.reason, place ?? { line: 1, column: 1 }, problem.ruleId);
  return step(snapshot, event);
}
