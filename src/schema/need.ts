import { z } from 'zod';
import { commonFields, sourcesField } from './fragments/common.ts';
import { entryId } from './fragments/entry-id.ts';

/** Where an enterprise's problem stands. */
export const NEED_STATUSES = ['待对接', '对接中', '已解决'] as const;

/** A need (需求): an enterprise's technical problem brought to the craftsmen, and who took it up. Body: the problem and what happened. */
export const needSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(1)
      .meta({ title: '标题', description: '问题的简短标题。', examples: ['污水处理站出水不稳定'] }),
    ...commonFields,
    enterprise: z
      .string()
      .trim()
      .min(1)
      .meta({ title: '企业', description: '提出需求的企业，照原文；来源没写写“不详”，企业不愿公开写“匿名”。', examples: ['丰县某污水处理企业'] }),
    status: z.enum(NEED_STATUSES).meta({ title: '状态', description: `${NEED_STATUSES.join('、')}之一；已解决时必须填写 solvedBy。`, examples: ['已解决'] }),
    statement: z
      .string()
      .trim()
      .min(1)
      .meta({ title: '问题', description: '企业遇到的问题，照企业的说法概括，一两句。', examples: ['污水站出水指标时好时坏，找不到原因。'] }),
    teams: z
      .array(entryId)
      .optional()
      .meta({ title: '承接团队', description: '接手这个需求的团队 id。', examples: [['xuzhou-technical-service-team']] }),
    experts: z
      .array(entryId)
      .optional()
      .meta({ title: '承接专家', description: '接手这个需求的人物 id。', examples: [['xia-bodang']] }),
    solvedBy: z
      .array(entryId)
      .max(1)
      .optional()
      .meta({ title: '解决案例', description: '解决它的案例 id；状态为已解决时必填。', examples: [['xuzhou-fengxian-service-team']] }),
    sources: sourcesField,
  })
  .superRefine((need, context) => {
    if (need.status === '已解决' && (need.solvedBy ?? []).length === 0) {
      context.addIssue({
        code: 'custom',
        // Pointed at the status: solvedBy may be missing altogether, and the status is what the editor just set.
        path: ['status'],
        message: '状态为“已解决”时要写明解决它的案例 id / a need marked 已解决 names the case that solved it in solvedBy',
      });
    }
  });
