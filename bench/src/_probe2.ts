import { Workbook, type Edit } from '@tradesheet/core';
import { generateInputs } from './synthetic/inputs.js';
import { toModelDefinition } from './synthetic/model-definition.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const sizeName = process.argv[2] ?? 'large';
const size = sizeName === 'large' ? { name: 'large', partners: 200, products: 100, months: 60 } : { name: 'medium', partners: 50, products: 20, months: 60 };
const inputs = generateInputs(size as any);
const def = toModelDefinition(inputs);
for (let r = 0; r < 4; r++) {
  let t0 = cpu();
  const wb = Workbook.fromModel(def);
  const build = cpu() - t0;
  const edits: Edit[] = [];
  inputs.partnerIds.forEach((member, p) => { edits.push({ kind: 'setInput', variable: 'export_growth', member, value: 1 + r + p / 100 }); edits.push({ kind: 'setInput', variable: 'import_growth', member, value: 2 + r }); });
  t0 = cpu();
  wb.apply(edits);
  const full = cpu() - t0;
  const times: number[] = [];
  for (let i = 0; i < 10; i++) { t0 = cpu(); wb.apply({ kind: 'setInput', variable: 'export_growth', member: 'p' + (7 + i), value: 3 + i }); times.push(cpu() - t0); }
  times.sort((a, b) => a - b);
  console.log(`cpu: build ${build.toFixed(0)} ms, full ${full.toFixed(0)} ms, edit median ${times[5]!.toFixed(2)} ms min ${times[0]!.toFixed(2)}`);
}
