import { z } from 'zod';
import { commonFields, sourcesField, teamsField, textList } from './fragments/common.ts';
import { entryId } from './fragments/entry-id.ts';

/** A course record (课程): open class, cloud class or training programme. */
export const courseSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '课程名称', description: '课程或培训的名称。', examples: ['第2期大师工匠公开课'] }),
  ...commonFields,
  organiser: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '主办', description: '主办单位。', examples: ['徐州市总工会'] }),
  teachers: z
    .array(entryId)
    .optional()
    .meta({ title: '授课人', description: '授课人的人物 id。', examples: [['xia-bodang']] }),
  teams: teamsField,
  format: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '形式', description: '线下、线上、云课堂、学历班等。', examples: ['线下'] }),
  audience: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '对象', description: '面向谁；来源没写就写“不详”。', examples: ['企业基层技术职工'] }),
  topics: textList.min(1).meta({ title: '课程内容', description: '讲了什么，每项一行。', examples: [['机电设备故障排除']] }),
  sources: sourcesField,
});
