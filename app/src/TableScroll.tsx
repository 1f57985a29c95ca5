import type { ReactNode } from 'react';

/**
 * A wide table scrolls sideways on its own, never the page. Focusable and named, so that a keyboard
 * can scroll it too (axe: scrollable-region-focusable). `card` draws it as a card, `flush` without
 * the card's padding (a table that fills its card).
 */
export function TableScroll({ label, card = false, flush = false, children }: { label: string; card?: boolean; flush?: boolean; children: ReactNode }) {
  const className = ['table-scroll', card && 'card', flush && 'flush'].filter(Boolean).join(' ');
  return (
    <div className={className} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
