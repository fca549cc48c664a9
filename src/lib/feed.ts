/** Atom 1.0 feed text. */
export interface FeedEntry {
  title: string;
  url: string;
  summary: string;
  /** YYYY-MM-DD */
  updated: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function atomFeed({ title, siteUrl, entries }: { title: string; siteUrl: string; entries: FeedEntry[] }): string {
  const sorted = [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url)).slice(0, 50);
  const newest = sorted[0]?.updated ?? '1970-01-01';
  const items = sorted.map(
    (entry) => `  <entry>
    <title>${escape(entry.title)}</title>
    <link href="${escape(entry.url)}"/>
    <id>${escape(entry.url)}</id>
    <updated>${entry.updated}T00:00:00Z</updated>
    <summary>${escape(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escape(title)}</title>
  <link href="${escape(siteUrl)}"/>
  <link rel="self" href="${escape(new URL('feed.xml', siteUrl).href)}"/>
  <id>${escape(siteUrl)}</id>
  <updated>${newest}T00:00:00Z</updated>
${items.join('\n')}
</feed>
`;
}
