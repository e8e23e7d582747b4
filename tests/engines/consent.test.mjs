// Consent in every engine: one banner for the page's two widgets, nothing asked of the ad
// partner before the reader decides; "Accept all" (a real click) shows the ad, requested only
// then; "Reject all" leaves the placeholder, and its choices (ticked by a real click) give it.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, selected } from '../../scripts/engines/engines.mjs';
import { startSite, until } from './site.mjs';
import { RELATIONS, TIES, ftl, part, settled, waitForEvent } from './widget.mjs';

const AD = '/ads/creative.html';

for (const engine of selected()) describe(engine, () => {
  let site, browser;
  before(async () => { site = await startSite(); browser = await launch(engine); });
  after(async () => { await browser?.close(); await site?.close(); });

  /** The demo page with both widgets shown; `host` is the one with the banner (the first to render). */
  async function demo() {
    const mark = site.since();
    const tab = await browser.open(site.origin + '/');
    for (const h of [TIES, RELATIONS]) assert.equal(await settled(tab, h), 'mounted');
    const hosts = await tab.eval((...hs) => hs.filter(h => $(h).shadowRoot.querySelector('section.ae-consent')), TIES, RELATIONS);
    assert.equal(hosts.length, 1, 'one banner on the page');
    return { tab, host: hosts[0], mark };
  }
  const adRequests = mark => site.requests(mark).filter(u => u === AD).length;
  /** The first ad slot scrolled into view (its iframe loads lazily), then the ad requested since `mark`. */
  const adLoaded = async (tab, mark) => {
    await tab.eval(h => $(h).shadowRoot.querySelector('.ae-ad').scrollIntoView({ block: 'center' }), TIES);
    await until(() => adRequests(mark) >= 1, 'the ad requested');
  };
  /** Waits until both ad slots show `what`: the ad's iframe, or the placeholder. */
  const slots = (tab, what) => tab.waitFor((hs, w) => hs.every(h => $(h).shadowRoot.querySelector(w === 'ad' ? '.ae-ad iframe' : '.ae-ad-hidden')),
    { args: [[TIES, RELATIONS], what], what: `both ad slots showing the ${what}` });

  test('before a decision: the banner, the placeholders, nothing from the ad partner; "Accept all" shows the ads', async () => {
    const { tab, host, mark } = await demo();
    await slots(tab, 'placeholder');
    assert.equal(await tab.eval(h => $(h).shadowRoot.querySelector('.ae-ad-hidden').textContent, TIES), ftl('da', 'ad-hidden'));
    assert.equal(adRequests(mark), 0, 'no ad request before consent');
    const clicked = site.since();
    await tab.click(part(host, '[data-consent-action="accept"]'));
    await waitForEvent(tab, 'consent', { detail: { advertising: true, source: 'banner' } });
    await slots(tab, 'ad');
    assert.equal(await tab.eval(h => $(h).shadowRoot.querySelector('.ae-ad iframe').getAttribute('sandbox'), TIES),
      'allow-scripts allow-popups allow-popups-to-escape-sandbox');
    await adLoaded(tab, clicked);
    assert.equal(adRequests(mark), adRequests(clicked), 'the ad is requested after the click, not before');
    assert.match(await tab.eval(() => localStorage.getItem('article-embed:consent')), /^2\|\d+\|1\|(da|sw)\|banner\|advertising$/);
  });

  test('"Reject all": placeholders; the choices reopened from one, advertising ticked and saved: the ads', async () => {
    const { tab, host, mark } = await demo();
    await tab.click(part(host, '[data-consent-action="reject"]'));
    await waitForEvent(tab, 'consent', { detail: { advertising: false, source: 'banner' } });
    await slots(tab, 'placeholder');
    assert.equal(adRequests(mark), 0, 'nothing asked of the ad partner');
    await tab.click(part(RELATIONS, '.ae-ad-hidden'));
    await tab.waitFor(h => $(h).shadowRoot.querySelector('input[data-category="advertising"]'), { args: [RELATIONS] });
    assert.equal(await tab.eval(h => $(h).shadowRoot.querySelector('input[data-category="advertising"]').checked, RELATIONS), false);
    await tab.click(part(RELATIONS, 'input[data-category="advertising"]'));
    assert.equal(await tab.eval(h => $(h).shadowRoot.querySelector('input[data-category="advertising"]').checked, RELATIONS), true, 'a click ticks it');
    await tab.click(part(RELATIONS, '[data-consent-action="save"]'));
    await waitForEvent(tab, 'consent', { detail: { advertising: true, source: 'banner' } });
    await slots(tab, 'ad');
    await adLoaded(tab, mark);
  });
});
