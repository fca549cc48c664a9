import type { UiKey } from '../i18n/zh-CN.ts';
import { CONTENT_KINDS } from '../schema/index.ts';

const SECTIONS: { href: string; label: UiKey }[] = [
  ...CONTENT_KINDS.map((kind) => ({ href: `/${kind}/`, label: `kind.${kind}` as const })),
  { href: '/find/', label: 'nav.find' },
  { href: '/industries/', label: 'nav.industries' },
  { href: '/regions/', label: 'nav.regions' },
  { href: '/overview/', label: 'nav.overview' },
];

/** Main navigation with the section holding the current page marked. */
export function siteNavigation(pathname: string) {
  return SECTIONS.map((section) => ({ ...section, current: pathname.startsWith(section.href) }));
}
