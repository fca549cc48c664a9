import type { UiKey } from '../i18n/zh-CN.ts';

const SECTIONS: { href: string; label: UiKey }[] = [
  { href: '/cases/', label: 'nav.cases' },
  { href: '/experts/', label: 'nav.experts' },
  { href: '/methods/', label: 'nav.methods' },
  { href: '/courses/', label: 'nav.courses' },
  { href: '/industries/', label: 'nav.industries' },
  { href: '/regions/', label: 'nav.regions' },
  { href: '/overview/', label: 'nav.overview' },
];

/** Main navigation with the section holding the current page marked. */
export function siteNavigation(pathname: string) {
  return SECTIONS.map((section) => ({ ...section, current: pathname.startsWith(section.href) }));
}
