/**
 * `tradesheet report` (the full projection report) and `tradesheet run` (only the headline table: the quick
 * what-if). Both take the same what-if flags; see `what-if-options.ts`.
 */
import { Command } from 'commander';
import { buildReport, renderCsv, renderHtml, renderJson, renderMarkdown, renderText, type ReportDocument } from '@tradesheet/report';
import { loadContext } from './context.js';
import { renderHeadline } from './headline.js';
import { useColour, type CliIo } from './io.js';
import { buildWhatIf } from './what-if.js';
import { addWhatIfOptions, formatOption, WHAT_IF_HELP, yearRange, type WhatIfFlags } from './what-if-options.js';
import { emit } from './write-output.js';

const REPORT_FORMATS = ['text', 'md', 'html', 'json', 'csv'] as const;
const RUN_FORMATS = ['text', 'md', 'json', 'csv'] as const;

type ReportFlags = WhatIfFlags & { format: (typeof REPORT_FORMATS)[number] };
type RunFlags = WhatIfFlags & { format: (typeof RUN_FORMATS)[number] };

type Renderer = (doc: ReportDocument, terminal: { colour: boolean; width: number | undefined }) => string | Promise<string>;

const RENDERERS: Record<ReportFlags['format'], Renderer> = {
  text: (doc, terminal) =>
    renderText(doc, { color: terminal.colour, ...(terminal.width === undefined ? {} : { width: terminal.width }) }),
  md: (doc) => renderMarkdown(doc),
  html: (doc) => renderHtml(doc),
  json: (doc) => renderJson(doc),
  csv: (doc) => renderCsv(doc),
};

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
      const terminal = { colour: toTerminal && useColour(io), width: toTerminal ? io.stdout.columns : undefined };
      await emit(io, await RENDERERS[flags.format](doc, terminal), flags.out);
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
    baseline: whatIf.baseline,
    scenarios: whatIf.scenarios,
    ...(period === undefined ? {} : { period }),
  });
}
