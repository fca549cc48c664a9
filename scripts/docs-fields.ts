/** npm run docs:fields — rewrites the generated field reference in CONTRIBUTING.md from the schemas. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fieldReferenceMarkdown } from '../src/lib/field-reference.ts';
import { replaceGeneratedBlock } from '../src/lib/generated-block.ts';

const file = resolve(import.meta.dirname, '..', 'CONTRIBUTING.md');
writeFileSync(file, replaceGeneratedBlock(readFileSync(file, 'utf8'), 'fields', fieldReferenceMarkdown()));
console.log('CONTRIBUTING.md: field reference updated');
