/**
 * The report as GitHub-flavoured Markdown: the same tables as the other formats, one section per scenario, then
 * what each scenario changes against baseline.
 */
import type { ReportDocument, ScenarioComparison, ScenarioReport } from './document.js';
import { formatMonth } from './format.js';
import type { Table } from './tables.js';
import {
  assumptionsTable,
  changedYears,
  comparisonTable,
  differenceTable,
  driversByYearTable,
  headlineTable,
  milestoneLine,
  modelAssumptionsTable,
  monthlyTable,
  regionTable,
} from './tables.js';

/** A pipe in a cell would end the cell early. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownTable(table: Table, level = 3): string {
  const lines = [`${'#'.repeat(level)} ${table.title}`, ''];
  if (table.rows.length === 0) return [...lines, '_None._', ''].join('\n');
  lines.push(`| ${table.columns.map((c) => cell(c.header)).join(' | ')} |`);
  lines.push(`|${table.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const row of table.rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  if (table.note) lines.push('', table.note);
  lines.push('');
  return lines.join('\n');
}

function scenarioSection(s: ScenarioReport): string {
  const title = s.isBaseline ? `Baseline: ${s.name}` : `Scenario: ${s.name}`;
  const parts = [`## ${title}`, ''];
  if (s.description) parts.push(s.description, '');
  parts.push(markdownTable(headlineTable(s)));
  parts.push('### Milestones', '');
  parts.push(...(s.milestones.length > 0 ? s.milestones.map((m) => `- ${milestoneLine(m)}`) : ['_None._']), '');
  if (!s.isBaseline || s.assumptions.length > 0) parts.push(markdownTable(assumptionsTable(s.assumptions)));
  for (const metric of ['exports', 'imports', 'balance', 'exportGrowth', 'exportShare'] as const) {
    parts.push(markdownTable(regionTable(s, metric)));
  }
  parts.push(markdownTable(monthlyTable(s)));
  return parts.join('\n');
}

function comparisonSection(c: ScenarioComparison): string {
  const parts = [`## What ${c.scenario} changes against baseline`, ''];
  const years = changedYears(c.annual);
  if (years.length === 0) return [...parts, '_No headline figure differs from baseline._', ''].join('\n');
  if (years.length > 0) {
    parts.push(markdownTable(differenceTable(c)));
    if (years.some((y) => y.drivers.length > 0)) parts.push(markdownTable(driversByYearTable(c)));
  }
  for (const y of years) parts.push(markdownTable(comparisonTable(c.scenario, y)));
  return parts.join('\n');
}

export function renderMarkdown(doc: ReportDocument): string {
  const title = doc.model.title ?? doc.model.name;
  const parts = [
    `# Projection report: ${title}`,
    '',
    `- Model: \`${doc.model.name}\`; years ${doc.period.from} to ${doc.period.to}.`,
    `- Actuals to ${doc.asOf ? formatMonth(doc.asOf) : 'the end of the inputs'}; later months are projections.`,
    `- Money in ${doc.units.money}; growth in ${doc.units.growth}; contributions in ${doc.units.contribution}.`,
    `- Net exports' contribution to GDP growth: ${doc.gdpContributionDefinition}.`,
    `- Scenarios: ${doc.scenarios.map((s) => s.name).join(', ')}.`,
    '',
  ];
  if (doc.modelAssumptions.length > 0) parts.push(markdownTable(modelAssumptionsTable(doc), 2));
  for (const s of doc.scenarios) parts.push(scenarioSection(s));
  for (const c of doc.comparison) parts.push(comparisonSection(c));
  return parts.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
