import { z } from 'zod';
import { partialDate } from './partial-date.ts';

/** Where the facts of an entry come from. Every entry cites at least one. */
export const sourceCitation = z.strictObject({
  publication: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '报刊', description: '报纸或杂志名称，有期号的写上期号。', examples: ['广东工运 2025年第11期（总第424期）'] }),
  title: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '文章标题', description: '报道的标题，照原文。', examples: ['劳模工匠进万企 助力现代化产业体系建设专项行动启动'] }),
  date: partialDate.optional().meta({ title: '刊发日期', description: '按报刊印出的精度写；没有印日期就省略。', examples: ['2025-11'] }),
  author: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ title: '作者', description: '署名，照原文。', examples: ['全媒体记者 黄细英'] }),
  section: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ title: '版面或栏目', description: '版次、页码或栏目。', examples: ['封二'] }),
  url: z
    .url({ protocol: /^https?$/ })
    .optional()
    .meta({ title: '网址', description: '报道的网络地址（如有），以 https:// 开头。' }),
  locator: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ title: '存档位置', description: '本站存档副本的文件名等。', examples: ['seeds/000_b30f14ba3d8aca85.txt'] }),
});

export type SourceCitation = z.infer<typeof sourceCitation>;
