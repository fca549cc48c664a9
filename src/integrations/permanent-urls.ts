/**
 * Keeps URLs permanent: after the build, every path in url-manifest.txt must
 * still be a page or be redirected (redirects.yaml) to one. New pages are
 * appended to the manifest to be committed with the change that adds them.
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadRedirects } from '../lib/redirects.ts';
import { checkManifest, formatManifest, parseManifest, redirectsOverPages } from '../lib/url-manifest.ts';
import { contentPagePaths } from '../site/indexes.ts';

export function permanentUrls(): AstroIntegration {
  let root: URL;
  return {
    name: 'permanent-urls',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': ({ pages, logger }) => {
        const manifestFile = fileURLToPath(new URL('url-manifest.txt', root));
        const redirects = loadRedirects(new URL('redirects.yaml', root));
        const built = pages
          .map(({ pathname }) => `/${pathname}`.replace(/\/+$/, '/').replace(/^\/+/, '/'))
          .filter((path) => !Object.hasOwn(redirects, path))
          // The 404 page is served for unknown paths, never linked at its own URL.
          .filter((path) => path !== '/404/');
        const listed = existsSync(manifestFile) ? parseManifest(readFileSync(manifestFile, 'utf8')) : [];
        const { broken, danglingRedirects, added } = checkManifest(listed, built, redirects);
        const overPages = redirectsOverPages(redirects, contentPagePaths());
        if (broken.length > 0 || danglingRedirects.length > 0 || overPages.length > 0) {
          throw new Error(
            [
              ...broken.map(
                (path) =>
                  `url-manifest.txt: ${path} 已发布但不再生成，请在 redirects.yaml 登记重定向 / published URL disappeared: add a redirect in redirects.yaml`,
              ),
              ...danglingRedirects.map((redirect) => `redirects.yaml: ${redirect} 的目标页面不存在 / redirect target is not a page`),
              ...overPages.map(
                (from) =>
                  `redirects.yaml: ${from} 现在又有内容生成的页面，请删除这条重定向（否则页面会被重定向取代）/ the content gives this path a page again: remove the redirect, or it replaces the page`,
              ),
            ].join('\n'),
          );
        }
        if (added.length > 0) {
          writeFileSync(manifestFile, formatManifest([...listed, ...added]));
          logger.info(`url-manifest.txt: ${added.length} new URL(s) added — commit the file`);
        }
      },
    },
  };
}
