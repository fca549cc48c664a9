import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { contentGuard } from '../../src/integrations/content-guard.ts';

const root = (name: string) => pathToFileURL(new URL(`../fixtures/${name}/`, import.meta.url).pathname);

function runSetup(fixture: string, command: 'build' | 'dev') {
  const hook = contentGuard().hooks['astro:config:setup'] as unknown as (options: object) => void;
  const logger = { error: vi.fn() };
  hook({ config: { root: root(fixture) }, command, logger });
  return logger;
}

describe('content guard in the Astro build', () => {
  it('stops the build with the checker lines naming file, line and field', () => {
    expect(() => runSetup('check-invalid', 'build')).toThrow(/content\/cases\/missing-reference\.md:7: experts: .*li-bucunzai/);
    expect(() => runSetup('check-invalid', 'build')).toThrow(/content\/cases\/unknown-industry\.md:5: industries: "C99"/);
  });

  it('lets valid content through', () => {
    expect(runSetup('check-valid', 'build').error).not.toHaveBeenCalled();
  });

  it('reports without stopping the dev server', () => {
    expect(runSetup('check-invalid', 'dev').error).toHaveBeenCalledOnce();
  });
});
