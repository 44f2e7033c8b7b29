//! Timeline layout (lane packing and clustering) on 1,000 and 10,000 events,
//! at an overview zoom and zoomed in, and fitting the time scale (the warp)
//! to them. Run with `cargo bench --bench timeline`.
#![allow(missing_docs)] // criterion_group! defines an undocumented function

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use departures::core::parse::parse_dataset;
use departures::core::scale::TimeScale;
use departures::core::synthetic::generate;
use departures::core::timeline::viewport::Viewport;
use departures::core::timeline::warp::Warp;
use departures::core::timeline::{inputs_for, layout, LayoutOptions};
use departures::core::DEFAULT_DATA;

fn timeline_layout(c: &mut Criterion) {
    let template = parse_dataset(DEFAULT_DATA).expect("default data is valid");
    let mut group = c.benchmark_group("timeline_layout");
    for size in [1_000usize, 10_000] {
        let data = generate(size, &template);
        let all: Vec<usize> = (0..size).collect();
        let inputs = inputs_for(&data, &all, 13.0, |i| {
            data.people[i % data.people.len()].name.en.as_str()
        });
        let first = inputs
            .iter()
            .map(|i| i.first_day)
            .fold(f64::INFINITY, f64::min);
        let last = inputs
            .iter()
            .map(|i| i.end_day)
            .fold(f64::NEG_INFINITY, f64::max);
        let overview = TimeScale::from_days(first, last, 1200.0);
        let zoomed = overview.zoom(20.0, 600.0, 7.0, 1e6);
        let options = LayoutOptions::default();
        group.bench_with_input(BenchmarkId::new("overview", size), &inputs, |b, inputs| {
            b.iter(|| layout(black_box(inputs), &overview, &options))
        });
        group.bench_with_input(
            BenchmarkId::new("zoomed_20x", size),
            &inputs,
            |b, inputs| b.iter(|| layout(black_box(inputs), &zoomed, &options)),
        );
        let full = Viewport::full(&data);
        group.bench_with_input(BenchmarkId::new("fit_warp", size), &inputs, |b, inputs| {
            b.iter(|| Warp::fit(black_box(inputs), full, 1200.0, &options))
        });
    }
    group.finish();
}

criterion_group!(benches, timeline_layout);
criterion_main!(benches);
