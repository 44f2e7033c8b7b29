// What the Download and Embed panels hold. The widget renders each panel's
// <section> empty, with what it needs in data-* attributes (src/ui/controls.rs),
// and on-demand.js imports this module the first time a reader opens one; the
// widget calls fill() again whenever those attributes change, so the panel
// follows the state and the language while it is open. The widget never
// renders into the section, so the two never meet.
//
// - Embed: the snippets for the current state, each with a copy button: an
//   iframe (resized by embed-parent.js, or by a page's own pym.js), the
//   <departures-widget> custom element, the <amp-iframe> for AMP pages, and,
//   where the page has an oEmbed response, the link a CMS embeds. Attribute
//   values are escaped, and only the state keys that differ from the
//   defaults (the non-empty ones) are written.
// - Download: the view shown as an SVG or PNG image, and the data ("Get the
//   data") as CSV or JSON; download.js, imported on the first click, makes
//   the file, and a file that could not be made is announced.
//
// Strict CSP: no inline style, no markup from strings (elements are made
// with createElement and filled with textContent), no eval. The snippet
// functions are pure and touch no DOM, so Node can import them
// (tests/e2e/snippets.spec.mjs).

/** How tall an iframe starts before it reports its height. */
export const INITIAL_IFRAME_HEIGHT = 900;

/** The panels' texts (src/core/i18n/mod.rs keeps the rest of the widget's). */
const TEXTS = {
  zh: {
    embedTitle: "把这张图嵌入你的页面（保留当前的视图、筛选、语言、选择和日期）",
    embedIframe: "iframe：高度自动跟随内容，兼容 pym.js",
    embedElement: "自定义元素：直接放进页面，样式互不影响",
    embedLink: "WordPress 等内容管理系统：把这个链接单独粘贴成一行，系统会嵌入图表（以打开时的样子）",
    embedAmp: "AMP 页面：amp-iframe，高度自动跟随内容",
    ampShowAll: "显示全部",
    copySnippet: "复制代码",
    embedNote: "适用于任何静态托管。从其他网站加载数据时，该网站须允许跨域访问（CORS）。",
    downloadView: "当前视图",
    getTheData: "获取数据",
    downloadNote: "CSV：当前显示的事件（按筛选），列与电子表格模板相同；JSON：完整数据集。",
    downloadFailed: "未能生成文件，请重试。",
    copied: "链接已复制",
    copyFailed: "无法复制，请从地址栏复制链接",
  },
  en: {
    embedTitle: "Embed this graphic as it is now (view, filters, language, selection and date)",
    embedIframe: "iframe: its height follows the content; works with pym.js",
    embedElement: "Custom element: in the page itself, styles isolated both ways",
    embedLink:
      "WordPress and other CMSs: paste this link on a line of its own and the CMS embeds the graphic (as it opens)",
    embedAmp: "AMP pages: amp-iframe, its height follows the content",
    ampShowAll: "Show all",
    copySnippet: "Copy code",
    embedNote: "Works from any static host. Data loaded from another site needs that site to allow it (CORS).",
    downloadView: "This view",
    getTheData: "Get the data",
    downloadNote:
      "CSV: the events shown (filter applied), in the spreadsheet form's columns; JSON: the whole data set.",
    downloadFailed: "The file could not be made; please try again.",
    copied: "Link copied",
    copyFailed: "Could not copy; copy the address bar instead",
  },
};

// The snippets: a port of what src/core/snippet.rs wrote, byte for byte.

/** Percent-encodes a query value: everything but unreserved characters and
 * `,`, byte by byte of its UTF-8 (as src/core/url.rs does). */
export function percentEncode(text) {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~,]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Escapes text for a double-quoted HTML attribute. Invisible controls that
 * reorder or hide text (bidirectional overrides and isolates, NUL) are
 * written as character references, so that the snippet an editor reads
 * shows them; the value stays the same once parsed. */
export function escapeAttribute(value) {
  const named = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" };
  return value.replace(
    /[&"<>\0\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => named[c] ?? `&#x${c.codePointAt(0).toString(16).toUpperCase()};`,
  );
}

/** A language code as the widget reads one (`zh`, `en`, any case, around
 * Unicode white space); anything else is null. */
function langFromCode(code) {
  const trimmed = code.replace(
    /^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g,
    "",
  );
  const lower = trimmed.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return lower === "zh" || lower === "en" ? lower : null;
}

/** A language's page as a file name in the widget's folder: the Chinese
 * page is the folder's index (empty), the English one en.html (see
 * `language_page` in src/core/snippet.rs). */
function pageFile(lang) {
  return lang === "en" ? "en.html" : "";
}

/** The non-empty state parameters, as [key, value] pairs. */
function setParams(params) {
  return params.filter(([, value]) => value !== "");
}

/** The address of the page that shows the state: the page of the state's
 * language in the widget's folder `base` (ending in `/`), with the state in
 * its query. `params` are [key, value] pairs, as the widget's state writes
 * them. */
export function frameAddress(base, params) {
  const set = setParams(params);
  const query = set.map(([key, value]) => `${key}=${percentEncode(value)}`);
  const lang = set.find(([key]) => key === "lang");
  const code = lang ? langFromCode(lang[1]) : null;
  const page = code ? pageFile(code) : "";
  return query.length === 0 ? `${base}${page}` : `${base}${page}?${query.join("&")}`;
}

/** The iframe snippet: the page that shows the state, titled `title`, plus
 * the resizing script. */
export function iframeSnippet(base, params, title) {
  return (
    `<iframe src="${escapeAttribute(frameAddress(base, params))}" title="${escapeAttribute(title)}" ` +
    `data-departures loading="lazy" scrolling="no" width="100%" height="${INITIAL_IFRAME_HEIGHT}" ` +
    `frameborder="0"></iframe>\n` +
    `<script src="${escapeAttribute(base)}embed-parent.js" defer></script>`
  );
}

/** The link a CMS turns into an embed by oEmbed (WordPress, Ghost, Drupal,
 * Medium through Embedly): the page of `lang` alone. Its oEmbed response is
 * a static file, written at build time, so the link carries no state:
 * whatever its query, the CMS embeds the page as it opens. */
export function oembedLink(base, lang) {
  return `${base}${pageFile(lang)}`;
}

/** The <amp-iframe> snippet for AMP pages: the page that shows the state,
 * `resizable` so that AMP honours the page's `embed-size` messages, with the
 * `overflow` button AMP shows when it will not resize the frame under the
 * reader's eyes (labelled `showAll`), and the language's share card as the
 * placeholder, which lets AMP place the frame anywhere on the page. The
 * sandbox lets the widget run and its source links open. */
export function ampSnippet(base, params, title, lang, showAll) {
  return (
    `<amp-iframe src="${escapeAttribute(frameAddress(base, params))}" title="${escapeAttribute(title)}" ` +
    `width="640" height="${INITIAL_IFRAME_HEIGHT}" layout="responsive" resizable frameborder="0" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox">\n` +
    `  <button overflow type="button">${escapeAttribute(showAll)}</button>\n` +
    `  <amp-img placeholder layout="fill" src="${escapeAttribute(base)}card-${lang}.png" alt=""></amp-img>\n` +
    `</amp-iframe>`
  );
}

/** `address` as seen from the folder `base` (an absolute address ending in
 * `/`), made absolute: an element's `data` is resolved against the page it
 * is pasted into, which is not the widget's folder. */
export function absoluteAddress(base, address) {
  const colon = address.indexOf(":");
  const hasScheme = colon >= 0 && /^[A-Za-z][A-Za-z0-9+.-]*$/.test(address.slice(0, colon));
  const found = base.indexOf("://");
  const schemeEnd = found < 0 ? 0 : found + 3;
  const slash = base.indexOf("/", schemeEnd);
  const originEnd = slash < 0 ? base.length : slash;
  if (hasScheme) return address;
  if (address.startsWith("//")) return `${base.slice(0, Math.max(schemeEnd - 2, 0))}${address}`;
  if (address.startsWith("/")) return `${base.slice(0, originEnd)}${address}`;
  return `${base}${address}`;
}

/** The custom-element snippet: the module script from `base` and one
 * <departures-widget> whose attributes carry the state, with a data file's
 * address made absolute. */
export function elementSnippet(base, params) {
  const attributes = setParams(params)
    .map(([key, value]) => ` ${key}="${escapeAttribute(key === "data" ? absoluteAddress(base, value) : value)}"`)
    .join("");
  return (
    `<script type="module" src="${escapeAttribute(base)}embed.js"></script>\n` +
    `<departures-widget${attributes}></departures-widget>`
  );
}

/** The [key, value] pairs of a query the widget wrote (every byte but the
 * unreserved ones percent-encoded, so the values decode as they were). */
export function queryParams(query) {
  return query
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf("=");
      return at < 0 ? [pair, ""] : [pair.slice(0, at), decodeURIComponent(pair.slice(at + 1))];
    });
}

// The panels in the page.

/** What each section was last filled for, so that a refill for the same
 * language only updates what changed (and keeps the reader's focus). */
const filled = new WeakMap();

/** An element named `tag` in `section`'s document, with `attributes` (the
 * class last, as the widget writes it) and, after them, `children`
 * (elements or text). */
function element(section, tag, { class: name, ...attributes } = {}, ...children) {
  const made = section.ownerDocument.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) made.setAttribute(key, value);
  if (name) made.className = name;
  made.append(...children);
  return made;
}

/**
 * Fills the panel `section` (#dp-embed-snippets or #dp-download-panel) from
 * its data-* attributes; called again when they change.
 * Embed: data-base (the widget's folder), data-query (the state's
 * non-empty parameters, percent-encoded), data-title, data-lang, and
 * data-oembed where the page has an oEmbed response.
 * Download: data-lang, data-view, data-as-of, data-data-url (empty for the
 * built-in data set), data-credit, data-events (ids, separated by spaces).
 * @param {HTMLElement} section
 */
export function fill(section) {
  const data = section.dataset;
  const lang = data.lang === "zh" ? "zh" : "en";
  if (section.id === "dp-embed-snippets") {
    fillEmbed(section, data, lang);
  } else if (section.id === "dp-download-panel") {
    fillDownload(section, lang);
  }
}

function fillEmbed(section, data, lang) {
  const text = TEXTS[lang];
  const base = data.base ?? "";
  const params = queryParams(data.query ?? "");
  const title = data.title ?? "";
  const oembed = "oembed" in data;
  const snippets = [
    ...(oembed ? [["link", text.embedLink, oembedLink(base, lang)]] : []),
    ["iframe", text.embedIframe, iframeSnippet(base, params, title)],
    ["element", text.embedElement, elementSnippet(base, params)],
    ["amp", text.embedAmp, ampSnippet(base, params, title, lang, text.ampShowAll)],
  ];
  const shape = `embed ${lang} ${oembed}`;
  if (filled.get(section) === shape) {
    for (const [kind, , code] of snippets) {
      const shown = section.querySelector(`[data-snippet="${kind}"] code`);
      if (shown && shown.textContent !== code) shown.textContent = code;
    }
    return;
  }
  filled.set(section, shape);
  section.replaceChildren(
    element(section, "p", { class: "dp-embed-title" }, text.embedTitle),
    ...snippets.map(([kind, label, code]) => {
      const shown = element(section, "code", {}, code);
      return element(
        section,
        "div",
        { class: "dp-snippet", "data-snippet": kind },
        element(section, "p", { class: "dp-snippet-label" }, label),
        element(section, "pre", { class: "dp-snippet-code" }, shown),
        copyButton(section, text, () => shown.textContent),
      );
    }),
    element(section, "p", { class: "dp-embed-note" }, text.embedNote),
  );
}

/** The widget's "Copy link" (src/ui/copy_button.rs), clicked: copies the
 * page's address, which the widget keeps in step with what is shown, and
 * says in the button's status, in the widget's language, whether it could. */
export function copyLink(click) {
  const share = click.target.closest(".dp-share");
  const status = share.querySelector(".dp-share-status");
  const text = TEXTS[share.closest("[lang]")?.lang.startsWith("zh") ? "zh" : "en"];
  const view = share.ownerDocument.defaultView;
  return Promise.resolve()
    .then(() => view.navigator.clipboard.writeText(view.location.href))
    .then(
      () => (status.textContent = text.copied),
      () => (status.textContent = text.copyFailed),
    );
}

/** A button that copies what `value()` returns and says whether it could,
 * like the widget's "Copy link" (copyLink). */
function copyButton(section, text, value) {
  const button = element(section, "button", { type: "button", class: "dp-toggle dp-share-button" }, text.copySnippet);
  const status = element(section, "span", { class: "dp-share-status", role: "status" });
  button.addEventListener("click", () => {
    const view = section.ownerDocument.defaultView;
    Promise.resolve()
      .then(() => view.navigator.clipboard.writeText(value()))
      .then(
        () => (status.textContent = text.copied),
        () => (status.textContent = text.copyFailed),
      );
  });
  return element(section, "span", { class: "dp-share" }, button, status);
}

function fillDownload(section, lang) {
  const text = TEXTS[lang];
  const shape = `download ${lang}`;
  // The buttons read the attributes when pressed: only the language changes
  // what the panel shows.
  if (filled.get(section) === shape) return;
  filled.set(section, shape);
  const status = element(section, "p", { class: "dp-download-status", role: "status" });
  const group = (id, label, files) =>
    element(
      section,
      "div",
      { class: "dp-download-group", role: "group", "aria-labelledby": id },
      element(section, "span", { id, class: "dp-download-label" }, label),
      ...files.map(([kind, name]) => {
        const button = element(section, "button", { type: "button", class: "dp-toggle", "data-download": kind }, name);
        button.addEventListener("click", () => {
          const data = section.dataset;
          import(new URL("download.js", import.meta.url).href)
            .then((m) => m.download(button, data.view, data.asOf, data.dataUrl, data.credit, data.events))
            .then(
              () => (status.textContent = ""),
              () => (status.textContent = text.downloadFailed),
            );
        });
        return button;
      }),
    );
  section.replaceChildren(
    group("dp-download-view", text.downloadView, [["svg", "SVG"], ["png", "PNG"]]),
    group("dp-download-data", text.getTheData, [["csv", "CSV"], ["json", "JSON"]]),
    element(section, "p", { class: "dp-download-note" }, text.downloadNote),
    status,
  );
}
