/**
 * `tradesheet explain VAR[.MEMBER] [--month YYYY-MM]`: where a number comes from. The formula (or that it is an
 * input), the value in the month, whether that value is an actual or the formula's projection, the variables it
 * reads with their values in that month, the variables that read it, and its source and confidence.
 */
import { Command } from 'commander';
import { explainText } from './explain-text.js';
import type { CliIo } from './io.js';
import { checkMonthInCalendar, parseMonth } from './option-values.js';
import { formatOption, scenarioDir } from './what-if-options.js';

interface ExplainFlags {
  month?: string;
  scenario?: string;
  dir?: string;
  format: 'text' | 'json';
}

export function createExplainCommand(io: CliIo): Command {
  return new Command('explain')
    .summary('a variable: its formula, value, dependencies and source')
    .description('Explain a variable: its formula, its value in a month, what it depends on, and its source.')
    .argument('<var[.member]>', 'a variable, or one member of it, e.g. surplus or exports.eu')
    .option('--month <yyyy-mm>', 'the month to show (default: the last month of actuals)')
    .option('--scenario <name|file>', 'explain the value in this scenario rather than the baseline')
    .option('--dir <folder>', 'scenario folder the app saves to (default ./scenarios)')
    .addOption(formatOption(['text', 'json']))
    .addHelpText('after', '\nExamples:\n  $ tradesheet explain surplus --month 2025-11\n  $ tradesheet explain exports.eu --month 2026-06')
    .action(async (target: string, flags: ExplainFlags, command: Command) => {
      // The engine loads only when the command runs, so `--help` answers at once.
      const [{ loadContext }, { buildWhatIf }, { explain }] = await Promise.all([
        import('./context.js'),
        import('./what-if.js'),
        import('./explanation.js'),
      ]);
      const { model, sources } = loadContext(io, scenarioDir(flags, command));
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
