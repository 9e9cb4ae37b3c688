import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { initialTransition } from 'xstate';
import { lifecycleMachine } from '../../engine/offer/lifecycle.js';
import { orderProblem, step, stepAmendment } from '../../engine/offer/order.js';

const start = () => initialTransition(lifecycleMachine, { expiration: '2002-11-14' })[0];
const amend = (amendment: number, restated: string[] = [], added: string[] = []) => ({ type: 'filing.amend' as const, amendment, restated, added });

describe('the lifecycle machine', () => {
  it('walks the 2002 offer: amended, extended, withdrawn for a plan, final with results', () => {
    let s = start();
    expect(s.value).toBe('original');
    s = step(s, amend(1, ['(a)(5)']));
    s = step(s, amend(2, ['(a)(1)', '(a)(2)'], ['(a)(7)', '(a)(8)']));
    s = step(s, { type: 'filing.extend', expiration: '2002-11-22', time: null });
    s = step(s, { type: 'filing.withdraw', plan: 'TTI Plan' });
    expect(s.value).toBe('amended');
    const results = { expired: '2002-11-22', accepted: 8802245, unit: 'options', underlying: false, percentEligible: 70, cash: null, grantDate: '2003-05-27', tendered: null, percentOutstanding: null, acceptedAll: null, mergerDate: null };
    s = step(s, amend(3, [], ['(a)(9)']));
    s = step(s, { type: 'filing.final', results });
    expect(s.value).toBe('final');
    expect(JSON.parse(JSON.stringify(s.context))).toEqual({
      expirations: ['2002-11-14', '2002-11-22'],
      expirationTime: null,
      withdrawnPlans: ['TTI Plan'],
      exhibitsRestated: ['(a)(5)', '(a)(1)', '(a)(2)'],
      exhibitsAdded: ['(a)(7)', '(a)(8)', '(a)(9)'],
      results,
      amendments: [1, 2, 3],
      price: null,
      sharesSought: null,
      waived: [],
      subsequentUntil: null,
      terminated: null,
      recommendation: null,
    });
  });

  it('refuses a duplicate or earlier amendment, and anything after the final one', () => {
    const once = step(start(), amend(1));
    expect(step(once, amend(1)).context.amendments).toEqual([1]);
    const final = step(once, { type: 'filing.final', results: null });
    expect(step(final, amend(2)).context.amendments).toEqual([1]);
  });
});

describe('the lifecycle machine: terms, periods and termination', () => {
  it('holds the terms a filing changes, opens and closes a subsequent offering period, then ends final', () => {
    let s = step(start(), amend(1));
    s = step(s, { type: 'filing.extend', expiration: '2002-11-22', time: '5:00 p.m., Eastern Time' });
    s = step(s, { type: 'filing.price', price: { low: 31, high: 34 } });
    s = step(s, { type: 'filing.shares', sought: 425000 });
    s = step(s, { type: 'filing.waive', condition: 'Minimum Condition' });
    expect(s.value).toBe('amended');
    s = step(s, { type: 'filing.subsequent.start', until: '2002-12-06' });
    expect(s.value).toBe('subsequent');
    s = step(s, amend(2));
    s = step(s, { type: 'filing.subsequent.end', date: '2002-12-06' });
    expect(s.value).toBe('amended');
    s = step(s, { type: 'filing.final', results: null });
    expect(s.value).toBe('final');
    expect(s.context).toMatchObject({
      expirations: ['2002-11-14', '2002-11-22'],
      expirationTime: '5:00 p.m., Eastern Time',
      price: { low: 31, high: 34 },
      sharesSought: 425000,
      waived: ['Minimum Condition'],
      subsequentUntil: '2002-12-06',
      amendments: [1, 2],
    });
  });

  it('ends terminated, with the reason as filed, and takes nothing after', () => {
    let s = step(step(start(), amend(1)), { type: 'filing.terminate', reason: 'The Offer has been terminated.' });
    expect([s.value, s.status, s.context.terminated]).toEqual(['terminated', 'done', 'The Offer has been terminated.']);
    s = step(s, amend(2));
    expect(s.context.amendments).toEqual([1]);
  });

  it('keeps one expiration when a filing restates the one in force, taking its time of day', () => {
    const s = step(step(start(), amend(1)), { type: 'filing.extend', expiration: '2002-11-14', time: '5:00 p.m., Eastern Time' });
    expect([s.context.expirations, s.context.expirationTime]).toEqual([['2002-11-14'], '5:00 p.m., Eastern Time']);
  });
});

describe('amendment order', () => {
  const context = step(step(start(), amend(1)), amend(2)).context;

  it('says what was expected and found', () => {
    expect(orderProblem(context, false, 3)).toBeNull();
    expect(orderProblem(context, false, 2)).toEqual({ reason: 'Expected Amendment No. `3` after Amendment No. `2`, found Amendment No. `2` again', ruleId: 'amendment-order' });
    expect(orderProblem(context, false, 5)).toEqual({ reason: 'Expected Amendment No. `3` after Amendment No. `2`, found Amendment No. `5`, leaving a gap', ruleId: 'amendment-order' });
    expect(orderProblem(context, true, 3)).toEqual({ reason: 'Expected no amendment after the final Amendment No. `2`, found Amendment No. `3`', ruleId: 'amendment-after-final' });
    expect(orderProblem(start().context, false, 2)?.reason).toBe('Expected Amendment No. `1` first, found Amendment No. `2`, leaving a gap');
  });

  it('reports on the filing where it states its number', () => {
    const file = new VFile({ path: 'amendment-2.txt', value: 'SCHEDULE TO\n\n      (AMENDMENT NO. 1)\n' });
    const once = step(start(), amend(1));
    stepAmendment(once, file, { line: 3, column: 8 }, amend(1));
    expect(file.messages.map(String)).toEqual(['amendment-2.txt:3:8: Expected Amendment No. `2` after Amendment No. `1`, found Amendment No. `1` again']);
    expect(file.messages[0]?.ruleId).toBe('amendment-order');
  });
});
