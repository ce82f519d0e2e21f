/**
 * Folds repeated edits of one target into the last, so ten nudges of EU export growth save as one line of YAML.
 * An edit is dropped only when a later edit sets the very same target with nothing in between that could overlap
 * it (only edits of other variables, or of other members of the same kind), so the folded list always leaves the
 * workbook in the same state as the full one.
 */
import type { ScenarioEdit } from '@tradesheet/core';

function target(edit: ScenarioEdit): string | undefined {
  switch (edit.kind) {
    case 'setInput':
      return `input|${edit.variable}|${edit.member ?? '*'}|${edit.month ?? '*'}`;
    case 'setValues':
      return `values|${edit.variable}|${edit.member ?? '*'}`;
    case 'setFormula':
      return `formula|${edit.variable}|${edit.member ?? '*'}`;
    default:
      return undefined;
  }
}

function variableOf(edit: ScenarioEdit): string | undefined {
  switch (edit.kind) {
    case 'addVariable':
      return edit.definition.name;
    case 'setAsOf':
      return undefined;
    default:
      return edit.variable;
  }
}

function memberOf(edit: ScenarioEdit): string | undefined {
  return edit.kind === 'setInput' || edit.kind === 'setValues' || edit.kind === 'setFormula' ? edit.member : undefined;
}

function otherMember(a: ScenarioEdit, b: ScenarioEdit): boolean {
  const ma = memberOf(a);
  const mb = memberOf(b);
  return a.kind === b.kind && ma !== undefined && mb !== undefined && ma !== mb;
}

export function compactEdits(edits: readonly ScenarioEdit[]): ScenarioEdit[] {
  const keep: ScenarioEdit[] = [];
  for (const edit of edits) {
    const key = target(edit);
    if (key !== undefined) {
      // Walk back over edits of other variables; a same-target edit there is overwritten by this one.
      for (let i = keep.length - 1; i >= 0; i--) {
        const earlier = keep[i]!;
        if (earlier.kind === 'setAsOf') break;
        if (variableOf(earlier) !== variableOf(edit)) continue;
        if (target(earlier) === key) {
          keep.splice(i, 1);
          break;
        }
        // Another member of the same variable is independent; anything wider (no member, other kinds) is not.
        if (!otherMember(earlier, edit)) break;
      }
    }
    keep.push(edit);
  }
  return keep;
}
