/**
 * What static hosts accept, and which of those limits a built site crosses. The build prints the
 * report (src/integrations/hosting-files.ts); the README's table is copied from HOST_LIMITS.
 */
import { formatBytes } from './byte-size.ts';
import type { SiteFile } from './site-files.ts';

export interface HostLimit {
  host: string;
  maxFiles?: number;
  maxFilesPerDirectory?: number;
  maxFileBytes?: number;
  maxSiteBytes?: number;
  note: string;
}

const MiB = 1024 ** 2;

export const HOST_LIMITS: readonly HostLimit[] = [
  { host: 'Cloudflare Pages（免费 / free）', maxFiles: 20_000, maxFileBytes: 25 * MiB, note: '读取 _headers、_redirects / reads _headers, _redirects' },
  { host: 'Cloudflare Pages（付费 / paid）', maxFiles: 100_000, maxFileBytes: 25 * MiB, note: '读取 _headers、_redirects / reads _headers, _redirects' },
  { host: 'Netlify', maxFilesPerDirectory: 54_000, note: '读取 _headers、_redirects / reads _headers, _redirects' },
  {
    host: 'GitHub Pages',
    maxSiteBytes: 1_000_000_000,
    note: '不能自定义响应头：忽略 _headers / no custom headers: _headers is ignored',
  },
  {
    host: '阿里云 OSS / 腾讯云 COS / S3',
    note: '没有文件数上限；缓存头由 npm run deploy 逐个文件设置 / no file-count limit; npm run deploy sets the cache headers on each file',
  },
];

export interface SiteSize {
  files: number;
  bytes: number;
  largestDirectory: { path: string; files: number };
  largestFile: SiteFile;
}

const directoryOf = (path: string) => (path.includes('/') ? `${path.slice(0, path.lastIndexOf('/'))}/` : '/');

/** Counts each directory's own files, not its subdirectories': the per-directory limit counts those. */
export function siteSize(files: readonly SiteFile[]): SiteSize {
  const perDirectory = new Map<string, number>();
  for (const { path } of files) perDirectory.set(directoryOf(path), (perDirectory.get(directoryOf(path)) ?? 0) + 1);
  const [path, count] = [...perDirectory].reduce((most, next) => (next[1] > most[1] ? next : most), ['/', 0]);
  return {
    files: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    largestDirectory: { path, files: count },
    largestFile: files.reduce((most, next) => (next.bytes > most.bytes ? next : most), { path: '', bytes: 0 }),
  };
}

const count = (value: number) => value.toLocaleString('en-US');

export function describeSiteSize(size: SiteSize): string {
  return (
    `站点共 ${count(size.files)} 个文件、${formatBytes(size.bytes)}；文件最多的目录 ${size.largestDirectory.path}（${count(size.largestDirectory.files)} 个）` +
    ` / site: ${count(size.files)} files, ${formatBytes(size.bytes)}; largest directory ${size.largestDirectory.path} (${count(size.largestDirectory.files)} files)`
  );
}

/** One line per limit the site crosses; none when every host would take it. */
export function limitWarnings(size: SiteSize): string[] {
  return HOST_LIMITS.flatMap(({ host, maxFiles, maxFilesPerDirectory, maxFileBytes, maxSiteBytes }) => {
    const crossed: string[] = [];
    if (maxFiles !== undefined && size.files > maxFiles)
      crossed.push(`${host}: ${count(size.files)} 个文件，超过上限 ${count(maxFiles)} / ${count(size.files)} files, over the limit of ${count(maxFiles)}`);
    if (maxFilesPerDirectory !== undefined && size.largestDirectory.files > maxFilesPerDirectory) {
      const { path, files } = size.largestDirectory;
      crossed.push(
        `${host}: 目录 ${path} 有 ${count(files)} 个文件，超过每个目录 ${count(maxFilesPerDirectory)} 个的上限 / directory ${path} has ${count(files)} files, over the limit of ${count(maxFilesPerDirectory)} per directory`,
      );
    }
    if (maxFileBytes !== undefined && size.largestFile.bytes > maxFileBytes) {
      const { path, bytes } = size.largestFile;
      crossed.push(
        `${host}: ${path} 有 ${formatBytes(bytes)}，超过单个文件 ${formatBytes(maxFileBytes)} 的上限 / ${path} is ${formatBytes(bytes)}, over the limit of ${formatBytes(maxFileBytes)} per file`,
      );
    }
    if (maxSiteBytes !== undefined && size.bytes > maxSiteBytes) {
      const limit = `${maxSiteBytes / 1e9} GB`;
      crossed.push(`${host}: 站点共 ${formatBytes(size.bytes)}，超过上限 ${limit} / the site is ${formatBytes(size.bytes)}, over the limit of ${limit}`);
    }
    return crossed;
  });
}
