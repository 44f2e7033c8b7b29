// Starts the widget on its own page (index.html). An external module rather
// than Trunk's inline script, so the page runs under a strict
// Content-Security-Policy. The build fills in the hashed file names.
import init from "./__BINDINGS__";

try {
  await init({ module_or_path: new URL("./__WASM__", import.meta.url) });
} catch (error) {
  // Never a blank box: say so in both languages, then report the error.
  const root = document.getElementById("departures");
  if (root) {
    root.setAttribute("role", "alert");
    root.textContent =
      "图表未能加载：浏览器需要支持 WebAssembly，或请稍后刷新。 " +
      "The graphic could not load: it needs a browser with WebAssembly; please try reloading.";
  }
  throw error;
}
