import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { hostingFiles } from '../../src/integrations/hosting-files.ts';
import { CACHE_CONTROL, cacheClassOf, IMMUTABLE_PATTERNS, patternRegExp } from '../../src/lib/hosting/cache-policy.ts';
import { contentTypeOf, isCompressible } from '../../src/lib/hosting/content-types.ts';
import { deployConfig } from '../../src/lib/hosting/deploy-config.ts';
import { describePlan, planUploads, type SiteObject } from '../../src/lib/hosting/deploy-plan.ts';
import { parseManifest, parsePendingDeletions } from '../../src/lib/hosting/deploy-state.ts';
import { headersFile, redirectsFile, SECURITY_HEADERS } from '../../src/lib/hosting/host-files.ts';
import { describeSiteSize, limitWarnings, siteSize } from '../../src/lib/hosting/host-limits.ts';
import { objectHeaders, sameHeaders } from '../../src/lib/hosting/object-headers.ts';
import { reviewDeletions } from '../../src/lib/hosting/pending-deletions.ts';
import { inUploadOrder, uploadPhaseOf } from '../../src/lib/hosting/upload-order.ts';

/** Names as the real build writes them (listed from dist/). */
const HASHED = [
  '_astro/lazy-json._NSR8FiF.js',
  'pagefind/fragment/en_0a1b2c3.pf_fragment',
  'pagefind/index/en_23f579f.pf_index',
  'pagefind/filter/en_3b419fd.pf_filter',
  'pagefind/pagefind.en_10f9a1e285.pf_meta',
  'pagefind/shards/en-s1_937275a53688f/pagefind-entry.json',
  'pagefind/shards/en-s1_937275a53688f/fragment/en-s1_213da1b.pf_fragment',
];
const UNHASHED = [
  'index.html',
  'cases/some-case/index.html',
  '404.html',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/shards.json',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.en.pagefind',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/search-terms.json',
  'pagefind/search-pinyin/17.json',
  'data/cases.json',
  'data/cases.csv',
  'feed.xml',
  'sitemap-index.xml',
  'robots.txt',
  'favicon.svg',
];

describe('cache policy', () => {
  it('keeps content-hashed files for a year and has everything else revalidate', () => {
    expect(HASHED.map(cacheClassOf)).toEqual(HASHED.map(() => 'immutable'));
    expect(UNHASHED.map(cacheClassOf)).toEqual(UNHASHED.map(() => 'revalidate'));
    expect(CACHE_CONTROL.immutable).toBe('public, max-age=31536000, immutable');
    expect(CACHE_CONTROL.revalidate).toBe('public, max-age=0, must-revalidate');
  });

  it('reads _headers patterns as Cloudflare Pages does: one * over any characters', () => {
    expect(patternRegExp('/pagefind/*.pf_meta').test('/pagefind/pagefind.en_1.pf_meta')).toBe(true);
    expect(patternRegExp('/pagefind/*.pf_meta').test('/pagefind/pagefind.js')).toBe(false);
    expect(patternRegExp('/_astro/*').test('/x/_astro/a.js')).toBe(false);
  });
});

describe('content types and compression', () => {
  it('labels text utf-8 and compresses it', () => {
    expect(contentTypeOf('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('_astro/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('data/cases.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeOf('favicon.svg')).toBe('image/svg+xml; charset=utf-8');
    for (const path of ['a.html', 'a.css', 'a.js', 'a.mjs', 'a.json', 'a.xml', 'a.svg', 'a.txt', 'a.webmanifest'])
      expect(isCompressible(path), path).toBe(true);
  });

  it('leaves Pagefind’s own compressed files and images as they are', () => {
    for (const path of [
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/index/en_1.pf_index',
      'pagefind/filter/en_1.pf_filter',
      'pagefind/p.en_1.pf_meta',
      'pagefind/wasm.en.pagefind',
    ]) {
      expect(isCompressible(path), path).toBe(false);
      expect(contentTypeOf(path)).toBe('application/octet-stream');
      expect(objectHeaders(path).contentEncoding).toBeUndefined();
    }
    expect(contentTypeOf('photo.png')).toBe('image/png');
    expect(isCompressible('photo.png')).toBe(false);
  });

  it('compares headers as stores echo them back', () => {
    const html = objectHeaders('index.html');
    expect(html).toEqual({ contentType: 'text/html; charset=utf-8', cacheControl: CACHE_CONTROL.revalidate, contentEncoding: 'gzip' });
    expect(sameHeaders(html, { ...html, contentType: 'text/html;charset=UTF-8' })).toBe(true);
    expect(sameHeaders(html, { ...html, cacheControl: CACHE_CONTROL.immutable })).toBe(false);
    expect(sameHeaders(html, { contentType: html.contentType, cacheControl: html.cacheControl })).toBe(false);
  });
});

const siteObject = (path: string, sha256 = 'new'): SiteObject => ({ path, sha256, size: 100, headers: objectHeaders(path) });

describe('upload order', () => {
  it('puts hashed files first, HTML after the other files, and the Pagefind entry then its loader last', () => {
    const shuffled = [
      'pagefind/pagefind.js',
      'index.html',
      'data/cases.json',
      'pagefind/pagefind-entry.json',
      '_astro/a.1.css',
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/shards.json',
      'pagefind/shards/en-s1_0a1b/pagefind-entry.json',
    ];
    expect(inUploadOrder(shuffled.map((path) => ({ path }))).map(({ path }) => path)).toEqual([
      '_astro/a.1.css',
      'pagefind/fragment/en_1.pf_fragment',
      // An older shard is immutable as a whole: its directory is named by its index hash.
      'pagefind/shards/en-s1_0a1b/pagefind-entry.json',
      'data/cases.json',
      'index.html',
      'pagefind/shards.json',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.js',
    ]);
    expect(uploadPhaseOf('pagefind/wasm.en.pagefind')).toBe('asset');
  });
});

describe('deploy plan', () => {
  const site = ['index.html', '_astro/a.1.css', 'data/x.json', 'pagefind/pagefind-entry.json'].map((path) => siteObject(path));

  it('uploads new and changed files and those stored with other headers, and counts the rest', () => {
    const stored = new Map([
      ['index.html', { sha256: 'new', headers: objectHeaders('index.html') }],
      ['_astro/a.1.css', { sha256: 'old', headers: objectHeaders('_astro/a.1.css') }],
      ['data/x.json', { sha256: 'new', headers: { ...objectHeaders('data/x.json'), cacheControl: CACHE_CONTROL.immutable } }],
    ]);
    const { uploads, unchanged } = planUploads(site, stored);
    expect(uploads.map(({ path }) => path)).toEqual(['_astro/a.1.css', 'data/x.json', 'pagefind/pagefind-entry.json']);
    expect(unchanged).toBe(1);
  });

  it('describes uploads by cache class with counts and bytes, and the deletions', () => {
    const lines = describePlan({ uploads: site, unchanged: 7, deletions: { due: ['old.html'], waiting: { 'a.html': 'x', 'b.html': 'y' } } });
    expect(lines).toEqual([
      '上传 upload 长期缓存 / immutable: 1 个文件 / files, 100 B',
      '上传 upload 每次验证 / revalidate: 3 个文件 / files, 300 B',
      '未变 / unchanged: 7 个文件 / files',
      '待删除（宽限期内）/ deletions pending (within the grace period): 2',
      '到期删除 / deletions due now: 1',
    ]);
  });
});

describe('grace period before deletion', () => {
  const now = new Date('2026-03-02T12:00:00Z');

  it('records a file first found missing, and deletes it once the period is over', () => {
    const first = reviewDeletions(['gone.html'], {}, now, 24);
    expect(first).toEqual({ due: [], waiting: { 'gone.html': now.toISOString() } });
    const early = reviewDeletions(['gone.html'], first.waiting, new Date(now.getTime() + 23 * 3_600_000), 24);
    expect(early.due).toEqual([]);
    const late = reviewDeletions(['gone.html'], first.waiting, new Date(now.getTime() + 24 * 3_600_000), 24);
    expect(late).toEqual({ due: ['gone.html'], waiting: {} });
  });

  it('forgets files that came back or are already gone, and deletes at once with no grace period', () => {
    expect(reviewDeletions([], { 'back.html': now.toISOString() }, now, 24)).toEqual({ due: [], waiting: {} });
    expect(reviewDeletions(['gone.html'], {}, now, 0).due).toEqual(['gone.html']);
  });

  it('treats a damaged state file as empty', () => {
    expect(parsePendingDeletions('{"a.html":"2026-01-01T00:00:00.000Z","b.html":"soon","c.html":3}')).toEqual({ 'a.html': '2026-01-01T00:00:00.000Z' });
    expect(parsePendingDeletions('not json')).toEqual({});
    expect(parseManifest('[]')).toEqual({});
    expect(parseManifest('{"a.html":{"etag":"e","sha256":"s","contentType":"t","cacheControl":"c"},"b.html":{"etag":1}}')).toEqual({
      'a.html': { etag: 'e', sha256: 's', contentType: 't', cacheControl: 'c' },
    });
  });
});

describe('_headers and _redirects', () => {
  it('keeps the security headers for every path and gives every hashed pattern the immutable Cache-Control', () => {
    const text = headersFile();
    const blocks = text
      .split(/\n(?=\/)/)
      .filter((block) => block.startsWith('/'))
      .map((block) => block.trim().split('\n'));
    expect(blocks[0]).toEqual(['/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)]);
    expect(text).toContain("frame-ancestors 'none'");
    expect(blocks.slice(1)).toEqual(IMMUTABLE_PATTERNS.map((pattern) => [pattern, `  Cache-Control: ${CACHE_CONTROL.immutable}`]));
  });

  it('writes each redirect as a 301', () => {
    expect(redirectsFile({ '/industries/C/experts/': '/industries/C/' }).split('\n').slice(1)).toEqual(['/industries/C/experts/ /industries/C/ 301', '']);
  });
});

describe('host limits', () => {
  const files = (count: number, dir: string, bytes = 1) => Array.from({ length: count }, (_, i) => ({ path: `${dir}/${i}.html`, bytes }));

  it('finds the directory with the most files of its own and the total size', () => {
    const size = siteSize([...files(3, 'pagefind/fragment'), ...files(2, 'cases'), { path: 'index.html', bytes: 2048 }]);
    expect(size).toMatchObject({ files: 6, bytes: 2053, largestDirectory: { path: 'pagefind/fragment/', files: 3 }, largestFile: { path: 'index.html' } });
    expect(describeSiteSize(size)).toBe(
      '站点共 6 个文件、2.0 KiB；文件最多的目录 pagefind/fragment/（3 个） / site: 6 files, 2.0 KiB; largest directory pagefind/fragment/ (3 files)',
    );
  });

  it('warns for each limit crossed and says nothing for a small site', () => {
    expect(limitWarnings(siteSize(files(100, 'a')))).toEqual([]);
    const warnings = limitWarnings(siteSize([...files(55_000, 'pagefind/fragment', 20_000), { path: 'data/big.json', bytes: 30 * 1024 ** 2 }]));
    expect(warnings.filter((line) => line.startsWith('Cloudflare Pages（免费'))).toHaveLength(2);
    expect(warnings.some((line) => line.startsWith('Cloudflare Pages（付费'))).toBe(true);
    expect(warnings.find((line) => line.startsWith('Netlify'))).toContain('pagefind/fragment/');
    expect(warnings.find((line) => line.startsWith('GitHub Pages'))).toContain('1 GB');
    expect(warnings.some((line) => line.includes('OSS'))).toBe(false);
  });
});

describe('deploy settings', () => {
  const complete = { DEPLOY_S3_ENDPOINT: 'http://127.0.0.1:9000', DEPLOY_S3_BUCKET: 'site', AWS_ACCESS_KEY_ID: 'k', AWS_SECRET_ACCESS_KEY: 's' };

  it('reads the environment with defaults', () => {
    expect(deployConfig(complete)).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      bucket: 'site',
      prefix: '',
      forcePathStyle: false,
      graceHours: 24,
    });
    const custom = deployConfig({ ...complete, DEPLOY_S3_PREFIX: '/www/', DEPLOY_S3_FORCE_PATH_STYLE: 'true', DEPLOY_DELETE_AFTER_HOURS: '48' }, '0');
    expect(custom).toMatchObject({ prefix: 'www/', forcePathStyle: true, graceHours: 0 });
  });

  it('names every missing variable, Chinese first', () => {
    expect(() => deployConfig({ ...complete, DEPLOY_S3_BUCKET: '', AWS_SECRET_ACCESS_KEY: undefined })).toThrow(
      /^缺少环境变量 DEPLOY_S3_BUCKET（存储桶名称）\/ missing environment variable DEPLOY_S3_BUCKET \(the bucket name\)\n缺少环境变量 AWS_SECRET_ACCESS_KEY/,
    );
    expect(() => deployConfig(complete, 'soon')).toThrow(/"soon"/);
  });
});

describe('the build hook', () => {
  it('writes _headers and _redirects into the output and reports the size without failing', () => {
    const out = mkdtempSync(join(tmpdir(), 'hosting-files-'));
    mkdirSync(join(out, 'pagefind/fragment'), { recursive: true });
    for (const path of ['index.html', ...[1, 2, 3, 4].map((n) => `pagefind/fragment/en_${n}.pf_fragment`)]) writeFileSync(join(out, path), 'x');
    const hooks = hostingFiles().hooks as Record<string, (options: object) => void>;
    const logger = { info: vi.fn(), warn: vi.fn() };
    hooks['astro:config:done']!({ config: { root: new URL('../../', import.meta.url) } });
    hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });

    expect(readFileSync(join(out, '_headers'), 'utf8')).toBe(headersFile());
    expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain('/industries/C/experts/ /industries/C/ 301');
    expect(logger.info.mock.calls[0]![0]).toContain('site: 7 files');
    expect(logger.info.mock.calls[0]![0]).toContain('largest directory pagefind/fragment/ (4 files)');
    expect(logger.warn).not.toHaveBeenCalled();
    rmSync(out, { recursive: true });
  });
});
