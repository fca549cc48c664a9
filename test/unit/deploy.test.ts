/**
 * npm run deploy against a real S3 API: s3rver on 127.0.0.1, with a small site of each kind of file
 * written here (no Astro build), deployed through the same code path as the CLI.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, type ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DeployOptions, deploySite } from '../../scripts/lib/deploy-site.ts';
import { type SiteStore, s3Client, s3Store } from '../../scripts/lib/s3-store.ts';
import { CACHE_CONTROL } from '../../src/lib/hosting/cache-policy.ts';
import { PENDING_DELETIONS_PATH, STATE_PREFIX } from '../../src/lib/hosting/deploy-state.ts';

type Site = Record<string, string | Buffer>;

const entry = (hash: string) => JSON.stringify({ version: '1.6.0', languages: { en: { hash, wasm: 'en', page_count: 2 } } });

/** Pagefind's binary files are gzip data of their own; any bytes that are not text will do. */
const binary = (seed: number) => Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 31 + seed) % 256));

const SITE_V1: Site = {
  'index.html': '<!doctype html><title>首页 v1</title><link rel="stylesheet" href="/_astro/x.abc123.css">',
  'cases/a/index.html': '<!doctype html><title>案例 A</title>',
  '_astro/x.abc123.css': 'body { color: #222 }',
  'pagefind/pagefind.js': 'export const version = 1;',
  'pagefind/pagefind-entry.json': entry('en_aaa111'),
  'pagefind/pagefind.en_aaa111.pf_meta': binary(1),
  'pagefind/fragment/en_1.pf_fragment': binary(2),
  'pagefind/wasm.en.pagefind': binary(3),
  'data/x.json': '[{"标题":"案例 A"}]',
  _headers: '/*\n  X-Content-Type-Options: nosniff\n',
};

/** The next build: new styles, a new search index with a new entry, a changed page. */
const SITE_V2: Site = {
  ...Object.fromEntries(Object.entries(SITE_V1).filter(([path]) => !['_astro/x.abc123.css', 'pagefind/pagefind.en_aaa111.pf_meta'].includes(path))),
  'index.html': '<!doctype html><title>首页 v2</title><link rel="stylesheet" href="/_astro/x.def456.css">',
  '_astro/x.def456.css': 'body { color: #111 }',
  'pagefind/pagefind-entry.json': entry('en_bbb222'),
  'pagefind/pagefind.en_bbb222.pf_meta': binary(4),
  'pagefind/fragment/en_2.pf_fragment': binary(5),
};

const sitePaths = (site: Site) => Object.keys(site).filter((path) => path !== '_headers');

const START = new Date('2026-03-02T08:00:00Z');
const hoursLater = (hours: number) => new Date(START.getTime() + hours * 3_600_000);

let server: S3rver;
let client: S3Client;
let endpoint: string;
let work: string;
let buckets = 0;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'deploy-test-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: join(work, 's3rver') });
  const { port } = await server.run();
  // s3rver's fixed keys, read by the SDK from the environment as the CLI's are.
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'S3RVER');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'S3RVER');
  endpoint = `http://127.0.0.1:${port}`;
  client = s3Client({ endpoint, region: 'us-east-1', forcePathStyle: true });
});

afterAll(async () => {
  client?.destroy();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

function writeSite(site: Site): string {
  const dir = mkdtempSync(join(work, 'site-'));
  for (const [path, content] of Object.entries(site)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A fresh bucket per test, the site in a folder of it. */
async function freshBucket(): Promise<{ bucket: string; store: SiteStore }> {
  const bucket = `site-${++buckets}`;
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return { bucket, store: s3Store(client, bucket, 'www/') };
}

const deploy = (options: Pick<DeployOptions, 'siteDir' | 'store'> & Partial<DeployOptions>) => deploySite({ now: START, graceHours: 24, ...options });

/** The site in the bucket as a browser would receive it: each file's bytes after Content-Encoding. */
async function served(store: SiteStore, bucket: string): Promise<Record<string, Buffer>> {
  const paths = (await store.list()).map(({ path }) => path).filter((path) => !path.startsWith(STATE_PREFIX));
  const files = await Promise.all(
    paths.map(async (path) => {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: `www/${path}` }));
      const body = Buffer.from(await object.Body!.transformToByteArray());
      return [path, object.ContentEncoding === 'gzip' ? gunzipSync(body) : body] as const;
    }),
  );
  return Object.fromEntries(files.sort(([a], [b]) => a.localeCompare(b)));
}

const asServed = (site: Site) =>
  Object.fromEntries(
    sitePaths(site)
      .sort()
      .map((path) => [path, Buffer.from(site[path]!)]),
  );

/** Fails every upload after the first `uploads`, as a dropped connection or a killed process would stop a run. */
function failingAfter(store: SiteStore, uploads: number): SiteStore {
  let count = 0;
  return { ...store, put: (...args) => (++count > uploads ? Promise.reject(new Error('injected failure')) : store.put(...args)) };
}

describe('npm run deploy to an S3-compatible store', () => {
  // s3rver makes continuation tokens with DES, which OpenSSL 3 no longer has: paging is shown to a stand-in client.
  it('follows a listing over every page', async () => {
    const pages = [
      { Contents: [{ Key: 'www/a.html', ETag: '"1"' }], IsTruncated: true, NextContinuationToken: 'p2' },
      { Contents: [{ Key: 'www/b.html', ETag: '"2"' }], IsTruncated: true, NextContinuationToken: 'p3' },
      { Contents: [{ Key: 'www/c.html', ETag: '"3"' }], IsTruncated: false },
    ];
    const tokens: (string | undefined)[] = [];
    const pagingClient = {
      send: async (command: ListObjectsV2Command) => {
        tokens.push(command.input.ContinuationToken);
        return pages[tokens.length - 1];
      },
    } as unknown as S3Client;
    expect(await s3Store(pagingClient, 'site', 'www/').list()).toEqual([
      { path: 'a.html', etag: '"1"' },
      { path: 'b.html', etag: '"2"' },
      { path: 'c.html', etag: '"3"' },
    ]);
    expect(tokens).toEqual([undefined, 'p2', 'p3']);
  });

  it('stores each file with the headers of its class, text gzip-compressed', async () => {
    const { bucket, store } = await freshBucket();
    const result = await deploy({ siteDir: writeSite(SITE_V1), store });
    expect(result.uploaded).toBe(sitePaths(SITE_V1).length);

    const head = (path: string) => client.send(new HeadObjectCommand({ Bucket: bucket, Key: `www/${path}` }));
    const expected: Record<string, [string, string, string | undefined]> = {
      'index.html': ['text/html; charset=utf-8', CACHE_CONTROL.revalidate, 'gzip'],
      '_astro/x.abc123.css': ['text/css; charset=utf-8', CACHE_CONTROL.immutable, 'gzip'],
      'pagefind/pagefind-entry.json': ['application/json; charset=utf-8', CACHE_CONTROL.revalidate, 'gzip'],
      'pagefind/pagefind.js': ['text/javascript; charset=utf-8', CACHE_CONTROL.revalidate, 'gzip'],
      'pagefind/fragment/en_1.pf_fragment': ['application/octet-stream', CACHE_CONTROL.immutable, undefined],
      'pagefind/pagefind.en_aaa111.pf_meta': ['application/octet-stream', CACHE_CONTROL.immutable, undefined],
      'pagefind/wasm.en.pagefind': ['application/octet-stream', CACHE_CONTROL.revalidate, undefined],
      'data/x.json': ['application/json; charset=utf-8', CACHE_CONTROL.revalidate, 'gzip'],
    };
    for (const [path, [contentType, cacheControl, contentEncoding]] of Object.entries(expected)) {
      const object = await head(path);
      expect([object.ContentType, object.CacheControl, object.ContentEncoding], path).toEqual([contentType, cacheControl, contentEncoding]);
      expect(object.Metadata?.sha256, path).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(await served(store, bucket)).toEqual(asServed(SITE_V1));
  });

  it('uploads nothing the second time, and only a changed file after that', async () => {
    const { store } = await freshBucket();
    const site = SITE_V1;
    const siteDir = writeSite(site);
    await deploy({ siteDir, store });
    const again = await deploy({ siteDir, store });
    expect([again.uploaded, again.plan.unchanged]).toEqual([0, sitePaths(site).length]);

    writeFileSync(join(siteDir, 'data/x.json'), '[{"标题":"案例 A（修订）"}]');
    const changed = await deploy({ siteDir, store });
    expect(changed.plan.uploads.map(({ path }) => path)).toEqual(['data/x.json']);
    expect(changed.uploaded).toBe(1);
  });

  it('keeps a file that left the site through the grace period, then deletes it', async () => {
    const { bucket, store } = await freshBucket();
    const siteDir = writeSite(SITE_V1);
    await deploy({ siteDir, store });
    rmSync(join(siteDir, 'cases/a/index.html'));
    const paths = async () => Object.keys(await served(store, bucket));

    const marked = await deploy({ siteDir, store, now: hoursLater(1) });
    expect(marked.plan.deletions).toEqual({ due: [], waiting: { 'cases/a/index.html': hoursLater(1).toISOString() } });
    expect(await paths()).toContain('cases/a/index.html');
    expect(JSON.parse((await store.get(PENDING_DELETIONS_PATH))!.toString())).toEqual({ 'cases/a/index.html': hoursLater(1).toISOString() });

    const early = await deploy({ siteDir, store, now: hoursLater(24) });
    expect([early.deleted, await paths()]).toEqual([0, expect.arrayContaining(['cases/a/index.html'])]);

    const due = await deploy({ siteDir, store, now: hoursLater(25) });
    expect(due.deleted).toBe(1);
    expect(await paths()).not.toContain('cases/a/index.html');
    expect(JSON.parse((await store.get(PENDING_DELETIONS_PATH))!.toString())).toEqual({});
  });

  it('deletes with Content-MD5, which OSS, COS and MinIO require, in place of the SDK’s CRC32', async () => {
    const { bucket, store } = await freshBucket();
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'www/gone.html', Body: Buffer.from('x') }));
    const sent: { headers: Record<string, string>; body: string }[] = [];
    const watched = s3Client({ endpoint, region: 'us-east-1', forcePathStyle: true });
    // The deserialize step sees the request as it goes on the wire, signed.
    watched.middlewareStack.add(
      (next) => async (args) => {
        const { headers, body } = args.request as { headers: Record<string, string>; body: string };
        sent.push({ headers: { ...headers }, body });
        return next(args);
      },
      { step: 'deserialize', priority: 'low' },
    );
    await s3Store(watched, bucket, 'www/').delete(['gone.html']);
    watched.destroy();

    const [request] = sent;
    expect(request?.headers['content-md5']).toBe(createHash('md5').update(request!.body).digest('base64'));
    expect(Object.keys(request!.headers).filter((name) => name.includes('checksum'))).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  it('changes nothing on a dry run, and says what it would do', async () => {
    const { bucket, store } = await freshBucket();
    await deploy({ siteDir: writeSite(SITE_V1), store });
    const before = await store.list();
    const lines: string[] = [];
    const dry = await deploy({ siteDir: writeSite(SITE_V2), store, now: hoursLater(48), dryRun: true, log: (line) => lines.push(line) });

    expect(dry.uploaded).toBe(0);
    expect(dry.plan.uploads.map(({ path }) => path)).toEqual([
      '_astro/x.def456.css',
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/pagefind.en_bbb222.pf_meta',
      'index.html',
      'pagefind/pagefind-entry.json',
    ]);
    expect(lines).toContain('到期删除 / deletions due now: 0');
    expect(lines).toContain('待删除（宽限期内）/ deletions pending (within the grace period): 2');
    expect(await store.list()).toEqual(before);
    expect(await served(store, bucket)).toEqual(asServed(SITE_V1));
  });

  it('leaves the live site whole when interrupted, and a second run finishes the job', async () => {
    const { bucket, store } = await freshBucket();
    await deploy({ siteDir: writeSite(SITE_V1), store });
    const siteDir = writeSite(SITE_V2);
    const changed = (await deploy({ siteDir, store, dryRun: true })).plan.uploads.length;

    await expect(deploy({ siteDir, store: failingAfter(store, 2), now: hoursLater(1) })).rejects.toThrow('injected failure');
    // The entry a reader's search loads is still the old one, and every chunk it names is still there.
    const live = await served(store, bucket);
    const liveEntry = JSON.parse(live['pagefind/pagefind-entry.json']!.toString()) as { languages: { en: { hash: string } } };
    expect(liveEntry.languages.en.hash).toBe('en_aaa111');
    expect(live).toHaveProperty(['pagefind/pagefind.en_aaa111.pf_meta']);
    expect(live).toHaveProperty(['pagefind/fragment/en_1.pf_fragment']);
    expect(live['index.html']!.toString()).toContain('x.abc123.css');
    expect(live).toHaveProperty(['_astro/x.abc123.css']);

    const resumed = await deploy({ siteDir, store, now: hoursLater(2) });
    expect(resumed.uploaded).toBe(changed - 2);
    const finished = await served(store, bucket);
    // What left the site waits out its grace period beside the new files.
    expect(Object.keys(finished).filter((path) => !(path in asServed(SITE_V2)))).toEqual(['_astro/x.abc123.css', 'pagefind/pagefind.en_aaa111.pf_meta']);
    expect(Object.fromEntries(Object.entries(finished).filter(([path]) => path in asServed(SITE_V2)))).toEqual(asServed(SITE_V2));

    const settled = await deploy({ siteDir, store, now: hoursLater(30) });
    expect([settled.uploaded, settled.deleted]).toEqual([0, 2]);
    expect(await served(store, bucket)).toEqual(asServed(SITE_V2));
  });
});
