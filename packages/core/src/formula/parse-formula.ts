import { FormulaError } from '../errors.js';
import type { FormulaAst } from './ast.js';
import { checkFormula } from './check.js';
import { parseWithMathjs, syntaxErrorPosition } from './mathjs-parser.js';

/** Longest formula accepted, in characters: far beyond any real formula, well inside what the parser handles. */
export const MAX_FORMULA_LENGTH = 2000;
/** Deepest bracket nesting accepted: mathjs's recursive parser overflows the stack at about 270. */
export const MAX_NESTING = 64;
/** Deepest tree accepted after parsing (long operator chains nest without brackets). */
export const MAX_TREE_DEPTH = 256;

const cache = new Map<string, FormulaAst>();
const CACHE_LIMIT = 5000;

/**
 * Parses and checks a formula, or throws a FormulaError naming the position. Results are cached by text, so a
 * formula is parsed once however often it is entered or recompiled; evaluation never parses.
 */
export function parseFormula(text: string, variable?: string): FormulaAst {
  const cached = cache.get(text);
  if (cached) return cached;
  const ast = parseUncached(text, variable);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, ast);
  return ast;
}

function parseUncached(text: string, variable?: string): FormulaAst {
  const fail = (code: string, reason: string, position: number): never => {
    throw new FormulaError(code, reason, text, position, variable);
  };
  if (text.length > MAX_FORMULA_LENGTH) {
    fail('FORMULA_TOO_LONG', `a formula may have at most ${MAX_FORMULA_LENGTH} characters, this one has ${text.length}`, MAX_FORMULA_LENGTH);
  }
  if (text.trim() === '') fail('FORMULA_EMPTY', 'the formula is empty', 0);
  checkNesting(text, fail);

  let root;
  try {
    root = parseWithMathjs(text);
  } catch (error) {
    if (error instanceof RangeError) fail('FORMULA_TOO_DEEP', 'the formula nests too deeply', 0);
    const char = syntaxErrorPosition(error);
    const position = char === undefined ? 0 : Math.min(Math.max(0, char - 1), text.length);
    const reason = error instanceof Error ? error.message.replace(/\s*\(char \d+\)\s*$/, '') : String(error);
    return fail('FORMULA_SYNTAX', reason.charAt(0).toLowerCase() + reason.slice(1), position);
  }
  if (treeDepthExceeds(root, MAX_TREE_DEPTH)) fail('FORMULA_TOO_DEEP', `the formula nests more than ${MAX_TREE_DEPTH} levels deep`, 0);
  return checkFormula(root, text, variable);
}

function checkNesting(text: string, fail: (code: string, reason: string, position: number) => never): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') {
      depth++;
      if (depth > MAX_NESTING) fail('FORMULA_TOO_DEEP', `brackets may nest at most ${MAX_NESTING} deep`, i);
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
    }
  }
}

/** Walks the tree with an explicit stack, so a pathological tree cannot overflow ours either. */
function treeDepthExceeds(root: object, limit: number): boolean {
  const stack: Array<[object, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const n = node as { forEach?: (fn: (child: object) => void) => void };
    n.forEach?.((child) => stack.push([child, depth + 1]));
  }
  return false;
}
