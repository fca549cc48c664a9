/**
 * Runs the content checker before Astro builds anything: a broken reference, an unknown code or a
 * malformed file stops the build with the checker's one-line messages, so nothing half-valid is
 * published. The checked corpus it loads is the one the pages and the search index then read.
 */

import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/content-check/index.ts';
import { forgetSiteContent, loadSiteContent } from '../site/content.ts';

export function contentGuard(): AstroIntegration {
  let root = '';
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const { problems } = loadSiteContent(root);
        if (problems.length === 0) return;
        const report = problems.map(formatProblem).join('\n');
        if (command === 'build') {
          throw new Error(`内容检查未通过，未生成网站 / content check failed, nothing was built:\n${report}`);
        }
        logger.error(report);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          if (!relative(root, path).startsWith(`content${sep}`)) return;
          forgetSiteContent();
          const { problems } = loadSiteContent(root);
          if (problems.length > 0) logger.error(problems.map(formatProblem).join('\n'));
        });
      },
    },
  };
}
