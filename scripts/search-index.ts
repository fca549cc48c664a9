/** npm run search-index — (re)writes dist/pagefind from content/ without rebuilding the pages. */
import { resolve } from 'node:path';
import { writeSearchIndex } from '../src/integrations/search-index.ts';

const root = resolve(process.cwd());
const { pages, shards } = await writeSearchIndex(root, resolve(root, 'dist'));
console.log(`indexed ${pages} entries for search in ${shards} shard(s)`);
