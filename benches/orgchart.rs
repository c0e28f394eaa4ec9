//! The org chart's layout against Graphviz `dot` on the same graphs, and the frame time of
//! the chart view, on the sample and on generated documents of about 50, 500 and 5,000
//! bodies. Crossings of both drawings are counted the same way (straight segments between
//! adjacent ranks, long edges split), so the numbers compare.
//!
//! Run: `cargo bench --bench orgchart` (needs `dot` from Debian's graphviz for the
//! comparison columns; without it they say "–").

use egui_kittest::Harness;
use samverkan::app::{SamverkanApp, UiState};
use samverkan::diagram::layered::{self, Graph, Options, crossings_of_positions};
use samverkan::diagram::orgchart::{ChartOptions, layout_chart};
use samverkan::diagram::text::Measure;
use samverkan::model::{Document, LinkKind};
use samverkan::session::Session;
use samverkan::ui::Page;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

/// The chart's graph: bodies as boxes of the chart's size, links as parent → child.
fn chart_graph(doc: &Document) -> Graph {
    let index: BTreeMap<_, _> = doc
        .bodies
        .iter()
        .enumerate()
        .map(|(i, b)| (&b.id, i))
        .collect();
    let mut edges: Vec<(usize, usize)> = doc
        .links
        .iter()
        .filter_map(|l| {
            let (f, t) = (*index.get(&l.from)?, *index.get(&l.to)?);
            Some(match l.kind {
                LinkKind::ReportsTo | LinkKind::Advises => (t, f),
                _ => (f, t),
            })
        })
        .filter(|(a, b)| a != b)
        .collect();
    edges.sort_unstable();
    edges.dedup();
    Graph {
        sizes: vec![[210.0, 70.0]; doc.bodies.len()],
        edges,
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Samverkan's layout: time (median of runs) and crossings counted from node positions.
fn ours(graph: &Graph) -> (Duration, usize) {
    let runs = if graph.sizes.len() > 2000 { 3 } else { 7 };
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let l = layered::layout(graph, &Options::default());
        times.push(t.elapsed());
        last = Some(l);
    }
    let Some(l) = last else {
        return (Duration::ZERO, 0);
    };
    let x: Vec<f32> = l.centres.iter().map(|c| c[0]).collect();
    (median(times), crossings_of_positions(graph, &l.ranks, &x))
}

/// Graphviz dot on the same graph: wall time of `dot -Tplain` and its crossings.
fn dot(graph: &Graph) -> Option<(Duration, usize)> {
    let mut text =
        String::from("digraph G {\n node [shape=box, width=2.92, height=0.97, fixedsize=true];\n");
    for i in 0..graph.sizes.len() {
        let _ = writeln!(text, " n{i};");
    }
    for (a, b) in &graph.edges {
        let _ = writeln!(text, " n{a} -> n{b};");
    }
    text.push_str("}\n");
    let dir = std::env::temp_dir().join(format!("samverkan-dot-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let input = dir.join("g.dot");
    std::fs::write(&input, text).ok()?;
    let t = Instant::now();
    let out = std::process::Command::new("dot")
        .arg("-Tplain")
        .arg(&input)
        .output()
        .ok()?;
    let elapsed = t.elapsed();
    let _ = std::fs::remove_dir_all(&dir);
    if !out.status.success() {
        return None;
    }
    // "node n12 x y w h …": ranks are the distinct y values, top first.
    let plain = String::from_utf8_lossy(&out.stdout);
    let mut pos = vec![(0.0f32, 0.0f32); graph.sizes.len()];
    for line in plain.lines() {
        let parts: Vec<&str> = line.split_whitespace().collect();
        if parts.first() == Some(&"node")
            && let (Some(i), Some(x), Some(y)) = (
                parts
                    .get(1)
                    .and_then(|n| n.trim_start_matches('n').parse::<usize>().ok()),
                parts.get(2).and_then(|v| v.parse::<f32>().ok()),
                parts.get(3).and_then(|v| v.parse::<f32>().ok()),
            )
            && i < pos.len()
        {
            pos[i] = (x, y);
        }
    }
    let mut ys: Vec<f32> = pos.iter().map(|p| p.1).collect();
    ys.sort_by(|a, b| b.total_cmp(a));
    ys.dedup_by(|a, b| (*a - *b).abs() < 0.01);
    let ranks: Vec<u32> = pos
        .iter()
        .map(|p| {
            u32::try_from(ys.iter().position(|y| (y - p.1).abs() < 0.01).unwrap_or(0)).unwrap_or(0)
        })
        .collect();
    let x: Vec<f32> = pos.iter().map(|p| p.0).collect();
    Some((elapsed, crossings_of_positions(graph, &ranks, &x)))
}

/// Median frame time of the Struktur page (chart fitted to the window).
fn frame_time(doc: Document) -> (Duration, Duration) {
    let mut session = Session::unsaved(doc);
    session.set_recovery_store(None);
    let app = SamverkanApp::new(
        session,
        UiState {
            page: Page::Structure,
            ..UiState::default()
        },
    );
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .with_accessibility_check(false)
        .build_ui_state(|ui, app: &mut SamverkanApp| app.frame_ui(ui), app);
    let first = Instant::now();
    h.step();
    let first = first.elapsed();
    for _ in 0..3 {
        h.step();
    }
    let mut times = Vec::new();
    for _ in 0..15 {
        let t = Instant::now();
        h.step();
        times.push(t.elapsed());
    }
    (first, median(times))
}

fn main() {
    let mut docs = vec![(
        "sample".to_owned(),
        samverkan::sample::sample_document().expect("sample"),
    )];
    for scale in [4, 36, 357] {
        let doc = samverkan::generate::generate(scale);
        docs.push((format!("generate {scale}"), doc));
    }
    println!(
        "{:<14} {:>7} {:>7} | {:>11} {:>9} | {:>11} {:>9} | {:>10} {:>10}",
        "graph",
        "bodies",
        "edges",
        "ours ms",
        "crossings",
        "dot ms",
        "crossings",
        "frame 1st",
        "frame ms"
    );
    for n in [50, 500, 5000] {
        let graph = layered::random_graph(n);
        let (t, c) = ours(&graph);
        // dot needs minutes on the largest random graph; it is left out there.
        let dot = if n <= 500 { dot(&graph) } else { None };
        println!(
            "{:<14} {:>7} {:>7} | {:>11.2} {:>9} | {:>11} {:>9} |",
            format!("random {n}"),
            n,
            graph.edges.len(),
            t.as_secs_f64() * 1e3,
            c,
            dot.map_or_else(
                || "–".to_owned(),
                |(d, _)| format!("{:.1}", d.as_secs_f64() * 1e3)
            ),
            dot.map_or_else(|| "–".to_owned(), |(_, c)| c.to_string()),
        );
    }
    for (name, doc) in docs {
        let graph = chart_graph(&doc);
        let (t, c) = ours(&graph);
        let dot = dot(&graph);
        // The whole chart as the app computes it (measured text, scene), for reference.
        let measure = Measure::new().expect("font");
        let t0 = Instant::now();
        let chart = layout_chart(&doc, &ChartOptions::default(), &measure);
        let chart_time = t0.elapsed();
        let (f1, f) = frame_time(doc.clone());
        println!(
            "{:<14} {:>7} {:>7} | {:>11.2} {:>9} | {:>11} {:>9} | {:>7.1} ms {:>7.2} ms   (chart incl. text: {:.1} ms, {} drawn crossings)",
            name,
            graph.sizes.len(),
            graph.edges.len(),
            t.as_secs_f64() * 1e3,
            c,
            dot.map_or_else(
                || "–".to_owned(),
                |(d, _)| format!("{:.1}", d.as_secs_f64() * 1e3)
            ),
            dot.map_or_else(|| "–".to_owned(), |(_, c)| c.to_string()),
            f1.as_secs_f64() * 1e3,
            f.as_secs_f64() * 1e3,
            chart_time.as_secs_f64() * 1e3,
            chart.crossings,
        );
    }
}
