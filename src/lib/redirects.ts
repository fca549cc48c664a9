/** The one redirects file (renames and merges): old path → new path. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function loadRedirects(file: URL): Record<string, string> {
  const data = parse(readFileSync(file, 'utf8')) ?? {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error(`${file.pathname}: 应为“旧网址: 新网址”的列表 / expected a mapping of old path to new path`);
  for (const [from, to] of Object.entries(data)) {
    if (!/^\/.*\/$/.test(from) || typeof to !== 'string' || !/^\/.*\/$/.test(to)) {
      throw new Error(`redirects.yaml: "${from}: ${String(to)}" 网址应以 / 开头和结尾 / paths must start and end with /`);
    }
  }
  return data as Record<string, string>;
}
