/**
 * `tradesheet explain VAR[.MEMBER] [--month YYYY-MM]`: where a number comes from. The formula (or that it is an
 * input), the value in the month, whether that value is an actual or the formula's projection, the variables it
 * reads with their values in that month, the variables that read it, and its source and confidence.
 */
import { Command } from 'commander';
import { isCellError, type Workbook } from '@tradesheet/core';
import { loadContext } from './context.js';
import { CliError, quoteArg } from './errors.js';
import type { CliIo } from './io.js';
import { checkMonthInCalendar, parseMonth } from './option-values.js';
import { buildWhatIf, suggest } from './what-if.js';
import { explainText, type Explanation } from './explain-text.js';
import { formatOption } from './what-if-options.js';

interface ExplainFlags {
  month?: string;
  scenario?: string;
  dir?: string;
  format: 'text' | 'json';
}

export function createExplainCommand(io: CliIo): Command {
  return new Command('explain')
    .description('Explain a variable: its formula, its value in a month, what it depends on, and its source.')
    .argument('<var[.member]>', 'a variable, or one member of it, e.g. surplus or exports.eu')
    .option('--month <yyyy-mm>', 'the month to show (default: the last month of actuals)')
    .option('--scenario <name|file>', 'explain the value in this scenario rather than the baseline')
    .option('--dir <folder>', 'scenario folder the app saves to (default ./scenarios)')
    .addOption(formatOption(['text', 'json']))
    .addHelpText('after', '\nExamples:\n  $ tradesheet explain surplus --month 2025-11\n  $ tradesheet explain exports.eu --month 2026-06')
    .action((target: string, flags: ExplainFlags) => {
      const { model, sources } = loadContext(io, flags.dir);
      const whatIf = buildWhatIf(model, sources, flags.scenario === undefined ? {} : { scenario: [flags.scenario] });
      const scenario = whatIf.scenarios[0];
      const workbook = scenario?.workbook ?? whatIf.baseline;
      const calendar = workbook.calendar;
      const month = flags.month === undefined ? (calendar.asOf ?? calendar.end) : parseMonth('--month', flags.month);
      checkMonthInCalendar('--month', month, calendar);
      const explanation = explain(workbook, target, month, scenario?.name ?? 'baseline');
      io.stdout.write(flags.format === 'json' ? `${JSON.stringify(explanation, null, 2)}\n` : explainText(explanation));
    });
}

type Value = number | { error: string; message: string };

function valueOf(workbook: Workbook, name: string, member: string | undefined, month: string): Value {
  const v = workbook.value(name, member, month);
  return isCellError(v) ? { error: v.code, message: v.message } : v;
}

export function explain(workbook: Workbook, target: string, month: string, scenario: string): Explanation {
  const [name = '', member, ...extra] = target.split('.');
  const info = workbook.variable(name);
  if (!info) {
    throw new CliError('CLI_UNKNOWN_VARIABLE', `explain ${quoteArg(target)}: no variable "${name}"${suggest(name, workbook.variableNames())}`);
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
