/** Beside the chart on a tall terminal: which regions move the balance against baseline, largest first. */
import { Box, Text } from 'ink';
import type { Workbook } from '@tradesheet/core';
import { projectedYears, regionDrivers } from '../results.js';
import { formatDelta, padLeft, padRight } from '../format.js';
import type { Theme } from '../theme.js';

export /** The regions whose full-year balance moved most against baseline, in the last projected year. */
function DriversPanel({ wb, baseline, rows, width, theme }: { wb: Workbook; baseline: Workbook; rows: number; width: number; theme: Theme }) {
  const year = projectedYears(wb).at(-1);
  if (year === undefined) return null;
  const drivers = regionDrivers(wb, baseline, year, rows);
  return (
    <Box flexDirection="column" marginTop={1} width={width}>
      <Text bold wrap="truncate">
        Balance vs baseline, {year} ($bn)
      </Text>
      {drivers.length === 0 ? <Text color={theme.color('muted')}>  no region differs</Text> : null}
      {drivers.map((d) => (
        <Text key={d.id} wrap="truncate">
          {'  '}
          {padRight(d.name, 22)}
          <Text color={theme.color(d.delta > 0 ? 'positive' : 'negative')}>{padLeft(formatDelta(d.delta, 1), 9)}</Text>
        </Text>
      ))}
    </Box>
  );
}
