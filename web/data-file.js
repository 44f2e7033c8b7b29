// Loading the data file that `?data=` or an element's `data` attribute
// names: fetched within limits, then read by the editor module (editor/,
// src/editor.rs), which also words any failure in both languages. Imported
// by on-demand.js the first time a page names a data file; the widget reads
// the answer (src/browser/fetch.rs).
//
// - Where from: the address is resolved by the browser's URL parser, then
//   judged by its origin (never by how the text starts). Allowed are the
//   page's own origin, the origin the widget's files are served from, and
//   the origins the page lists in
//   <meta name="departures-data-origins" content="https://a.example …">
//   (the build writes that tag from DEPARTURES_DATA_ORIGINS). Anything else,
//   and any scheme but http(s), is refused before a request is made.
// - How: without cookies or other credentials (`credentials: "omit"`), with
//   no referrer.
// - How long: at most TIMEOUT_MS for the whole file; the caller can also
//   abort (the widget does when it goes away or asks for another file).
// - How big: at most LIMIT_BYTES, checked from Content-Length and again
//   while the body arrives, so a server that lies or never stops is cut off.
// - What: a web page (text/html) is not a data file.
//
// A failure is thrown as an Error whose `kind` the widget explains in both
// languages: "refused", "network", "http" (with `status`), "timeout",
// "too-large" or "not-data"; a load the caller aborted fails as "aborted"
// and is not worded.

const LIMIT_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 15000;

function failure(kind, extra) {
  return Object.assign(new Error(`departures: data file ${kind}`), { kind }, extra);
}

/** The origins a data file may come from, for a widget served from `root`. */
function allowedOrigins(root) {
  const origins = new Set([location.origin, new URL(root).origin]);
  const listed = document.querySelector('meta[name="departures-data-origins"]');
  for (const item of (listed?.content ?? "").split(/\s+/)) {
    try {
      if (item) origins.add(new URL(item).origin);
    } catch {
      // Not an address: nothing to allow.
    }
  }
  origins.delete("null");
  return origins;
}

/** The address resolved against the page, if its origin is allowed. */
function judge(address, root) {
  let url;
  try {
    url = new URL(address, document.baseURI);
  } catch {
    throw failure("refused");
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || !allowedOrigins(root).has(url.origin)) {
    throw failure("refused");
  }
  return url;
}

/** The body as text, refused once it passes LIMIT_BYTES. */
async function readLimited(response) {
  const declared = Number(response.headers.get("content-length"));
  if (declared > LIMIT_BYTES) throw failure("too-large");
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > LIMIT_BYTES) {
      reader.cancel().catch(() => {});
      throw failure("too-large");
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** Fetches the data file at `address` for a widget served from `root`:
 * `{ text, host }` (`host` is the file's host when it is not on the page's
 * own origin, for the widget to say where the data comes from; otherwise
 * empty), or a failure with its `kind`. `signal` aborts it. */
async function fetchDataFile(address, root, signal) {
  const url = judge(address, root);
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), TIMEOUT_MS);
  const stop = () => timer.abort();
  signal.addEventListener("abort", stop);
  try {
    let response;
    try {
      response = await fetch(url, { signal: timer.signal, credentials: "omit", referrerPolicy: "no-referrer" });
    } catch {
      throw failure(signal.aborted ? "aborted" : timer.signal.aborted ? "timeout" : "network");
    }
    if (!response.ok) throw failure("http", { status: response.status });
    if (/^\s*text\/html/i.test(response.headers.get("content-type") ?? "")) throw failure("not-data");
    try {
      return { text: await readLimited(response), host: url.origin === location.origin ? "" : url.host };
    } catch (error) {
      if (error.kind) throw error;
      throw failure(signal.aborted ? "aborted" : timer.signal.aborted ? "timeout" : "network");
    }
  } finally {
    clearTimeout(timeout);
    signal.removeEventListener("abort", stop);
  }
}

let editor;

/** The editor module beside `root`, loaded once; a failed load is
 * forgotten, so the next data file tries again. */
function editorModule(root) {
  editor ??= import(new URL("editor/departures-editor.js", root).href)
    .then(async (m) => {
      await m.default({ module_or_path: new URL("editor/departures-editor_bg.wasm", root) });
      return m;
    })
    .catch((error) => {
      editor = undefined;
      throw error;
    });
  return editor;
}

/** Fetches the data file at `address` for a widget served from `root` and
 * reads it with the editor module (fetched meanwhile): the answer in the
 * compact form (a data set, or the problem worded in both languages,
 * including a failed fetch) and the file's `host` when it is not the page's
 * own. It fails only when the editor module cannot be loaded. */
export async function loadDataFile(address, root, signal) {
  const reader = editorModule(root);
  reader.catch(() => {}); // Awaited below, once the file is in.
  try {
    const { text, host } = await fetchDataFile(address, root, signal);
    return { answer: (await reader).read_data_file(text, address), host };
  } catch (error) {
    // Not fetched: a load the widget stopped needs no words.
    if (!error.kind || error.kind === "aborted") throw error;
    return { answer: (await reader).explain_failure(error.kind, error.status ?? 0, address), host: "" };
  }
}
