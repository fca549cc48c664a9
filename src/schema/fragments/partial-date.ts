import { z } from 'zod';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * An unquoted `2025` is a number in YAML, and YAML 1.1 readers (Astro's loader of content/figures.yaml)
 * turn `2025-05-26` into a Date; fold both back to the text the editor wrote.
 */
function asWritten(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

function isRealCalendarDate(text: string): boolean {
  const [, year, month, day] = PARTIAL_DATE.exec(text) ?? [];
  if (!year) return false;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  if (month && day) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > lastDay) return false;
  }
  return true;
}

/** The earliest day a partial date can mean: it is in the future only if that day is. */
function firstDay(text: string): string {
  const [year, month = '01', day = '01'] = text.split('-');
  return `${year}-${month}-${day}`;
}

/** Today where the calendar is furthest ahead (UTC+14), so no editor's local today counts as future. */
const latestToday = () => new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);

/**
 * A full or partial ISO date at the precision the source gives:
 * `2025`, `2025-05` or `2025-05-26`.
 */
export const partialDate = z.preprocess(
  asWritten,
  z
    .string()
    .regex(PARTIAL_DATE, {
      abort: true,
      error: (issue) => `"${String(issue.input)}" 不是日期格式，应写作 2025、2025-05 或 2025-05-26 / not a date: write 2025, 2025-05 or 2025-05-26`,
    })
    .refine(isRealCalendarDate, {
      abort: true,
      error: (issue) => `"${String(issue.input)}" 不是真实存在的日期 / is not a real calendar date`,
    })
    .refine((text) => firstDay(text) <= latestToday(), {
      error: (issue) => `"${String(issue.input)}" 是将来的日期 / is in the future`,
    }),
);

export type PartialDate = z.infer<typeof partialDate>;
