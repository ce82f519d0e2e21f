/**
 * A space is an ordered list of dimensions; its points are numbered row-major (the last dimension varies fastest).
 * A variable's members are the points of its dims' space; a formula node is evaluated over the points of a space
 * that may bind more dimensions than its own (inside an aggregation).
 */

export interface DimensionInfo {
  name: string;
  memberIds: readonly string[];
  memberNames: readonly string[];
  indexOf: ReadonlyMap<string, number>;
}

export class Space {
  readonly size: number;
  readonly strides: readonly number[];

  constructor(readonly dims: readonly DimensionInfo[]) {
    const strides: number[] = new Array(dims.length);
    let stride = 1;
    for (let d = dims.length - 1; d >= 0; d--) {
      strides[d] = stride;
      stride *= dims[d]!.memberIds.length;
    }
    this.strides = strides;
    this.size = stride;
  }

  position(name: string): number {
    return this.dims.findIndex((dim) => dim.name === name);
  }

  has(name: string): boolean {
    return this.position(name) >= 0;
  }

  /** Coordinate (member index) along dimension position `d` of point `index`. */
  coordinate(index: number, d: number): number {
    return Math.floor(index / this.strides[d]!) % this.dims[d]!.memberIds.length;
  }

  /** Member key of a point: member ids joined by dots (`us`, `us.cars`), empty for a scalar. */
  key(index: number): string {
    return this.dims.map((dim, d) => dim.memberIds[this.coordinate(index, d)]).join('.');
  }

  /** Display name of a point, e.g. "United States" or "United States / Cars". */
  displayName(index: number): string {
    return this.dims.map((dim, d) => dim.memberNames[this.coordinate(index, d)]).join(' / ');
  }

  /** Point of a member key, or -1. Accepts the ids in dimension order. */
  indexOfKey(key: string): number {
    if (this.dims.length === 0) return key === '' ? 0 : -1;
    // Read the ids between dots without splitting (a model file can hold tens of thousands of member keys).
    let index = 0;
    let start = 0;
    for (let d = 0; d < this.dims.length; d++) {
      const last = d === this.dims.length - 1;
      const end = last ? key.length : key.indexOf('.', start);
      if (end < 0 || (last && key.indexOf('.', start) >= 0)) return -1;
      const member = this.dims[d]!.indexOf.get(start === 0 && last ? key : key.slice(start, end));
      if (member === undefined) return -1;
      index += member * this.strides[d]!;
      start = end + 1;
    }
    return index;
  }

  /**
   * For each point of this space, the point of `target` with the same coordinates on `target`'s dims, plus fixed
   * coordinates for dims this space does not have (`fixed`: dim name → member index). Every target dim must be in
   * this space or in `fixed`.
   */
  projectionTo(target: Space, fixed: ReadonlyMap<string, number> = new Map()): Int32Array {
    const map = new Int32Array(this.size);
    // A fixed coordinate (a member slice such as exports.us) wins over the same dimension of this space.
    const from = target.dims.map((dim) => (fixed.has(dim.name) ? -1 : this.position(dim.name)));
    for (let index = 0; index < this.size; index++) {
      let point = 0;
      for (let d = 0; d < target.dims.length; d++) {
        const position = from[d]!;
        const member = position >= 0 ? this.coordinate(index, position) : fixed.get(target.dims[d]!.name)!;
        point += member * target.strides[d]!;
      }
      map[index] = point;
    }
    return map;
  }
}
