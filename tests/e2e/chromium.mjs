// How the tests and benchmarks start Debian's Chromium: its path (never a
// downloaded browser) and the flags that keep it off the network here.
export const chromiumExecutable = "/usr/bin/chromium";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
