/**
 * `npm run data -w @tradesheet/core`: turns data/china/*.csv into models/china-trade.yaml (committed) and prints the
 * source checks, so a change in the data or the derivation shows at once whether the model still reproduces them.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readChinaSources } from '../src/trade/build/read-sources.js';
import { buildChinaModel, CHINA_MODEL_HEADER } from '../src/trade/build/china-model.js';
import { renderModelYaml } from '../src/trade/build/model-yaml.js';
import { sourceChecks } from '../src/trade/build/source-checks.js';

const dataDir = fileURLToPath(new URL('../data/china/', import.meta.url));
const modelPath = fileURLToPath(new URL('../models/china-trade.yaml', import.meta.url));

const built = buildChinaModel(readChinaSources(dataDir));
writeFileSync(modelPath, renderModelYaml(built.model, CHINA_MODEL_HEADER, built.comments));
console.log(`wrote ${modelPath}`);
for (const check of sourceChecks(built)) {
  const ok = Math.abs(check.model - check.target) <= check.tolerance;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${check.label.padEnd(44)} model ${check.model.toFixed(2).padStart(8)}  ` +
      `source ${check.target} ± ${check.tolerance}`,
  );
  if (!ok) process.exitCode = 1;
}
