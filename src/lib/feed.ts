/** Atom 1.0 feed text. */
export interface FeedEntry {
  title: string;
  url: string;
  summary: string;
  /** YYYY-MM-DD */
  updated: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function atomFeed({ title, siteUrl, entries }: { title: string; siteUrl: string; entries: FeedEntry[] }): string {
  const sorted = [...entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url)).slice(0, 50);
  const newest = sorted[0]?.updated ?? '1970-01-01';
  const items = sorted.map(
    (entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <link href="${escapeXml(entry.url)}"/>
    <id>${escapeXml(entry.url)}</id>
    <updated>${entry.updated}T00:00:00Z</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escapeXml(title)}</title>
  <link href="${escapeXml(siteUrl)}"/>
  <link rel="self" href="${escapeXml(new URL('feed.xml', siteUrl).href)}"/>
  <id>${escapeXml(siteUrl)}</id>
  <updated>${newest}T00:00:00Z</updated>
${items.join('\n')}
</feed>
`;
}
