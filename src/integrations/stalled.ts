/**
 * Pagefind's Node API waits for ever when its indexer process dies (the kernel's out-of-memory killer
 * at national scale): Node then runs out of work and exits with a bare "unsettled top-level await".
 * While `work` is pending, an event loop left with nothing to do means it never will settle: say why
 * and fail, instead.
 */
import { isMainThread } from 'node:worker_threads';

export async function failIfStalled<T>(work: Promise<T>, message: string): Promise<T> {
  const stalled = () => {
    // On a worker thread, the thread that started it reports the stall (worker-result.ts): said once, not twice.
    if (isMainThread) console.error(message);
    process.exitCode = 1;
  };
  process.once('beforeExit', stalled);
  try {
    return await work;
  } finally {
    process.off('beforeExit', stalled);
  }
}
