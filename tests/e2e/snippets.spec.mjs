// The Embed panel's snippets (web/panels.js), as pure functions in Node: no
// browser and no page. Each state parameter is a [key, value] pair, as the
// widget's state writes them; empty values are left out.
import { test, expect } from "@playwright/test";
import {
  absoluteAddress,
  ampSnippet,
  elementSnippet,
  iframeSnippet,
  oembedLink,
  queryParams,
} from "../../web/panels.js";

const params = () => [
  ["lang", "zh"],
  ["view", "both"],
  ["reasons", "safety,governance"],
  ["q", '苏 "x"'],
  ["person", ""],
];

test("the iframe snippet carries the state in its address", () => {
  const snippet = iframeSnippet("https://example.org/departures/", params(), '出走 "图"');
  expect(snippet).toContain(
    'src="https://example.org/departures/?lang=zh&amp;view=both&amp;reasons=safety,governance&amp;q=%E8%8B%8F%20%22x%22"',
  );
  expect(snippet).toContain('title="出走 &quot;图&quot;"');
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('<script src="https://example.org/departures/embed-parent.js" defer>');
  // Empty values are left out.
  expect(snippet).not.toContain("person=");
});

test("the iframe snippet points at its language page", () => {
  const english = [
    ["lang", "en"],
    ["view", "org"],
  ];
  expect(iframeSnippet("https://example.org/d/", english, "Departures")).toContain(
    'src="https://example.org/d/en.html?lang=en&amp;view=org"',
  );
  const chinese = [["lang", "zh"]];
  expect(iframeSnippet("https://example.org/d/", chinese, "出走")).toContain('src="https://example.org/d/?lang=zh"');
});

test("the amp snippet is resizable with an overflow button and a placeholder", () => {
  const snippet = ampSnippet("https://example.org/departures/", params(), "出走", "zh", "显示全部");
  expect(
    snippet.startsWith(
      '<amp-iframe src="https://example.org/departures/?lang=zh&amp;view=both&amp;reasons=safety,governance&amp;q=%E8%8B%8F%20%22x%22"',
    ),
    snippet,
  ).toBe(true);
  for (const part of [
    " resizable ",
    'layout="responsive"',
    'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    '<button overflow type="button">显示全部</button>',
    '<amp-img placeholder layout="fill" src="https://example.org/departures/card-zh.png" alt=""></amp-img>',
  ]) {
    expect(snippet).toContain(part);
  }
  expect(snippet.endsWith("</amp-iframe>"), snippet).toBe(true);
});

test("the oEmbed link is the language page alone", () => {
  expect(oembedLink("https://example.org/d/", "zh")).toBe("https://example.org/d/");
  expect(oembedLink("https://example.org/d/", "en")).toBe("https://example.org/d/en.html");
});

test("the element snippet carries the state in its attributes", () => {
  const snippet = elementSnippet("https://example.org/d/", params());
  expect(snippet.startsWith('<script type="module" src="https://example.org/d/embed.js"></script>'), snippet).toBe(
    true,
  );
  expect(snippet).toContain(
    '<departures-widget lang="zh" view="both" reasons="safety,governance" q="苏 &quot;x&quot;"></departures-widget>',
  );
});

test("the element snippet makes a data address absolute", () => {
  const base = "https://example.org/graphics/d/";
  for (const [data, expected] of [
    ["data/x.json", "https://example.org/graphics/d/data/x.json"],
    ["/files/x.json", "https://example.org/files/x.json"],
    ["//cdn.example/x.json", "https://cdn.example/x.json"],
    ["https://cdn.example/x.json", "https://cdn.example/x.json"],
    ["./a:b.json", "https://example.org/graphics/d/./a:b.json"],
  ]) {
    expect(absoluteAddress(base, data), data).toBe(expected);
    expect(elementSnippet(base, [["data", data]])).toContain(`data="${expected}"`);
  }
  const iframe = iframeSnippet(base, [["data", "data/x.json"]], "D");
  expect(iframe.includes("?data=data%2Fx.json") || iframe.includes("?data=data/x.json"), iframe).toBe(true);
});

test("invisible reordering controls are shown as references", () => {
  const snippet = elementSnippet("./", [["q", "abc\u202efed\u2066x\0"]]);
  expect(snippet).toContain('q="abc&#x202E;fed&#x2066;x&#x0;"');
  expect(snippet).not.toContain("\u202e");
});

test("markup in values stays text", () => {
  const snippet = elementSnippet("./", [["q", "<script>alert(1)</script>"]]);
  expect(snippet).not.toContain("<script>alert");
  expect(snippet).toContain("&lt;script&gt;");
});

test("the state the widget writes as a query reads back as it was", () => {
  // What src/ui/controls.rs puts in data-query: each non-empty value,
  // every byte but the unreserved ones and "," percent-encoded.
  expect(queryParams("lang=zh&view=both&reasons=safety,governance&q=%E8%8B%8F%20%22x%22%2B%25")).toEqual([
    ["lang", "zh"],
    ["view", "both"],
    ["reasons", "safety,governance"],
    ["q", '苏 "x"+%'],
  ]);
  expect(queryParams("")).toEqual([]);
});
