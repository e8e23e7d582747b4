// The first render gives the main thread back between its steps: each JSON file the shell reads
// (the article, the chosen language's file, the UI catalogue) is read in a task of its own,
// then the render, so that a slow phone sees several short tasks instead of one long one
// (bench/history/2026-12.md, "Issue 15, long tasks"). Times are the benchmark's; here the order
// of steps is checked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch, openPage, Widget } from './harness.mjs';

let site, browser;
before(async () => {
  site = await startSite();
  browser = await launch();
});
after(async () => { await browser?.close(); await site?.close(); });

/** The demo page, with `init` run before the page's scripts; its steps log and the widget. */
async function open(init) {
  const p = await openPage(browser, null);
  await p.page.addInitScript(init);
  await p.page.goto(site.origin + '/');
  const w = new Widget(p.page, 'article-embed[src*="closer-ties"]');
  assert.equal(await w.settled(), 'mounted');
  return { p, w, steps: await p.page.evaluate(() => window.__steps) };
}

test('the first render yields to the main thread (scheduler.yield) at each file it reads, before it renders', async () => {
  const { p, steps } = await open(() => {
    window.__steps = [];
    const y = scheduler.yield.bind(scheduler);
    scheduler.yield = () => (window.__steps.push('yield'), y());
    document.addEventListener('article-embed:mounted', () => window.__steps.push('mounted'));
  });
  const before = steps.indexOf('mounted');
  assert.ok(before >= 3, `yields before the first widget was shown: ${before} (${steps.join(' ')})`);
  assert.deepEqual(p.pageErrors, []);
  await p.context.close();
});

test('without scheduler.yield (older browsers), a zero timeout does it and the widget works', async () => {
  const { p, w, steps } = await open(() => {
    window.__steps = [];
    delete window.scheduler;
    const t = window.setTimeout;
    window.setTimeout = (f, ms, ...a) => (ms ? 0 : window.__steps.push('timeout'), t(f, ms, ...a));
    document.addEventListener('article-embed:mounted', () => window.__steps.push('mounted'));
  });
  assert.ok(steps.indexOf('mounted') >= 3, `zero timeouts before the first widget was shown: ${steps.join(' ')}`);
  assert.equal(await w.articleLang(), 'da');
  assert.deepEqual(p.pageErrors, []);
  assert.deepEqual(p.consoleMessages.filter(m => m.type === 'error' || m.type === 'warning'), []);
  await p.context.close();
});
