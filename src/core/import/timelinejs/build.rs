//! Turning a [`Timeline`] read from either form into a validated [`Dataset`]:
//! people, events, reasons from groups, sources from links, eras.

use super::*;

/// Converts a timeline read from either format, and validates the result.
pub(super) fn build_dataset(timeline: Timeline) -> Result<Dataset, Vec<DataError>> {
    let mut errors = Errors::new();

    let title_text = timeline
        .title
        .as_ref()
        .map(|t| one_line(&html_to_text(&t.headline).text))
        .unwrap_or_default();
    let title = if title_text.is_empty() {
        Localized {
            zh: UNTITLED_ZH.into(),
            en: UNTITLED_EN.into(),
        }
    } else {
        same(&title_text)
    };
    let subtitle_text = timeline
        .title
        .as_ref()
        .map(|t| one_line(&html_to_text(&t.text).text))
        .unwrap_or_default();
    let subtitle = if subtitle_text.is_empty() {
        title.clone()
    } else {
        same(&subtitle_text)
    };

    let (reasons, reason_of_group) = group_reasons(&timeline.events);

    let mut people: Vec<Person> = Vec::new();
    let mut person_of_name: HashMap<String, String> = HashMap::new();
    let mut person_ids = Ids::default();
    let mut event_ids = Ids::default();
    let mut events = Vec::new();
    for slide in &timeline.events {
        let headline = html_to_text(&slide.headline);
        let name = one_line(&headline.text);
        if name.is_empty() {
            errors.push(DataError::new(
                slide.headline_path.clone(),
                ErrorKind::MissingField {
                    field: "headline".into(),
                },
            ));
            continue;
        }
        let person = match person_of_name.get(&name) {
            Some(id) => id.clone(),
            None => {
                let base = slug(&name).unwrap_or_else(|| format!("person-{}", people.len() + 1));
                let id = person_ids.unique(base);
                people.push(Person {
                    id: id.clone(),
                    name: same(&name),
                    cofounder: false,
                    roles: Vec::new(),
                });
                person_of_name.insert(name.clone(), id.clone());
                id
            }
        };

        let text = html_to_text(&slide.text);
        let summary = text.text.trim();
        let summary = if summary.is_empty() { &name } else { summary };

        let mut sources = Vec::new();
        let mut listed = HashSet::new();
        for link in headline.links.iter().chain(&text.links) {
            let publisher = host(&link.url);
            add_source(&mut sources, &mut listed, &link.url, publisher, &link.text);
        }
        for url in bare_urls(&text.text) {
            add_source(&mut sources, &mut listed, &url, host(&url), "");
        }
        if is_http_url(&slide.media_url) {
            let credit = one_line(&html_to_text(&slide.media_credit).text);
            let caption = one_line(&html_to_text(&slide.media_caption).text);
            let publisher = if credit.is_empty() {
                host(&slide.media_url)
            } else {
                credit
            };
            add_source(
                &mut sources,
                &mut listed,
                &slide.media_url,
                publisher,
                &caption,
            );
        }

        let base = slug(&slide.unique_id).unwrap_or_else(|| format!("{person}-{}", slide.date));
        let reason = reason_of_group
            .get(&group_label(&slide.group))
            .map_or(UNKNOWN_REASON_ID, String::as_str);
        events.push(Event {
            id: event_ids.unique(base),
            date: slide.date,
            dating: None,
            person,
            kind: EventKind::Departure,
            reasons: vec![reason.to_string()],
            to: None,
            summary: same(summary),
            quote: None,
            sources,
            verification: Verification::Unconfirmed,
            verification_note: Some(Localized {
                zh: VERIFICATION_NOTE_ZH.into(),
                en: VERIFICATION_NOTE_EN.into(),
            }),
            era: None,
        });
    }

    for era in &timeline.eras {
        if era.end < era.start {
            errors.push(DataError::new(
                era.end_path.clone(),
                ErrorKind::EndBeforeStart {
                    start: era.start.to_string(),
                    end: era.end.to_string(),
                },
            ));
        }
    }
    let mut era_ids = Ids::default();
    let eras: Vec<Era> = timeline
        .eras
        .iter()
        .enumerate()
        .map(|(i, era)| {
            let label_text = one_line(&html_to_text(&era.headline).text);
            let label = if label_text.is_empty() {
                Localized {
                    zh: format!("时期 {}", i + 1),
                    en: format!("Era {}", i + 1),
                }
            } else {
                same(&label_text)
            };
            let base = slug(&label_text).unwrap_or_else(|| format!("era-{}", i + 1));
            Era {
                id: era_ids.unique(base),
                label,
                start: era.start,
                end: era.end,
            }
        })
        .collect();

    let Some(as_of) = events.iter().map(|e| e.date).max() else {
        return Err(errors.into_vec());
    };
    if !errors.is_empty() {
        return Err(errors.into_vec());
    }

    let dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        id: DATASET_ID.into(),
        organization: ORGANIZATION_ID.into(),
        organizations: vec![Organization {
            id: ORGANIZATION_ID.into(),
            name: title.clone(),
            founded: None,
            description: None,
            url: None,
        }],
        title,
        subtitle,
        as_of,
        reasons,
        people,
        events,
        eras,
        teams: Vec::new(),
        credit: None,
        steps: Vec::new(),
    };
    let known = KnownIds {
        reasons: dataset.reasons.iter().map(|r| r.id.clone()).collect(),
        organizations: dataset.organizations.iter().map(|o| o.id.clone()).collect(),
        people: dataset.people.iter().map(|p| p.id.clone()).collect(),
        events: dataset.events.iter().map(|e| e.id.clone()).collect(),
        eras: dataset.eras.iter().map(|e| e.id.clone()).collect(),
        teams: Vec::new(),
        steps: Vec::new(),
    };
    let mut errors = Errors::new();
    validate(&dataset, &known, &mut errors);
    errors.into_result(dataset)
}

/// The reasons for the events' groups, and the reason id of each group label.
fn group_reasons(events: &[EventSlide]) -> (Vec<Reason>, HashMap<String, String>) {
    let mut labels: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    for slide in events {
        let label = group_label(&slide.group);
        if !label.is_empty() && seen.insert(label.clone()) {
            labels.push(label);
        }
    }
    let symbols: Vec<Symbol> = Symbol::ALL
        .into_iter()
        .filter(|&s| s != UNKNOWN_SYMBOL)
        .collect();
    let own = if labels.len() <= GROUP_COLORS.len() {
        labels.len()
    } else {
        GROUP_COLORS.len() - 1
    };
    let mut taken = Ids::default();
    for id in [UNKNOWN_REASON_ID, OTHER_GROUPS_REASON_ID] {
        taken.unique(id.to_string());
    }
    let mut reasons = Vec::new();
    let mut reason_of_group = HashMap::new();
    for (i, label) in labels.iter().enumerate() {
        if i < own {
            let base = slug(label).unwrap_or_else(|| format!("group-{}", i + 1));
            let id = taken.unique(base);
            reasons.push(Reason {
                id: id.clone(),
                label: same(label),
                color: GROUP_COLORS[i].into(),
                symbol: symbols[i],
            });
            reason_of_group.insert(label.clone(), id);
        } else {
            reason_of_group.insert(label.clone(), OTHER_GROUPS_REASON_ID.into());
        }
    }
    if own < labels.len() {
        reasons.push(Reason {
            id: OTHER_GROUPS_REASON_ID.into(),
            label: Localized {
                zh: "其他分组".into(),
                en: "Other groups".into(),
            },
            color: GROUP_COLORS[own].into(),
            symbol: symbols[own],
        });
    }
    reasons.push(Reason {
        id: UNKNOWN_REASON_ID.into(),
        label: Localized {
            zh: "原因不明".into(),
            en: "Unknown".into(),
        },
        color: UNKNOWN_COLOR.into(),
        symbol: UNKNOWN_SYMBOL,
    });
    (reasons, reason_of_group)
}

/// A group as plain, one-line text (empty for no group).
fn group_label(group: &str) -> String {
    one_line(&html_to_text(group).text)
}

/// Adds a source unless its address is already listed (`listed` holds the
/// addresses of `sources`).
fn add_source(
    sources: &mut Vec<Source>,
    listed: &mut HashSet<String>,
    url: &str,
    publisher: String,
    title: &str,
) {
    if !listed.insert(url.to_string()) {
        return;
    }
    let title = title.trim();
    sources.push(Source {
        url: url.to_string(),
        publisher,
        title: (!title.is_empty() && title != url).then(|| title.to_string()),
        date: None,
    });
}

/// The host name of an `http(s)` address, without `www.`: the publisher when
/// nothing better is known.
pub(super) fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    match host.strip_prefix("www.") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => host,
    }
}

/// Bare `http(s)://` addresses in plain text, which TimelineJS makes into
/// links by default ("autolink"). One pass over the text.
pub(super) fn bare_urls(text: &str) -> Vec<String> {
    const STOPS: &[char] = &[
        '<', '>', '"', '\'', '“', '”', '‘', '’', '「', '」', '（', '）', '，', '。', '、', '；',
    ];
    let mut urls = Vec::new();
    // ASCII lowercasing keeps every byte offset.
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find("http") {
        let start = from + at;
        let scheme = &lower[start + 4..];
        if !(scheme.starts_with("://") || scheme.starts_with("s://")) {
            from = start + 4;
            continue;
        }
        let rest = &text[start..];
        let end = rest
            .find(|c: char| c.is_whitespace() || STOPS.contains(&c))
            .unwrap_or(rest.len());
        let url = trim_url_end(&rest[..end]);
        if is_http_url(url) {
            urls.push(url.to_string());
        }
        from = start + end;
    }
    urls
}

/// An address without the punctuation of the sentence around it, nor the
/// closing parentheses it does not open: `https://x.org/a_(b)).` →
/// `https://x.org/a_(b)`. Parentheses are counted once.
fn trim_url_end(url: &str) -> &str {
    let opened = url.bytes().filter(|&b| b == b'(').count();
    let mut closed = url.bytes().filter(|&b| b == b')').count();
    let mut end = url.len();
    // Only ASCII bytes are dropped, so `end` stays on a character boundary.
    loop {
        match url.as_bytes()[..end].last() {
            Some(b'.' | b',' | b';' | b':' | b'!' | b'?' | b']' | b'}') => end -= 1,
            Some(b')') if closed > opened => {
                end -= 1;
                closed -= 1;
            }
            _ => return &url[..end],
        }
    }
}

/// The same text in both languages (TimelineJS text has one language).
fn same(text: &str) -> Localized {
    Localized {
        zh: text.to_string(),
        en: text.to_string(),
    }
}

/// An id from text: its ASCII words in lowercase joined by hyphens, at most
/// [`MAX_SLUG_LEN`] bytes (cut between words). `None` if the text has no ASCII
/// word or has letters or digits outside ASCII (nothing is transliterated).
pub(super) fn slug(text: &str) -> Option<String> {
    if text
        .chars()
        .any(|c| c.is_alphanumeric() && !c.is_ascii_alphanumeric())
    {
        return None;
    }
    let mut id = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !id.is_empty() && id.len() + 1 + word.len() > MAX_SLUG_LEN {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(&word.to_ascii_lowercase());
    }
    (!id.is_empty()).then_some(id)
}

/// Ids handed out so far, and where each base's numbering stopped.
#[derive(Default)]
pub(super) struct Ids {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Ids {
    /// `base`, or `base-2`, `base-3`, … whichever is not yet taken; marks it
    /// taken. Numbering resumes where it stopped for the same base, so n
    /// equal bases take linear time (each id is tried in vain at most once).
    pub(super) fn unique(&mut self, base: String) -> String {
        if !self.taken.contains(&base) {
            self.taken.insert(base.clone());
            return base;
        }
        let next = self.next.entry(base.clone()).or_insert(2);
        loop {
            let candidate = format!("{base}-{next}");
            *next += 1;
            if !self.taken.contains(&candidate) {
                self.taken.insert(candidate.clone());
                return candidate;
            }
        }
    }
}
