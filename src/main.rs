//! WebAssembly entry point: mount the widget into the page.

fn main() {
    departures::embed::mount::mount_in_page();
}
