/**
 * A throwaway copy of the project, sharing node_modules, for tests that change content or code and
 * build the result: what an editor or a developer would do in their own checkout.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'url-manifest.txt', 'redirects.yaml', 'src', 'content', 'public', 'scripts'];

/** The project's pinned Node, as `npm run` scripts use it. */
export const NODE = join(ROOT, 'node_modules/.bin/node');

export function copyProject(prefix: string): string {
  const project = mkdtempSync(join(tmpdir(), `portal-${prefix}-`));
  for (const item of PROJECT_FILES) cpSync(join(ROOT, item), join(project, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  return project;
}

export function run(cwd: string, command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

export const buildSite = (project: string) => run(project, join(ROOT, 'node_modules/.bin/astro'), ['build']);

/** What an editor does with a `npm run new` template: each 【待填写】 placeholder replaced by the answer for its field (`body` under a heading). */
export function fillTemplate(template: string, answers: Readonly<Record<string, string>>): string {
  let field = '';
  return template
    .split('\n')
    .map((line) => {
      field = /^\s*(?:- )?(\w+):/.exec(line)?.[1] ?? (line.startsWith('## ') ? 'body' : field);
      return line.replace(/【待填写[^】]*】/, answers[field] ?? '演示内容');
    })
    .join('\n');
}
