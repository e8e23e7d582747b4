// Builds the deployable dist/: loader.js, embed.html and embed-page.js, plus content-hashed glue, wasm, css, UI catalogues and the frame scripts;
// and esm/, the same files as the npm package's ES module gives them to bundlers.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { shortenImports } from './shorten-imports.mjs';
import { WASM_OPT_FEATURES } from './wasm-features.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const tmp = join(root, 'target', 'web');
const run = cmd => execSync(cmd, { stdio: 'inherit', cwd: root });
const hash = buf => createHash('sha256').update(buf).digest('hex').slice(0, 10);

/**
 * wasm-bindgen's glue (the text `glue`) with what the loader reaches through it besides the
 * wasm's own exports, from the shell's JS (esbuild bundles it into the glue below):
 * - `trustedHtml` (src/shell/trusted-types.js): the loader hands over the Trusted Types policy
 *   it made;
 * - `early` (src/shell/requests.js): the loader starts the first render's requests (taking over
 *   its own request for the article), given the languages with a UI catalogue (`ui`: the file
 *   stems of locales/).
 * Both are wasm-bindgen's copies of the shell's snippets, in the one folder
 * target/web/snippets/<crate>-<hash>/. If the glue's shape is not that, this throws, saying what
 * it found, rather than write a glue the loader cannot use.
 */
function withShellExports(glue, ui) {
  const unexpected = what => new Error(`build: wasm-bindgen's output is not what build.mjs patches: ${what}`);
  const read = file => {
    try { return readFileSync(join(tmp, file), 'utf8'); } catch (e) { throw unexpected(`no target/web/${file} (${e.code})`); }
  };
  let folders;
  try { folders = readdirSync(join(tmp, 'snippets')); } catch (e) { throw unexpected(`no target/web/snippets/ (${e.code})`); }
  if (folders.length !== 1) throw unexpected(`${folders.length} folders in target/web/snippets/, one expected: ${folders}`);
  const snippets = `snippets/${folders[0]}/src/shell/`;
  for (const [file, name] of [['trusted-types.js', 'trustedHtml'], ['requests.js', 'early']]) {
    if (!new RegExp(`^export (function|const) ${name}\\b`, 'm').test(read(snippets + file))) {
      throw unexpected(`target/web/${snippets}${file} exports no \`${name}\``);
    }
  }
  // A snippet function wasm-bindgen imports as it is (no conversion) comes from the module's
  // namespace object, which esbuild builds with a for-in over it: a page's enumerable
  // Object.prototype members then break the glue ("Getter must be a function"). Each snippet
  // function takes an argument that needs a shim (src/shell/cut.js says how).
  const star = /import \* as \w+ from ["']\.\/snippets\//.exec(glue);
  if (star) throw unexpected(`the glue imports a shell snippet as a namespace (${star[0]}…): give its functions an argument wasm-bindgen converts`);
  // The init the loader calls (`m.default`).
  if (!/\b__wbg_init as default\b/.test(glue)) throw unexpected('the glue has no `__wbg_init as default` export');
  return `${glue}\nexport { trustedHtml } from './${snippets}trusted-types.js';\n`
    + `import { early as e } from './${snippets}requests.js';
`
    + `export const early = (o, urlOf, started) => e(o, urlOf, ${JSON.stringify(ui)}, started);
`;
}

// Panic locations name source paths: map this machine's cargo home away (smaller, and no
// local path ends up in the published wasm).
const cargoHome = process.env.CARGO_HOME || join(homedir(), '.cargo');
const remap = `--remap-path-prefix=${join(cargoHome, 'registry', 'src')}=crates --remap-path-prefix=${root}=.`;
execSync('cargo build --lib --release --target wasm32-unknown-unknown', {
  stdio: 'inherit', cwd: root,
  env: { ...process.env, CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: remap },
});
rmSync(tmp, { recursive: true, force: true });
run(`wasm-bindgen --target web --no-typescript --out-dir target/web --out-name article_embed target/wasm32-unknown-unknown/release/article_embed.wasm`);
{
  const wasmFile = join(tmp, 'article_embed_bg.wasm'), glueFile = join(tmp, 'article_embed.js');
  const short = shortenImports(readFileSync(wasmFile), readFileSync(glueFile, 'utf8'));
  writeFileSync(wasmFile, short.wasm);
  const ui = readdirSync(join(root, 'locales')).filter(f => f.endsWith('.ftl')).map(f => f.slice(0, -4)).sort();
  writeFileSync(glueFile, withShellExports(short.glue, ui));
}
const features = WASM_OPT_FEATURES.join(' ');
// Measured (bench/history/2026-11.md): flatten + rereloop before -Oz, and --low-memory-unused, save
// ~0.9 KB gzipped over plain -Oz. The latter is sound here: Rust's stack sits below 1 MiB and
// grows down, the data above it, so the first 1 KB is only reached by a 1 MiB-deep stack.
// --merge-similar-functions first (one body for functions that differ in constants, such as
// the monomorphized copies of the validator's and renderer's helpers): −465 B gzipped, measured
// with issue 22's block kinds and issue 24's kit (−44 B before them); a third -Oz in the
// converging round: −512 B more (the same bytes raw, but its locals' numbering compresses
// better; −590 B alone). 90,900 → 89,923 B.
run(`node_modules/.bin/wasm-opt --low-memory-unused --merge-similar-functions --flatten --rereloop -Oz -Oz -Oz --converge ${features} --strip-debug --strip-producers target/web/article_embed_bg.wasm -o target/web/article_embed_bg.opt.wasm`);
run('cargo run --quiet --bin compile-catalogs -- locales target/web/i18n');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const put = (name, buf) => {
  const [stem, ext] = [name.slice(0, name.indexOf('.')), name.slice(name.indexOf('.'))];
  const out = `${stem}.${hash(buf)}${ext}`;
  writeFileSync(join(dist, out), buf);
  return out;
};
const wasm = put('article-embed.wasm', readFileSync(join(tmp, 'article_embed_bg.opt.wasm')));
// Minified with esbuild: the glue, the loader and the css are bytes every host pays for.
const minify = (file, args) => execSync(`node_modules/.bin/esbuild ${file} --minify --log-level=warning ${args}`, { cwd: root });
const js = put('article-embed.js', minify('target/web/article_embed.js', '--format=esm --bundle'));
// Sizes in the widget's own rem, not the host page's (src/publish/css.rs says how; the loader
// registers --ae-rem): the same rewrite the prerendered pages carry, so that hydration moves nothing.
writeFileSync(join(tmp, 'widget.css'), execSync('cargo run --quiet --bin root-sized-css', { cwd: root }));
const css = put('article-embed.css', minify('target/web/widget.css', ''));
// The catalogues share one hashed folder: one hash in the loader covers them all.
const i18nSrc = join(tmp, 'i18n');
const files = readdirSync(i18nSrc).sort();
const i18n = `i18n.${hash(files.map(f => f + readFileSync(join(i18nSrc, f))).join('\n'))}`;
cpSync(i18nSrc, join(dist, i18n), { recursive: true });
// The loader's mode="iframe" (fetched only by an embed that asks for it), and the script of the
// embed page (www/frame.js: height messages and app bridges), both content-hashed like the rest:
// only loader.js and embed.html keep fixed names (the URLs hosts and apps write).
const iframe = put('iframe.js', minify('www/iframe-mode.js', '--format=esm'));
// The embed page's frame script also follows the framing page's TCF CMP (www/frame-tcf.js),
// which the prerendered pages (frame.js inline, no ad slot) do not need.
const frame = put('frame.js', Buffer.concat(['www/frame.js', 'www/frame-tcf.js'].map(f => minify(f, '--legal-comments=inline'))));
const manifest = { js, wasm, css, i18n: `${i18n}/`, iframe };
// The classic loader: www/loader.js with its entry for a script tag (www/loader-script.js),
// bundled into one IIFE; the entry finds the files by the manifest, written in here.
const loaderSource = minify('www/loader-script.js', '--bundle --format=iife --legal-comments=inline').toString();
if (loaderSource.split('__MANIFEST__').length !== 2) throw new Error('build: the bundled loader does not name __MANIFEST__ exactly once');
writeFileSync(join(dist, 'loader.js'), loaderSource.replace('__MANIFEST__', JSON.stringify(manifest)));
// The embed page, for iframes and webviews (dist/embed.html?article=…&lang=…).
const embedPage = readFileSync(join(root, 'www', 'embed.html'), 'utf8');
if (!embedPage.includes('<script src="frame.js">')) throw new Error('www/embed.html: no <script src="frame.js"> to point at the hashed frame script');
writeFileSync(join(dist, 'embed.html'), embedPage.replace('<script src="frame.js">', `<script src="${frame}">`));
// The script of publish's "Embed this article" pages, which name it beside the loader: a fixed
// name, like the loader's. Never loaded by the widget.
writeFileSync(join(dist, 'embed-page.js'), minify('www/embed-page.js', '--format=esm --legal-comments=inline'));
// Types for host pages written in TypeScript (window.ArticleEmbed, the element, the events).
cpSync(join(root, 'www', 'article-embed.d.ts'), join(dist, 'article-embed.d.ts'));
writeFileSync(join(dist, 'manifest.json'), JSON.stringify({ ...manifest, languages: files.map(f => f.replace('.json', '')) }, null, 2));
console.log(`build: dist/ written: loader.js ${js} ${wasm} ${css} ${i18n}/ (${files.length} catalogues), ${iframe}, ${frame}, embed.html, embed-page.js`);
writePackageFolder({ js, wasm, css, iframe, i18n: i18nSrc, catalogues: files });

/**
 * esm/, what the npm package gives bundlers (`npm pack` takes it, with dist/: package.json's
 * `files`): the entry www/loader-module.js as index.js and the loader as written (a bundler
 * takes them into its module graph), the files the entry names by URL (the same glue, wasm,
 * css, mode="iframe" and catalogues as dist/, minified, under plain names: a bundler copies
 * them as they are and hashes them itself), catalogues.js with one literal URL per catalogue,
 * and the types.
 */
function writePackageFolder({ js, wasm, css, iframe, i18n, catalogues }) {
  const esm = join(root, 'esm');
  rmSync(esm, { recursive: true, force: true });
  mkdirSync(join(esm, 'i18n'), { recursive: true });
  const copy = (from, to) => cpSync(from, join(esm, to));
  copy(join(root, 'www', 'loader-module.js'), 'index.js');
  copy(join(root, 'www', 'loader.js'), 'loader.js');
  copy(join(dist, iframe), 'iframe-mode.js');
  copy(join(root, 'www', 'article-embed.d.ts'), 'article-embed.d.ts');
  copy(join(dist, js), 'article-embed.js');
  copy(join(dist, wasm), 'article-embed.wasm');
  copy(join(dist, css), 'article-embed.css');
  for (const f of catalogues) copy(join(i18n, f), join('i18n', f));
  const urls = catalogues.map(f => `  ${JSON.stringify(f.replace('.json', ''))}: new URL('./i18n/${f}?no-inline', import.meta.url),`);
  writeFileSync(join(esm, 'catalogues.js'), '// The UI catalogues, one URL each, that bundlers follow (written by scripts/build.mjs;\n'
    + '// ?no-inline: see index.js).\n'
    + `export default {\n${urls.join('\n')}\n};\n`);
  console.log(`build: esm/ written (the npm package's module: index.js, ${catalogues.length} catalogues)`);
}
