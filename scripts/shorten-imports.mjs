// Shortens the names the wasm imports its JS functions by. wasm-bindgen names each import
// `__wbg_<method>_<16 hex digits>` under the module "./article_embed_bg.js"; the hashes do not
// compress, and each name is shipped twice (wasm import section and glue object key). Renaming
// them to base-36 counters in both files saves about 3 KB gzipped, with no change in behaviour.

const GLUE_MODULE = './article_embed_bg.js';

const readLeb = (b, p) => {
  let r = 0, s = 0, x;
  do { x = b[p++]; r += (x & 127) * 2 ** s; s += 7; } while (x & 128);
  return [r, p];
};
const leb = n => {
  const o = [];
  do { let x = n % 128; n = Math.floor(n / 128); if (n) x |= 128; o.push(x); } while (n);
  return Buffer.from(o);
};
const name = s => { const e = Buffer.from(s, 'utf8'); return Buffer.concat([leb(e.length), e]); };

/** Rewrites the import section of `wasm` (a Buffer); returns the new bytes and the renames. */
function renameWasmImports(wasm, shortModule) {
  const parts = [wasm.subarray(0, 8)];
  const renames = new Map();
  let p = 8;
  while (p < wasm.length) {
    const id = wasm[p];
    const [size, start] = readLeb(wasm, p + 1);
    const end = start + size;
    if (id !== 2) { parts.push(wasm.subarray(p, end)); p = end; continue; }
    let q;
    let count;
    [count, q] = readLeb(wasm, start);
    const body = [leb(count)];
    for (let i = 0; i < count; i++) {
      let len;
      [len, q] = readLeb(wasm, q);
      const mod = wasm.toString('utf8', q, q + len); q += len;
      [len, q] = readLeb(wasm, q);
      const field = wasm.toString('utf8', q, q + len); q += len;
      const descStart = q;
      const kind = wasm[q++];
      if (kind === 0) [, q] = readLeb(wasm, q); // function: type index
      else if (kind === 1) { q++; const f = wasm[q++]; [, q] = readLeb(wasm, q); if (f & 1) [, q] = readLeb(wasm, q); } // table
      else if (kind === 2) { const f = wasm[q++]; [, q] = readLeb(wasm, q); if (f & 1) [, q] = readLeb(wasm, q); } // memory
      else if (kind === 3) q += 2; // global: value type, mutability
      else throw new Error(`import ${mod}.${field}: unknown kind ${kind}`);
      let newField = field;
      if (mod === GLUE_MODULE) {
        newField = `_${renames.size.toString(36)}`;
        renames.set(field, newField);
      }
      body.push(name(mod === GLUE_MODULE ? shortModule : mod), name(newField), wasm.subarray(descStart, q));
    }
    if (q !== end) throw new Error('import section: unexpected trailing bytes');
    const section = Buffer.concat(body);
    parts.push(Buffer.from([2]), leb(section.length), section);
    p = end;
  }
  return { wasm: Buffer.concat(parts), renames };
}

/**
 * Renames the imports in the wasm and the matching keys in wasm-bindgen's `--target web` glue.
 * Throws when the glue does not hold each name exactly once as a key, so a change in
 * wasm-bindgen's output fails the build instead of shipping a broken pair.
 */
export function shortenImports(wasm, glue, shortModule = 'a') {
  const { wasm: out, renames } = renameWasmImports(wasm, shortModule);
  let js = glue;
  for (const [from, to] of renames) {
    const key = new RegExp(`(^|[\\s{,])${from}:`, 'g');
    const hits = js.match(key)?.length ?? 0;
    if (hits !== 1) throw new Error(`glue: import ${from} found ${hits} times as a key`);
    js = js.replace(key, `$1${to}:`);
  }
  const moduleKey = `"${GLUE_MODULE}":`;
  if (js.split(moduleKey).length !== 2) throw new Error(`glue: module key ${moduleKey} not found once`);
  js = js.replace(moduleKey, `"${shortModule}":`);
  new WebAssembly.Module(out); // still a valid module
  return { wasm: out, glue: js, count: renames.size };
}
