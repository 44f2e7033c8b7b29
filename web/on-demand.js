// The widget's doors to code fetched only when a reader needs it: the
// Download panel's files (download.js), and for a data file its fetch and
// the editor module that reads it (data-file.js). wasm-bindgen copies this file to
// snippets/<crate>-<hash>/web/, three folders below the build's root.
const root = new URL("../../../", import.meta.url);

/** Makes the file the `[data-download]` button under `click` asks for
 * (see src/browser/download.rs); a click elsewhere does nothing. */
export function startDownload(click, ...rest) {
  const button = click.target.closest("[data-download]");
  if (!button) return Promise.resolve();
  return import(new URL("download.js", root).href).then((m) => m.download(button, ...rest));
}

/** Loads the data file at `address` (data-file.js, fetched on first use,
 * says how); the promise's `cancel()` stops the download. */
export function loadDataFile(address) {
  const controller = new AbortController();
  const loading = import(new URL("data-file.js", root).href).then((m) =>
    m.loadDataFile(address, root.href, controller.signal),
  );
  loading.cancel = () => controller.abort();
  return loading;
}
