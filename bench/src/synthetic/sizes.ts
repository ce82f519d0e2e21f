/** The three model sizes the bench runs: partners × products × months. */
export type SizeName = 'small' | 'medium' | 'large';

export interface BenchSize {
  name: SizeName;
  partners: number;
  products: number;
  months: number;
}

export const SIZES: Record<SizeName, BenchSize> = {
  small: { name: 'small', partners: 10, products: 1, months: 48 },
  medium: { name: 'medium', partners: 50, products: 20, months: 60 },
  large: { name: 'large', partners: 200, products: 100, months: 60 },
};

export const SIZE_NAMES: readonly SizeName[] = ['small', 'medium', 'large'];

export function isSizeName(name: string): name is SizeName {
  return (SIZE_NAMES as readonly string[]).includes(name);
}

/**
 * Cells as variable × member × month, for every variable of the synthetic model: the growth rates (P each), exports
 * and imports (P×K each), balance (P) and five scalar series (surplus, surplus_ytd, annual_surplus, gdp,
 * gdp_contribution). Large: 2 × 200 × 100 × 60 = 2.4 million flow cells, 2,436,300 in all.
 */
export function cellCount(size: BenchSize): number {
  const { partners: p, products: k, months: t } = size;
  return (2 * p * k + 3 * p + 5) * t;
}
