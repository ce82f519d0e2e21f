/**
 * The China model's computed variables: formulas only, no data. Names follow the contract in API.md. Annual
 * variables hold the full-year figure in every month of their year, so a reader takes December.
 */
import type { VariableDefinition } from '../../model/types.js';

const bn = 'US$ bn';

/** The formula variables, in the order the model file lists them (after the inputs). */
export function formulaVariables(): VariableDefinition[] {
  return [
    v('balance', ['region'], bn, 'exports - imports', 'Trade balance with each region, monthly.'),
    v('total_exports', [], bn, 'sum(exports, region)', 'Total exports, monthly.'),
    v('total_imports', [], bn, 'sum(imports, region)', 'Total imports, monthly.'),
    v('surplus', [], bn, 'total_exports - total_imports', 'Trade surplus, monthly.'),
    v('surplus_ytd', [], bn, 'ytd(surplus)', 'Trade surplus from January to the month.'),
    v('annual_exports', [], bn, 'year_sum(total_exports)', 'Full-year exports.'),
    v('annual_imports', [], bn, 'year_sum(total_imports)', 'Full-year imports.'),
    v('annual_surplus', [], bn, 'year_sum(surplus)', 'Full-year trade surplus.'),
    v('annual_exports_by_region', ['region'], bn, 'year_sum(exports)', 'Full-year exports by destination.'),
    v('annual_imports_by_region', ['region'], bn, 'year_sum(imports)', 'Full-year imports by origin.'),
    v('annual_balance_by_region', ['region'], bn, 'year_sum(balance)', 'Full-year balance by region.'),
    v('export_growth_realised', [], '%', 'yoy(annual_exports)', 'Full-year export growth y/y.'),
    v('import_growth_realised', [], '%', 'yoy(annual_imports)', 'Full-year import growth y/y.'),
    v(
      'export_growth_realised_by_region',
      ['region'],
      '%',
      'yoy(annual_exports_by_region)',
      'Full-year export growth y/y by destination.',
    ),
    v(
      'export_share',
      ['region'],
      '%',
      'annual_exports_by_region / annual_exports * 100',
      "Each destination's share of full-year exports.",
    ),
    v(
      'gdp_usd',
      [],
      bn,
      'year_end(gdp_cny) * 1000 / year_end(usd_cny)',
      'Nominal GDP in dollars: CNY trn x 1000 / yuan per dollar.',
    ),
    v('surplus_pct_gdp', [], '%', 'annual_surplus / gdp_usd * 100', 'Full-year goods surplus as % of nominal GDP.'),
    v(
      'gdp_contribution_pp',
      [],
      'pp',
      '(annual_surplus - lag(annual_surplus, 12)) / lag(gdp_usd, 12) * 100',
      'Contribution of net goods exports to nominal GDP growth: the change in the surplus over last year, as % of ' +
        "last year's GDP. Customs basis, goods only, nominal: not the national-accounts (real, goods and services) " +
        'contribution.',
    ),
  ];
}

function v(name: string, dims: string[], unit: string, formula: string, description: string): VariableDefinition {
  return dims.length > 0 ? { name, dims, unit, description, formula } : { name, unit, description, formula };
}
