import { z } from 'zod';
import { commonFields, textList } from './fragments/common.ts';

/** An expert profile (人物): public, professional facts only. Body: their work. */
export const expertSchema = z.strictObject({
  /** Full name in Chinese. Example: `夏伯党` */
  name: z.string().trim().min(1),
  ...commonFields,
  /** Honours and titles as printed; `[]` when none is given. Example: `[全国劳动模范, 大国工匠]` */
  honours: textList,
  /** Employer as printed, or `不详` when the source does not say. Example: `徐州矿务集团` */
  employer: z.string().trim().min(1),
  /** Job or position. Example: `首席技师` */
  role: z.string().trim().min(1),
  /** Fields of expertise. Example: `[机电设备维修]` */
  specialities: textList.min(1),
});

export const expertReferences = {} as const;
