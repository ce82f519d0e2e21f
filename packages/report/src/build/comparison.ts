/**
 * What a scenario changes against baseline: every headline figure side by side with the difference, and the
 * regions behind the change in surplus (each region's change in balance as a share of the change in surplus).
 */
import type { ComparisonYear, FigureComparison, HeadlineFigure, ScenarioComparison, ScenarioReport } from '../document.js';
import { HEADLINE_FIGURES } from '../document.js';

/** Changes smaller than this (US$ bn) are floating-point noise, not a change. */
const NOISE = 1e-9;

function compare(baseline: number | null, scenario: number | null): FigureComparison {
  return { baseline, scenario, difference: baseline === null || scenario === null ? null : scenario - baseline };
}

export function compareScenario(baseline: ScenarioReport, scenario: ScenarioReport): ScenarioComparison {
  const annual: ComparisonYear[] = baseline.annual.map((b) => {
    const s = scenario.annual.find((y) => y.year === b.year);
    const figures = Object.fromEntries(
      HEADLINE_FIGURES.map((k) => [k, compare(b[k], s ? s[k] : null)]),
    ) as Record<HeadlineFigure, FigureComparison>;
    const surplusChange = figures.surplus.difference;
    const drivers = baseline.regions.flatMap((region) => {
      const was = region.annual.find((y) => y.year === b.year)?.balance ?? null;
      const now = scenario.regions.find((r) => r.id === region.id)?.annual.find((y) => y.year === b.year)?.balance ?? null;
      if (was === null || now === null || Math.abs(now - was) <= NOISE) return [];
      const balanceChange = now - was;
      const shareOfChange =
        surplusChange === null || Math.abs(surplusChange) <= NOISE ? null : (balanceChange / surplusChange) * 100;
      return [{ id: region.id, name: region.name, balanceChange, shareOfChange }];
    });
    drivers.sort((x, y) => Math.abs(y.balanceChange) - Math.abs(x.balanceChange));
    return { year: b.year, figures, drivers };
  });
  return { scenario: scenario.name, annual };
}
