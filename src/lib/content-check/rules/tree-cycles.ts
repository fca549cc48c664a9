import { kinds } from '../../../schema/index.ts';
import type { Problem, ValidEntry } from '../types.ts';

/** The ids an entry names in its kind's tree field (a team's parent); empty for kinds without a tree. */
const parentsOf = (entry: ValidEntry): string[] => {
  const field = kinds[entry.kind].tree;
  const value = field ? entry.data[field] : undefined;
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
};

/**
 * A tree's parent chain must end: a studio whose alliance belongs to the studio would make each the
 * other's ancestor, and the alliance's page could not say what its network has done.
 */
export function checkTreeCycles(entries: readonly ValidEntry[]): Problem[] {
  const byKey = new Map(entries.map((entry) => [`${entry.kind}/${entry.id}`, entry]));
  return entries.flatMap((entry) => {
    const field = kinds[entry.kind].tree;
    if (!field) return [];
    const chain = [entry.id];
    for (let parent = parentsOf(entry)[0]; parent !== undefined; ) {
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
      const next = byKey.get(`${entry.kind}/${parent}`);
      // A chain into someone else's loop is reported on the loop's members; an unknown id by the reference rule.
      if (!next || chain.indexOf(parent) < chain.length - 1) break;
      parent = parentsOf(next)[0];
    }
    return [];
  });
}
