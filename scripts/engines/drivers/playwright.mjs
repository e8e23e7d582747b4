// Chromium (Debian's) through playwright-core, as the Chromium-only suites in tests/e2e drive
// it: one browser per launch, a fresh context (its own storage and cache) per tab.
import { chromium } from 'playwright-core';

/** Chromium's arguments as root on these machines (the background-networking ones keep it off hosts it cannot reach). */
export const CHROME_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

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
        // Only Chromium can slow its own CPU down (DevTools protocol): the bench's phone.
        cpu: async rate => {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
