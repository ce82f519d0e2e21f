/**
 * Writes a ModelDefinition as YAML with comments: a header, and a comment above any variable that has one. A
 * monthly series is written inline, one year (12 months) to a line, so 24 months take two lines, not 24. Output is
 * deterministic: the same model always gives the same text.
 */
import { Document, isMap, isScalar, visit } from 'yaml';
import { modelToFile } from '../../model/to-file.js';
import type { ModelDefinition } from '../../model/types.js';

const MONTHS_PER_LINE = 12;

/** Prefixes every line with a space so `# ` comments read cleanly (yaml adds the `#`). */
const indentComment = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? '' : ` ${line}`))
    .join('\n');

export function renderModelYaml(model: ModelDefinition, header: string, comments: Map<string, string>): string {
  const doc = new Document(modelToFile(model));
  doc.commentBefore = indentComment(header);
  // yaml folds a long flow sequence one item per line; long number series are swapped for placeholders here and
  // written by hand below, one year per line.
  const series: number[][] = [];
  visit(doc, {
    Seq(_key, node) {
      if (!node.items.every((item) => isScalar(item))) return undefined;
      const numbers = node.items.map((item) => (isScalar(item) ? item.value : undefined));
      if (numbers.length > MONTHS_PER_LINE && numbers.every((n) => typeof n === 'number')) {
        series.push(numbers as number[]);
        return doc.createNode(`__series_${series.length - 1}__`);
      }
      node.flow = true;
      return undefined;
    },
  });
  const variables = doc.get('variables');
  if (isMap(variables)) {
    for (const pair of variables.items) {
      const comment = isScalar(pair.key) ? comments.get(String(pair.key.value)) : undefined;
      if (comment && isScalar(pair.key)) pair.key.commentBefore = indentComment(comment);
    }
  }
  const text = doc.toString({ lineWidth: 118, minContentWidth: 40 });
  return text.replace(/^( *)(.*)__series_(\d+)__$/gm, (_all, indent: string, prefix: string, index: string) => {
    const values = series[Number(index)] ?? [];
    const lines: string[] = [];
    for (let i = 0; i < values.length; i += MONTHS_PER_LINE) {
      lines.push(values.slice(i, i + MONTHS_PER_LINE).join(', '));
    }
    return `${indent}${prefix}[${lines.join(`,\n${indent}  `)}]`;
  });
}
