/**
 * Runs the content checker before Astro builds anything: a broken reference,
 * an unknown code or a malformed file stops the build with the checker's
 * one-line messages, so nothing half-valid is published.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem } from '../lib/content-check/index.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { problems } = checkContent({ root: fileURLToPath(config.root) });
        if (problems.length === 0) return;
        const report = problems.map(formatProblem).join('\n');
        if (command === 'build') {
          throw new Error(`内容检查未通过，未生成网站 / content check failed, nothing was built:\n${report}`);
        }
        logger.error(report);
      },
    },
  };
}
