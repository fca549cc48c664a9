/** Partial ISO dates (`2025`, `2025-05`, `2025-05-26`) shown and sorted at the precision given. */

/** `2025` → 2025年, `2025-05` → 2025年5月, `2025-05-26` → 2025年5月26日. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
}

export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Newest first; at equal prefixes the more precise date first, then the less precise one. */
export function compareNewestFirst(a: string, b: string): number {
  return b.localeCompare(a);
}
