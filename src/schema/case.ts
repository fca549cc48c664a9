import { z } from 'zod';
import { commonFields, sourcesField, teamsField, textList } from './fragments/common.ts';
import { entryId } from './fragments/entry-id.ts';

/** A case study (案例): a concrete problem, what the craftsmen did, measured results. Body: problem, actions, results. */
export const caseSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '标题', description: '案例的简短标题。', examples: ['腾讯滨海大厦三道钢结构连廊提升'] }),
  ...commonFields,
  experts: z.array(entryId).meta({
    title: '人物',
    description: '参与的劳模工匠的 id（人物文件名）；来源没写人名时写 []。',
    examples: [['zhu-zaosun', 'liu-changsen']],
  }),
  methods: z
    .array(entryId)
    .optional()
    .meta({ title: '操作法', description: '案例用到的操作法的 id。', examples: [['wangwenwenqie-fault-finding']] }),
  teams: teamsField,
  organisations: textList.meta({ title: '单位', description: '涉及的企业、村、工会或工作室，写名称。', examples: [['中国电信广州分公司']] }),
  results: textList.meta({
    title: '成效',
    description: '可量化的结果，数字和单位照原文（如“近600万元”“1.28万余人次”）；来源没有数字时写 []。',
    examples: [['创效21亿元']],
  }),
  sources: sourcesField,
});
