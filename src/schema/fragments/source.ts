import { z } from 'zod';
import { partialDate } from './partial-date.ts';

/** Where the facts of an entry come from. Every entry cites at least one. */
export const sourceCitation = z.strictObject({
  /** Newspaper or magazine, with issue number where printed. Example: `广东工运 2025年第11期（总第424期）` */
  publication: z.string().trim().min(1),
  /** Article title as printed. Example: `劳模工匠进万企 助力现代化产业体系建设专项行动启动` */
  title: z.string().trim().min(1),
  /** Publication date at the precision printed; omit when the source prints none. Example: `2025-11` */
  date: partialDate.optional(),
  /** Author or byline as printed. Example: `全媒体记者 黄细英` */
  author: z.string().trim().min(1).optional(),
  /** Page, column or section. Example: `封二` */
  section: z.string().trim().min(1).optional(),
  /** Web address of the article, if it is online. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Where the copy used lives, e.g. the archived file name. Example: `seeds/000_b30f14ba3d8aca85.txt` */
  locator: z.string().trim().min(1).optional(),
});

export type SourceCitation = z.infer<typeof sourceCitation>;
