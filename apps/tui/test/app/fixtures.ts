/** The built-in model for the app's tests, loaded once (the file is large and the tests only read it). */
import type { ModelDefinition } from '@tradesheet/core';
// Core does not export its trade loaders yet; read them from core's source until it does.
import { loadChinaModel } from '../../../../packages/core/src/trade/index.js';

let cached: ModelDefinition | undefined;

export function chinaModel(): ModelDefinition {
  cached ??= loadChinaModel();
  return structuredClone(cached);
}
