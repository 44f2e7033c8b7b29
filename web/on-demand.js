// The widget's doors to code fetched only when a reader needs it: what the
// Download and Embed panels hold and "Copy link" (panels.js, which imports
// download.js to make a file), and for a data file its fetch and the editor module that
// reads it (data-file.js). wasm-bindgen copies this file to
// snippets/<crate>-<hash>/web/, three folders below the build's root.
const root = new URL("../../../", import.meta.url);

/** Fills the panel `section` from its data-* attributes (panels.js, fetched
 * on first use, says how; see src/browser/panels.rs). If panels.js cannot
 * be fetched, the panel says so in both languages. */
export function fillPanel(section) {
  return panels().then(
    (m) => m.fill(section),
    () => {
      section.setAttribute("role", "alert");
      section.textContent = FAILED;
    },
  );
}

/** "Copy link", clicked (panels.js copies and says so). */
export function copyLink(click) {
  return panels().then(
    (m) => m.copyLink(click),
    () => (click.target.closest(".dp-share").lastChild.textContent = FAILED),
  );
}

const panels = () => import(new URL("panels.js", root).href);

/** What a panel, or "Copy link", says when panels.js cannot be fetched. */
const FAILED = "面板未能加载，请稍后重试。 The panel could not load; please try again later.";

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
