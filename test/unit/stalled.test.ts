import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The project's pinned Node (type stripping), whichever Node runs vitest.
const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
const stalled = resolve('src/integrations/stalled.ts');

/** A build step waiting on a child process's answer, as Pagefind's API does; `killed` says whether the child dies first. */
const buildStep = (killed: boolean) => `
  import { spawn } from 'node:child_process';
  import { failIfStalled } from ${JSON.stringify(stalled)};
  const indexer = spawn(process.execPath, ['-e', 'process.stdin.on("data", (line) => process.stdout.write(line))'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const answer = new Promise((resolve) => indexer.stdout.once('data', resolve));
  indexer.once('spawn', () => (${killed} ? indexer.kill('SIGKILL') : indexer.stdin.end('done')));
  await failIfStalled(answer, process.env.STALLED_MESSAGE);
  console.log('index written');
`;

// Passed in, not written in the script: Node's own warning about an unsettled await quotes the line.
const run = (killed: boolean) =>
  spawnSync(node, ['--input-type=module', '-e', buildStep(killed)], { encoding: 'utf8', env: { ...process.env, STALLED_MESSAGE: 'the indexer stopped' } });

describe('a build step waiting on the search indexer', () => {
  it('fails with its message when the indexer dies and nothing is left to settle the wait', () => {
    const result = run(true);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('the indexer stopped');
    expect(result.stdout).not.toContain('index written');
  });

  it('says nothing when the indexer answers', () => {
    const result = run(false);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('the indexer stopped');
    expect(result.stdout).toContain('index written');
  });
});
