import type { ContentKind } from '../schema/index.ts';
import { REPOSITORY } from '../site.config.ts';

/** GitHub's web editor for an entry's file, from the one repository setting. */
export const editUrl = (kind: ContentKind, id: string, repository = REPOSITORY) => `${repository.url}/edit/${repository.branch}/content/${kind}/${id}.md`;
