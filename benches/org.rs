//! Org chart: the tidy tree layout (Buchheim–Walker) of 1,000 and 10,000
//! people, building the chart from a data set, everyone's status on a date,
//! and the per-root block layout with every node open.
//! Run with `cargo bench --bench org`.
#![allow(missing_docs)] // criterion_group! defines an undocumented function

use std::collections::HashSet;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use departures::core::date::PartialDate;
use departures::core::org::layout::OrgLayout;
use departures::core::org::{EventsByPerson, OrgChart, Snapshot};
use departures::core::parse::parse_dataset;
use departures::core::synthetic::generate;
use departures::core::tree::{tidy_layout, TreeOptions};
use departures::core::DEFAULT_DATA;

fn org(c: &mut Criterion) {
    let template = parse_dataset(DEFAULT_DATA).expect("default data is valid");
    let date = PartialDate::parse("2020-06-15").unwrap().first_day();
    let mut group = c.benchmark_group("org");
    for people in [1_000usize, 10_000] {
        // The generator makes one person per two events.
        let data = generate(people * 2, &template);
        let chart = OrgChart::new(&data);
        let (_, parents) = chart.visible(&HashSet::new());
        group.bench_with_input(BenchmarkId::new("tidy_tree", people), &parents, |b, p| {
            b.iter(|| tidy_layout(black_box(p), &TreeOptions::default()))
        });
        group.bench_with_input(BenchmarkId::new("chart", people), &data, |b, d| {
            b.iter(|| OrgChart::new(black_box(d)))
        });
        let timelines = EventsByPerson::new(&data);
        group.bench_with_input(BenchmarkId::new("snapshot", people), &data, |b, d| {
            b.iter(|| Snapshot::on(black_box(d), &timelines, date))
        });
        group.bench_with_input(
            BenchmarkId::new("blocks_all_open", people),
            &chart,
            |b, c| b.iter(|| OrgLayout::new(black_box(c), &HashSet::new())),
        );
    }
    group.finish();
}

criterion_group!(benches, org);
criterion_main!(benches);
