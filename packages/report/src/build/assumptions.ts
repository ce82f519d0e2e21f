/**
 * Assumptions: which inputs and formulas of a workbook differ from the model's defaults (compared month by month,
 * whatever way each file writes its values), who set them and why; and the model's own projection levers.
 */
import type { ModelDefinition, ScenarioEdit, VariableDefinition } from '@tradesheet/core';
import type { Assumption } from '../document.js';
import { monthIndex, monthsBetween, resolveInputs, summarise } from './inputs.js';
import type { Resolved } from './inputs.js';

interface Member {
  key: string;
  name: string;
}

/** Member keys of a variable as files write them: `us`, or `us.cars` for two dimensions. */
function membersOf(model: ModelDefinition, v: VariableDefinition): Member[] {
  let members: Member[] = [{ key: '', name: '' }];
  for (const dim of v.dims ?? []) {
    const d = model.dimensions.find((x) => x.name === dim);
    const next = d?.members ?? [];
    members = members.flatMap((m) =>
      next.map((n) => ({ key: m.key ? `${m.key}.${n.id}` : n.id, name: m.name ? `${m.name} · ${n.name}` : n.name })),
    );
  }
  return members;
}

function provenance(v: VariableDefinition, member: string): { source: string | null; confidence: string | null } {
  const own = member ? v.memberSources?.[member] : undefined;
  return { source: own?.source ?? v.source ?? null, confidence: own?.confidence ?? v.confidence ?? null };
}

/** The reason saved with the last edit of this variable (and member) in the scenario, if any. */
function whyOf(edits: ScenarioEdit[], variable: string, member: string | null): string | null {
  let why: string | null = null;
  for (const e of edits) {
    const name = e.kind === 'addVariable' ? e.definition.name : e.kind === 'setAsOf' ? 'calendar.asOf' : e.variable;
    const edMember = 'member' in e ? e.member : undefined;
    if (name === variable && (edMember === undefined || member === null || edMember === member) && e.why) why = e.why;
  }
  return why;
}

function differingMonths(a: Resolved, b: Resolved): number[] {
  return a.flatMap((v, i) => (v === b[i] ? [] : [i]));
}

/** Every input or formula of `current` that differs from `model`, set by `setBy` (a scenario name). */
export function diffAssumptions(
  model: ModelDefinition,
  current: ModelDefinition,
  setBy: string,
  edits: ScenarioEdit[] = [],
): Assumption[] {
  const months = monthsBetween(current.calendar.start, current.calendar.end);
  const out: Assumption[] = [];
  const base = (variable: string, member: Member | null, v: VariableDefinition | undefined): Assumption => ({
    variable,
    member: member?.key || null,
    memberName: member?.name || null,
    change: 'values',
    from: null,
    to: null,
    months: null,
    unit: v?.unit ?? null,
    setBy,
    why: whyOf(edits, variable, member?.key || null),
    ...(v ? provenance(v, member?.key ?? '') : { source: null, confidence: null }),
  });
  if ((model.calendar.asOf ?? null) !== (current.calendar.asOf ?? null)) {
    out.push({ ...base('calendar.asOf', null, undefined), change: 'asOf', from: model.calendar.asOf ?? null, to: current.calendar.asOf ?? null });
  }
  for (const v of current.variables) {
    const d = model.variables.find((x) => x.name === v.name);
    if (!d) {
      out.push({ ...base(v.name, null, v), change: 'added', to: v.formula ?? null });
      continue;
    }
    if ((v.formula ?? null) !== (d.formula ?? null)) {
      out.push({ ...base(v.name, null, d), change: 'formula', from: d.formula ?? null, to: v.formula ?? null });
    }
    const formulaKeys = new Set([...Object.keys(d.memberFormulas ?? {}), ...Object.keys(v.memberFormulas ?? {})]);
    const members = membersOf(model, d);
    for (const key of formulaKeys) {
      const was = d.memberFormulas?.[key] ?? null;
      const now = v.memberFormulas?.[key] ?? null;
      const member = members.find((m) => m.key === key) ?? { key, name: key };
      if (was !== now) out.push({ ...base(v.name, member, d), change: 'formula', from: was, to: now });
    }
    const keys = members.map((m) => m.key).filter(Boolean);
    const was = resolveInputs(d.values, keys, months, model.calendar.start);
    const now = resolveInputs(v.values, keys, months, current.calendar.start);
    for (const member of members) {
      const a = was.get(member.key) ?? [];
      const b = now.get(member.key) ?? [];
      const differ = differingMonths(a, b);
      if (differ.length === 0) continue;
      const pick = (s: Resolved): Resolved => differ.map((i) => s[i] ?? null);
      out.push({
        ...base(v.name, member.key ? member : null, d),
        from: summarise(pick(a)),
        to: summarise(pick(b)),
        // Every month: a lever changed as a whole, and the calendar's ends would only be noise.
        months: differ.length === months.length ? null : { first: months[differ[0]!]!, last: months[differ[differ.length - 1]!]! },
      });
    }
  }
  for (const d of model.variables) {
    if (!current.variables.some((v) => v.name === d.name)) out.push({ ...base(d.name, null, d), change: 'removed' });
  }
  return out;
}

/**
 * The model's projection levers: inputs without a formula (growth rates, exchange-rate and GDP assumptions), each
 * with its value over the projected months and its source. One row per member unless every member shares a value.
 */
export function modelAssumptions(model: ModelDefinition): Assumption[] {
  const all = monthsBetween(model.calendar.start, model.calendar.end);
  const asOf = model.calendar.asOf;
  const projected = asOf ? all.filter((m) => monthIndex(m) > monthIndex(asOf)) : all;
  const out: Assumption[] = [];
  for (const v of model.variables) {
    if (v.values === undefined || v.formula !== undefined || v.memberFormulas !== undefined) continue;
    const members = membersOf(model, v);
    const keys = members.map((m) => m.key).filter(Boolean);
    const resolved = resolveInputs(v.values, keys, projected, model.calendar.start);
    const summaries = members.map((m) => summarise(resolved.get(m.key) ?? []));
    const shared = new Set(summaries).size === 1 && !v.memberSources;
    const rows = shared ? [{ key: '', name: '' }] : members;
    for (const m of rows) {
      out.push({
        variable: v.name,
        member: m.key || null,
        memberName: m.name || null,
        change: 'values',
        from: null,
        to: summarise(resolved.get(m.key || (keys[0] ?? '')) ?? []),
        months: projected.length > 0 ? { first: projected[0]!, last: projected[projected.length - 1]! } : null,
        unit: v.unit ?? null,
        setBy: 'model',
        why: null,
        ...provenance(v, m.key),
      });
    }
  }
  return out;
}
