// How the build compresses its files, in one place: the post-build hook
// writes the copies a host sends (X.gz, X.br) with these settings, and the
// size report measures the first load with the same ones.
import { extname } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip as gzipCallback } from "node:zlib";

/** The extensions a host compresses (images such as PNG already are). */
export const compressible = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".csv", ".svg", ".txt", ".xml"]);

const gzipAsync = promisify(gzipCallback);
const brotliAsync = promisify(brotliCompress);

/** `body` at gzip's level 9. */
export const gzip = (body) => gzipAsync(body, { level: 9 });

/** `body` at brotli's best: quality 11, a 16 MiB window, text mode unless
 * `name` is WebAssembly. */
export const brotli = (body, name) =>
  brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_MODE]: extname(name) === ".wasm" ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
