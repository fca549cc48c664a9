/**
 * The answer of a module run on a worker thread: its first message. A worker whose event loop runs
 * out of work before it answers (Pagefind's indexer process killed, its API waiting for ever) exits
 * without one: that is reported with `stalledMessage` instead of leaving the build waiting.
 */
import { Worker } from 'node:worker_threads';

export function workerResult<T>(module: URL, workerData: unknown, stalledMessage: string): Promise<T> {
  const worker = new Worker(module, { workerData });
  return new Promise<T>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    // After a message or an error the promise has settled and this does nothing.
    worker.once('exit', (code) => reject(new Error(code === 0 ? stalledMessage : `${stalledMessage} (exit code ${code})`)));
  });
}
