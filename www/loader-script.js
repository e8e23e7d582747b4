// The classic script a host page includes (built into dist/loader.js, an IIFE): the loader
// (www/loader.js) with the widget's files found relative to this script's own URL, so that
// dist/ works from any origin or path: the content-hashed ones by the names scripts/build.mjs
// writes in place of __MANIFEST__, the fixed ones (embed.html) as they are.
import { start } from './loader.js';

// Read now: once this script has run, document.currentScript is another script or null.
const base = new URL('.', document.currentScript?.src || document.baseURI).href;
const manifest = __MANIFEST__;
start(name => base + (manifest[name] || name), lang => base + manifest.i18n + lang + '.json');
