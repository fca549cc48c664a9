/**
 * indexSearchShards on its own thread during `astro build`: the search documents, 找专家's files and
 * the vocabulary are worked out on the second core while Astro renders on the first, instead of
 * holding up Astro's main thread at the start of the build. The corpus comes from the main thread,
 * which has already read and checked the content.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildCorpus } from '../lib/corpus.ts';
import { type IndexWorkerInput, indexSearchShards } from './search-index.ts';

const { root, cacheDir, entries } = workerData as IndexWorkerInput;
parentPort!.postMessage(await indexSearchShards(root, buildCorpus(entries), { cacheDir }));
