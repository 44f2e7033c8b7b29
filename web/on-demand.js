// The widget's doors to code fetched only when a reader needs it: the
// Download panel's files (download.js) and the editor module that reads
// data files (editor/). wasm-bindgen copies this file to
// snippets/<crate>-<hash>/web/, three folders below the build's root.
const root = new URL("../../../", import.meta.url);

/** Makes the file the `[data-download]` button under `click` asks for
 * (see src/browser/download.rs); a click elsewhere does nothing. */
export function startDownload(click, ...rest) {
  const button = click.target.closest("[data-download]");
  if (!button) return Promise.resolve();
  return import(new URL("download.js", root).href).then((m) => m.download(button, ...rest));
}

let editor;

/** Reads a data file with the editor module, loaded once; a failed load is
 * forgotten, so the next data file tries again (see src/browser/fetch.rs). */
export function readDataFile(text) {
  editor ??= import(new URL("editor/departures-editor.js", root).href)
    .then(async (m) => {
      await m.default({ module_or_path: new URL("editor/departures-editor_bg.wasm", root) });
      return m;
    })
    .catch((error) => {
      editor = undefined;
      throw error;
    });
  return editor.then((m) => m.read_data_file(text));
}
