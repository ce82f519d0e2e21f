/**
 * `tradesheet report` (the full projection report) and `tradesheet run` (only the headline table: the quick
 * what-if). Both take the same what-if flags; see `what-if-options.ts`.
 */
import { Command } from 'commander';
import type { ReportDocument, ReportFormat } from '@tradesheet/report';
import { useColour, type CliIo } from './io.js';
import { addWhatIfOptions, formatOption, scenarioDir, WHAT_IF_HELP, yearRange, type WhatIfFlags } from './what-if-options.js';
import { emit } from './write-output.js';

// The engine and the report load only when a command runs, so `--help` and usage errors answer at once.
const REPORT_FORMATS = ['text', 'md', 'html', 'json', 'csv'] as const satisfies readonly ReportFormat[];
const RUN_FORMATS = ['text', 'md', 'json', 'csv'] as const;

type ReportFlags = WhatIfFlags & { format: ReportFormat };
type RunFlags = WhatIfFlags & { format: (typeof RUN_FORMATS)[number] };

export function createReportCommand(io: CliIo): Command {
  const command = new Command('report')
    .summary('the projection report: baseline and every scenario, in text, md, html, json or csv')
    .description(
      'The projection report: headline figures by year, regions, months, milestones and assumptions, for the baseline ' +
        'and each scenario, and what each scenario changes against baseline.',
    );
  addWhatIfOptions(command)
    .addOption(formatOption(REPORT_FORMATS))
    .addHelpText('after', WHAT_IF_HELP)
    .action(async (flags: ReportFlags, command: Command) => {
      const doc = await makeDocument(io, flags, scenarioDir(flags, command));
      const { renderReport } = await import('@tradesheet/report');
      // Colour and the terminal's width only for a person reading stdout; a file gets plain text of the default width.
      const toTerminal = flags.out === undefined;
      const width = toTerminal ? io.stdout.columns : undefined;
      const options = { color: toTerminal && useColour(io), ...(width === undefined ? {} : { width }) };
      await emit(io, await renderReport(doc, flags.format, options), flags.out);
    });
  return command;
}

export function createRunCommand(io: CliIo): Command {
  const command = new Command('run')
    .summary('the quick what-if: only the headline table')
    .description('The quick what-if: the headline figures by year for the baseline and each scenario, with the differences.');
  addWhatIfOptions(command)
    .addOption(formatOption(RUN_FORMATS))
    .addHelpText('after', WHAT_IF_HELP)
    .action(async (flags: RunFlags, command: Command) => {
      const doc = await makeDocument(io, flags, scenarioDir(flags, command));
      const { renderHeadline } = await import('./headline.js');
      const colour = flags.out === undefined && flags.format === 'text' && useColour(io);
      await emit(io, renderHeadline(doc, flags.format, colour), flags.out);
    });
  return command;
}

async function makeDocument(io: CliIo, flags: WhatIfFlags, dir: string | undefined): Promise<ReportDocument> {
  const [{ buildReport }, { loadContext }, { buildWhatIf }] = await Promise.all([
    import('@tradesheet/report'),
    import('./context.js'),
    import('./what-if.js'),
  ]);
  const { model, sources } = loadContext(io, dir);
  const period = yearRange(flags, model.calendar);
  const whatIf = buildWhatIf(model, sources, flags);
  return buildReport({
    model,
    baseline: whatIf.baseline,
    scenarios: whatIf.scenarios.map(({ name, description, workbook, edits }) => ({
      name,
      workbook,
      edits,
      ...(description === null ? {} : { description }),
    })),
    ...(period ?? {}),
  });
}
