import type { Step } from '../graph/schedule.js';
import { dirtyMembers, normalizeDirty, type DirtyMembers, type DirtySet } from './dirty.js';
import type { FormulaGroup, VariableState } from './variable-state.js';

/**
 * Spreads dirtiness from the edited members to the members that read them, in schedule order, member by member:
 * a change to one partner's growth dirties that partner's flows and the totals, not the other partners.
 */
export function propagateDirty(schedule: readonly Step[], variables: ReadonlyMap<string, VariableState>, dirty: DirtySet): void {
  normalizeDirty(dirty);
  for (const step of schedule) {
    const names = step.kind === 'whole' || step.kind === 'members' ? [step.variable] : step.variables;
    const states = names.map((name) => variables.get(name)!);
    // Inside a recursion in time, dirtiness can go round: repeat until nothing new is marked.
    let changed = true;
    while (changed) {
      changed = false;
      for (const v of states) if (markFromSources(v, dirty)) changed = true;
      if (step.kind === 'whole') break;
    }
  }
  normalizeDirty(dirty);
}

function markFromSources(v: VariableState, dirty: DirtySet): boolean {
  if (dirty.get(v) === null) return false;
  let marked = false;
  let target: DirtyMembers | undefined;
  let full = false;
  const mark = (member: number) => {
    if (full) return;
    target ??= dirtyMembers(dirty, v)!;
    if (!target.add(member)) return;
    marked = true;
    // Every member marked: say "all" at once, so readers of v skip the member-by-member walk.
    if (target.list.length === v.memberCount) {
      dirty.set(v, null);
      full = true;
    }
  };
  for (const group of v.groups) {
    for (const read of group.compiled.reads) {
      const source = read.source as VariableState;
      const sourceDirty = dirty.get(source);
      if (sourceDirty === undefined) continue;
      if (sourceDirty === null) {
        // Every member of the source changed: every member of this group may read one of them. A group of every
        // member makes all of v dirty at once, without marking a thousand members one by one.
        if (group.members.length === v.memberCount) {
          dirty.set(v, null);
          return true;
        }
        for (const m of group.members) mark(m);
        continue;
      }
      const inverse = inverseFor(group, source);
      // The list may grow while we walk it (a variable reading itself): walk by index.
      for (let i = 0; i < sourceDirty.list.length; i++) {
        const s = sourceDirty.list[i]!;
        for (let j = inverse.offsets[s]!; j < inverse.offsets[s + 1]!; j++) mark(inverse.targets[j]!);
      }
    }
  }
  return marked;
}

/** For one source, which members of the group read each of its members (CSR form), built once per compilation. */
function inverseFor(group: FormulaGroup, source: VariableState): { offsets: Int32Array; targets: Int32Array } {
  if (!group.inverse) group.inverse = buildInverse(group);
  return group.inverse.get(source.name) ?? { offsets: new Int32Array(source.memberCount + 1), targets: new Int32Array(0) };
}

function buildInverse(group: FormulaGroup): Map<string, { offsets: Int32Array; targets: Int32Array }> {
  const pairs = new Map<string, { count: number; sources: number[]; targets: number[] }>();
  for (const read of group.compiled.reads) pairs.set(read.source.name, { count: read.source.memberCount, sources: [], targets: [] });
  for (let i = 0; i < group.members.length; i++) {
    const target = group.members[i]!;
    group.compiled.root.forEachRead(target, (source, member) => {
      const entry = pairs.get(source.name)!;
      entry.sources.push(member);
      entry.targets.push(target);
    });
  }
  const result = new Map<string, { offsets: Int32Array; targets: Int32Array }>();
  for (const [name, entry] of pairs) {
    const offsets = new Int32Array(entry.count + 1);
    for (const s of entry.sources) offsets[s + 1] = offsets[s + 1]! + 1;
    for (let s = 0; s < entry.count; s++) offsets[s + 1] = offsets[s + 1]! + offsets[s]!;
    const cursor = offsets.slice(0, entry.count);
    const targets = new Int32Array(entry.sources.length);
    entry.sources.forEach((s, k) => {
      targets[cursor[s]!] = entry.targets[k]!;
      cursor[s] = cursor[s]! + 1;
    });
    result.set(name, { offsets, targets });
  }
  return result;
}
