//! Org chart text: statuses, the headline figures in the article's own
//! phrasing, and the chart's own buttons. What each node says is
//! [`super::org_node`].

use super::Lang;
use crate::core::org::Status;

/// A status as a short label: "已离开" / "Left".
pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match (status, lang) {
        (Status::NotYetJoined, Lang::Zh) => "尚未加入",
        (Status::NotYetJoined, Lang::En) => "Not yet joined",
        (Status::NoRecordYet { .. }, Lang::Zh) => "尚无记录",
        (Status::NoRecordYet { .. }, Lang::En) => "No record yet",
        (Status::Present, Lang::Zh) => "在职",
        (Status::Present, Lang::En) => "Present",
        (Status::OnLeave { .. }, Lang::Zh) => "休假中",
        (Status::OnLeave { .. }, Lang::En) => "On leave",
        (Status::Reassigned { .. }, Lang::Zh) => "已调岗",
        (Status::Reassigned { .. }, Lang::En) => "Reassigned",
        (Status::Dismissed { .. }, Lang::Zh) => "被解雇",
        (Status::Dismissed { .. }, Lang::En) => "Dismissed",
        (Status::Left { .. }, Lang::Zh) => "已离开",
        (Status::Left { .. }, Lang::En) => "Left",
    }
}

/// The co-founder headline: "11位联合创始人中仅剩3位" / "3 of 11 co-founders remain".
pub fn cofounders_headline(remaining: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh if remaining >= total => format!("{total}位联合创始人全部仍在"),
        Lang::Zh if remaining == 0 => format!("{total}位联合创始人已全部离开"),
        Lang::Zh => format!("{total}位联合创始人中仅剩{remaining}位"),
        Lang::En if remaining >= total => format!("All {total} co-founders remain"),
        Lang::En if remaining == 0 => format!("All {total} co-founders have left"),
        Lang::En => format!("{remaining} of {total} co-founders remain"),
    }
}

/// The headline for a snapshot: the co-founders when the data names any,
/// otherwise everyone on record by the date ("3 of 8 people remain" /
/// "8人中仍有3人在职", "All 8 have left" / "8人已全部离开").
pub fn headline(snapshot: &crate::core::org::Snapshot, lang: Lang) -> String {
    if snapshot.cofounders > 0 {
        return cofounders_headline(snapshot.cofounders_remaining, snapshot.cofounders, lang);
    }
    let (remaining, total) = (snapshot.members_remaining, snapshot.members);
    match lang {
        Lang::Zh if total == 0 => "尚无人员记录".to_string(),
        Lang::Zh if remaining >= total => format!("{total}人全部在职"),
        Lang::Zh if remaining == 0 => format!("{total}人已全部离开"),
        Lang::Zh => format!("{total}人中仍有{remaining}人在职"),
        Lang::En if total == 0 => "Nobody on record yet".to_string(),
        Lang::En if remaining >= total => format!("All {total} people remain"),
        Lang::En if remaining == 0 => format!("All {total} have left"),
        Lang::En => format!("{remaining} of {total} people remain"),
    }
}

/// The story's key figure on a snapshot's date, as the header states it:
/// the headline and the running count of departures, in that order. The live
/// widget and the pre-rendered page both take it from here.
pub fn key_figure(snapshot: &crate::core::org::Snapshot, lang: Lang) -> (String, String) {
    (
        headline(snapshot, lang),
        departures_so_far(snapshot.departed, lang),
    )
}

/// The running count of departures, saying what it counts (the people in the
/// data set, not the organisation's whole staff): "本图所列人物中已有18人离开" /
/// "18 of the people shown have left".
pub fn departures_so_far(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh if count == 0 => "本图所列人物中尚无人离开".to_string(),
        Lang::Zh => format!("本图所列人物中已有{count}人离开"),
        Lang::En if count == 0 => "None of the people shown has left yet".to_string(),
        Lang::En if count == 1 => "1 of the people shown has left".to_string(),
        Lang::En => format!("{count} of the people shown have left"),
    }
}

/// The org chart's button that opens every group: "显示全部人员" / "Show everyone".
pub fn show_everyone(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "显示全部人员",
        Lang::En => "Show everyone",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::EventKind;
    use crate::core::testing::{snapshot_on, DatasetBuilder};

    #[test]
    fn the_headline_uses_the_articles_phrasing() {
        assert_eq!(
            cofounders_headline(3, 11, Lang::Zh),
            "11位联合创始人中仅剩3位"
        );
        assert_eq!(
            cofounders_headline(3, 11, Lang::En),
            "3 of 11 co-founders remain"
        );
        assert_eq!(
            cofounders_headline(11, 11, Lang::En),
            "All 11 co-founders remain"
        );
        assert_eq!(
            departures_so_far(1, Lang::En),
            "1 of the people shown has left"
        );
        assert_eq!(
            departures_so_far(18, Lang::En),
            "18 of the people shown have left"
        );
        assert_eq!(departures_so_far(8, Lang::Zh), "本图所列人物中已有8人离开");
        assert_eq!(departures_so_far(0, Lang::Zh), "本图所列人物中尚无人离开");
        assert_eq!(
            cofounders_headline(0, 11, Lang::Zh),
            "11位联合创始人已全部离开"
        );
        assert_eq!(
            cofounders_headline(0, 11, Lang::En),
            "All 11 co-founders have left"
        );
    }

    #[test]
    fn without_cofounders_the_headline_counts_everyone() {
        // Ann leaves in 1961; Ben's role ends in 1968.
        let data = DatasetBuilder::new()
            .person("Ann Lee", "安·李")
            .role("Engineer", "工程师")
            .start("1957-09-18")
            .event("ann-leaves", "1961-02", EventKind::Departure)
            .person("Ben Ames", "本·艾姆斯")
            .role("Engineer", "工程师")
            .start("1957-09-18")
            .end("1968-07")
            .build();
        let before = snapshot_on(&data, "1957-01-01");
        assert_eq!(before.cofounders, 0);
        assert_eq!(headline(&before, Lang::En), "Nobody on record yet");
        let between = snapshot_on(&data, "1962-01-01");
        assert_eq!(headline(&between, Lang::En), "1 of 2 people remain");
        assert_eq!(headline(&between, Lang::Zh), "2人中仍有1人在职");
        let after = snapshot_on(&data, "1969-01-01");
        assert_eq!(headline(&after, Lang::En), "All 2 have left");
        assert_eq!(headline(&after, Lang::Zh), "2人已全部离开");
    }
}
