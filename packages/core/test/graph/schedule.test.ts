import { describe, expect, it } from 'vitest';
import { buildSchedule, type GraphEdge, type Step } from '../../src/graph/schedule.js';

const edge = (from: string, to: string, latest = 0): GraphEdge => ({ from, to, latest });

/** Position of a variable in the evaluation order. */
function positionOf(schedule: Step[], name: string): number {
  return schedule.findIndex((step) => (step.kind === 'whole' || step.kind === 'members' ? step.variable === name : step.variables.includes(name)));
}

describe('buildSchedule', () => {
  it('puts every variable after the variables it reads, whatever the declaration order', () => {
    const schedule = buildSchedule(['total', 'share', 'exports', 'growth'], [
      edge('growth', 'exports'),
      edge('exports', 'total'),
      edge('exports', 'share'),
      edge('total', 'share'),
    ]);
    expect(schedule.every((step) => step.kind === 'whole')).toBe(true);
    expect(positionOf(schedule, 'growth')).toBeLessThan(positionOf(schedule, 'exports'));
    expect(positionOf(schedule, 'exports')).toBeLessThan(positionOf(schedule, 'total'));
    expect(positionOf(schedule, 'total')).toBeLessThan(positionOf(schedule, 'share'));
  });

  it('steps a variable that reads itself months earlier through time instead of calling it a cycle', () => {
    expect(buildSchedule(['x'], [edge('x', 'x', -1)])).toEqual([{ kind: 'stepped', variables: ['x'] }]);
  });

  it('orders a recursion in time so the same-month read comes first', () => {
    // y reads z a month back, z reads y in the same month: within a month y must come first.
    const schedule = buildSchedule(['z', 'y'], [edge('z', 'y', -1), edge('y', 'z', 0)]);
    expect(schedule).toEqual([{ kind: 'stepped', variables: ['y', 'z'] }]);
  });

  it('reports a same-month cycle with a path that returns to its start', () => {
    const schedule = buildSchedule(['a', 'b', 'c'], [edge('a', 'b'), edge('b', 'a'), edge('a', 'c')]);
    const cycle = schedule.find((step) => step.kind === 'cycle');
    expect(cycle).toBeDefined();
    if (cycle?.kind !== 'cycle') return;
    expect([...cycle.variables].sort()).toEqual(['a', 'b']);
    expect(cycle.path[0]).toBe(cycle.path[cycle.path.length - 1]);
    expect(new Set(cycle.path)).toEqual(new Set(['a', 'b']));
    // The reader of the cycle comes after it, so it can show the cycle's error.
    expect(positionOf(schedule, 'c')).toBeGreaterThan(positionOf(schedule, 'a'));
  });

  it('reports a self-read in the same month as a cycle x → x', () => {
    expect(buildSchedule(['x'], [edge('x', 'x', 0)])).toEqual([{ kind: 'cycle', variables: ['x'], path: ['x', 'x'] }]);
  });

  it('treats a read of a later month inside a loop as a cycle', () => {
    const schedule = buildSchedule(['a', 'b'], [edge('a', 'b', -1), edge('b', 'a', 11)]);
    expect(schedule).toHaveLength(1);
    expect(schedule[0]!.kind).toBe('cycle');
  });

  it('gives the path of a longer cycle in edge order', () => {
    const schedule = buildSchedule(['a', 'b', 'c'], [edge('a', 'b'), edge('b', 'c'), edge('c', 'a')]);
    const cycle = schedule[0]!;
    expect(cycle.kind).toBe('cycle');
    if (cycle.kind !== 'cycle') return;
    expect(cycle.path).toHaveLength(4);
    const next = new Map([['a', 'b'], ['b', 'c'], ['c', 'a']]);
    for (let i = 0; i + 1 < cycle.path.length; i++) expect(next.get(cycle.path[i]!)).toBe(cycle.path[i + 1]);
  });

  it('ignores edges from or to names it was not given (a removed variable)', () => {
    expect(buildSchedule(['a'], [edge('gone', 'a'), edge('a', 'gone')])).toEqual([{ kind: 'whole', variable: 'a' }]);
  });

  it('schedules a dependency chain of 20,000 variables without overflowing the stack', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `v${i}`);
    const edges = names.slice(1).map((name, i) => edge(names[i]!, name));
    // Declared inputs first, as models are written: the depth-first search then walks the whole chain.
    const schedule = buildSchedule(names, edges);
    expect(schedule).toHaveLength(20_000);
    expect(schedule[0]).toEqual({ kind: 'whole', variable: 'v0' });
    expect(schedule[19_999]).toEqual({ kind: 'whole', variable: 'v19999' });
  });
});
