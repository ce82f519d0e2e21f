/**
 * The engine keeps a formula that names something unknown, as a spreadsheet does: its cells hold `#NAME?`. In the
 * app that shows at once in the sheet; a command would only print `n/a` in some table, so `--set` and `validate`
 * look for it in the variable just edited and refuse the edit with the engine's message.
 */
import { isCellError, type Workbook } from '@tradesheet/core';

export function firstNameError(
  workbook: Workbook,
  variable: string,
  member: string | undefined,
): { month: string; message: string } | undefined {
  const info = workbook.variable(variable);
  if (!info) return undefined;
  const members = member !== undefined || info.dims.length === 0 ? [member] : info.memberKeys;
  for (const m of members) {
    const series = workbook.series(variable, m);
    const index = series.findIndex((v) => isCellError(v) && v.code === '#NAME?');
    const cell = series[index];
    if (isCellError(cell)) return { month: workbook.calendar.months[index] ?? '', message: cell.message };
  }
  return undefined;
}
