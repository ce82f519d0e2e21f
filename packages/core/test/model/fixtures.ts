/** Small model and scenario texts shared by the model tests. */
import type { ModelDefinition } from '../../src/model/types.js';

export const smallModelYaml = `# A small trade model for tests.
name: small-trade
title: Small trade
calendar: { start: 2024-01, end: 2025-12, asOf: 2024-12 }
dimensions:
  region:
    description: Partner region
    members: { us: United States, eu: European Union }
variables:
  export_growth:
    dims: [region]
    unit: "%"
    description: Export growth, y/y
    values: { us: -28.6, eu: 14.8 }
    memberSources: { us: { source: AP/Reuters, confidence: official } }
  exports:
    dims: [region]
    unit: USD bn
    values:
      us: { from: 2024-01, values: [40.1, 38.2] }
      eu: 30
    formula: lag(exports, 12) * (1 + export_growth / 100)
  total_exports:
    unit: USD bn
    formula: sum(exports, region)
`;

export const smallModel: ModelDefinition = {
  name: 'small-trade',
  title: 'Small trade',
  calendar: { start: '2024-01', end: '2025-12', asOf: '2024-12' },
  dimensions: [
    {
      name: 'region',
      description: 'Partner region',
      members: [
        { id: 'us', name: 'United States' },
        { id: 'eu', name: 'European Union' },
      ],
    },
  ],
  variables: [
    {
      name: 'export_growth',
      dims: ['region'],
      unit: '%',
      description: 'Export growth, y/y',
      values: { us: -28.6, eu: 14.8 },
      memberSources: { us: { source: 'AP/Reuters', confidence: 'official' } },
    },
    {
      name: 'exports',
      dims: ['region'],
      unit: 'USD bn',
      values: { us: { from: '2024-01', values: [40.1, 38.2] }, eu: 30 },
      formula: 'lag(exports, 12) * (1 + export_growth / 100)',
    },
    { name: 'total_exports', unit: 'USD bn', formula: 'sum(exports, region)' },
  ],
};

/** Lines of a text, 1-based: `lineOf(text, 'formla')` is the line where "formla" first appears. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not in the text`);
  return index + 1;
}
