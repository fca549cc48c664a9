/** Says at the start of every build when QR codes, canonical URLs and citations would point at the placeholder address. */
import type { AstroIntegration } from 'astro';
import { PLACEHOLDER_SITE_URL } from '../site.config.ts';

export function siteUrlWarning(): AstroIntegration {
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (process.env.SITE_URL) return;
        logger.warn(
          `SITE_URL is not set: QR codes, canonical URLs, the feed and citations point at the placeholder ${PLACEHOLDER_SITE_URL}. ` +
            'Set it for a deployment, e.g. SITE_URL=https://your.domain npm run build. / 未设置 SITE_URL，二维码和永久链接仍指向占位地址。',
        );
      },
    },
  };
}
