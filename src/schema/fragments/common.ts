import { z } from 'zod';
import { partialDate } from './partial-date.ts';
import { sourceCitation } from './source.ts';
import { industryCode, regionCode } from './taxon-code.ts';

export const SUMMARY_MAX = 160;

/** A list of short texts, e.g. organisation names or results. */
export const textList = z.array(z.string().trim().min(1));

/** Fields every kind of entry carries; spread into each kind's schema. */
export const commonFields = {
  /** One or two sentences for cards, search excerpts and the page description (max 160 characters). */
  summary: z.string().trim().min(1).max(SUMMARY_MAX),
  /** When it happened or was reported, at the precision of the source. Example: `2025-05` */
  date: partialDate,
  /** GB/T 4754-2017 codes, section or division. Example: `[C, C38]` */
  industries: z.array(industryCode).min(1),
  /** GB/T 2260 codes, down to the county where the source says so. Example: `[441481]` */
  regions: z.array(regionCode).min(1),
  /** Citations of the articles the facts come from (at least one). */
  sources: z.array(sourceCitation).min(1),
};
