// The frame #graphic gets this page's ?src= (the widget, on another origin).
document.getElementById("graphic").src = new URLSearchParams(location.search).get("src");
