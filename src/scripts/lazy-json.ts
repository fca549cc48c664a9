/** A JSON file of the built site, fetched once when first asked for; a failed fetch (a phone losing its signal) is tried again next time. */
export function lazyJson<T>(url: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<T>;
    });
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
}
