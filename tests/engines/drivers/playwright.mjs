// Chromium (Debian's) through playwright-core, as the Chromium-only suites in tests/e2e drive
// it: one browser per launch, a fresh context (its own storage and cache) per tab.
import { chromium } from 'playwright-core';
import { CHROME_ARGS } from '../../e2e/harness.mjs';

export async function launchChromium({ width, height }) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROME_ARGS });
  return {
    version: browser.version(),
    async newTab() {
      // As a reader's browser would grant a click on "Copy link" (headless asks nobody).
      const context = await browser.newContext({ viewport: { width, height }, permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      return {
        goto: (url, { load }) => page.goto(url, { waitUntil: load ? 'load' : 'domcontentloaded' }),
        evaluate: expression => page.evaluate(expression),
        click: (x, y) => page.mouse.click(x, y),
        move: (x, y) => page.mouse.move(x, y),
        press: combo => page.keyboard.press(combo === 'Space' ? ' ' : combo),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
