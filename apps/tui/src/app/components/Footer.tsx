/** The keys that work in the current view, read from the keymap, and the latest status message. */
import { Box } from 'ink';
import { memo } from 'react';
import { bindingsFor, type Binding, type Scope } from '../keymap.js';
import type { Theme } from '../theme.js';
import { StyledLine } from './StyledLine.js';

export interface Status {
  text: string;
  kind: 'info' | 'error';
}

const itemWidth = (b: Binding) => b.label.length + 1 + (b.footer?.text.length ?? 0) + 2;

/** The footer's bindings that fit in `width`, dropping the least important first, in keymap order. */
export function fitFooter(scope: Scope, width: number): Binding[] {
  const all = bindingsFor(scope, 'footer');
  const byPriority = [...all].sort((a, b) => (a.footer?.priority ?? 99) - (b.footer?.priority ?? 99));
  const kept = new Set<Binding>();
  let used = 0;
  for (const b of byPriority) {
    if (used + itemWidth(b) > width) continue;
    kept.add(b);
    used += itemWidth(b);
  }
  return all.filter((b) => kept.has(b));
}

export function Footer({ scope, status, width, theme }: { scope: Scope; status?: Status | undefined; width: number; theme: Theme }) {
  return (
    <Box flexDirection="column" width={width}>
      <StyledLine text={status ? theme.paint(status.kind === 'error' ? 'error' : 'accent', status.text) : ' '} />
      <FooterKeys scope={scope} width={width} theme={theme} />
    </Box>
  );
}

// The key list changes only with the view or the width; memoised so a nudge redraws just the status line.
const FooterKeys = memo(function FooterKeys({ scope, width, theme }: { scope: Scope; width: number; theme: Theme }) {
  const keys = fitFooter(scope, width).flatMap((b) => [
    [b.label, { bold: true, inverse: true }] as const,
    [` ${b.footer?.text}  `, { role: 'muted' }] as const,
  ]);
  return <StyledLine text={theme.line(keys)} />;
});
