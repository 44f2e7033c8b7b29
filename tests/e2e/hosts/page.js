// ?hostile adds the hostile stylesheet, so the same page can be compared
// with and without it.
if (new URLSearchParams(location.search).has("hostile")) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = "hostile.css";
  document.head.append(link);
}
