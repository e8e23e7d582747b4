// The WebAssembly features the Rust wasm32 target emits (post-MVP since Rust 1.82), which
// wasm-opt must be told to accept. One list for the build and the benchmark's size section.
export const WASM_FEATURES = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'];
/** The list as wasm-opt flags. */
export const wasmOptFeatureFlags = () => WASM_FEATURES.map(f => `--enable-${f}`);
