import { Workbook, type Edit } from '@tradesheet/core';
import { generateInputs } from './synthetic/inputs.js';
import { toModelDefinition } from './synthetic/model-definition.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const inputs = generateInputs({ name: 'large', partners: 200, products: 100, months: 60 } as any);
const wb = Workbook.fromModel(toModelDefinition(inputs));
for (let r = 0; r < 8; r++) {
  const edits: Edit[] = [];
  inputs.partnerIds.forEach((member, p) => { edits.push({ kind: 'setInput', variable: 'export_growth', member, value: 1 + r + p / 100 }); edits.push({ kind: 'setInput', variable: 'import_growth', member, value: 2 + r }); });
  const t0 = cpu();
  wb.apply(edits);
  console.log('full', (cpu() - t0).toFixed(0));
}
