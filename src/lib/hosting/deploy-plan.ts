/** What a deploy will do: which files to upload and in what order, which to leave, which to delete. */
import { formatBytes } from './byte-size.ts';
import { CACHE_CONTROL, type CacheClass, cacheClassOf } from './cache-policy.ts';
import { type ObjectHeaders, sameHeaders } from './object-headers.ts';
import type { DeletionReview } from './pending-deletions.ts';
import { inUploadOrder } from './upload-order.ts';

/** A file of the built site, as it should be in the bucket. */
export interface SiteObject {
  path: string;
  sha256: string;
  /** Bytes as built, before compression. */
  size: number;
  headers: ObjectHeaders;
}

/** What is known of an object already in the bucket. */
export interface StoredObject {
  sha256?: string;
  headers: ObjectHeaders;
}

export interface DeployPlan {
  /** New, changed, or stored with other headers (a cache policy change re-uploads), in upload order. */
  uploads: SiteObject[];
  unchanged: number;
  deletions: DeletionReview;
}

export function planUploads(site: readonly SiteObject[], stored: ReadonlyMap<string, StoredObject>): Pick<DeployPlan, 'uploads' | 'unchanged'> {
  const uploads = site.filter((file) => {
    const there = stored.get(file.path);
    return !there || there.sha256 !== file.sha256 || !sameHeaders(there.headers, file.headers);
  });
  return { uploads: inUploadOrder(uploads), unchanged: site.length - uploads.length };
}

const CACHE_LABELS: Readonly<Record<CacheClass, string>> = {
  immutable: '长期缓存 / immutable',
  revalidate: '每次验证 / revalidate',
};

/** The plan in a few lines: uploads by cache class with counts and sizes, then what stays and what goes. */
export function describePlan(plan: DeployPlan): string[] {
  const lines = (Object.keys(CACHE_CONTROL) as CacheClass[]).map((cacheClass) => {
    const files = plan.uploads.filter((file) => cacheClassOf(file.path) === cacheClass);
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    return `上传 upload ${CACHE_LABELS[cacheClass]}: ${files.length} 个文件 / files, ${formatBytes(bytes)}`;
  });
  const waiting = Object.keys(plan.deletions.waiting).length;
  return [
    ...lines,
    `未变 / unchanged: ${plan.unchanged} 个文件 / files`,
    `待删除（宽限期内）/ deletions pending (within the grace period): ${waiting}`,
    `到期删除 / deletions due now: ${plan.deletions.due.length}`,
  ];
}
