// Hostile content (issue 12): the corpus of tests/e2e/hostile/ put into every string field of
// the fixtures, served by test routes, rendered at 320 px wide. Nothing executes, nothing
// escapes the shadow root, the layout holds, and at least 90 % of the embeds show their body.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, launch, openPage, Widget, crashes } from './harness.mjs';
import { cases, routes } from './hostile/corpus.mjs';

const PER_PAGE = 15;
const all = cases();
const { routes: extraRoutes, pages } = routes(all, PER_PAGE);
let site, browser;
/** What each page showed: per case, its state and whether its body has text. */
const results = new Map();
const findings = { dialogs: [], foreign: [], navigations: [], pwned: [], dangerous: [], hostChanged: [], sideways: [], pageErrors: [], crashes: [], warnings: new Map() };

/** The host page's own DOM outside the embeds, as text: tags, attributes and text nodes. */
const hostDom = () => {
  const out = [];
  const walk = n => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) { if (c.data.trim()) out.push(`#text ${c.data.trim()}`); continue; }
      if (c.nodeType !== 1) continue;
      if (c.localName === 'article-embed') { out.push(`<article-embed id=${c.id}>`); continue; }
      out.push(`<${c.localName} ${[...c.attributes].map(a => `${a.name}=${a.value}`).join(' ')}>`);
      walk(c);
    }
  };
  walk(document.body);
  return out.join('\n');
};

/** Everything dangerous in the shadow root of every host (`selector`), and whether the body shows. */
const inspect = (selector = 'article-embed') => {
  const dangerous = [];
  const shown = {};
  for (const host of document.querySelectorAll(selector)) {
    const root = host.shadowRoot;
    if (!root) { shown[host.id] = { state: host.getAttribute('data-state'), body: false }; continue; }
    for (const e of root.querySelectorAll('*')) {
      const name = e.localName;
      if (['script', 'object', 'embed', 'base', 'meta', 'link', 'style', 'form', 'math', 'template', 'noscript'].includes(name)
        || (name === 'iframe' && e.hasAttribute('srcdoc'))) dangerous.push(`${host.id}: <${name}>`);
      for (const a of e.attributes) {
        if (a.name.startsWith('on')) dangerous.push(`${host.id}: <${name} ${a.name}>`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data'].includes(a.name)) {
          const v = a.value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v)?.[1].toLowerCase();
          if (scheme && !['http', 'https', 'mailto'].includes(scheme)) dangerous.push(`${host.id}: ${a.name}=${a.value.slice(0, 60)}`);
          if (!scheme && /^[\\/]{2}/.test(v)) dangerous.push(`${host.id}: host-relative ${a.name}=${a.value.slice(0, 60)}`);
        }
      }
    }
    const body = root.querySelector('.ae-body');
    shown[host.id] = { state: host.getAttribute('data-state'), body: !!body && body.textContent.trim().length > 0 };
  }
  return { dangerous, shown, escaped: !!document.getElementById('escaped') };
};

before(async () => {
  site = await startSite({ extraRoutes });
  browser = await launch();
  for (let n = 0; n < pages; n++) {
    const p = await openPage(browser, null, { viewport: { width: 320, height: 640 }, locale: 'en-US' });
    const { page, context } = p;
    page.on('dialog', d => { findings.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
    page.on('framenavigated', f => { if (!f.url().startsWith(site.origin) && f.url() !== 'about:blank') findings.navigations.push(f.url()); });
    // Requests to other origins are stopped, and counted while the page makes them on its own.
    let pageAlone = true;
    await context.route('**/*', route => {
      const url = route.request().url();
      if (url.startsWith(site.origin + '/')) return route.continue();
      if (pageAlone) findings.foreign.push(url);
      return route.abort();
    });
    await page.goto(`${site.origin}/__hostile/page${n}.html`);
    const before = await page.evaluate(hostDom);
    for (const c of all.slice(n * PER_PAGE, (n + 1) * PER_PAGE)) await new Widget(page, '#' + c.id).settled(30000);
    // Handlers (onerror, onload, animations), were any written, get their chance. Every image in
    // the embeds is made to load now, the lazy ones far from the viewport too (the test's requests,
    // not counted as the page's), and has loaded or failed (`complete` is set in the task that
    // fires its load or error event); then two frames, where animation and SVG events are sent.
    pageAlone = false;
    const images = () => [...document.querySelectorAll('article-embed')]
      .flatMap(host => [...host.shadowRoot?.querySelectorAll('img') ?? []]);
    await page.evaluate(`(${images})().forEach(img => { img.loading = 'eager'; })`);
    await page.waitForFunction(`(${images})().every(img => img.complete)`, null, { timeout: 30000 });
    await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await page.evaluate(inspect, 'article-embed');
    findings.dangerous.push(...seen.dangerous);
    if (seen.escaped) findings.hostChanged.push(`page ${n}: an element from the content reached the host page`);
    for (const [id, r] of Object.entries(seen.shown)) results.set(id, r);
    const pwned = await Promise.all(page.frames().map(f => f.evaluate(() => window.__pwned ?? null).catch(() => null)));
    findings.pwned.push(...pwned.filter(Boolean));
    const afterDom = await page.evaluate(hostDom);
    if (afterDom !== before) findings.hostChanged.push(`page ${n}:\n${before}\n---\n${afterDom}`);
    const width = await page.evaluate(() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]);
    if (width[0] > width[1]) findings.sideways.push(`page ${n}: ${width[0]} > ${width[1]} px`);
    findings.pageErrors.push(...p.pageErrors);
    findings.crashes.push(...crashes(p));
    for (const m of p.consoleMessages.filter(m => m.type === 'warning' && m.text.startsWith('article-embed:'))) {
      if (!m.text.startsWith('article-embed: shown without what is not valid: ')) continue;
      const id = /\/__hostile\/(c\d+)\//.exec(m.text)?.[1];
      if (id) findings.warnings.set(id, [...(findings.warnings.get(id) ?? []), m.text]);
    }
    await context.close();
  }
});
after(async () => { await browser?.close(); await site?.close(); });

test('nothing executes: no dialog, no script-set global, no javascript: navigation, no foreign request', () => {
  assert.deepEqual(findings.dialogs, []);
  assert.deepEqual(findings.pwned, []);
  assert.deepEqual(findings.navigations, []);
  assert.deepEqual(findings.foreign, []);
  assert.deepEqual(findings.pageErrors, []);
  assert.deepEqual(findings.crashes, []);
});

test('no handler attribute, script, srcdoc iframe, object or unsafe URL in any shadow root', () => {
  assert.deepEqual(findings.dangerous, []);
});

test('nothing escapes the shadow root: the host page around the embeds is unchanged', () => {
  assert.deepEqual(findings.hostChanged, []);
});

test('the layout holds: no sideways scroll at 320 px', () => {
  assert.deepEqual(findings.sideways, []);
});

test('at least 90 % of the embeds show their article body; only the cases meant to be refused are', () => {
  const rendered = all.filter(c => results.get(c.id)?.state === 'mounted' && results.get(c.id)?.body);
  const refused = all.filter(c => !rendered.includes(c));
  console.log(`hostile content: ${all.length} cases ran (${all.filter(c => c.kind === 'content').length} content, `
    + `${all.filter(c => c.kind === 'structure').length} structure) on ${pages} pages; ${rendered.length} rendered their body `
    + `(${(100 * rendered.length / all.length).toFixed(1)} %); refused: ${refused.map(c => `${c.id} ${c.what}`).join('; ') || 'none'}`);
  assert.ok(rendered.length >= 0.9 * all.length, `${rendered.length} of ${all.length}`);
  assert.deepEqual(refused.map(c => c.id), all.filter(c => c.refused).map(c => c.id));
  for (const c of refused) assert.equal(results.get(c.id)?.state, 'error', `${c.id} shows the error message`);
});

test('a shown document with dropped parts logs one console warning naming them, with the shown file\'s', () => {
  const content = all.filter(c => c.kind === 'content');
  const counts = content.map(c => [c.id, (findings.warnings.get(c.id) ?? []).length]);
  assert.deepEqual(counts.filter(([, n]) => n !== 1), [], 'one warning for each content case');
  let remote = 0;
  for (const c of content) {
    const [text] = findings.warnings.get(c.id);
    assert.match(text, new RegExp(`/__hostile/${c.id}/article\\.json: \\S+: `), 'the document\'s dropped parts, with paths');
    // The long document's translation files are the fixture's own, with nothing to drop.
    if (c.files[`${c.lang}.json`] && c.what !== 'a very long document') {
      remote++;
      assert.ok(text.includes(`/__hostile/${c.id}/${c.lang}.json: translations.${c.lang}.`), `${c.id}: the ${c.lang} file's too: ${text.slice(0, 300)}`);
    }
  }
  assert.ok(remote > 10, `${remote} cases showed a language from its own file`);
});

test('the checks catch what they look for', async () => {
  const p = await openPage(browser, `${site.origin}/__hostile/page0.html`, { viewport: { width: 320, height: 640 } });
  const before = await p.page.evaluate(hostDom);
  const seen = await p.page.evaluate(() => {
    // Not an article-embed, which the loader would mount over.
    const host = document.createElement('div');
    host.id = 'planted';
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p onclick="x">a</p><a href=" java\tscript:x">b</a><img src="//evil.example/x"><iframe srcdoc="x"></iframe><object></object>';
    document.body.append(Object.assign(document.createElement('h1'), { id: 'escaped' }));
  }).then(() => p.page.evaluate(inspect, '#planted'));
  assert.equal(seen.dangerous.filter(d => d.startsWith('planted:')).length, 5, seen.dangerous.join('\n'));
  assert.ok(seen.escaped);
  assert.notEqual(await p.page.evaluate(hostDom), before);
  await p.context.close();
});
