//! The colours and fonts of the exports: the widget's light theme
//! (`style.css`, the `--dp-…` custom properties on `.dp-root`), resolved to
//! plain values, since a standalone SVG has no stylesheet to look them up in.

use crate::core::org::Status;

/// The page (`--dp-bg`).
pub const BACKGROUND: &str = "#ffffff";
/// Cluster badges, group headers (`--dp-surface`).
pub const SURFACE: &str = "#f5f5f2";
/// Body text (`--dp-text`).
pub const TEXT: &str = "#1a1a1a";
/// Secondary text (`--dp-muted`).
pub const MUTED: &str = "#5c5c5c";
/// Rules and outlines (`--dp-border`).
pub const BORDER: &str = "#d6d6d0";
/// The key figure, era labels, links (`--dp-accent`).
pub const ACCENT: &str = "#0b5cad";
/// Text on the accent colour (`--dp-accent-text`).
pub const ACCENT_TEXT: &str = "#ffffff";
/// The outline of a reason's symbol (`--dp-symbol-outline`).
pub const SYMBOL_OUTLINE: &str = "#1a1a1a";
/// Tick lines (`--dp-tick`).
pub const TICK: &str = "#e4e4df";
/// Era bands: the accent colour at [`ERA_OPACITY`] (`--dp-era-fill`).
pub const ERA_FILL: &str = ACCENT;
/// The opacity of an era band.
pub const ERA_OPACITY: f64 = 0.08;
/// The "as of" cursor (`--dp-cursor`).
pub const CURSOR: &str = "#c75000";
/// The "!" of a disputed event (`--dp-disputed-text`).
pub const DISPUTED: &str = "#8a3100";

/// The font stack of every export: Noto Sans CJK SC first (it has Latin
/// letters as well as Chinese, so both languages are drawn in one face),
/// then the Chinese system fonts of other platforms ([`CHINESE_FAMILIES`]).
pub const FONT_FAMILY: &str =
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans', sans-serif";

/// The fonts with Chinese characters that [`FONT_FAMILY`] names, in its
/// order: a rasteriser needs one of them.
pub const CHINESE_FAMILIES: [&str; 4] = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
];

/// The colour of a status in the org chart (`--dp-status-…`).
pub fn status_color(status: Status) -> &'static str {
    match status {
        Status::Present => "#2e8b57",
        Status::OnLeave { .. } => "#b8860b",
        Status::Reassigned { .. } => "#3b7dd8",
        Status::Dismissed { .. } => "#c0392b",
        Status::Left { .. } => "#8a8a8a",
        Status::NotYetJoined => "#b5b5b5",
        Status::NoRecordYet { .. } => "#8e6bb0",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_font_stack_names_the_chinese_fonts_first_in_order() {
        let named: Vec<&str> = FONT_FAMILY
            .split(',')
            .map(|family| family.trim().trim_matches('\''))
            .collect();
        assert_eq!(named[..CHINESE_FAMILIES.len()], CHINESE_FAMILIES);
        assert_eq!(named[0], "Noto Sans CJK SC");
    }

    #[test]
    fn every_colour_is_a_hex_colour_and_not_a_css_variable() {
        let statuses = Status::LEGEND;
        let colours = [
            BACKGROUND,
            SURFACE,
            TEXT,
            MUTED,
            BORDER,
            ACCENT,
            ACCENT_TEXT,
            SYMBOL_OUTLINE,
            TICK,
            ERA_FILL,
            CURSOR,
            DISPUTED,
        ];
        for colour in colours.into_iter().chain(statuses.map(status_color)) {
            assert!(
                colour.len() == 7
                    && colour.starts_with('#')
                    && colour[1..].chars().all(|c| c.is_ascii_hexdigit()),
                "{colour}"
            );
        }
    }
}
