// Types for pages that use article-embed: `window.ArticleEmbed`, the `<article-embed>`
// element's attributes and every event's `detail`; and the npm package's module
// (`import { mount } from 'article-embed'`), whose `types` this file is. With the CDN's loader,
// reference it from TypeScript with `/// <reference path="…/article-embed.d.ts" />` or list it
// in `tsconfig.json`'s `files`. tests/types.test.mjs type-checks a page against it and checks
// its lists against the code; tests/package.test.mjs type-checks a module importing the package.

/**
 * A share target, in the order the `share` attribute gives them. Every one but `threads` is in
 * the default set. `mastodon` asks the reader for their server once (needs script: a
 * prerendered snippet leaves it out, as it does `native` and `copy`).
 */
export type ArticleEmbedShareTarget =
  | 'native' | 'facebook' | 'x' | 'linkedin' | 'whatsapp' | 'telegram' | 'reddit' | 'bluesky' | 'threads'
  | 'mastodon' | 'email' | 'copy';

/**
 * Why an article could not be shown (`load`: the widget's own code could not start;
 * `unsupported`: this browser lacks what the widget needs, and nothing was downloaded).
 */
export type ArticleEmbedErrorKind = 'missing-src' | 'not-found' | 'network' | 'timeout' | 'invalid' | 'load' | 'unsupported';

/** Who passed a consent decision. */
export type ArticleEmbedConsentSource = 'banner' | 'tcf' | 'host' | 'url' | 'app';

/** A consent decision, per category. */
export interface ArticleEmbedChoices {
  /** The ad slot's creative may load (a third-party frame). */
  advertising?: boolean;
  /** Embedded content: a third party's player (YouTube, Vimeo) may load when the reader clicks its facade. */
  media?: boolean;
}

/** `article-embed:mounted`: the article is shown (or hydrated, for a prerendered snippet). */
export interface ArticleEmbedMountedDetail { lang: string; mode?: 'iframe' }
/** `article-embed:error`: the article cannot be shown; the element shows a message and a link. */
export interface ArticleEmbedErrorDetail { kind: ArticleEmbedErrorKind; message: string; src?: string; mode?: 'iframe' }
/** `article-embed:language`: the reader switched language. */
export interface ArticleEmbedLanguageDetail { lang: string }
/** `article-embed:consent`: a decision reached the widgets. */
export interface ArticleEmbedConsentDetail { advertising: boolean; media: boolean; source: ArticleEmbedConsentSource; revision: string }
/**
 * `article-embed:share`, cancelable: `preventDefault()` takes the share over. For `mastodon`,
 * fired on the reader's first click, before the widget asks for their server (or, when they
 * change a remembered server, as they share to the new one).
 */
export interface ArticleEmbedShareDetail { network: ArticleEmbedShareTarget; url: string; title: string; lang: string }
/** `article-embed:expand`: the reader expanded an article cut by `max-height` ("Continue reading"). */
export interface ArticleEmbedExpandDetail { lang: string }

/** Every event, by name, as `addEventListener` sees it. They bubble and are composed. */
export interface ArticleEmbedEventMap {
  'article-embed:mounted': CustomEvent<ArticleEmbedMountedDetail>;
  'article-embed:error': CustomEvent<ArticleEmbedErrorDetail>;
  'article-embed:language': CustomEvent<ArticleEmbedLanguageDetail>;
  'article-embed:consent': CustomEvent<ArticleEmbedConsentDetail>;
  'article-embed:share': CustomEvent<ArticleEmbedShareDetail>;
  'article-embed:expand': CustomEvent<ArticleEmbedExpandDetail>;
}

/** The options of `ArticleEmbed.mount`; each overrides the element's attribute of that name. */
export interface ArticleEmbedOptions {
  src?: string;
  lang?: string;
  share?: string;
  shareParams?: string;
  adAfter?: number;
  adSrc?: string;
  adWidth?: number;
  adHeight?: number;
  consent?: 'host';
  consentRevision?: string;
  timeout?: number;
  maxHeight?: number;
}

/** The element's attributes (all strings in HTML), for JSX and templates. */
export interface ArticleEmbedAttributes {
  /** URL of the article document. Required. */
  src: string;
  /** Wanted article language (BCP 47). */
  lang?: string;
  /** `light` or `dark`; else the reader's system setting. */
  theme?: 'light' | 'dark';
  /** Share targets and their order, e.g. `"native, x, email, copy"`. */
  share?: string;
  /** Query parameters added to shared URLs, e.g. `"utm_source=blog"`. */
  'share-params'?: string;
  /** Ad slot after this many paragraphs; `0` removes it. */
  'ad-after'?: number | string;
  'ad-src'?: string;
  'ad-width'?: number | string;
  'ad-height'?: number | string;
  /** `host`: the page manages consent and passes decisions in. */
  consent?: 'host';
  'consent-revision'?: string;
  /** `url`: take consent from `?article-embed-consent=` on this page's URL. */
  'consent-sources'?: string;
  /** Parent origins allowed to pass consent in by message. */
  'consent-origins'?: string;
  /** ms before a document that does not arrive is reported. */
  timeout?: number | string;
  /** Expected height in CSS px, reserved before the article is shown. */
  height?: number | string;
  /**
   * "Continue reading": show about this many CSS px of the article, cut at a block boundary, the
   * rest behind a button that expands it in place (`article-embed:expand`). `data-max-height` on
   * the one-tag script, `max-height=` on the embed page's URL.
   */
  'max-height'?: number | string;
  /** `iframe`: the article's page in an iframe instead of the widget on this page. */
  mode?: 'iframe';
  /** With `mode="iframe"`: the published `embed/<lang>.html` to frame (else the loader's `embed.html`). */
  embed?: string;
  /**
   * A pinned fragment, from an embed code of `article-embed publish` (`embed-codes.json`): the URL
   * of `fragment/<lang>.html`, painted before any wasm if its bytes match `integrity`.
   */
  fragment?: string;
  /** With `fragment`: its `sha384-…`; any other bytes are refused and the document is rendered instead. */
  integrity?: string;
  /** Set by `article-embed render`, or by the loader once it painted a pinned fragment: the element holds a prerendered article to hydrate. */
  'data-prerendered'?: '' | true;
}

/** The `<article-embed>` element. */
export interface ArticleEmbedElement extends HTMLElement {
  addEventListener<K extends keyof ArticleEmbedEventMap>(type: K,
    listener: (this: ArticleEmbedElement, ev: ArticleEmbedEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ArticleEmbedEventMap>(type: K,
    listener: (this: ArticleEmbedElement, ev: ArticleEmbedEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions): void;
}

/** `window.ArticleEmbed`, set by the loader. */
export interface ArticleEmbedApi {
  /** Mounts (or mounts again) a widget on any element; resolves when it shows the article or its error. */
  mount(element: Element, options?: ArticleEmbedOptions): Promise<void>;
  /** Unmounts the widget on `element`; whether there was one. */
  unmount(element: Element): Promise<boolean>;
  /** Passes the host page's consent decision to every widget (source `host`), and to the pages of `mode="iframe"` embeds (source `app` there). */
  consent(choices: ArticleEmbedChoices): Promise<void>;
  /** The last decision passed to `consent()`, if any. */
  readonly given?: ArticleEmbedChoices;
  /** The API's version. */
  readonly version: 1;
}

/** `window.ArticleEmbedFrame`, set by the frame script of the embed and card pages: what an app sends in. */
export interface ArticleEmbedFrameApi {
  /**
   * A message from the app, as an object or its JSON: `{ ns: 'article-embed', v: 1, type: 'consent', advertising }`
   * or `{ ns: 'article-embed', v: 1, type: 'language', lang }`. Whether it was taken.
   */
  receive(message: string | ArticleEmbedAppMessage): boolean;
  readonly version: 1;
}

/** A message from the app to the page. */
export type ArticleEmbedAppMessage =
  | { ns: 'article-embed'; v: 1; type: 'consent'; advertising: boolean }
  | { ns: 'article-embed'; v: 1; type: 'language'; lang: string };

/**
 * The npm package's exports (`import { mount } from 'article-embed'`): `window.ArticleEmbed`'s
 * functions. Importing the module registers `<article-embed>`; where there is no document
 * (server-side rendering) it does nothing and these reject.
 */
export declare const mount: ArticleEmbedApi['mount'];
export declare const unmount: ArticleEmbedApi['unmount'];
export declare const consent: ArticleEmbedApi['consent'];

declare global {
  interface Window { ArticleEmbed?: ArticleEmbedApi; ArticleEmbedFrame?: ArticleEmbedFrameApi }
  interface HTMLElementTagNameMap { 'article-embed': ArticleEmbedElement }
  interface DocumentEventMap extends ArticleEmbedEventMap {}
  interface HTMLElementEventMap extends ArticleEmbedEventMap {}
}
