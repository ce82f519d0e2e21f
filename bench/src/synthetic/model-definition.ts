/**
 * The synthetic trade model as a Tradesheet ModelDefinition, as a program that holds its data in typed arrays
 * builds it. Partners `p0..`, products `k0..`, months from 2020-01, the first year's flows as actuals (asOf
 * 2020-12), given as one block per variable (the inputs' own arrays, whose layout is the block's: member by member,
 * the product fastest). Written as 40,000 per-member series, the large size's definition alone grew the process
 * by about 20 MB, and its peak RSS by about 30 MB (V8's young generation grew to hold it).
 */
import type { ModelDefinition, VariableDefinition } from '@tradesheet/core/engine';
import { BASE_MONTHS, type SyntheticInputs } from './inputs.js';

export const START_YEAR = 2020;

/** `YYYY-MM` of a 0-based month index from January 2020. */
export function monthKey(index: number): string {
  const year = START_YEAR + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function toModelDefinition(inputs: SyntheticInputs): ModelDefinition {
  const { partnerIds, productIds } = inputs;
  const { months } = inputs.size;
  const perPartner = (values: Float64Array) =>
    Object.fromEntries(partnerIds.map((id, p) => [id, values[p]!]));
  const baseFlows = (base: Float64Array) => ({ months: BASE_MONTHS, data: base });
  const flow = ['partner', 'product'];

  const variables: VariableDefinition[] = [
    { name: 'export_growth', dims: ['partner'], unit: '%', values: perPartner(inputs.exportGrowth) },
    { name: 'import_growth', dims: ['partner'], unit: '%', values: perPartner(inputs.importGrowth) },
    {
      name: 'exports',
      dims: flow,
      values: baseFlows(inputs.exportBase),
      formula: 'lag(exports, 12) * (1 + export_growth / 100)',
    },
    {
      name: 'imports',
      dims: flow,
      values: baseFlows(inputs.importBase),
      formula: 'lag(imports, 12) * (1 + import_growth / 100)',
    },
    { name: 'balance', dims: ['partner'], formula: 'sum(exports, product) - sum(imports, product)' },
    { name: 'surplus', formula: 'sum(balance, partner)' },
    { name: 'surplus_ytd', formula: 'ytd(surplus)' },
    { name: 'annual_surplus', formula: 'year_sum(surplus)' },
    { name: 'gdp', values: Array.from(inputs.gdp) },
    { name: 'gdp_contribution', formula: '(annual_surplus - lag(annual_surplus, 12)) / lag(gdp, 12) * 100' },
  ];

  return {
    name: `synthetic-${inputs.size.name}`,
    calendar: { start: monthKey(0), end: monthKey(months - 1), asOf: monthKey(BASE_MONTHS - 1) },
    dimensions: [
      { name: 'partner', members: partnerIds.map((id) => ({ id, name: `Partner ${id.slice(1)}` })) },
      { name: 'product', members: productIds.map((id) => ({ id, name: `Product ${id.slice(1)}` })) },
    ],
    variables,
  };
}
