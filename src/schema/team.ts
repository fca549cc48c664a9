import { z } from 'zod';
import { commonFields, sourcesField, textList } from './fragments/common.ts';
import { entryId } from './fragments/entry-id.ts';
import { partialDate } from './fragments/partial-date.ts';

/** The kinds of team the sources describe; a sub-alliance (分联盟) belongs to an alliance. */
export const TEAM_TYPES = ['创新工作室', '服务队', '联盟', '分联盟'] as const;

/** A team (团队): an innovation studio, a service team or an alliance of them. Body: what it does and how. */
export const teamSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .meta({ title: '名称', description: '团队的名称，照原文。', examples: ['徐州市劳模工匠技术服务队'] }),
  ...commonFields,
  type: z.enum(TEAM_TYPES).meta({ title: '类型', description: `${TEAM_TYPES.join('、')}之一。`, examples: ['服务队'] }),
  parent: z
    .array(entryId)
    .max(1)
    .optional()
    .meta({ title: '上级', description: '所属联盟或上级团队的 id，最多一个。', examples: [['gba-innovation-studio-alliance']] }),
  leads: z
    .array(entryId)
    .optional()
    .meta({ title: '带头人', description: '领衔或带头的人物 id。', examples: [['deng-yanmei']] }),
  members: z
    .array(entryId)
    .optional()
    .meta({ title: '成员', description: '来源写到的成员的人物 id。', examples: [['xia-bodang']] }),
  founded: partialDate.optional().meta({ title: '成立', description: '成立时间，按来源的精度写；来源没写就不填。', examples: ['2021'] }),
  focus: textList.min(1).meta({ title: '攻关方向', description: '团队做什么、解决哪类问题，每项一行。', examples: [['5G 应用技术攻关']] }),
  figures: textList.meta({
    title: '成果数字',
    description: '来源给出的数字，照原文（如“技术课题攻关72项”“创效21亿元”）；没有时写 []。',
    examples: [['技术课题攻关72项', '创效21亿元']],
  }),
  sources: sourcesField,
});
