/**
 * What `tradesheet explain` says about one variable (or member) in one month, read from a workbook: plain data,
 * laid out by `explain-text.ts` or printed as JSON.
 */
import { isCellError, type Workbook } from '@tradesheet/core';
import { CliError, quoteArg } from './errors.js';
import type { Explanation } from './explain-text.js';
import { suggest } from './suggest.js';

type Value = number | { error: string; message: string };

function valueOf(workbook: Workbook, name: string, member: string | undefined, month: string): Value {
  const v = workbook.value(name, member, month);
  return isCellError(v) ? { error: v.code, message: v.message } : v;
}

export function explain(workbook: Workbook, target: string, month: string, scenario: string): Explanation {
  const [name = '', member, ...extra] = target.split('.');
  const info = workbook.variable(name);
  if (!info) {
    const hint = suggest(name, workbook.variableNames());
    throw new CliError('CLI_UNKNOWN_VARIABLE', `explain ${quoteArg(target)}: no variable "${name}"${hint}`);
  }
  const memberKey = extra.length > 0 ? [member, ...extra].join('.') : member;
  const scalar = info.dims.length === 0;
  if (memberKey !== undefined && (scalar || !info.memberKeys.includes(memberKey))) {
    const known = scalar ? `${name} has no members` : `members: ${info.memberKeys.join(', ')}`;
    throw new CliError('CLI_UNKNOWN_MEMBER', `explain ${quoteArg(target)}: no member "${memberKey}" of ${name} (${known})`);
  }
  const def = info.definition;
  const formula = (memberKey !== undefined ? def.memberFormulas?.[memberKey] : undefined) ?? def.formula ?? null;
  const provenance = (memberKey !== undefined ? def.memberSources?.[memberKey] : undefined) ?? def;
  const members = memberKey !== undefined || scalar ? [memberKey] : info.memberKeys;
  const values = members.map((m) => ({
    member: m ?? null,
    value: valueOf(workbook, name, m, month),
    actual: workbook.isActual(name, m, month),
  }));
  const dependsOn = workbook.dependencies(name).map((dep) => {
    const depInfo = workbook.variable(dep);
    const depScalar = depInfo?.dims.length === 0;
    const depMember = depScalar ? undefined : memberKey;
    // A formula that reads its own variable reads earlier months (`lag`): this month's value would mislead.
    const readable =
      dep !== name && depInfo !== undefined && (depScalar || (depMember !== undefined && depInfo.memberKeys.includes(depMember)));
    return { variable: dep, member: depMember ?? null, value: readable ? valueOf(workbook, dep, depMember, month) : null };
  });
  return {
    variable: name,
    member: memberKey ?? null,
    scenario,
    month,
    description: def.description ?? null,
    unit: def.unit ?? null,
    formula,
    values,
    dependsOn,
    usedBy: workbook.dependents(name).filter((other) => other !== name),
    source: provenance.source ?? def.source ?? null,
    confidence: provenance.confidence ?? def.confidence ?? null,
    asOf: workbook.calendar.asOf ?? null,
  };
}
