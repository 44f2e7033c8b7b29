//! How long the one filter takes on 1,000 and 10,000 events (native).
//!
//! Run with `cargo bench --bench filter`. Reported figures: building the
//! index (once per data set), one reason, a search, and the chip counts.
#![allow(missing_docs)] // criterion_group! defines an undocumented function

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use departures::core::filter::{Filter, FilterIndex};
use departures::core::parse::parse_dataset;
use departures::core::synthetic::generate;
use departures::core::DEFAULT_DATA;

fn filtering(c: &mut Criterion) {
    let template = parse_dataset(DEFAULT_DATA).expect("default data is valid");
    let mut group = c.benchmark_group("filter");
    for size in [1_000usize, 10_000] {
        let data = generate(size, &template);
        let index = FilterIndex::new(&data);
        let safety = Filter {
            reasons: ["safety".to_string()].into(),
            ..Filter::default()
        };
        let search = Filter {
            query: "Chen".into(),
            ..Filter::default()
        };
        group.bench_with_input(BenchmarkId::new("index", size), &data, |b, data| {
            b.iter(|| FilterIndex::new(black_box(data)))
        });
        group.bench_with_input(BenchmarkId::new("one_reason", size), &index, |b, index| {
            b.iter(|| safety.matching(black_box(index)))
        });
        group.bench_with_input(BenchmarkId::new("search", size), &index, |b, index| {
            b.iter(|| search.matching(black_box(index)))
        });
        group.bench_with_input(
            BenchmarkId::new("reason_counts", size),
            &index,
            |b, index| b.iter(|| safety.reason_counts(black_box(index))),
        );
    }
    group.finish();
}

criterion_group!(benches, filtering);
criterion_main!(benches);
