/**
 * `npm run data -w @tradesheet/core`: turns data/china/*.csv into models/china-trade.yaml (committed) and prints the
 * source checks, so a change in the data or the derivation shows at once whether the model still reproduces them.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readChinaSources } from '../src/trade/build/read-sources.js';
import { buildChinaModel } from '../src/trade/build/china-model.js';
import { renderModelYaml } from '../src/trade/build/model-yaml.js';
import { sourceChecks } from '../src/trade/build/source-checks.js';

const dataDir = fileURLToPath(new URL('../data/china/', import.meta.url));
const modelPath = fileURLToPath(new URL('../models/china-trade.yaml', import.meta.url));

const HEADER = `GENERATED FILE: do not edit by hand; edit data/china/*.csv or src/trade/build/ and run
  npm run data -w @tradesheet/core
(scripts/build-china-model.ts). To change an assumption, apply a scenario (scenarios/*.yaml) or edit the
workbook; every formula below is plain text and can be changed.

China's goods trade (customs basis: exports FOB, imports CIF, US$ bn) by partner region. Inputs carry their
source and confidence (official, approximate, derived, residual, assumption: see data/china/README.md).
Monthly partner figures are DERIVED, not official: see the comment above \`exports\`.
asOf: inputs up to calendar.asOf are actuals; later months come from the formulas (projections).
Set asOf to 2025-11 for the source article's vantage point (December 2025 becomes a projection).`;

const built = buildChinaModel(readChinaSources(dataDir));
writeFileSync(modelPath, renderModelYaml(built.model, HEADER, built.comments));
console.log(`wrote ${modelPath}`);
for (const check of sourceChecks(built)) {
  const ok = Math.abs(check.model - check.target) <= check.tolerance;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${check.label.padEnd(44)} model ${check.model.toFixed(2).padStart(8)}  ` +
      `source ${check.target} ± ${check.tolerance}`,
  );
  if (!ok) process.exitCode = 1;
}
