/** Partial ISO dates (`2025`, `2025-05`, `2025-05-26`) shown and sorted at the precision given. */
import { t } from '../i18n/zh-CN.ts';

/** `2025` → 2025年, `2025-05` → 2025年5月, `2025-05-26` → 2025年5月26日. */
export function formatPartialDate(date: string): string {
  const [year = '', month, day] = date.split('-');
  if (day) return t('date.day', { year, month: Number(month), day: Number(day) });
  if (month) return t('date.month', { year, month: Number(month) });
  return t('date.year', { year });
}

export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Newest first; at equal prefixes the more precise date first, then the less precise one. */
export function compareNewestFirst(a: string, b: string): number {
  return b.localeCompare(a);
}
