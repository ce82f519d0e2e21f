import { Workbook, isCellError } from '@tradesheet/core';
import { generateInputs } from './synthetic/inputs.js';
import { toModelDefinition } from './synthetic/model-definition.js';
const def = toModelDefinition(generateInputs({ name: 'medium', partners: 50, products: 20, months: 60 } as any));
const wb = Workbook.fromModel(def);
for (const name of wb.variableNames()) {
  const info = wb.variable(name)!;
  let errs = 0; let sample = '';
  for (const m of info.memberKeys) for (const v of wb.series(name, m || undefined)) if (isCellError(v)) { errs++; sample = v.code + ' ' + v.message; }
  console.log(name, info.memberKeys.length, 'errors', errs, sample);
}
