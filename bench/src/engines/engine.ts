/**
 * What every benchmarked engine does, so the worker can time them the same way. An engine is prepared once per
 * process from the synthetic inputs (its own input format, outside the timings), then built afresh each repetition.
 */
import type { SyntheticInputs } from '../synthetic/inputs.js';

export type EngineName = 'tradesheet' | 'float64' | 'hyperformula';

export const ENGINE_NAMES: readonly EngineName[] = ['tradesheet', 'float64', 'hyperformula'];

/** The formula variables checked for agreement, in the float64 reference's layouts (NaN for an error value). */
export const OUTPUT_VARIABLES = [
  'exports',
  'imports',
  'balance',
  'surplus',
  'surplus_ytd',
  'annual_surplus',
  'gdp_contribution',
] as const;

export type OutputVariable = (typeof OUTPUT_VARIABLES)[number];

export type OutputSnapshot = Record<OutputVariable, Float64Array>;

export interface BuiltModel {
  /**
   * Set every partner's export growth to one value and import growth to another, in one batch: every formula cell
   * recomputes (a full evaluation).
   */
  setAllGrowth(exportGrowth: number, importGrowth: number): void;
  /** Change one partner's export growth; return once the dependent values can be read. */
  setExportGrowth(partner: number, value: number): void;
  /** Every output cell, read back for the agreement check (not timed). */
  snapshot(): OutputSnapshot;
}

export interface BenchEngine {
  name: EngineName;
  /** Build the model from the prepared input and evaluate it, so values can be read. Timed as "build". */
  build(): BuiltModel;
}

/** Prepare an engine's own input (a ModelDefinition, an A1 sheet...) from the synthetic inputs; not timed. */
export type EngineFactory = (inputs: SyntheticInputs) => BenchEngine;
