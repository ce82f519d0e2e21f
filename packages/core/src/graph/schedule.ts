/**
 * The order of evaluation. Variables form a graph by the formulas that read them; each strongly connected component
 * is either one variable computed for all months at once, a recursion in time (every read inside it is of an
 * earlier month, so it is computed month by month), or a cycle within a month (#CYCLE!).
 */

export interface GraphEdge {
  from: string;
  to: string;
  /** The latest month offset read (0 = the same month, negative = earlier, positive = later). */
  latest: number;
}

export type Step =
  | { kind: 'whole'; variable: string }
  | { kind: 'stepped'; variables: string[] }
  | { kind: 'cycle'; variables: string[]; path: string[] }
  /** One variable computed month by month, member by member in `order`; `cyclic` members are #CYCLE! (`path`). */
  | { kind: 'members'; variable: string; order: Int32Array; cyclic: Int32Array; path: string[] };

export function buildSchedule(variables: readonly string[], edges: readonly GraphEdge[]): Step[] {
  const outgoing = new Map<string, GraphEdge[]>(variables.map((v) => [v, []]));
  for (const edge of edges) if (outgoing.has(edge.from) && outgoing.has(edge.to)) outgoing.get(edge.from)!.push(edge);
  const components = stronglyConnected(variables, outgoing);
  return components.map((component) => stepFor(component, outgoing));
}

function stepFor(component: string[], outgoing: Map<string, GraphEdge[]>): Step {
  const members = new Set(component);
  const inside = component.flatMap((v) => outgoing.get(v)!.filter((edge) => members.has(edge.to)));
  if (inside.length === 0) return { kind: 'whole', variable: component[0]! };
  const future = inside.find((edge) => edge.latest > 0);
  if (future) return { kind: 'cycle', variables: component, path: cyclePath(component, inside) ?? [future.from, future.to] };
  const sameMonth = inside.filter((edge) => edge.latest === 0);
  const order = topologicalOrder(component, sameMonth);
  if (!order) return { kind: 'cycle', variables: component, path: cyclePath(component, sameMonth)! };
  return { kind: 'stepped', variables: order };
}

/** Tarjan's algorithm, iterative (a chain of thousands of variables must not overflow the stack); components come
 * out with dependencies first. */
function stronglyConnected(variables: readonly string[], outgoing: Map<string, GraphEdge[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let counter = 0;

  for (const root of variables) {
    if (index.has(root)) continue;
    const work: Array<{ v: string; next: number }> = [{ v: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = outgoing.get(frame.v)!;
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!.to;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ v: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.v, Math.min(low.get(frame.v)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(frame.v)!));
      if (low.get(frame.v) === index.get(frame.v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== frame.v);
        result.push(component);
      }
    }
  }
  // Edges point from a source to its dependents, so Tarjan emits dependents first: reverse for evaluation order.
  return result.reverse();
}

function topologicalOrder(nodes: string[], edges: GraphEdge[]): string[] | undefined {
  const indegree = new Map(nodes.map((n) => [n, 0]));
  const next = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const edge of edges) {
    indegree.set(edge.to, indegree.get(edge.to)! + 1);
    next.get(edge.from)!.push(edge.to);
  }
  const ready = nodes.filter((n) => indegree.get(n) === 0);
  const order: string[] = [];
  for (let i = 0; i < ready.length; i++) {
    const n = ready[i]!;
    order.push(n);
    for (const to of next.get(n)!) {
      indegree.set(to, indegree.get(to)! - 1);
      if (indegree.get(to) === 0) ready.push(to);
    }
  }
  return order.length === nodes.length ? order : undefined;
}

/** One cycle among `edges`, as a path that returns to its start: [a, b, a]. */
function cyclePath(nodes: string[], edges: GraphEdge[]): string[] | undefined {
  const next = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const edge of edges) next.get(edge.from)?.push(edge.to);
  for (const start of nodes) {
    const path: string[] = [];
    const seen = new Set<string>();
    const walk = (n: string): boolean => {
      path.push(n);
      seen.add(n);
      for (const to of next.get(n) ?? []) {
        if (to === start) {
          path.push(to);
          return true;
        }
        if (!seen.has(to) && walk(to)) return true;
      }
      path.pop();
      return false;
    };
    if (walk(start)) return path;
  }
  return undefined;
}
