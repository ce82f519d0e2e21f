/**
 * Engines are imported on demand, so a worker loads only the one it measures: HyperFormula's bundle or the
 * engine's formula compiler would otherwise count in every other engine's peak memory.
 */
import type { EngineFactory, EngineName } from './engine.js';

export async function loadEngine(name: EngineName): Promise<EngineFactory> {
  switch (name) {
    case 'float64':
      return (await import('./float64.js')).float64Engine;
    case 'hyperformula':
      return (await import('./hyperformula.js')).hyperformulaEngine;
    case 'tradesheet':
      return (await import('./tradesheet.js')).tradesheetEngine;
  }
}
