/**
 * Runs a task over items with at most `limit` in flight: a store answers a few parallel uploads
 * faster than one at a time, and refuses or throttles thousands. Written here rather than taken
 * from a package because it is a dozen lines. After the first failure no new task starts; the
 * ones in flight finish, then the failure is thrown.
 */
export async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
}
