import type { APIRoute } from 'astro';
import { t } from '../i18n/zh-CN.ts';
import { atomFeed } from '../lib/feed.ts';
import { loadCorpus } from '../site/corpus.ts';
import { entryUpdated } from '../site/last-updated.ts';

/** Atom feed of new and updated cases, most recently updated first. */
export const GET: APIRoute = async ({ site }) => {
  const cases = loadCorpus().byKind.cases;
  const xml = atomFeed({
    title: `${t('site.name')} · ${t('kind.cases.plural')}`,
    siteUrl: site!.href,
    entries: cases.map((entry) => ({ title: entry.title, url: new URL(entry.url, site).href, summary: entry.summary, updated: entryUpdated(entry).date })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
