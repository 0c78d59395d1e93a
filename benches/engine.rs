//! Engine benchmark: full timelines per second over a fixed corpus of generated cases, and the
//! cost of one timeline at the 50th and 99th percentile.
//!
//! `cargo bench --bench engine` runs it; `scripts/bench.sh` runs it with the page benchmarks and
//! writes `reports/performance.md`. The numbers it measures are written to
//! `target/bench/engine.json` for that report.

// The benchmark is native only: the wasm32 build (clippy checks every target) gets an empty main.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod corpus;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::corpus;

    use std::hint::black_box;
    use std::time::{Duration, Instant};

    use criterion::{Criterion, Throughput};
    use due_process_calculator::engine::timeline;

    /// The corpus size: at least 10,000 cases (issue 8).
    const CASES: usize = 12_000;

    fn throughput(c: &mut Criterion, samples: &[corpus::Sample]) {
        let mut group = c.benchmark_group("engine");
        group.throughput(Throughput::Elements(samples.len() as u64));
        group.sample_size(20);
        group.measurement_time(Duration::from_secs(8));
        group.bench_function("full timelines over the corpus", |b| {
            b.iter(|| {
                for s in samples {
                    black_box(timeline(black_box(&s.case), s.today));
                }
            })
        });
        group.finish();
    }

    /// Times every case on its own, several rounds, and returns the sorted costs in nanoseconds.
    fn single_costs(samples: &[corpus::Sample], rounds: usize) -> Vec<u64> {
        let mut costs = Vec::with_capacity(samples.len() * rounds);
        for _ in 0..rounds {
            for s in samples {
                let start = Instant::now();
                black_box(timeline(black_box(&s.case), s.today));
                costs.push(start.elapsed().as_nanos() as u64);
            }
        }
        costs.sort_unstable();
        costs
    }

    fn percentile(sorted: &[u64], p: f64) -> u64 {
        let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
        sorted[rank.min(sorted.len() - 1)]
    }

    /// Timelines per second on this thread: the whole corpus, repeated for about one second.
    fn rate(samples: &[corpus::Sample]) -> f64 {
        let start = Instant::now();
        let mut done = 0usize;
        while start.elapsed() < Duration::from_secs(1) {
            for s in samples {
                black_box(timeline(black_box(&s.case), s.today));
            }
            done += samples.len();
        }
        done as f64 / start.elapsed().as_secs_f64()
    }

    /// Runs of [`rate`], sorted. On a shared machine a neighbour's burst slows one run; the
    /// median of several is what the report judges.
    const RATE_RUNS: usize = 5;

    fn rates(samples: &[corpus::Sample]) -> Vec<f64> {
        let mut runs: Vec<f64> = (0..RATE_RUNS).map(|_| rate(samples)).collect();
        runs.sort_by(f64::total_cmp);
        runs
    }

    pub fn main() {
        let samples = corpus::corpus(CASES);
        let mut criterion = Criterion::default().configure_from_args();
        throughput(&mut criterion, &samples);
        criterion.final_summary();

        // Only a real run (`cargo bench` passes --bench) measures and writes results; `cargo test
        // --benches`, as CI runs it, only checks that the benchmark builds and runs once.
        if !std::env::args().any(|a| a == "--bench") {
            return;
        }
        let costs = single_costs(&samples, 5);
        let runs = rates(&samples);
        let per_second = runs[RATE_RUNS / 2];
        let runs_json = runs
            .iter()
            .map(|r| format!("{r:.0}"))
            .collect::<Vec<_>>()
            .join(",");
        let deadlines: usize = samples
            .iter()
            .map(|s| timeline(&s.case, s.today).deadlines.len())
            .sum();
        let json = format!(
            "{{\"cases\":{},\"deadlines\":{},\"timelines_per_second\":{:.0},\"rate_runs\":[{}],\"p50_ns\":{},\"p99_ns\":{},\"max_ns\":{}}}\n",
            samples.len(),
            deadlines,
            per_second,
            runs_json,
            percentile(&costs, 0.50),
            percentile(&costs, 0.99),
            costs.last().copied().unwrap_or(0)
        );
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
        std::fs::create_dir_all(&dir).expect("target/bench can be created");
        std::fs::write(dir.join("engine.json"), &json).expect("engine.json can be written");
        print!("engine: {json}");
    }
}
