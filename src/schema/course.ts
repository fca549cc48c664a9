import { z } from 'zod';
import { commonFields, textList } from './fragments/common.ts';
import { entryId } from './fragments/entry-id.ts';

/** Common course formats; others are accepted as written. */
export const COURSE_FORMATS = ['线下', '线上', '云课堂', '学历班', '线下+线上', '现场教学', '培训班'] as const;

/** A course record (课程): open class, cloud class or training programme. */
export const courseSchema = z.strictObject({
  /** Course title. Example: `第2期大师工匠公开课` */
  title: z.string().trim().min(1),
  ...commonFields,
  /** Who ran it. Example: `徐州市总工会` */
  organiser: z.string().trim().min(1),
  /** Ids of the experts who taught. Example: `[xia-bodang]` */
  teachers: z.array(entryId).optional(),
  /** How it was held, e.g. 线下, 线上, 云课堂, 学历班. */
  format: z.string().trim().min(1),
  /** Who it was for. Example: `企业基层技术职工` */
  audience: z.string().trim().min(1),
  /** What it taught. */
  topics: textList.min(1),
});

export const courseReferences = { teachers: 'experts' } as const;
