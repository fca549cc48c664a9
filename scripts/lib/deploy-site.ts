/**
 * Publishes a built site to a store: uploads what changed in an order that keeps the live site
 * whole, then deletes what left the site longer ago than the grace period. Safe to interrupt: the
 * state is written last, files already uploaded are recognised by their sha256 metadata, and the
 * entry files go up after the chunks they name, so running it again finishes the job.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { type DeployPlan, describePlan, planUploads, type SiteObject } from '../../src/lib/hosting/deploy-plan.ts';
import {
  MANIFEST_PATH,
  type Manifest,
  PENDING_DELETIONS_PATH,
  parseManifest,
  parsePendingDeletions,
  STATE_PREFIX,
} from '../../src/lib/hosting/deploy-state.ts';
import { HOST_FILES } from '../../src/lib/hosting/host-files.ts';
import { type ObjectHeaders, objectHeaders } from '../../src/lib/hosting/object-headers.ts';
import { reviewDeletions } from '../../src/lib/hosting/pending-deletions.ts';
import { listSiteFiles } from '../../src/lib/hosting/site-files.ts';
import { UPLOAD_PHASES, uploadPhaseOf } from '../../src/lib/hosting/upload-order.ts';
import { eachLimited } from './each-limited.ts';
import type { HeadedObject, ListedObject, SiteStore } from './s3-store.ts';

export interface DeployOptions {
  siteDir: string;
  store: SiteStore;
  /** The deploy's clock, for the grace period; tests pass a fake one. */
  now: Date;
  graceHours: number;
  dryRun?: boolean;
  /** Parallel requests to the store. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface DeployResult {
  plan: DeployPlan;
  uploaded: number;
  deleted: number;
}

/** Never served, read by the deploy only: re-fetched on every use. */
const STATE_HEADERS: Readonly<Record<'manifest' | 'pendingDeletions', ObjectHeaders>> = {
  manifest: { contentType: 'application/gzip', cacheControl: 'no-store' },
  pendingDeletions: { contentType: 'application/json; charset=utf-8', cacheControl: 'no-store' },
};

/** A manifest that does not inflate is as good as none: the objects' own metadata will be read. */
function inflate(bytes: Buffer | undefined): string {
  try {
    return bytes ? gunzipSync(bytes).toString('utf8') : '';
  } catch {
    return '';
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function readSite(siteDir: string): SiteObject[] {
  const site = listSiteFiles(siteDir)
    .filter(({ path }) => !(HOST_FILES as readonly string[]).includes(path))
    .map(({ path, bytes }) => ({ path, size: bytes, sha256: sha256(readFileSync(join(siteDir, path))), headers: objectHeaders(path) }));
  // An empty or missing build would otherwise schedule the whole live site for deletion.
  if (!site.some(({ path }) => path === 'index.html'))
    throw new Error(`${siteDir}/index.html 不存在：请先运行 npm run build / ${siteDir}/index.html is missing: run npm run build first`);
  return site;
}

/** What the bucket holds for each path the site has: from the manifest while its ETag holds, else from the object's own metadata. */
async function knownObjects(store: SiteStore, listed: readonly ListedObject[], manifest: Manifest, concurrency: number): Promise<Map<string, HeadedObject>> {
  const known = new Map<string, HeadedObject>();
  const unknown: ListedObject[] = [];
  for (const object of listed) {
    const recorded = manifest[object.path];
    if (recorded?.etag === object.etag) {
      const { etag, sha256, ...headers } = recorded;
      known.set(object.path, { etag, sha256, headers });
    } else unknown.push(object);
  }
  await eachLimited(unknown, concurrency, async ({ path }) => {
    const object = await store.head(path);
    if (object) known.set(path, object);
  });
  return known;
}

export async function deploySite({ siteDir, store, now, graceHours, dryRun = false, concurrency = 8, log = () => {} }: DeployOptions): Promise<DeployResult> {
  const site = readSite(siteDir);
  const sitePaths = new Set(site.map(({ path }) => path));
  const listed = (await store.list()).filter(({ path }) => !path.startsWith(STATE_PREFIX));
  const manifest = parseManifest(inflate(await store.get(MANIFEST_PATH)));
  const recorded = parsePendingDeletions((await store.get(PENDING_DELETIONS_PATH))?.toString('utf8') ?? '');

  const known = await knownObjects(
    store,
    listed.filter(({ path }) => sitePaths.has(path)),
    manifest,
    concurrency,
  );
  const leftSite = listed.filter(({ path }) => !sitePaths.has(path)).map(({ path }) => path);
  const plan: DeployPlan = { ...planUploads(site, known), deletions: reviewDeletions(leftSite, recorded, now, graceHours) };
  for (const line of describePlan(plan)) log(line);
  if (dryRun) return { plan, uploaded: 0, deleted: 0 };

  for (const phase of UPLOAD_PHASES) {
    const files = plan.uploads.filter(({ path }) => uploadPhaseOf(path) === phase);
    if (files.length === 0) continue;
    log(`上传 / uploading ${phase}: ${files.length}`);
    // The entry files go one by one, in their order: pagefind.js must not land before the entry it reads.
    await eachLimited(files, phase === 'entry' ? 1 : concurrency, async (file) => {
      const bytes = readFileSync(join(siteDir, file.path));
      const body = file.headers.contentEncoding === 'gzip' ? gzipSync(bytes, { level: 9 }) : bytes;
      const etag = await store.put(file.path, body, file.headers, file.sha256);
      known.set(file.path, { etag, sha256: file.sha256, headers: file.headers });
    });
  }

  if (plan.deletions.due.length > 0) log(`删除 / deleting: ${plan.deletions.due.length}`);
  await store.delete(plan.deletions.due);
  await store.put(PENDING_DELETIONS_PATH, Buffer.from(JSON.stringify(plan.deletions.waiting)), STATE_HEADERS.pendingDeletions);
  const nextManifest: Manifest = Object.fromEntries(site.map(({ path, sha256, headers }) => [path, { etag: known.get(path)!.etag, sha256, ...headers }]));
  await store.put(MANIFEST_PATH, gzipSync(JSON.stringify(nextManifest)), STATE_HEADERS.manifest);
  return { plan, uploaded: plan.uploads.length, deleted: plan.deletions.due.length };
}
