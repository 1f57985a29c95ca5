import type { ReactNode } from 'react';

/**
 * A wide table scrolls sideways on its own, never the page. Focusable and named, so that a keyboard
 * can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, card = false, children }: { label: string; card?: boolean; children: ReactNode }) {
  return (
    <div className={card ? 'card table-scroll' : 'table-scroll'} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
