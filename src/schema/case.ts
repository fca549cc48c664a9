import { z } from 'zod';
import { commonFields, textList } from './fragments/common.ts';
import { entryId } from './fragments/entry-id.ts';

/** A case study (案例): a concrete problem, what the craftsmen did, measured results. Body: problem, actions, results. */
export const caseSchema = z.strictObject({
  /** Short headline of the case. Example: `腾讯滨海大厦三道钢结构连廊整体提升` */
  title: z.string().trim().min(1),
  ...commonFields,
  /** Ids of the experts who did the work; `[]` when the source names nobody. Example: `[zhu-zaosun, liu-changsen]` */
  experts: z.array(entryId),
  /** Ids of operating methods the case applied. Example: `[wangwenwenqie-fault-finding]` */
  methods: z.array(entryId).optional(),
  /** Enterprises, villages, unions or studios involved, as plain names. Example: `[中国电信广州分公司]` */
  organisations: textList,
  /** Measured outcomes, keeping number and unit as printed; `[]` when the source gives none. Example: `[创效21亿元]` */
  results: textList,
});

export const caseReferences = { experts: 'experts', methods: 'methods' } as const;
