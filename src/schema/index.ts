/**
 * The content kinds: one schema module each and the table that every per-kind decision reads,
 * shared by the build, the checker and the scripts, so a valid entry means one thing.
 */
import './error-map.ts';

export { SUMMARY_MAX } from './fragments/common.ts';
export { ENTRY_ID } from './fragments/entry-id.ts';
export type { SourceCitation } from './fragments/source.ts';
export {
  type AnyKindEntry,
  CONTENT_KINDS,
  type ContentKind,
  fieldValue,
  type KindData,
  type KindDefinition,
  type KindEntry,
  kinds,
  type LinkedDataContext,
  parseEntry,
  titleOf,
} from './kinds.ts';
export { NEED_STATUSES } from './need.ts';
export { TEAM_TYPES } from './team.ts';
