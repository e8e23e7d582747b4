// Firefox ESR (Debian's) over WebDriver BiDi through puppeteer-core: nothing downloaded, no
// geckodriver. One browser per launch, a fresh browser context (its own storage) per tab. ESR
// refuses page.setViewport(), so the window is sized on the command line.
import puppeteer from 'puppeteer-core';

export async function launchFirefox({ width, height }) {
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, defaultViewport: null,
    args: [`--width=${width}`, `--height=${height}`],
  });
  const version = (await browser.version()).replace(/^firefox\//i, '');
  return {
    version,
    async newTab() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      return {
        goto: (url, { load }) => page.goto(url, { waitUntil: load ? 'load' : 'domcontentloaded' }),
        evaluate: expression => page.evaluate(expression),
        click: (x, y) => page.mouse.click(x, y),
        move: (x, y) => page.mouse.move(x, y),
        press: async combo => {
          const keys = combo.split('+');
          for (const k of keys.slice(0, -1)) await page.keyboard.down(k);
          await page.keyboard.press(keys.at(-1));
          for (const k of keys.slice(0, -1).reverse()) await page.keyboard.up(k);
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
