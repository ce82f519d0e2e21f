/** Tradesheet's engine, through its public API only: the engine entry, as a program that builds its model in code uses it. */
import { Workbook, isCellError, type Edit } from '@tradesheet/core/engine';
import type { SyntheticInputs } from '../synthetic/inputs.js';
import { toModelDefinition } from '../synthetic/model-definition.js';
import type { BenchEngine, BuiltModel, OutputSnapshot } from './engine.js';

export function tradesheetEngine(inputs: SyntheticInputs): BenchEngine {
  const definition = toModelDefinition(inputs);
  return {
    name: 'tradesheet',
    build() {
      return new TradesheetModel(Workbook.fromModel(definition), inputs);
    },
  };
}

class TradesheetModel implements BuiltModel {
  constructor(
    private readonly wb: Workbook,
    private readonly inputs: SyntheticInputs,
  ) {}

  setAllGrowth(exportGrowth: number, importGrowth: number): void {
    // `setInput` without a member sets every member; one batch is one recomputation of every formula cell.
    const edits: Edit[] = [
      { kind: 'setInput', variable: 'export_growth', value: exportGrowth },
      { kind: 'setInput', variable: 'import_growth', value: importGrowth },
    ];
    this.wb.apply(edits);
  }

  setExportGrowth(partner: number, value: number): void {
    this.wb.apply({ kind: 'setInput', variable: 'export_growth', member: this.inputs.partnerIds[partner]!, value });
  }

  snapshot(): OutputSnapshot {
    const { partnerIds, productIds } = this.inputs;
    const flowMembers = partnerIds.flatMap((p) => productIds.map((k) => `${p}.${k}`));
    return {
      exports: this.read('exports', flowMembers),
      imports: this.read('imports', flowMembers),
      balance: this.read('balance', partnerIds),
      surplus: this.read('surplus', [undefined]),
      surplus_ytd: this.read('surplus_ytd', [undefined]),
      annual_surplus: this.read('annual_surplus', [undefined]),
      gdp_contribution: this.read('gdp_contribution', [undefined]),
    };
  }

  private read(variable: string, members: (string | undefined)[]): Float64Array {
    const months = this.inputs.size.months;
    const out = new Float64Array(members.length * months);
    members.forEach((member, i) => {
      this.wb.series(variable, member).forEach((value, m) => {
        out[i * months + m] = isCellError(value) ? NaN : value;
      });
    });
    return out;
  }
}
