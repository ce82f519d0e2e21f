/** HyperFormula, the peer: the same model as an A1 sheet, edited through its public API. */
import { HyperFormula, type CellValue } from 'hyperformula';
import type { SyntheticInputs } from '../synthetic/inputs.js';
import { OUTPUT_VARIABLES, type BenchEngine, type BuiltModel, type OutputSnapshot } from './engine.js';
import { buildSheet, sheetLayout } from './hyperformula-sheet.js';

const SHEET = 0;

export function hyperformulaEngine(inputs: SyntheticInputs): BenchEngine {
  const sheet = buildSheet(inputs);
  return {
    name: 'hyperformula',
    build() {
      // buildFromArray parses, builds the dependency graph and evaluates every cell. smartRounding off: it rounds
      // the values read back to about 10 decimals, which would hide real disagreements under the 1e-9 check.
      const hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3', smartRounding: false });
      return new HyperFormulaModel(hf, inputs);
    },
  };
}

class HyperFormulaModel implements BuiltModel {
  private readonly layout;

  constructor(
    private readonly hf: HyperFormula,
    private readonly inputs: SyntheticInputs,
  ) {
    this.layout = sheetLayout(inputs.size);
  }

  setAllGrowth(exportGrowth: number, importGrowth: number): void {
    // The growth cells are one column range per variable: one write each, one recomputation for both.
    const column = (value: number) => Array.from({ length: this.inputs.size.partners }, () => [value]);
    this.hf.batch(() => {
      this.hf.setCellContents({ sheet: SHEET, row: this.layout.exportGrowth(0), col: 0 }, column(exportGrowth));
      this.hf.setCellContents({ sheet: SHEET, row: this.layout.importGrowth(0), col: 0 }, column(importGrowth));
    });
  }

  setExportGrowth(partner: number, value: number): void {
    // HyperFormula recomputes the dependents before setCellContents returns.
    this.hf.setCellContents({ sheet: SHEET, row: this.layout.exportGrowth(partner), col: 0 }, value);
  }

  snapshot(): OutputSnapshot {
    const values = this.hf.getSheetValues(SHEET);
    const { partners, products, months } = this.inputs.size;
    const at = this.layout;
    const rowsOf: Record<(typeof OUTPUT_VARIABLES)[number], number[]> = {
      exports: [],
      imports: [],
      balance: [],
      surplus: [at.surplus],
      surplus_ytd: [at.surplusYtd],
      annual_surplus: [at.annualSurplus],
      gdp_contribution: [at.gdpContribution],
    };
    for (let p = 0; p < partners; p++) {
      for (let k = 0; k < products; k++) {
        rowsOf.exports.push(at.exports(p, k));
        rowsOf.imports.push(at.imports(p, k));
      }
      rowsOf.balance.push(at.balance(p));
    }
    const snapshot = {} as OutputSnapshot;
    for (const variable of OUTPUT_VARIABLES) {
      const rows = rowsOf[variable];
      const out = new Float64Array(rows.length * months);
      rows.forEach((row, i) => {
        for (let m = 0; m < months; m++) out[i * months + m] = asNumber(values[row]?.[m]);
      });
      snapshot[variable] = out;
    }
    return snapshot;
  }
}

/** Numbers as they are; errors and empty cells as NaN, which the check treats as "an error on both sides". */
function asNumber(value: CellValue | undefined): number {
  return typeof value === 'number' ? value : NaN;
}
