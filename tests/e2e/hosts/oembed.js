// An oEmbed consumer, as Ghost's, Drupal's or Iframely's: the editor pastes
// a link (this page's ?url=); the consumer fetches the page, follows its
// <link rel="alternate" type="application/json+oembed">, fetches the
// response with maxwidth and maxheight (as consumers ask), and puts a
// "rich" response's html into the article as it is. With
// embedly-listener.js it also sizes the frame, as Embedly's and Iframely's
// consumers do. window.oembed records what happened for the tests.
window.oembed = {};
const pasted = new URLSearchParams(location.search).get("url");

async function consume() {
  const page = await (await fetch(pasted)).text();
  const link = new DOMParser()
    .parseFromString(page, "text/html")
    .querySelector('link[rel="alternate"][type="application/json+oembed"]');
  const endpoint = new URL(link.getAttribute("href"));
  endpoint.searchParams.set("url", pasted);
  endpoint.searchParams.set("maxwidth", "640");
  endpoint.searchParams.set("maxheight", "1000");
  endpoint.searchParams.set("format", "json");
  const answer = await fetch(endpoint);
  window.oembed.contentType = answer.headers.get("content-type");
  const response = await answer.json();
  window.oembed.response = response;
  if (response.type !== "rich") throw new Error(`not a rich response: ${response.type}`);
  document.getElementById("embed").innerHTML = response.html;
}
consume().catch((error) => {
  window.oembed.error = String(error);
  throw error;
});
