// Starts the widget on its own page (index.html). An external module rather
// than Trunk's inline script, so the page runs under a strict
// Content-Security-Policy. The build fills in the hashed file names.
import init from "./__BINDINGS__";

await init({ module_or_path: new URL("./__WASM__", import.meta.url) });
