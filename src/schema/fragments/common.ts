import { z } from 'zod';
import { entryId } from './entry-id.ts';
import { partialDate } from './partial-date.ts';
import { sourceCitation } from './source.ts';
import { industryCode, regionCode } from './taxon-code.ts';

export const SUMMARY_MAX = 160;

/** A list of short texts, e.g. organisation names or results. */
export const textList = z.array(z.string().trim().min(1));

/** Fields every kind of entry carries after its title; spread into each kind's schema. */
export const commonFields = {
  summary: z
    .string()
    .trim()
    .min(1)
    .max(SUMMARY_MAX)
    .meta({
      title: '摘要',
      description: `一两句话，用于卡片、搜索结果和页面描述，最多 ${SUMMARY_MAX} 字。`,
      examples: ['徐矿集团首席技能大师夏伯党用“望闻问切法”查找机电设备故障。'],
    }),
  date: partialDate.meta({
    title: '日期',
    description: '发生或报道的时间，按来源给出的精度写：只有年份写 "2025"，有月份写 "2025-05"，有具体日子写 "2025-05-26"。',
    examples: ['2025-05'],
  }),
  industries: z.array(industryCode).meta({
    title: '行业',
    description: 'GB/T 4754-2017 行业代码，门类字母或门类+大类，文中能判断时写到大类；来源没有依据时写 []，并填写 codesNote。',
    examples: [['C38']],
  }),
  regions: z.array(regionCode).meta({
    title: '地区',
    description: 'GB/T 2260 六位行政区划代码，来源写到县就写县，否则写市或省；来源没有依据时写 []，并填写 codesNote。活动举办地不是参加者的所在地。',
    examples: [['441481']],
  }),
  codesNote: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({
      title: '代码说明',
      description: '行业或地区写 [] 时必填：一句话说明来源写了什么、为什么定不了代码；页面显示为“报道未写明”。',
      examples: ['报道只写了他在重庆的路演上发布成果，未写工作单位所在地。'],
    }),
};

/** The teams (studios, service teams, alliances) whose work an entry records; their pages list it back. */
export const teamsField = z
  .array(entryId)
  .optional()
  .meta({ title: '团队', description: '参与的创新工作室、服务队或联盟的 id。', examples: [['xuzhou-service-team']] });

/** Citations, last in every kind so the front matter reads facts first, then where they come from. */
export const sourcesField = z.array(sourceCitation).min(1).meta({ title: '出处', description: '事实和数字来自的报道，至少一条。' });
