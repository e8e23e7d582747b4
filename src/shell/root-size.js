// The widget's own root size. Its stylesheet is written in `rem`, which is the host page's root
// font size: a page with `html { font-size: 62.5% }` would shrink the widget. scripts/build.mjs
// rewrites each `<n>rem` of the stylesheet as `calc(<n> * var(--ae-rem))` and adds
// `:host { font-size: medium !important; --ae-rem: 1em }` (an important declaration inside the
// shadow tree wins over the page's). Registered as a length, `--ae-rem` is computed there, on
// the host, to the reader's default font size, and inherited as such into the widget.
// Bundled into the glue by scripts/build.mjs; runs when the glue is imported.
try {
  CSS.registerProperty({ name: '--ae-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
} catch {
  // Registered already, by another copy of the widget on the page.
}
