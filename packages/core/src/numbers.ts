/** Two decimals: how every figure (points, days, ratios) is kept and shown. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

// One collator for the whole process: localeCompare with options builds one per call (half a
// sprint analysis's time once), and a fixed locale keeps the order the same on every machine.
const collator = new Intl.Collator('en', { numeric: true });

/** Natural order (SR-9 before SR-10); strings the collator calls equal fall back to code units, so the order is total. */
export function compareNatural(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
