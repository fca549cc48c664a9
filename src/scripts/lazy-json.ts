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
