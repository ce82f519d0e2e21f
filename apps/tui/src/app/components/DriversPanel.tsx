/** Beside the chart on a tall terminal: which regions move the balance against baseline, largest first. */
import { Box } from 'ink';
import type { Workbook } from '@tradesheet/core';
import { projectedYears, regionDrivers } from '../results.js';
import { formatDelta, padLeft, padRight } from '../format.js';
import type { Theme } from '../theme.js';
import { StyledLine } from './StyledLine.js';

/** The regions whose full-year balance moved most against baseline, in the last projected year. */
export function DriversPanel({ wb, baseline, rows, width, theme }: { wb: Workbook; baseline: Workbook; rows: number; width: number; theme: Theme }) {
  const year = projectedYears(wb).at(-1);
  if (year === undefined) return null;
  const drivers = regionDrivers(wb, baseline, year, rows);
  return (
    <Box flexDirection="column" marginTop={1} width={width}>
      <StyledLine text={theme.style(`Balance vs baseline, ${year} ($bn)`, { bold: true })} />
      {drivers.length === 0 ? <StyledLine wrap="wrap" text={theme.paint('muted', '  no region differs')} /> : null}
      {drivers.map((d) => (
        <StyledLine key={d.id} text={`  ${padRight(d.name, 22)}${theme.paint(d.delta > 0 ? 'positive' : 'negative', padLeft(formatDelta(d.delta, 1), 9))}`} />
      ))}
    </Box>
  );
}
