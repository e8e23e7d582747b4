// Probes shared by the accessibility tests: axe-core in the page, the controls of every widget,
// the focused control and how visible its focus is, and Chromium's accessibility tree (CDP).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, root, Widget } from './harness.mjs';

/** The demo page's two widgets, by their article. */
export const TIES = 'article-embed[src*="closer-ties"]';
export const RELATIONS = 'article-embed[src*="relations"]';

/**
 * Opens the demo page (www/index.html) with the context `options`, waits until both widgets
 * show their article and installs the probes; `ties` and `relations` are their page objects.
 */
export async function openDemo(browser, origin, options = {}) {
  const p = await openPage(browser, origin + '/', options);
  const widgets = { ties: new Widget(p.page, TIES), relations: new Widget(p.page, RELATIONS) };
  for (const w of Object.values(widgets)) assert.equal(await w.settled(), 'mounted');
  await installProbes(p.page);
  return { ...p, ...widgets };
}

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core over the whole page (open shadow roots included), WCAG 2.0–2.2 A and AA.
 * Resolves to `{ violations, incomplete, passes, shadowNodes }`: violations as `{ id, nodes }`, and the ids of
 * the rules that needed review or passed.
 */
export async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async tags => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      violations: r.violations.map(v => ({ id: v.id, nodes: v.nodes.map(n => JSON.stringify(n.target)) })),
      incomplete: r.incomplete.map(v => v.id),
      passes: r.passes.map(v => v.id),
      // A node inside a shadow root has a target step that is itself a path (host, then inside).
      shadowNodes: r.passes.reduce((n, v) => n + v.nodes.filter(x => x.target.some(Array.isArray)).length, 0),
    };
  }, AXE_TAGS);
}

/**
 * In-page helpers, installed once per page as `window.__a11y`: the widgets' hosts, their
 * visible keyboard controls in DOM order, the focused element across shadow roots, and a
 * description of a control (which widget, which control, how its focus shows).
 */
export async function installProbes(page) {
  await page.evaluate(() => {
    if (window.__a11y) return;
    const CONTROLS = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"])';
    const hosts = () => [...document.querySelectorAll('article-embed')].filter(h => h.shadowRoot);
    const shown = el => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]');
    const controls = (r, disabled = false) => [...r.querySelectorAll(disabled ? CONTROLS.replace(/:not\(\[disabled\]\)/g, '') : CONTROLS)]
      .filter(shown);
    const deepActive = () => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a;
    };
    const rgba = s => {
      const m = s.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }) => {
      const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const contrast = (a, b) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    /** The first opaque background behind `el`, up to the widget's own box. */
    const backdrop = el => {
      for (let e = el; e; e = e.parentElement ?? e.getRootNode().host) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c && c.a === 1) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const describe = el => {
      const rootNode = el.getRootNode();
      const host = rootNode.host ?? null;
      const hostIndex = host ? hosts().indexOf(host) : -1;
      const index = host ? controls(rootNode).indexOf(el) : -1;
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' ? parseFloat(cs.outlineWidth) : 0;
      const ring = rgba(cs.outlineColor);
      const behind = backdrop(el.parentElement ?? el);
      const rect = el.getBoundingClientRect();
      // A link that wraps has several boxes: it is uncovered when the middle of one of them is its own.
      const hits = [...el.getClientRects()].map(b => (host ? rootNode : document)
        .elementFromPoint(b.left + b.width / 2, b.top + b.height / 2));
      return {
        hostIndex, index,
        tag: el.tagName.toLowerCase(),
        what: el.className || el.getAttribute('data-share') || el.tagName.toLowerCase(),
        focusVisible: el.matches(':focus-visible'),
        focus: el.matches(':focus'),
        outlineWidth: outline,
        outlineContrast: ring && outline ? contrast(ring, behind) : 0,
        boxShadow: cs.boxShadow !== 'none',
        inViewport: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
        unobscured: hits.some(hit => !!hit && (hit === el || el.contains(hit))),
      };
    };
    /** What is cut off or sticks out: the page scrolling sideways, widget parts outside the
     *  viewport or their widget, boxes that clip or scroll their content sideways. */
    const layoutProblems = () => {
      const out = [];
      const vw = document.documentElement.clientWidth;
      const sw = document.scrollingElement.scrollWidth;
      if (sw > vw + 1) out.push(`the page scrolls sideways: ${sw} > ${vw}`);
      hosts().forEach((h, hi) => {
        const r = h.shadowRoot;
        if (!r) return;
        const box = r.querySelector('.ae')?.getBoundingClientRect();
        for (const el of r.querySelectorAll('*')) {
          if (!shown(el) || el.closest('.ae-vh') || (el.closest('svg') && el.localName !== 'svg')) continue;
          // A table scrolls sideways in its own region (focusable, named): that is its design.
          if (el.parentElement?.closest('.ae-table')) continue;
          const b = el.getBoundingClientRect();
          if (b.width === 0 && b.height === 0) continue;
          const name = `widget ${hi} ${el.localName}.${el.getAttribute('class') ?? ''}`;
          if (b.left < -1 || b.right > vw + 1) out.push(`${name} is outside the viewport (${Math.round(b.left)}…${Math.round(b.right)} of ${vw})`);
          else if (box && (b.left < box.left - 1 || b.right > box.right + 1)) out.push(`${name} sticks out of its widget`);
          // A box narrower than its content clips it, scrolls it, or lets it spill over.
          const region = el.matches('.ae-table[role="region"][tabindex="0"]') && getComputedStyle(el).overflowX === 'auto';
          if (el.clientWidth > 0 && el.localName !== 'input' && !region && el.scrollWidth > el.clientWidth + 1) {
            out.push(`${name}: its content is wider than it (${el.scrollWidth} > ${el.clientWidth})`);
          }
        }
      });
      return out;
    };
    window.__a11y = { hosts, controls, shown, deepActive, describe, contrast, rgba, backdrop, layoutProblems };
  });
}

/**
 * Every widget's visible keyboard controls, in DOM order: `[[{ what, tag }…] per widget]`;
 * with `disabled`, the disabled ones too (they are not in the Tab order, but they are named).
 */
export async function widgetControls(page, { disabled = false } = {}) {
  await installProbes(page);
  return page.evaluate(d => window.__a11y.hosts().map(h => window.__a11y.controls(h.shadowRoot, d)
    .map(el => ({ tag: el.tagName.toLowerCase(), what: el.className || el.tagName.toLowerCase() }))), disabled);
}

/** What is cut off or scrolls sideways on the page and in its widgets (empty when nothing). */
export async function layoutProblems(page) {
  await installProbes(page);
  return page.evaluate(() => window.__a11y.layoutProblems());
}

/** The focused element, described (`hostIndex` -1 when focus is outside every widget). */
export async function focusedControl(page) {
  await installProbes(page);
  return page.evaluate(() => {
    const el = window.__a11y.deepActive();
    return el && el !== document.body ? window.__a11y.describe(el) : null;
  });
}

/** The focus indicator is there and can be seen: WCAG 2.4.7, 2.4.11 and 2.4.13's 3:1 ring. */
export function assertVisibleFocus(f, where) {
  // A video or audio element takes focus itself (its ring is ours), then passes it to the
  // browser's own controls inside it: a tree no page can look into, whose rings are the
  // browser's. Those stops are not measured here (ACCESSIBILITY.md says so).
  if ((f.tag === 'video' || f.tag === 'audio') && !f.focus) return;
  assert.ok(f.focusVisible, `${where}: :focus-visible matches`);
  assert.ok(f.outlineWidth >= 2 || f.boxShadow, `${where}: an outline of at least 2px (got ${f.outlineWidth}px)`);
  if (!f.boxShadow) assert.ok(f.outlineContrast >= 3, `${where}: the outline contrasts 3:1 with its background (got ${f.outlineContrast.toFixed(2)})`);
  assert.ok(f.inViewport, `${where}: in the viewport`);
  assert.ok(f.unobscured, `${where}: not covered by anything`);
}

/** Presses `key` until focus has passed every widget; returns the widget controls it stopped on. */
export async function walk(page, key, limit) {
  const stops = [];
  let seenWidget = false;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const f = await focusedControl(page);
    if (f?.hostIndex >= 0) {
      seenWidget = true;
      assertVisibleFocus(f, `stop ${i} (widget ${f.hostIndex}, ${f.what})`);
      // A video or audio element and the browser's controls inside it: checked above, and
      // not one of the widget's own controls (`controls()` does not list them).
      if (f.tag === 'video' || f.tag === 'audio') continue;
      stops.push(f);
    } else if (seenWidget) {
      return { stops, left: true };
    }
  }
  return { stops, left: false };
}

const CONTROL_ROLES = new Set(['link', 'button', 'checkbox', 'radio', 'switch', 'textbox', 'searchbox', 'combobox',
  'DisclosureTriangle', 'menuitem', 'tab', 'slider', 'spinbutton', 'Iframe', 'region']);

/**
 * The controls Chromium's accessibility tree holds inside the widgets' shadow roots, from CDP
 * `Accessibility.getFullAXTree` mapped to the DOM (`DOM.getDocument` with `pierce`):
 * `{ hostIndex, role, name, attrs, lang, within }`, where `attrs` are the DOM element's attributes,
 * `lang` its nearest `lang` in the widget and `within` its ancestors' classes.
 */
export async function axControls(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const byId = new Map();
    const hostOrder = [];
    const visit = (node, parent) => {
      const entry = { node, parent, attrs: Object.fromEntries(pairs(node.attributes ?? [])) };
      byId.set(node.backendNodeId, entry);
      if (node.nodeName === 'ARTICLE-EMBED') hostOrder.push(node.backendNodeId);
      for (const c of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(c, entry);
      if (node.contentDocument) visit(node.contentDocument, entry);
    };
    visit(doc, null);
    await cdp.send('Accessibility.enable');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const out = [];
    for (const n of nodes) {
      if (n.ignored || !CONTROL_ROLES.has(n.role?.value) || n.backendDOMNodeId == null) continue;
      const entry = byId.get(n.backendDOMNodeId);
      if (!entry) continue;
      // A region is a control only where it takes focus (a table's scrolling region).
      if (n.role.value === 'region' && entry.attrs.tabindex !== '0') continue;
      let lang = null, host = null, media = false;
      const within = [];
      for (let e = entry; e; e = e.parent) {
        if (lang === null && e.attrs.lang != null) lang = e.attrs.lang;
        if (e !== entry && e.attrs.class) within.push(...e.attrs.class.split(' '));
        // The browser's own controls inside a video or audio element are not the widget's.
        if (e !== entry && (e.node.nodeName === 'VIDEO' || e.node.nodeName === 'AUDIO')) media = true;
        if (e.node.shadowRootType && e.parent?.node.nodeName === 'ARTICLE-EMBED') { host = e.parent.node.backendNodeId; break; }
      }
      if (host == null || media) continue;
      out.push({ hostIndex: hostOrder.indexOf(host), role: n.role.value, name: n.name?.value ?? '', attrs: entry.attrs, lang, within });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

function* pairs(flat) { for (let i = 0; i < flat.length; i += 2) yield [flat[i], flat[i + 1]]; }

/** Text without bidi isolation marks and with spaces collapsed, as names are compared. */
export const plain = s => s.replace(/[\u2068\u2069\u200b]/g, '').replace(/\s+/g, ' ').trim();

/** A catalogue message as a pattern: each `{ $placeholder }` matches any text. */
export function messagePattern(message) {
  const parts = message.split(/\{\s*\$\w+\s*\}/).map(p => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp('^' + parts.join('.+') + '$');
}
