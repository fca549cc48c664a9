/**
 * Journey helpers: each step saves a screenshot under test-results/journeys/ so a
 * reviewer can see what the user saw, and phone-friendliness checks shared by journeys.
 */
import { expect, type Page, type TestInfo } from '@playwright/test';

export function journey(page: Page, testInfo: TestInfo, name: string) {
  let index = 0;
  return async function step<T>(title: string, action: () => Promise<T>): Promise<T> {
    const result = await action();
    index++;
    await page.screenshot({ path: `test-results/journeys/${testInfo.project.name}/${name}/${String(index).padStart(2, '0')}-${title}.png`, fullPage: true });
    return result;
  };
}

/** Text readable without zooming, no sideways scrolling, and tap targets of at least 44×44 CSS pixels. */
export async function expectPhoneFriendly(page: Page) {
  const report = await page.evaluate(() => {
    const root = document.documentElement;
    const bodySize = Number.parseFloat(getComputedStyle(document.querySelector('main p') ?? document.body).fontSize);
    const exempt = '.prose p, .prose li, p.lead, .section-note, .sources li, .search-excerpt, .visually-hidden, table';
    const small = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')]
      .filter((element) => element.offsetParent !== null && !element.closest(exempt) && getComputedStyle(element).visibility !== 'hidden')
      // A link stretched over its card by an absolutely positioned ::after is tapped anywhere on the card.
      .map((element) => ({
        element,
        box: (getComputedStyle(element, '::after').position === 'absolute'
          ? ((element.offsetParent as HTMLElement) ?? element)
          : element
        ).getBoundingClientRect(),
      }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
    return { overflow: root.scrollWidth - root.clientWidth, bodySize, small };
  });
  expect(report.overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
  expect(report.bodySize, 'body text size').toBeGreaterThanOrEqual(16);
  expect(report.small, 'tap targets under 44 px').toEqual([]);
}
