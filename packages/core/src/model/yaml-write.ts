/**
 * Writing file data as YAML that reads well by hand, reusing a previous Document where there is one so that its
 * comments, key order and scalar styles survive a save:
 * - maps and lists are merged into the old nodes; an unchanged list item (a scenario edit) keeps its node whole;
 * - new small maps of scalars and lists of scalars are written in flow style (`{ from: 2026-01, values: [1, 2] }`);
 * - long number series are written twelve to a line, where yaml itself would write one number per line.
 */
import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, Pair, visit, type Node } from 'yaml';
import type { DataPath } from './errors.js';

export interface WriteStyle {
  /** Maps whose key order is meaningful (variables in definition order): written in the new order. */
  ordered: (path: DataPath) => boolean;
  /** Maps that are always written in block style (a variable's body, an edit), however small. */
  block: (path: DataPath) => boolean;
}

const SERIES_PER_LINE = 12;
const FLOW_MAX_LENGTH = 70;

export function renderYaml(data: unknown, style: WriteStyle, previous?: Document): string {
  const doc = previous && isMap(previous.contents) ? previous : new Document();
  doc.contents = merge(doc, doc.contents, data, [], style) as Document['contents'];
  return render(doc);
}

function merge(doc: Document, old: unknown, value: unknown, path: DataPath, style: WriteStyle): Node {
  if (Array.isArray(value) && isSeq(old)) {
    const used = new Set<number>();
    const matches = value.map((item) => {
      const index = old.items.findIndex((node, i) => !used.has(i) && isDeepStrictEqual(toData(doc, node), item));
      if (index >= 0) used.add(index);
      return index;
    });
    old.items = value.map((item, i) => {
      const match = matches[i]!;
      if (match >= 0) return old.items[match];
      const unmatched = used.has(i) ? undefined : old.items[i];
      if (unmatched !== undefined) used.add(i);
      return merge(doc, unmatched, item, [...path, i], style);
    });
    // `edits: []` written by hand, then given edits: a flow list of maps would be unreadable.
    if (old.flow && value.some((item) => typeof item === 'object' && item !== null)) old.flow = false;
    return old;
  }
  if (isPlainObject(value) && isMap(old)) {
    const pairs = Object.entries(value).map(([key, field]) => {
      const pair = old.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      if (pair === undefined) return new Pair(doc.createNode(key), create(doc, field, [...path, key], style));
      pair.value = merge(doc, pair.value, field, [...path, key], style);
      return pair;
    });
    if (!style.ordered(path)) {
      const position = (pair: Pair): number => {
        const index = old.items.indexOf(pair as (typeof old.items)[number]);
        return index < 0 ? old.items.length + pairs.indexOf(pair) : index;
      };
      pairs.sort((a, b) => position(a) - position(b));
    }
    old.items = pairs as typeof old.items;
    if (old.flow && JSON.stringify(value).length > FLOW_MAX_LENGTH * 2) old.flow = false;
    return old;
  }
  if (isScalar(old) && (value === null || typeof value !== 'object')) {
    if (old.value !== value) {
      if (typeof old.value !== typeof value) old.type = undefined;
      old.value = value;
    }
    return old;
  }
  return create(doc, value, path, style);
}

function create(doc: Document, value: unknown, path: DataPath, style: WriteStyle): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Map(_key, map, ancestors) {
      map.flow = !style.block(pathOf(path, ancestors, map)) && isSmallFlat(map.toJSON());
    },
    Seq(_key, seq) {
      seq.flow = seq.items.every((item) => isScalar(item));
    },
  });
  return node;
}

/** The data path of a node inside a new subtree at `base`, from the ancestors visit() passes. */
function pathOf(base: DataPath, ancestors: readonly unknown[], node: unknown): DataPath {
  const path = [...base];
  const chain = [...ancestors, node];
  for (let i = 1; i < chain.length; i++) {
    const parent = chain[i - 1];
    const child = chain[i];
    if (child instanceof Pair && isScalar(child.key)) path.push(String(child.key.value));
    else if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
  }
  return path;
}

function isSmallFlat(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const flat = Object.values(value).every(
    (field) => field === null || typeof field !== 'object' || (Array.isArray(field) && field.every((x) => typeof x !== 'object' || x === null)),
  );
  return flat && JSON.stringify(value).length <= FLOW_MAX_LENGTH;
}

function render(doc: Document): string {
  const token = `__series_${randomBytes(4).toString('hex')}_`;
  const series: string[][] = [];
  visit(doc, {
    Seq(_key, seq) {
      const numbers = seq.items.map((item) => (isScalar(item) ? item.value : undefined));
      if (numbers.length <= SERIES_PER_LINE || !numbers.every((n) => typeof n === 'number' || n === null)) return undefined;
      series.push(numbers.map((n) => (n === null ? 'null' : String(n))));
      return doc.createNode(`${token}${series.length - 1}`);
    },
  });
  const text = doc.toString({ lineWidth: 118, minContentWidth: 40 });
  const pattern = new RegExp(`^( *)(.*)${token}(\\d+)`, 'gm');
  return text.replace(pattern, (_all, indent: string, prefix: string, index: string) => {
    const items = series[Number(index)] ?? [];
    const lines: string[] = [];
    for (let i = 0; i < items.length; i += SERIES_PER_LINE) lines.push(items.slice(i, i + SERIES_PER_LINE).join(', '));
    return `${indent}${prefix}[${lines.join(`,\n${indent}  `)}]`;
  });
}

function toData(doc: Document, node: unknown): unknown {
  return isScalar(node) || isMap(node) || isSeq(node) ? node.toJS(doc) : node;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
