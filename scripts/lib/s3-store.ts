/**
 * The bucket as the deploy sees it: paths relative to the site's folder in the bucket. Works with any
 * S3-compatible store (AWS S3, Alibaba OSS, Tencent COS, MinIO) through the AWS SDK.
 */
import { createHash } from 'node:crypto';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { DeployConfig } from '../../src/lib/hosting/deploy-config.ts';
import type { StoredObject } from '../../src/lib/hosting/deploy-plan.ts';
import { SHA256_METADATA } from '../../src/lib/hosting/deploy-state.ts';
import type { ObjectHeaders } from '../../src/lib/hosting/object-headers.ts';

export interface ListedObject {
  path: string;
  etag: string;
}

/** An object's headers and sha256 metadata, with the ETag that tells whether it changed since. */
export type HeadedObject = StoredObject & { etag: string };

export interface SiteStore {
  list(): Promise<ListedObject[]>;
  head(path: string): Promise<HeadedObject | undefined>;
  get(path: string): Promise<Buffer | undefined>;
  /** Returns the stored object's ETag. */
  put(path: string, body: Buffer, headers: ObjectHeaders, sha256?: string): Promise<string>;
  delete(paths: readonly string[]): Promise<void>;
}

export function s3Client(config: Pick<DeployConfig, 'endpoint' | 'region' | 'forcePathStyle'>): S3Client {
  return new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    // The SDK's default CRC32 checksum on every request is newer than OSS, COS, older MinIO and s3rver
    // understand: send checksums only where the API requires one.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * OSS, COS and MinIO refuse a multi-object delete without Content-MD5, which the SDK no longer sends
 * (it sends CRC32 instead: aws/aws-sdk-js-v3 supplemental-docs/MD5_FALLBACK.md). Last of the build
 * step, after the SDK's checksum and before signing, so that the MD5 replaces the CRC32 headers and is signed.
 */
function withContentMd5(command: DeleteObjectsCommand): DeleteObjectsCommand {
  command.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers: Record<string, string>; body: string | Uint8Array };
      for (const name of Object.keys(request.headers)) if (/^x-amz-(sdk-)?checksum-/i.test(name)) delete request.headers[name];
      request.headers['content-md5'] = createHash('md5').update(request.body).digest('base64');
      return next(args);
    },
    { step: 'build', priority: 'low', name: 'contentMd5Middleware' },
  );
  return command;
}

/** DeleteObjects takes at most 1,000 keys a request. */
const DELETE_BATCH = 1000;

const isMissing = (error: unknown) => error instanceof NotFound || error instanceof NoSuchKey;

export function s3Store(client: S3Client, bucket: string, prefix: string): SiteStore {
  const key = (path: string) => `${prefix}${path}`;
  return {
    async list() {
      const listed: ListedObject[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix || undefined, ContinuationToken: token }));
        for (const object of page.Contents ?? []) {
          if (object.Key && object.ETag) listed.push({ path: object.Key.slice(prefix.length), etag: object.ETag });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return listed;
    },

    async head(path) {
      try {
        const object = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key(path) }));
        const headers: ObjectHeaders = { contentType: object.ContentType ?? '', cacheControl: object.CacheControl ?? '' };
        if (object.ContentEncoding === 'gzip') headers.contentEncoding = 'gzip';
        return { etag: object.ETag ?? '', headers, sha256: object.Metadata?.[SHA256_METADATA] };
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },

    async get(path) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key(path) }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : undefined;
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },

    async put(path, body, headers, sha256) {
      const stored = await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key(path),
          Body: body,
          ContentType: headers.contentType,
          CacheControl: headers.cacheControl,
          ContentEncoding: headers.contentEncoding,
          Metadata: sha256 ? { [SHA256_METADATA]: sha256 } : undefined,
        }),
      );
      return stored.ETag ?? '';
    },

    async delete(paths) {
      for (let start = 0; start < paths.length; start += DELETE_BATCH) {
        const batch = paths.slice(start, start + DELETE_BATCH);
        const result = await client.send(
          withContentMd5(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((path) => ({ Key: key(path) })), Quiet: true } })),
        );
        const failed = result.Errors ?? [];
        if (failed.length > 0) throw new Error(`删除失败 / delete failed: ${failed.map((error) => `${error.Key}: ${error.Code}`).join(', ')}`);
      }
    },
  };
}
