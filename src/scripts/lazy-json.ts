/**
 * A JSON file of the built site, fetched (and read into what `read` makes of it) once when first asked
 * for; a failed fetch (a phone losing its signal) is tried again next time.
 */
export function lazyJson<T, R = T>(url: string, read: (json: T) => R = (json) => json as unknown as R): () => Promise<R> {
  let loading: Promise<R> | undefined;
  return () => {
    loading ??= fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return read((await response.json()) as T);
    });
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
}

/** A family of such files (one per letter or character), each made lazy when first asked for. */
export function lazyJsonFiles<K, T>(urlOf: (key: K) => string): (key: K) => Promise<T> {
  const files = new Map<K, () => Promise<T>>();
  return (key) => {
    if (!files.has(key)) files.set(key, lazyJson<T>(urlOf(key)));
    return files.get(key)!();
  };
}
