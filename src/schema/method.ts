import { z } from 'zod';
import { commonFields, sourcesField, teamsField, textList } from './fragments/common.ts';
import { entryId } from './fragments/entry-id.ts';

/** An operating method (操作法/工作法): a named, teachable way of working. Body: how it is applied. */
export const methodSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '名称', description: '操作法的名称。', examples: ['望闻问切法'] }),
  ...commonFields,
  originators: z
    .array(entryId)
    .optional()
    .meta({ title: '创立者', description: '创立者的人物 id。', examples: [['xia-bodang']] }),
  teams: teamsField,
  problem: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '解决的问题', description: '它解决什么问题，一句话。', examples: ['机电设备故障难以快速定位和排除。'] }),
  steps: textList.min(1).meta({ title: '步骤', description: '只写来源里有的步骤。', examples: [['望：看设备外观', '闻：听声音、闻气味']] }),
  sources: sourcesField,
});
