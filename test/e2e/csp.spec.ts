import { settled } from './support/search.ts';
import { expect, test } from './support/test.ts';

const PAGE = '/methods/wangwenwenqie-fault-finding/';

test('the Content-Security-Policy blocks an injected inline script and handler, and the site’s own scripts still run', async ({ page, cspViolations }) => {
  // As if a hostile body had got past the checker and the sanitiser: markup inserted into the served page.
  await page.route(`**${PAGE}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</article>',
      '<script>window.injected = true</script><img src="/favicon.svg" onload="window.handlerRan = true" alt=""></article>',
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto(PAGE);
  await expect(page.locator('img[onload]')).toHaveJSProperty('complete', true);
  expect(await page.evaluate(() => [Reflect.get(window, 'injected'), Reflect.get(window, 'handlerRan')])).toEqual([undefined, undefined]);
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  cspViolations.length = 0;

  await page.goto('/search/?q=电缆');
  await settled(page);
  expect(await page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
});
