/**
 * Two scenarios side by side for one year: every headline figure for each and the difference, then the regions
 * whose full-year balance moved most, which is what drives the difference in the surplus.
 */
import { Box, Text } from 'ink';
import type { Workbook } from '@tradesheet/core';
import { difference, headlineValue, HEADLINES, regionDrivers } from '../results.js';
import { formatCell, formatDelta, padLeft, padRight } from '../format.js';
import type { Theme } from '../theme.js';

export interface ComparisonProps {
  a: { name: string; wb: Workbook };
  b: { name: string; wb: Workbook };
  year: number;
  years: readonly number[];
  width: number;
  theme: Theme;
}

const COL = 12;

export function Comparison({ a, b, year, years, width, theme }: ComparisonProps) {
  const drivers = regionDrivers(b.wb, a.wb, year, 6);
  const label = 18;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        <Text bold>Compare </Text>
        {years.map((y) => (
          <Text key={y} inverse={y === year}>{` ${y} `}</Text>
        ))}
        <Text color={theme.color('muted')}>  ←→ year · Esc close</Text>
      </Text>
      <Text bold wrap="truncate">
        {padRight('', label)}
        {padLeft(a.name.slice(0, COL - 1), COL)}
        {padLeft(b.name.slice(0, COL - 1), COL)}
        {padLeft('difference', COL)}
      </Text>
      {HEADLINES.map((h) => {
        const va = headlineValue(a.wb, h, year);
        const vb = headlineValue(b.wb, h, year);
        const d = difference(vb, va);
        return (
          <Text key={h.id} wrap="truncate">
            {padRight(h.label, label)}
            {padLeft(formatCell(va, h.decimals), COL)}
            {padLeft(formatCell(vb, h.decimals), COL)}
            <Text color={theme.color(d === undefined || Math.abs(d) < 1e-9 ? 'muted' : d > 0 ? 'positive' : 'negative')}>
              {padLeft(d === undefined ? '' : formatDelta(d, h.decimals), COL)}
            </Text>
          </Text>
        );
      })}
      <Box marginTop={1} flexDirection="column">
        <Text bold>Regions driving the difference (full-year balance, $bn)</Text>
        {drivers.length === 0 ? <Text color={theme.color('muted')}>  no region differs</Text> : null}
        {drivers.map((d) => (
          <Text key={d.id} wrap="truncate">
            {'  '}
            {padRight(d.name, label - 2)}
            <Text color={theme.color(d.delta > 0 ? 'positive' : 'negative')}>{padLeft(formatDelta(d.delta, 1), COL)}</Text>
          </Text>
        ))}
      </Box>
    </Box>
  );
}
