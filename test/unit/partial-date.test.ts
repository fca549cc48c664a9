import { describe, expect, it } from 'vitest';
import { compareNewestFirst, formatPartialDate, yearOf } from '../../src/lib/partial-date.ts';

describe('partial dates', () => {
  it('show exactly the precision given', () => {
    expect(formatPartialDate('2025')).toBe('2025年');
    expect(formatPartialDate('2025-05')).toBe('2025年5月');
    expect(formatPartialDate('2025-05-06')).toBe('2025年5月6日');
  });

  it('sort newest first', () => {
    expect(['2024', '2025-05-26', '2025', '2025-11'].sort(compareNewestFirst)).toEqual(['2025-11', '2025-05-26', '2025', '2024']);
  });

  it('give their year', () => {
    expect(yearOf('2024-02-23')).toBe(2024);
  });
});
