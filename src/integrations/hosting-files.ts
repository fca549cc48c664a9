/**
 * After the build (and after the search index, whose files count too): writes _headers and
 * _redirects for hosts that read them, and reports the site's size against each host's limits.
 * A limit crossed is a warning, not a failure: the bucket deploy has none.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, redirectsFile } from '../lib/hosting/host-files.ts';
import { describeSiteSize, limitWarnings, siteSize } from '../lib/hosting/host-limits.ts';
import { listSiteFiles } from '../lib/hosting/site-files.ts';
import { loadRedirects } from '../lib/redirects.ts';

export function hostingFiles(): AstroIntegration {
  let root: URL;
  return {
    name: 'hosting-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        writeFileSync(join(outDir, '_headers'), headersFile());
        writeFileSync(join(outDir, '_redirects'), redirectsFile(loadRedirects(new URL('redirects.yaml', root))));
        const size = siteSize(listSiteFiles(outDir));
        logger.info(describeSiteSize(size));
        const warnings = limitWarnings(size);
        for (const warning of warnings) logger.warn(warning);
        if (warnings.length === 0) logger.info('未超出已知托管平台的限制 / within every known host’s limits');
      },
    },
  };
}
