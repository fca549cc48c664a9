import { kinds } from '../../../schema/index.ts';
import { entryKey, idsIn } from '../../relations.ts';
import type { Problem, ValidEntry } from '../types.ts';

/**
 * A tree's parent chain must end: a studio whose alliance belongs to the studio would make each the
 * other's ancestor, and the alliance's page could not say what its network has done.
 */
export function checkTreeCycles(entries: readonly ValidEntry[]): Problem[] {
  const byKey = new Map(entries.map((entry) => [entryKey(entry.kind, entry.id), entry]));
  return entries.flatMap((entry) => {
    const field = kinds[entry.kind].tree;
    if (!field) return [];
    const chain = [entry.id];
    for (let parent = idsIn(entry, field)[0]; parent !== undefined; ) {
      chain.push(parent);
      if (parent === entry.id) {
        return [
          {
            file: entry.file,
            line: entry.lineOf([field]),
            field,
            message: `上级关系绕回了自己：${chain.join(' → ')} / the ${field} chain comes back to this entry: ${chain.join(' → ')}`,
          },
        ];
      }
      const next = byKey.get(entryKey(entry.kind, parent));
      // A chain into someone else's loop is reported on the loop's members; an unknown id by the reference rule.
      if (!next || chain.indexOf(parent) < chain.length - 1) break;
      parent = idsIn(next, field)[0];
    }
    return [];
  });
}
