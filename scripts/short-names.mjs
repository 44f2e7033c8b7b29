// Shortens the names by which wasm-bindgen's glue and the WebAssembly know
// each other, for the release build (scripts/finish-build.mjs).
//
// wasm-bindgen names every import after the function it binds plus a
// 16-digit hash (`__wbg_getElementById_7ee213db584f37b0`), and each closure
// shim export after its full Rust path plus hashes. Every name is written
// twice, in the glue and in the WebAssembly, and the hashes are random
// digits, which no compressor can shrink: some 5 KB of the first load's
// gzip. Here each import becomes a short name (`a`, `b`, … `aa`, …) and each
// hashed export one starting with `x`, in both files at once. Nothing else
// changes: the names only ever pair a glue function with its WebAssembly
// import or export.
//
// The glue must be the minified one: there each name occurs only where it
// pairs the two (an import's key in the imports object, `wasm.name` for an
// export). A name the glue does not hold stops the build rather than ship a
// WebAssembly that cannot start.
//
// A function that needs no conversion either way (web/on-demand.js's
// fillPanel, which takes an element) is imported by the WebAssembly straight
// from wasm-bindgen's copy of its module under snippets/, by the name that
// module exports: such imports keep their names.

/** A short name for number `i`: a…z, A…Z, then two letters and so on. */
function shortName(i) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  do {
    name += letters[i % letters.length];
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return name;
}

/** Reads the parts of a WebAssembly binary this needs. */
class Cursor {
  constructor(bytes, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }
  /** An unsigned LEB128 number. */
  number() {
    let value = 0;
    let scale = 1;
    let byte;
    do {
      byte = this.bytes[this.at++];
      value += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    return value;
  }
  /** A name: its length, then its UTF-8. */
  name() {
    const length = this.number();
    const text = this.bytes.subarray(this.at, this.at + length).toString("utf8");
    this.at += length;
    return text;
  }
  /** The bytes from `start` to here. */
  since(start) {
    return this.bytes.subarray(start, this.at);
  }
}

/** `value` as unsigned LEB128 bytes. */
function number(value) {
  const bytes = [];
  do {
    const low = value % 128;
    value = Math.floor(value / 128);
    bytes.push(value ? low | 0x80 : low);
  } while (value);
  return Buffer.from(bytes);
}

/** `text` as a WebAssembly name. */
const name = (text) => Buffer.concat([number(Buffer.byteLength(text)), Buffer.from(text)]);

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;
const FUNCTION = 0;
/** An export named with wasm-bindgen's hashes. */
const HASHED = /[0-9a-f]{16}/;

/** Whether an import from `module` is one of the glue's own (not one taken
 * straight from a snippet's exports, whose name is the snippet's). */
const renamable = (module) => !module.startsWith("./snippets/");

/** The names of the module's imports from the glue. */
function importNames(wasm) {
  const names = [];
  const cursor = new Cursor(wasm, 8);
  while (cursor.at < wasm.length) {
    const id = wasm[cursor.at++];
    const end = cursor.number() + cursor.at;
    if (id === IMPORT_SECTION) {
      for (let count = cursor.number(); count > 0; count--) {
        const module = cursor.name();
        const field = cursor.name();
        if (wasm[cursor.at++] !== FUNCTION) throw new Error(`short-names: the import ${field} is not a function`);
        cursor.number();
        if (renamable(module)) names.push(field);
      }
    }
    cursor.at = end;
  }
  return names;
}

/**
 * The WebAssembly (a Buffer) and its minified glue (a string) with short
 * import and export names. Throws if the module imports anything but
 * functions, or if a name is missing from the glue.
 */
export function shortenNames(wasm, glue) {
  const renamed = new Map();
  // Short names in the order the glue lists the imports (alphabetical):
  // keys a, b, c… in turn compress a little better than in a jumble.
  const order = importNames(wasm).sort((a, b) => glue.indexOf(a) - glue.indexOf(b));
  for (const field of order) renamed.set(field, shortName(renamed.size));
  const exportNames = new Set();
  const parts = [wasm.subarray(0, 8)];
  const cursor = new Cursor(wasm, 8);
  while (cursor.at < wasm.length) {
    const start = cursor.at;
    const id = wasm[cursor.at++];
    const end = cursor.number() + cursor.at;
    if (id === IMPORT_SECTION) {
      const count = cursor.number();
      const body = [number(count)];
      for (let i = 0; i < count; i++) {
        const module = cursor.name();
        const field = cursor.name();
        const described = cursor.at;
        cursor.at++;
        cursor.number();
        body.push(name(module), name(renamable(module) ? renamed.get(field) : field), cursor.since(described));
      }
      const bytes = Buffer.concat(body);
      parts.push(Buffer.from([id]), number(bytes.length), bytes);
    } else if (id === EXPORT_SECTION) {
      const count = cursor.number();
      const body = [number(count)];
      for (let i = 0; i < count; i++) {
        let field = cursor.name();
        const described = cursor.at;
        cursor.at++;
        cursor.number();
        if (HASHED.test(field)) {
          const short = `x${shortName(renamed.size)}`;
          renamed.set(field, short);
          field = short;
        }
        if (exportNames.has(field)) throw new Error(`short-names: two exports would be named ${field}`);
        exportNames.add(field);
        body.push(name(field), cursor.since(described));
      }
      const bytes = Buffer.concat(body);
      parts.push(Buffer.from([id]), number(bytes.length), bytes);
    } else {
      parts.push(wasm.subarray(start, end));
    }
    cursor.at = end;
  }
  for (const [long, short] of renamed) {
    const whole = new RegExp(`(?<![\\w$])${long}(?![\\w$])`, "g");
    let found = 0;
    glue = glue.replace(whole, () => {
      found++;
      return short;
    });
    if (found === 0) throw new Error(`short-names: the glue does not name ${long}`);
  }
  return { wasm: Buffer.concat(parts), glue };
}
