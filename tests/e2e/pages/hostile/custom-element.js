// Another script took the element's name first.
customElements.define('article-embed', class extends HTMLElement {
  connectedCallback() { this.dataset.other = 'yes'; }
});
window.hostileInstalled = true;
