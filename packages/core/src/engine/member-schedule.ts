import type { Step } from '../graph/schedule.js';
import type { VariableState } from './variable-state.js';

/**
 * Orders the members of a variable that reads itself in the same month, as a spreadsheet orders cells: `x.asean =
 * x.us + x.eu` is fine as long as no member reads itself through the others. Members on a cycle, members that read
 * a later month of the variable, and members that depend on those are `cyclic`.
 */
export function memberSchedule(v: VariableState): Extract<Step, { kind: 'members' }> {
  const M = v.memberCount;
  const next: number[][] = Array.from({ length: M }, () => []);
  const indegree = new Int32Array(M);
  const blocked = new Uint8Array(M);
  for (const group of v.groups) {
    for (const m of group.members) {
      group.compiled.root.forEachRead(m, (source, member, latest) => {
        if (source !== v || latest < 0) return;
        if (latest > 0) blocked[m] = 1;
        next[member]!.push(m);
        indegree[m]!++;
      });
    }
  }
  const order: number[] = [];
  for (let m = 0; m < M; m++) if (indegree[m] === 0 && blocked[m] === 0) order.push(m);
  for (let i = 0; i < order.length; i++) {
    for (const to of next[order[i]!]!) {
      indegree[to]!--;
      if (indegree[to] === 0 && blocked[to] === 0) order.push(to);
    }
  }
  const placed = new Uint8Array(M);
  for (const m of order) placed[m] = 1;
  const cyclic: number[] = [];
  for (let m = 0; m < M; m++) if (!placed[m]) cyclic.push(m);
  return { kind: 'members', variable: v.name, order: Int32Array.from(order), cyclic: Int32Array.from(cyclic), path: cyclePath(v, next, placed) };
}

/** One cycle among the unplaced members, as member names: `x.eu → x.asean → x.eu`. */
function cyclePath(v: VariableState, next: number[][], placed: Uint8Array): string[] {
  const label = (m: number) => `${v.name}${v.memberLabel(m)}`;
  for (let start = 0; start < next.length; start++) {
    if (placed[start]) continue;
    // Walk unplaced successors backwards is not needed: follow edges among unplaced members until one repeats.
    const seen = new Map<number, number>();
    const path: number[] = [];
    let m: number | undefined = start;
    while (m !== undefined && !seen.has(m)) {
      seen.set(m, path.length);
      path.push(m);
      m = next[m]!.find((to) => !placed[to]);
    }
    if (m !== undefined) return [...path.slice(seen.get(m)!), m].map(label);
  }
  return [v.name, v.name];
}
