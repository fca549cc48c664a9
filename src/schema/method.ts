import { z } from 'zod';
import { commonFields, textList } from './fragments/common.ts';
import { entryId } from './fragments/entry-id.ts';

/** An operating method (操作法/工作法): a named, teachable way of working. Body: how it is applied. */
export const methodSchema = z.strictObject({
  /** The method's name as used by its originators. Example: `望闻问切法` */
  title: z.string().trim().min(1),
  ...commonFields,
  /** Ids of the experts who created it. Example: `[xia-bodang]` */
  originators: z.array(entryId).optional(),
  /** The problem it solves, in one sentence. */
  problem: z.string().trim().min(1),
  /** Its steps, only as far as the sources describe them. */
  steps: textList.min(1),
});

export const methodReferences = { originators: 'experts' } as const;
