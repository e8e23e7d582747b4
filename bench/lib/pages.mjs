// The host pages the benchmark generates (a blog post with N embeds, one peer each) and the
// server routes that serve them, the poster stand-in and the generated static floor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The article every generated page embeds, and the link its fallback and shariff point to.
const ARTICLE = '/articles/eu-kazakhstan-closer-ties/article.json';
const ARTICLE_LINK = 'https://www.eureporter.co/world/kazakhstan/2022/06/21/eu-and-kazakhstan-aim-to-create-ever-closer-ties/';

/** The README's one-line host rule that reserves each embed's `height` before any script runs. */
export const HOST_RULE = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').match(/<style>(article-embed\{[^<]*)<\/style>/)?.[1] || '';

/** The demo page's own stylesheet, so that generated pages look like the demo. */
export function hostStyle(www) {
  try {
    const m = /<style>([\s\S]*?)<\/style>/.exec(readFileSync(join(www, 'index.html'), 'utf8'));
    if (m) return m[1];
  } catch (e) { /* fall through */ }
  return 'body{margin:0;font:18px/1.6 Georgia,serif;color:#222;background:#fbfaf7}main{max-width:46rem;margin:0 auto;padding:1.5rem}';
}

// A blog post of the demo's look: `head` and `tail` for scripts, `body` between its paragraphs.
export function hostPage({ style, head = '', body, tail = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Notes from Brussels — benchmark host page</title>
<style>${style}</style>
${head}
</head>
<body>
<header class="site"><a href="/">Notes from Brussels</a></header>
<main>
  <article>
    <h1>Central Asia week: what the EU and Kazakhstan agreed</h1>
    <p class="meta">A blog post by a reader.</p>
    <p>This week I have been reading about the EU's relations with Kazakhstan. EU Reporter published a
      report on the 19th Cooperation Council; here it is.</p>
${body}
    <p>That is all for this week.</p>
  </article>
</main>
<footer>Benchmark host page of article-embed.</footer>
${tail}
</body>
</html>`;
}

function manyPage(style, n, height, reserve, rule) {
  // reserve: the host also reserves the space itself, before any script runs, in a style
  // attribute; rule: with the README's one <style> rule in the page's head instead.
  const embed = i => `    <article-embed src="${ARTICLE}" lang="da"${height ? ' height="1800"' : ''}${reserve ? ' style="display:block;min-height:1800px"' : ''}>
      <a href="${ARTICLE_LINK}">EU and Kazakhstan aim to create "ever closer" ties (EU Reporter)</a>
    </article-embed>
    <p>The host's own paragraph number ${i + 1}, between the embeds.</p>`;
  return hostPage({
    style,
    head: (rule ? `<style>${HOST_RULE}</style>\n` : '') + (n > 0 ? '<script async src="/dist/loader.js"></script>' : ''),
    body: Array.from({ length: n }, (_, i) => embed(i)).join('\n'),
  });
}

const LITE_VIDEO = 'ogfYd705cRs';
const litePage = style => hostPage({
  style,
  head: '<link rel="stylesheet" href="/peers/lite-youtube-embed/lite-yt-embed.css">\n<script async src="/peers/lite-youtube-embed/lite-yt-embed.js"></script>',
  body: `    <lite-youtube videoid="${LITE_VIDEO}" playlabel="Play: a video about the EU and Kazakhstan" elementtiming="lite-poster"
      style="background-image: url('/bench/poster.png')"></lite-youtube>`,
});

const consentPage = style => hostPage({
  style,
  head: '<link rel="stylesheet" href="/peers/vanilla-cookieconsent/cookieconsent.css">',
  body: '',
  tail: `<script src="/peers/vanilla-cookieconsent/cookieconsent.umd.js"></script>
<script>
CookieConsent.run({
  // Its default hides the banner from automated browsers (navigator.webdriver): off, to measure it.
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'We use cookies', description: 'Cookies help us run this blog.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Manage preferences' },
    preferencesModal: { title: 'Cookie preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', savePreferencesBtn: 'Save', closeIconLabel: 'Close',
      sections: [ { title: 'Strictly necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' }, { title: 'Analytics', description: 'Anonymous statistics.', linkedCategory: 'analytics' } ] }
  } } }
});
</script>`,
});

const shariffPage = style => hostPage({
  style,
  head: '<link rel="stylesheet" href="/peers/shariff/shariff.complete.css">',
  body: `    <div class="shariff" data-url="${ARTICLE_LINK}" data-services='["twitter","facebook","linkedin","whatsapp","telegram","mail","info"]'></div>`,
  tail: '<script src="/peers/shariff/shariff.complete.js"></script>',
});

// Routes get the server's `send`, which compresses like the files when the server does.
const html = body => (req, res, url, send) => send(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }, body);

/**
 * The server routes of the generated pages; `generated` holds pages made during the run (the
 * floors, by the path of their host page): HTML, or a function of the serving origin to it.
 */
export function benchRoutes({ style, poster, generated }) {
  return {
    '/bench/many': (req, res, url, send) => html(manyPage(style, Number(url.searchParams.get('n') || 0), url.searchParams.get('height') !== '0', url.searchParams.get('reserve') === '1', url.searchParams.get('rule') === '1'))(req, res, url, send),
    '/bench/poster.png': (req, res, url, send) => send(200, { 'content-type': 'image/png', 'cache-control': 'no-cache' }, poster),
    '/bench/lite-youtube': html(litePage(style)),
    '/bench/cookieconsent': html(consentPage(style)),
    '/bench/shariff': html(shariffPage(style)),
    '/bench/static-floor': (req, res, url, send) => {
      const of = url.searchParams.get('of') || '/';
      const page = generated.get(of);
      if (page == null) return res.writeHead(404), res.end();
      return html(typeof page === 'function' ? page(`http://${req.headers.host}`) : page)(req, res, url, send);
    },
  };
}
