import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteUrlWarning } from '../../src/integrations/site-url-warning.ts';

const startBuild = (logger: { warn: (message: string) => void }) => {
  const hook = siteUrlWarning().hooks['astro:build:start'] as (options: { logger: typeof logger }) => void;
  hook({ logger });
};

describe('SITE_URL at build time', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('warns when QR codes and canonical URLs would point at the placeholder', () => {
    vi.stubEnv('SITE_URL', '');
    const warn = vi.fn();
    startBuild({ warn });
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toContain('SITE_URL');
  });

  it('stays quiet once a deployment sets it', () => {
    vi.stubEnv('SITE_URL', 'https://laomo.example.cn');
    const warn = vi.fn();
    startBuild({ warn });
    expect(warn).not.toHaveBeenCalled();
  });
});
