// Keeps every step the element reports.
window.stepChanges = [];
document.addEventListener("departures:stepchange", (event) => window.stepChanges.push(event.detail.step));
