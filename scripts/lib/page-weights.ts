/** Every built page's weight before search (HTML + CSS + JS, gzip) and the page-budget rules it breaks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { declaresWebFont, pageAssets } from './page-budget.ts';

export const BUDGET_KB = 60;

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export interface PageWeights {
  /** Heaviest first. */
  sizes: { page: string; bytes: number }[];
  median: number;
  failures: string[];
  fonts: string[];
}

export function pageWeights(dist: string): PageWeights {
  const failures: string[] = [];
  const gzipped = (file: string) => gzipSync(readFileSync(file)).length;
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  const sizes = files
    .filter((file) => file.endsWith('.html'))
    .map((page) => {
      const html = readFileSync(join(dist, page), 'utf8');
      const assets = pageAssets(html, 'http://127.0.0.1');
      const linked = [...assets.stylesheets, ...assets.scripts].filter((url) => url.startsWith('/'));
      const bytes = gzipSync(html).length + linked.reduce((sum, url) => sum + gzipped(join(dist, url)), 0);
      if (bytes > BUDGET_KB * 1024) failures.push(`${page}: ${kb(bytes)} KB > ${BUDGET_KB} KB`);
      if (assets.thirdParty.length > 0) failures.push(`${page}: third-party requests ${assets.thirdParty.join(', ')}`);
      for (const image of assets.images) if (!image.sized || !image.lazy) failures.push(`${page}: image ${image.src} not sized and lazy`);
      for (const url of linked.filter((link) => link.endsWith('.css')))
        if (declaresWebFont(readFileSync(join(dist, url), 'utf8'))) failures.push(`${url}: web font`);
      if (declaresWebFont(html)) failures.push(`${page}: web font in inline CSS`);
      return { page, bytes };
    })
    .sort((a, b) => b.bytes - a.bytes);
  const fonts = files.filter((file) => /\.(woff2?|ttf|otf)$/.test(file));
  if (fonts.length > 0) failures.push(`font files shipped: ${fonts.join(', ')}`);
  return { sizes, median: sizes[Math.floor(sizes.length / 2)]?.bytes ?? 0, failures, fonts };
}
