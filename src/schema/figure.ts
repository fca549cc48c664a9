import { z } from 'zod';
import { textList } from './fragments/common.ts';
import { entryId } from './fragments/entry-id.ts';
import { sourceCitation } from './fragments/source.ts';
import { regionCode } from './fragments/taxon-code.ts';

/**
 * An aggregate figure set (数说) that belongs to no single case: provincial
 * totals, five-year competition results. Kept in content/figures.yaml.
 */
export const figureSetSchema = z.strictObject({
  /** Stable id, kebab-case. Example: `gd-model-worker-totals` */
  id: entryId,
  /** What the figures describe. Example: `广东劳模工匠队伍规模` */
  scope: z.string().trim().min(1),
  /** The period as the source words it. Example: `“十四五”期间` */
  period: z.string().trim().min(1),
  /** GB/T 2260 codes of the area the figures cover. */
  regions: z.array(regionCode).min(1),
  /** The figures, number and unit exactly as printed. */
  figures: textList.min(1),
  /** Citations of the articles the figures come from. */
  sources: z.array(sourceCitation).min(1),
});

export type FigureSet = z.infer<typeof figureSetSchema>;
