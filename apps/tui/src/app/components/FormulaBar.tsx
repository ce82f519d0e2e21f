/** The selected cell's address, formula, value, unit and source; an error cell's message on request. */
import { Box, Text } from 'ink';
import type { CellInfo, SheetRow } from '../sheet-model.js';
import { formatCell, isErrorValue } from '../format.js';
import type { Theme } from '../theme.js';

export const FORMULA_BAR_HEIGHT = 3;

export interface FormulaBarProps {
  row: SheetRow;
  month: string;
  info: CellInfo;
  /** Show the error's message (Enter on an error cell). */
  showError: boolean;
  width: number;
  theme: Theme;
}

export function FormulaBar({ row, month, info, showError, width, theme }: FormulaBarProps) {
  const { value } = info;
  const formulaText = info.isInput
    ? info.formula === undefined
      ? 'input'
      : `input (actual); formula after: ${info.formula}`
    : `= ${info.formula ?? ''}${info.formulaScope === 'variable' && row.member !== undefined ? '   (all members)' : ''}`;
  const where = [info.unit, info.source ? `source: ${info.source}` : undefined, info.confidence].filter(Boolean).join(' · ');
  return (
    <Box flexDirection="column" width={width} height={FORMULA_BAR_HEIGHT} flexShrink={0}>
      <Text wrap="truncate">
        <Text bold inverse>
          {` ${row.label} ${month} `}
        </Text>{' '}
        <Text color={theme.color('accent')}>{formulaText}</Text>
      </Text>
      <Text wrap="truncate">
        <Text bold color={isErrorValue(value) ? theme.color('error') : undefined}>
          {formatCell(value, 3)}
        </Text>
        {isErrorValue(value) && !showError ? <Text color={theme.color('muted')}> (Enter: why)</Text> : null}
        <Text color={theme.color('muted')}> {where}</Text>
      </Text>
      <Text wrap="truncate" color={isErrorValue(value) && showError ? theme.color('error') : theme.color('muted')}>
        {isErrorValue(value) && showError ? value.message : (info.description ?? ' ')}
      </Text>
    </Box>
  );
}
