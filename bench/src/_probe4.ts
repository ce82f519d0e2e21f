import { Workbook } from '@tradesheet/core';
import { generateInputs } from './synthetic/inputs.js';
import { toModelDefinition } from './synthetic/model-definition.js';
const def = toModelDefinition(generateInputs({ name: 'large', partners: 200, products: 100, months: 60 } as any));
const wb = Workbook.fromModel(def);
for (let r = 0; r < 6; r++) wb.apply({ kind: 'setAsOf', month: r % 2 ? '2020-12' : '2020-11' });
