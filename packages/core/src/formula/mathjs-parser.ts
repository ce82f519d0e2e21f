import { create, parseDependencies, type MathNode } from 'mathjs/number';

/**
 * The one private mathjs instance. Only its parser is used: the tree it returns is checked against an allow-list
 * (check.ts) and compiled by the engine, so no formula ever reaches mathjs's evaluator, `import`, `config` or
 * `createUnit`, and the instance itself is never handed out. It comes from the number-only build, whose parser is
 * the same and which loads about 40 MB less.
 */
const math = create({ parseDependencies: parseDependencies! });

export function parseWithMathjs(text: string): MathNode {
  return math.parse(text);
}

/** mathjs reports syntax errors with a `char` index (1-based in its messages, 0-based in the property). */
export function syntaxErrorPosition(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'char' in error && typeof error.char === 'number') return error.char;
  return undefined;
}
