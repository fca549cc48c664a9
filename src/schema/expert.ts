import { z } from 'zod';
import { commonFields, sourcesField, textList } from './fragments/common.ts';

/** An expert profile (人物): public, professional facts only. Body: their work. */
export const expertSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '姓名', description: '中文姓名。', examples: ['夏伯党'] }),
  ...commonFields,
  honours: textList.meta({ title: '荣誉', description: '荣誉称号，照原文；没有写 []。', examples: [['全国劳动模范', '大国工匠']] }),
  employer: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '单位', description: '工作单位，照原文；来源没写就写“不详”。', examples: ['徐矿集团'] }),
  role: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '岗位', description: '职务或岗位；来源没写就写“不详”。', examples: ['首席技能大师'] }),
  specialities: textList.min(1).meta({ title: '专长', description: '擅长的领域。', examples: [['机电设备维修']] }),
  sources: sourcesField,
});
