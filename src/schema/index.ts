/**
 * The four content kinds: one schema module each, shared by Astro's
 * content.config.ts and by the scripts, so a valid entry means one thing.
 */
import './error-map.ts';
import type { z } from 'zod';
import { caseReferences, caseSchema } from './case.ts';
import { courseReferences, courseSchema } from './course.ts';
import { expertReferences, expertSchema } from './expert.ts';
import type { ContentKind } from './fragments/entry-id.ts';
import { methodReferences, methodSchema } from './method.ts';

export { CONTENT_KINDS, ENTRY_ID, KIND_SINGULAR, type ContentKind } from './fragments/entry-id.ts';
export { SUMMARY_MAX } from './fragments/common.ts';
export type { SourceCitation } from './fragments/source.ts';

export interface KindDefinition<Schema extends z.ZodObject = z.ZodObject> {
  schema: Schema;
  /** Fields holding ids of other entries, mapped to the kind they point at. */
  references: Readonly<Record<string, ContentKind>>;
  /** The field that names the entry on cards and in headings. */
  titleField: 'title' | 'name';
  /** Whether the Markdown body may be empty. */
  bodyRequired: boolean;
}

export const kinds = {
  cases: { schema: caseSchema, references: caseReferences, titleField: 'title', bodyRequired: true },
  experts: { schema: expertSchema, references: expertReferences, titleField: 'name', bodyRequired: false },
  methods: { schema: methodSchema, references: methodReferences, titleField: 'title', bodyRequired: false },
  courses: { schema: courseSchema, references: courseReferences, titleField: 'title', bodyRequired: false },
} as const satisfies Record<ContentKind, KindDefinition>;

export type CaseData = z.infer<typeof caseSchema>;
export type ExpertData = z.infer<typeof expertSchema>;
export type MethodData = z.infer<typeof methodSchema>;
export type CourseData = z.infer<typeof courseSchema>;
export type EntryData = CaseData | ExpertData | MethodData | CourseData;
