/**
 * What a deploy keeps in the bucket beside the site, under .deploy/ (never published as a page,
 * never deleted as a file that left the site).
 *
 * The manifest saves reading every object's metadata on each deploy (10^5 requests at national
 * scale): it records, per path, the sha256 and headers that were uploaded and the ETag the store
 * returned. It is only a cache: an entry counts while the listed ETag still matches, so an object
 * uploaded by a run that was interrupted before writing the manifest is read from its own metadata.
 */
import type { ObjectHeaders } from './object-headers.ts';
import type { PendingDeletions } from './pending-deletions.ts';

export const STATE_PREFIX = '.deploy/';
export const MANIFEST_PATH = `${STATE_PREFIX}manifest.json.gz`;
export const PENDING_DELETIONS_PATH = `${STATE_PREFIX}pending-deletions.json`;

/** Object metadata (x-amz-meta-sha256) with the sha256 of the file as built, before compression. */
export const SHA256_METADATA = 'sha256';

export interface UploadedObject extends ObjectHeaders {
  etag: string;
  sha256: string;
}

export type Manifest = Record<string, UploadedObject>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isUploadedObject = (value: unknown): value is UploadedObject =>
  isRecord(value) &&
  typeof value.etag === 'string' &&
  typeof value.sha256 === 'string' &&
  typeof value.contentType === 'string' &&
  typeof value.cacheControl === 'string' &&
  (value.contentEncoding === undefined || value.contentEncoding === 'gzip');

/** A damaged or foreign state file counts as empty: the deploy then reads metadata, or restarts a grace period. */
export function parseManifest(text: string): Manifest {
  const data = parseJson(text);
  return isRecord(data) ? Object.fromEntries(Object.entries(data).filter((entry): entry is [string, UploadedObject] => isUploadedObject(entry[1]))) : {};
}

export function parsePendingDeletions(text: string): PendingDeletions {
  const data = parseJson(text);
  if (!isRecord(data)) return {};
  return Object.fromEntries(
    Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !Number.isNaN(Date.parse(entry[1]))),
  );
}
