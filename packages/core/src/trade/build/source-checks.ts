/**
 * The figures the model must reproduce, computed straight from the derived series (no engine needed), so the data
 * script can print them. The tests check the same figures through the engine.
 */
import type { BuiltChinaModel } from './china-model.js';

export interface SourceCheck {
  label: string;
  model: number;
  target: number;
  tolerance: number;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

export function sourceChecks(built: BuiltChinaModel): SourceCheck[] {
  const months = built.totals.months;
  const surplus = (from: number, to: number): number =>
    sum(months.slice(from, to).map((t) => t.exports - t.imports));
  const checks: SourceCheck[] = [
    { label: '2024 surplus (GAC 992.1)', model: surplus(0, 12), target: 992, tolerance: 1 },
    { label: 'Jan-Nov 2025 surplus (GAC 1,075.6-1,076)', model: surplus(12, 23), target: 1076, tolerance: 2 },
    { label: '2025 surplus (GAC 1,189)', model: surplus(12, 24), target: 1189, tolerance: 5 },
    { label: 'Nov 2025 surplus (GAC 111.68)', model: surplus(22, 23), target: 111.7, tolerance: 0.5 },
  ];
  for (const series of [built.partners.exports, built.partners.imports]) {
    for (const p of series.partners) {
      if (p.knownGrowth2025 === undefined) continue;
      const realised = (sum(p.months.slice(12)) / sum(p.months.slice(0, 12)) - 1) * 100;
      checks.push({
        label: `2025 ${series.flow} growth, ${p.id} (%)`,
        model: realised,
        target: p.knownGrowth2025,
        tolerance: 0.05,
      });
    }
  }
  return checks;
}
