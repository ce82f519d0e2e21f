/**
 * Which cells of a variable a recompute changed: one bit per cell, counted as cells are marked. A full recompute of
 * a large model changes millions of cells; as a list of indices that took 4 bytes a cell in fresh memory on every
 * recompute (a fifth of the recompute's time at 2.4 million cells, measured), as bits it takes an eighth of a byte
 * in memory the variable keeps. The list of indices is made only when someone reads it (see `lazyChangeMap`).
 */
export class ChangedCells {
  /** Bit `i & 31` of word `i >>> 5` is set when cell i changed. Kernels mark it themselves (see codegen). */
  readonly bits: Uint32Array;
  /** How many bits are set. */
  count = 0;

  constructor(cells: number) {
    this.bits = new Uint32Array((cells + 31) >>> 5);
  }

  /** Unmarks every cell, for the next recompute. */
  clear(): void {
    if (this.count > 0) this.bits.fill(0);
    this.count = 0;
  }

  mark(index: number): void {
    const word = index >>> 5;
    const bit = 1 << (index & 31);
    if ((this.bits[word]! & bit) === 0) {
      this.bits[word] = this.bits[word]! | bit;
      this.count++;
    }
  }

  /** The lowest marked cell, or -1; `from`: no cell below it is marked (where to start looking). */
  first(from = 0): number {
    if (this.count === 0) return -1;
    const bits = this.bits;
    for (let word = from >>> 5; word < bits.length; word++) {
      const w = bits[word]!;
      if (w !== 0) return (word << 5) + 31 - Math.clz32(w & -w);
    }
    return -1;
  }

  /** The marked cells in ascending order. */
  indices(): Int32Array {
    const out = new Int32Array(this.count);
    const bits = this.bits;
    let k = 0;
    for (let word = 0; word < bits.length && k < out.length; word++) {
      let w = bits[word]!;
      while (w !== 0) {
        const lowest = w & -w;
        out[k++] = (word << 5) + 31 - Math.clz32(lowest);
        w ^= lowest;
      }
    }
    return out;
  }
}

/**
 * Marks the cells in [start, end) where `after` differs from `before`; returns how many it newly marked. A small
 * function of typed arrays alone, so V8 optimises it quickly and keeps it optimised.
 */
export function markDifferences(before: Float64Array, after: Float64Array, start: number, end: number, bits: Uint32Array): number {
  let marked = 0;
  for (let i = start; i < end; i++) {
    if (before[i] !== after[i]) {
      const word = i >>> 5;
      const bit = 1 << (i & 31);
      if ((bits[word]! & bit) === 0) {
        bits[word] = bits[word]! | bit;
        marked++;
      }
    }
  }
  return marked;
}

/**
 * A Map from variable name to the indices of its changed cells, made from the bits the first time it is read.
 * The bits are reused by the next recompute, so reading the map after that throws instead of answering wrongly.
 */
export function lazyChangeMap(cells: ReadonlyMap<string, ChangedCells>, stillValid: () => boolean): Map<string, Int32Array> {
  return new LazyChangeMap(cells, stillValid);
}

class LazyChangeMap extends Map<string, Int32Array> {
  private pending: ReadonlyMap<string, ChangedCells> | null;

  constructor(
    cells: ReadonlyMap<string, ChangedCells>,
    private readonly stillValid: () => boolean,
  ) {
    super();
    this.pending = cells;
  }

  private load(): void {
    const pending = this.pending;
    if (pending === null) return;
    if (!this.stillValid()) {
      throw new Error('this ChangeSet was read after a later edit, undo or redo reused its buffers: read or copy a ChangeSet before editing again');
    }
    this.pending = null;
    for (const [name, cells] of pending) super.set(name, cells.indices());
  }

  override get(key: string): Int32Array | undefined {
    this.load();
    return super.get(key);
  }

  override has(key: string): boolean {
    this.load();
    return super.has(key);
  }

  override get size(): number {
    this.load();
    return super.size;
  }

  override forEach(callback: (value: Int32Array, key: string, map: Map<string, Int32Array>) => void, thisArg?: unknown): void {
    this.load();
    super.forEach(callback, thisArg);
  }

  override entries(): MapIterator<[string, Int32Array]> {
    this.load();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.load();
    return super.keys();
  }

  override values(): MapIterator<Int32Array> {
    this.load();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, Int32Array]> {
    this.load();
    return super[Symbol.iterator]();
  }

  override set(key: string, value: Int32Array): this {
    this.load();
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.load();
    return super.delete(key);
  }

  override clear(): void {
    this.load();
    super.clear();
  }
}
