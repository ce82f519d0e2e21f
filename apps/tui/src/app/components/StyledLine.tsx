/**
 * One line styled with the theme's raw codes (`theme.style`, `theme.paint`) in a single text node, for the lines
 * drawn on every frame (header, footer, panel titles). Nested `<Text>` elements are styled by Ink through chalk on
 * every frame, with an opening and a closing code per attribute, and Ink reads every character of them; a
 * compound code per look and none after the last character draw the same line with fewer characters.
 */
import { Text } from 'ink';
import { memo } from 'react';
import { withoutTrailingCodes } from '../theme.js';

/**
 * `text` on one line, cut to the width (`wrap="truncate"`, the default) or wrapped like any Ink text; a line that
 * may wrap should hold only single-attribute codes (`paint`, `style` of one attribute), which the wrapping carries
 * over to the next line, unlike compound ones.
 */
export const StyledLine = memo(function StyledLine({ text, wrap = 'truncate' }: { text: string; wrap?: 'truncate' | 'wrap' }) {
  return <Text wrap={wrap}>{withoutTrailingCodes(text)}</Text>;
});
