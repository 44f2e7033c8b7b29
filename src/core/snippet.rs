//! Where each language's page is, for the pre-rendered pages' links to one
//! another (`departures snapshot`). The embed snippets that point at these
//! pages are written by `web/panels.js`, whose `pageFile` follows
//! [`language_page`].

use super::lang::Lang;

/// Each language's pre-rendered page, relative to the widget's folder: the
/// Chinese page is the folder's index (the story's own language), the
/// English one `en.html`. Both show either language with `?lang=`; the page
/// decides what is drawn before the WebAssembly starts, and without it.
pub fn language_page(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "./",
        Lang::En => "en.html",
    }
}
