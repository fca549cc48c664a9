import { z } from 'zod';

/** Entry ids are file names: lower-case ASCII words joined by hyphens (pinyin for people). */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id of another entry, checked to exist by the relation checker. Example: `xia-bodang` */
export const entryId = z
  .string()
  .trim()
  .regex(ENTRY_ID, {
    error: (issue) => `"${String(issue.input)}" 不是条目 id（小写拼音或英文，用连字符连接）/ is not an entry id (kebab-case ASCII)`,
  });
