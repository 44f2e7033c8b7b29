// What WordPress (6.x) does with a link an editor pastes on its own line,
// when the link's site is not on its list of trusted providers, done here in
// the page rather than on a server:
//
// 1. discovery: fetch the page, take its
//    <link rel="alternate" type="application/json+oembed">, fetch that
//    (WP_oEmbed::discover and ::fetch);
// 2. wp_filter_oembed_result(): keep only <blockquote>, <a href> and the
//    iframe's src, width, height, frameborder, marginwidth, marginheight,
//    scrolling and title (wp_kses); keep the first blockquote and the
//    iframe; add a secret to the frame's address (#?secret=…) and to both
//    elements (data-secret); hide the frame while there is a blockquote to
//    show; and sandbox the frame: class="wp-embedded-content"
//    sandbox="allow-scripts" security="restricted";
// 3. wp-embed.js: the host side of the protocol, below as WordPress has it
//    (src/js/_enqueues/wp/embed.js): a message naming a frame's secret hides
//    its blockquote; from that frame's own window, "height" sets its height
//    (clamped to 200–1,000 px) and "link" sends the whole window to an
//    address on the frame's own site, if the frame has the focus; once
//    loaded, each frame is told "ready".
//
// The pasted link is this page's ?url=; window.embed records what happened
// for the tests.
window.embed = { links: [] };
const pasted = new URLSearchParams(location.search).get("url");

/** wp_kses() with WordPress's list for untrusted oEmbed HTML: other tags
 * give way to their text, other attributes go. */
function kses(html, allowed) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, "text/html");
  const clean = (node) => {
    for (const child of [...node.children]) {
      const rules = allowed[child.localName];
      if (!rules) {
        child.replaceWith(...child.childNodes);
        continue;
      }
      for (const { name } of [...child.attributes]) if (!rules.includes(name)) child.removeAttribute(name);
      clean(child);
    }
  };
  clean(doc.body);
  return doc.body.innerHTML;
}

/** wp_filter_oembed_result() for a site that is not trusted. */
function filterResult(html) {
  const allowed = {
    a: ["href"],
    blockquote: [],
    iframe: ["src", "width", "height", "frameborder", "marginwidth", "marginheight", "scrolling", "title"],
  };
  html = kses(html, allowed);
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(html);
  if (!content?.[2]) return null;
  html = (content[1] ?? "") + content[2];
  const src = / src=(['"])(.*?)\1/.exec(html);
  if (src) {
    const secret = Math.random().toString(36).slice(2, 12).padEnd(10, "0");
    html = html.replace(src[0], ` src=${src[1]}${src[2]}#?secret=${secret}${src[1]} data-secret=${src[1]}${secret}${src[1]}`);
    html = html.replace("<blockquote", `<blockquote data-secret="${secret}"`);
  }
  if (content[1]) {
    html = html.replace("<iframe", '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    html = html.replace("<blockquote", '<blockquote class="wp-embedded-content"');
  }
  return html.replace("<iframe", '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

// wp-embed.js, as WordPress has it.
window.addEventListener("message", (e) => {
  const data = e.data;
  if (!(data || data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
  const iframes = document.querySelectorAll(`iframe[data-secret="${data.secret}"]`);
  const blockquotes = document.querySelectorAll(`blockquote[data-secret="${data.secret}"]`);
  for (const blockquote of blockquotes) blockquote.style.display = "none";
  for (const source of iframes) {
    if (e.source !== source.contentWindow) continue;
    source.removeAttribute("style");
    if (data.message === "height") {
      let height = parseInt(data.value, 10);
      if (height > 1000) height = 1000;
      else if (~~height < 200) height = 200;
      source.height = height;
      window.embed.heights = (window.embed.heights ?? 0) + 1;
    } else if (data.message === "link") {
      const sourceURL = new URL(source.getAttribute("src"));
      const targetURL = new URL(data.value);
      window.embed.links.push(data.value);
      if (/^https?:$/i.test(targetURL.protocol) && targetURL.host === sourceURL.host && document.activeElement === source) {
        window.top.location.href = data.value;
      }
    }
  }
});

async function embedPasted() {
  const page = await (await fetch(pasted)).text();
  const discovery = new DOMParser()
    .parseFromString(page, "text/html")
    .querySelector('link[rel="alternate"][type="application/json+oembed"]');
  const response = await (await fetch(discovery.getAttribute("href"))).json();
  window.embed.response = response;
  const html = filterResult(response.html);
  window.embed.html = html;
  const figure = document.getElementById("embed");
  figure.innerHTML = html;
  // wp-embed.js's onLoad(): tell each frame the page is ready.
  for (const frame of figure.querySelectorAll("iframe.wp-embedded-content")) {
    frame.addEventListener("load", () =>
      frame.contentWindow.postMessage({ message: "ready", secret: frame.getAttribute("data-secret") }, "*"),
    );
  }
}
embedPasted().catch((error) => {
  window.embed.error = String(error);
  throw error;
});
