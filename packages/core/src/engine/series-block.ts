/** Blocks of input values (see SeriesBlock): telling them from the other forms, and turning them into those. */
import type { MonthKey, SeriesBlock, SeriesInput } from '../model/types.js';

/** A block is the only form of input values that holds a Float64Array, so no per-member map is mistaken for one. */
export function isSeriesBlock(values: unknown): values is SeriesBlock {
  return typeof values === 'object' && values !== null && (values as { data?: unknown }).data instanceof Float64Array;
}

/**
 * The block as a model file holds values: a series per member key (`keys`: the variable's member keys in member
 * order), `null` for a month without input, members without any input left out.
 */
export function blockToMembers(block: SeriesBlock, keys: readonly string[], calendarStart: MonthKey): Record<string, SeriesInput> {
  const members: Record<string, SeriesInput> = {};
  keys.forEach((key, member) => {
    const values: (number | null)[] = [];
    let any = false;
    for (let i = 0; i < block.months; i++) {
      const value = block.data[member * block.months + i];
      const present = value !== undefined && !Number.isNaN(value);
      values.push(present ? value : null);
      any ||= present;
    }
    if (any) members[key] = { from: block.from ?? calendarStart, values };
  });
  return members;
}
