/**
 * The China model's report in every format, for a look at the output and a rough timing:
 *   npx tsx examples/china-report.ts [out-dir] [scenario ...]      (from packages/report, core built)
 * Writes report.txt, .md, .html, .json and .csv to out-dir (default ./report-out) and prints how long each took.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScenarioDefinition } from '@tradesheet/core';
import { loadChinaModel, loadChinaScenario, Workbook } from '@tradesheet/core';
import { buildReport, renderReport, REPORT_FORMATS } from '../src/index.js';

const [outDir = 'report-out', ...names] = process.argv.slice(2);
const model = loadChinaModel();

/** A scenario's edits after those of the scenarios it builds on. */
function chain(name: string): ScenarioDefinition[] {
  const s = loadChinaScenario(name);
  return s.base && s.base !== 'baseline' ? [...chain(s.base), s] : [s];
}

const scenarios = (names.length > 0 ? names : ['eu-scrutiny', 'trade-truce']).map((name) => {
  const edits = chain(name).flatMap((s) => s.edits);
  const workbook = Workbook.fromModel(model);
  workbook.apply(edits.map(({ why: _why, ...edit }) => edit));
  const s = loadChinaScenario(name);
  return { name, workbook, edits, ...(s.description ? { description: s.description } : {}) };
});

let t = performance.now();
const doc = buildReport({ model, baseline: Workbook.fromModel(model), scenarios });
console.log(`buildReport: ${(performance.now() - t).toFixed(0)} ms`);
mkdirSync(outDir, { recursive: true });
const extension = { text: 'txt', md: 'md', html: 'html', json: 'json', csv: 'csv' } as const;
for (const format of REPORT_FORMATS) {
  t = performance.now();
  const text = await renderReport(doc, format, { width: 100 });
  const file = path.join(outDir, `report.${extension[format]}`);
  writeFileSync(file, text);
  console.log(`${format}: ${(performance.now() - t).toFixed(0)} ms, ${text.length} chars -> ${file}`);
}
