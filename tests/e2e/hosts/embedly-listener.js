// The host side of Embedly's "Provider Height Resizing" (the message Flourish
// sends, which Embedly's and Iframely's consumers honour): a JSON string
// {"src", "context": "iframe.resize", "height"}, matched to the frame whose
// address is `src`, and taken only from that frame's own window. Records
// each height it sets in window.resized.
window.resized = [];
window.addEventListener("message", (event) => {
  if (typeof event.data !== "string") return;
  let data;
  try {
    data = JSON.parse(event.data);
  } catch {
    return;
  }
  if (data?.context !== "iframe.resize" || !(data.height > 0)) return;
  for (const frame of document.querySelectorAll("iframe")) {
    if (frame.src !== data.src || frame.contentWindow !== event.source) continue;
    frame.style.height = `${data.height}px`;
    window.resized.push(data.height);
  }
});
