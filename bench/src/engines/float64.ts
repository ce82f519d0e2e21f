/** The Float64Array reference as a benchmarked engine. */
import type { SyntheticInputs } from '../synthetic/inputs.js';
import type { BenchEngine } from './engine.js';
import { Float64TradeModel } from './float64-model.js';

export function float64Engine(inputs: SyntheticInputs): BenchEngine {
  return {
    name: 'float64',
    build() {
      const model = new Float64TradeModel(inputs);
      model.evaluateAll();
      return model;
    },
  };
}
