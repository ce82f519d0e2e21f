/**
 * The text layout of `tradesheet explain`: one labelled line per fact, values as the engine holds them (rounded to
 * 2 decimals for reading) and errors with their message, so a `#DIV/0!` says why.
 */

export type ExplainValue = number | { error: string; message: string };

export interface Explanation {
  variable: string;
  member: string | null;
  scenario: string;
  month: string;
  description: string | null;
  unit: string | null;
  formula: string | null;
  /** One entry, or one per member when the variable has members and none was named. */
  values: { member: string | null; value: ExplainValue; actual: boolean }[];
  /** Direct dependencies; `value` is null where the dependency has members this cell does not pick one of. */
  dependsOn: { variable: string; member: string | null; value: ExplainValue | null }[];
  usedBy: string[];
  source: string | null;
  confidence: string | null;
  asOf: string | null;
}

export function showValue(value: ExplainValue, unit: string | null = null): string {
  if (typeof value !== 'number') return `${value.error} (${value.message})`;
  const text = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return unit ? `${text} ${unit}` : text;
}

function how(actual: boolean, formula: string | null, asOf: string | null): string {
  if (actual) return formula ? `actual: an input up to ${asOf ?? 'the as-of month'}; the formula projects later months` : 'input';
  return formula ? 'computed by the formula' : 'input (assumption)';
}

export function explainText(e: Explanation): string {
  const name = e.member === null ? e.variable : `${e.variable}.${e.member}`;
  const lines = [`${name}${e.description ? `: ${e.description}` : ''}${e.scenario === 'baseline' ? '' : `  [scenario ${e.scenario}]`}`];
  const row = (label: string, text: string) => lines.push(`  ${label.padEnd(11)} ${text}`);
  row('formula', e.formula ?? '(none: an input)');
  const single = e.values.length === 1 ? e.values[0] : undefined;
  if (single) {
    row(e.month, `${showValue(single.value, e.unit)}  (${how(single.actual, e.formula, e.asOf)})`);
  } else {
    row(e.month, e.unit ? `in ${e.unit}` : '');
    const width = Math.max(...e.values.map((v) => (v.member ?? '').length));
    const shown = e.values.map((v) => showValue(v.value));
    const valueWidth = Math.max(...shown.map((t) => t.length));
    e.values.forEach((v, i) => {
      // "actual" only means something where a formula would otherwise project the month.
      const note = v.actual && e.formula ? '  (actual)' : '';
      lines.push(`    ${(v.member ?? '').padEnd(width)}  ${(shown[i] ?? '').padStart(valueWidth)}${note}`);
    });
  }
  const deps = e.dependsOn.map((d) => {
    const label = d.member === null ? d.variable : `${d.variable}.${d.member}`;
    if (d.variable === e.variable) return `${label} (earlier months)`;
    return d.value === null ? d.variable : `${label} = ${showValue(d.value)}`;
  });
  row('depends on', deps.length > 0 ? deps.join(', ') : 'nothing');
  row('used by', e.usedBy.length > 0 ? e.usedBy.join(', ') : 'nothing');
  const source = [e.source, e.confidence ? `(${e.confidence})` : null].filter(Boolean).join(' ');
  row('source', source || 'not given');
  return `${lines.join('\n')}\n`;
}
