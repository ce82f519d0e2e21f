/**
 * `tradesheet report` (the full projection report) and `tradesheet run` (only the headline table: the quick
 * what-if). Both take the same what-if flags; see `what-if-options.ts`.
 */
import { Command } from 'commander';
import { buildReport, renderReport, REPORT_FORMATS, type ReportDocument, type ReportFormat } from '@tradesheet/report';
import { loadContext } from './context.js';
import { renderHeadline } from './headline.js';
import { useColour, type CliIo } from './io.js';
import { buildWhatIf } from './what-if.js';
import { addWhatIfOptions, formatOption, WHAT_IF_HELP, yearRange, type WhatIfFlags } from './what-if-options.js';
import { emit } from './write-output.js';

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
    .action(async (flags: ReportFlags) => {
      const doc = makeDocument(io, flags);
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
    .action(async (flags: RunFlags) => {
      const doc = makeDocument(io, flags);
      const colour = flags.out === undefined && flags.format === 'text' && useColour(io);
      await emit(io, renderHeadline(doc, flags.format, colour), flags.out);
    });
  return command;
}

function makeDocument(io: CliIo, flags: WhatIfFlags): ReportDocument {
  const { model, sources } = loadContext(io, flags.dir);
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
