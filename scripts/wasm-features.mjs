// The post-MVP wasm features the Rust wasm32 target emits, as wasm-opt flags: the build and the
// benchmark's size breakdown optimise with the same list.
export const WASM_OPT_FEATURES = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue']
  .map(f => `--enable-${f}`);
