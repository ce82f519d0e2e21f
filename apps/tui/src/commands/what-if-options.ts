/**
 * The flags `report` and `run` share, declared once so both commands accept exactly the same what-if, and their
 * values checked once (`--from 2026 --to 2028`, `--as-of 2025-12`) with messages that name the flag.
 */
import { Command, Option } from 'commander';
import { checkYearRange, parseYear } from './option-values.js';
import type { WhatIfOptions } from './what-if.js';

export interface WhatIfFlags extends WhatIfOptions {
  from?: string;
  to?: string;
  dir?: string;
  out?: string;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function addWhatIfOptions(command: Command): Command {
  return command
    .option('--scenario <name|file>', 'compare this scenario against baseline (repeatable)', collect)
    .option('--set <var[.member]=value>', 'an ad-hoc edit: a number, or a formula (repeatable)', collect)
    .option('--as-of <yyyy-mm>', 'last month of actuals; later months are projected')
    .option('--from <year>', 'first year shown')
    .option('--to <year>', 'last year shown')
    .option('--dir <folder>', 'scenario folder the app saves to (default ./scenarios)')
    .option('--out <file>', 'write to this file (atomically) instead of stdout');
}

/**
 * The scenario folder: the command's own `--dir`, else one given before the command (`tradesheet --dir x report`),
 * else undefined for the default.
 */
export function scenarioDir(flags: { dir?: string }, command: Command): string | undefined {
  return flags.dir ?? (command.parent?.opts() as { dir?: string } | undefined)?.dir;
}

export function formatOption(formats: readonly string[]): Option {
  return new Option('--format <format>', 'output format').choices(formats).default('text');
}

/** The years to report, or undefined for the report's own default. */
export function yearRange(flags: WhatIfFlags, calendar: { start: string; end: string }): { from: number; to: number } | undefined {
  const from = flags.from === undefined ? undefined : parseYear('--from', flags.from);
  const to = flags.to === undefined ? undefined : parseYear('--to', flags.to);
  return checkYearRange({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }, calendar);
}

export const WHAT_IF_HELP = `
Examples:
  $ tradesheet run --set export_growth.eu=0
  $ tradesheet run --set export_growth.us=-30 --set 'import_growth=export_growth / 2'
  $ tradesheet report --scenario us-decoupling --scenario ./my-scenario.yaml --format md --out report.md
  $ tradesheet report --format json | jq '.scenarios[0].annual'

--set VAR[.MEMBER]=VALUE: a number sets the input in every month (and every member unless one is named); any other
VALUE is a formula, checked as one typed in the app. The --set edits form one scenario, "custom", on top of the model.
--scenario takes a name from \`tradesheet scenarios\`, a file, or a scenario saved in the --dir folder.`;
