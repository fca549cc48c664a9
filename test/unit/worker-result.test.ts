import { describe, expect, it } from 'vitest';
import { workerResult } from '../../src/integrations/worker-result.ts';

const fixture = (name: string) => new URL(`../fixtures/workers/${name}.mjs`, import.meta.url);

describe('the answer of a build step on a worker thread', () => {
  it('is the first message the worker posts', async () => {
    await expect(workerResult(fixture('answers'), 21, 'stalled')).resolves.toEqual({ doubled: 42 });
  });

  it('is the error the worker throws, with its message', async () => {
    await expect(workerResult(fixture('throws'), undefined, 'stalled')).rejects.toThrow('content/cases/broken.md: title is missing');
  });

  it('fails with the stalled message when the worker runs out of work before it answers', async () => {
    // Exit code 1: failIfStalled, guarding the wait in the worker, saw the stall and left the message to this side.
    await expect(workerResult(fixture('stalls'), undefined, 'the indexer stopped')).rejects.toThrow('the indexer stopped (exit code 1)');
  });
});
