//! `steps.csv`: the story told in steps, one row per step.

use super::*;

/// The values of the `view` column, for the error hint.
const VIEW_VALUES: &str = "timeline, org, both, table (or empty: timeline)";

/// Reads the steps of `steps.csv`, in sheet order, recording each one's row
/// in `origins`. Reasons, person, team and dates are checked against the
/// rest of the data set by validation, like the JSON form's.
pub(super) fn read_steps(
    rows: &[Row],
    origins: &mut Origins,
    errors: &mut Vec<DataError>,
) -> Vec<Step> {
    let mut steps = Vec::with_capacity(rows.len());
    for row in rows {
        let id = row
            .required("id", errors)
            .unwrap_or_else(|| format!("(row {})", row.number));
        steps.push(Step {
            id,
            title: row.localized("title"),
            caption: row.localized("caption"),
            view: read_view(row, errors),
            as_of: row.date("as_of", errors),
            reasons: split_list(row.get("reasons")),
            person: row.optional("person"),
            team: row.optional("team"),
            range: read_range(row, errors),
            sources: read_sources(row, errors),
        });
        origins.steps.push(row.number);
    }
    steps
}

/// The `view` cell: empty means the timeline; a value outside
/// [`VIEW_VALUES`] is recorded as an error and read as the timeline.
fn read_view(row: &Row, errors: &mut Vec<DataError>) -> View {
    let Some(code) = row.optional("view") else {
        return View::default();
    };
    View::from_code(&code).unwrap_or_else(|| {
        errors.push(DataError::new(
            row.path("view"),
            ErrorKind::UnknownVariant {
                value: code,
                allowed: VIEW_VALUES.into(),
            },
        ));
        View::default()
    })
}

/// The timeline's range from `range_from` and `range_to`: both or neither.
/// One without the other is reported at the empty cell; a date in error at
/// its own cell.
fn read_range(row: &Row, errors: &mut Vec<DataError>) -> Option<DateRange> {
    let given = |column: &str| !row.get(column).is_empty();
    match (given("range_from"), given("range_to")) {
        (false, false) => return None,
        (true, false) | (false, true) => {
            let empty = if given("range_from") {
                "range_to"
            } else {
                "range_from"
            };
            errors.push(DataError::new(
                row.path(empty),
                ErrorKind::MissingField {
                    field: empty.into(),
                },
            ));
        }
        (true, true) => {}
    }
    let from = row.date("range_from", errors);
    let to = row.date("range_to", errors);
    Some(DateRange {
        from: from?,
        to: to?,
    })
}
