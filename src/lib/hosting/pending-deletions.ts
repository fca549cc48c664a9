/**
 * Files that left the site stay in the bucket for a grace period, so that pages already open in a
 * browser (or cached by a CDN) can still load the bundles and search chunks they name. A deploy
 * records when it first found each one missing; a later deploy deletes it once the period is over.
 */

/** Path → when a deploy first found it in the bucket but not in the site (ISO 8601). */
export type PendingDeletions = Record<string, string>;

export const DEFAULT_GRACE_HOURS = 24;

export interface DeletionReview {
  /** Past the grace period: delete now. */
  due: string[];
  /** Still within it, to be recorded for a later deploy. */
  waiting: PendingDeletions;
}

/**
 * @param leftSite paths in the bucket that the site no longer has
 * @param recorded what earlier deploys recorded; paths back on the site or already gone drop out
 */
export function reviewDeletions(leftSite: readonly string[], recorded: Readonly<PendingDeletions>, now: Date, graceHours: number): DeletionReview {
  const due: string[] = [];
  const waiting: PendingDeletions = {};
  for (const path of leftSite) {
    const since = recorded[path] ?? now.toISOString();
    if (now.getTime() - Date.parse(since) >= graceHours * 3_600_000) due.push(path);
    else waiting[path] = since;
  }
  return { due: due.sort(), waiting };
}
