// Keeps the prerendered article's nodes as the parser made them (DOMContentLoaded, before any
// script of ours could change them), for the test to compare with what is there after hydration.
document.addEventListener('DOMContentLoaded', () => {
  const root = document.querySelector('article-embed').shadowRoot;
  window.__nodes = ['article.ae', '#ae-title', '.ae-body > p', '.ae-figure img', '.ae-share a'].map(s => root && root.querySelector(s));
});
