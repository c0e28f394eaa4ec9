//! The org chart: layout invariants, filters, highlight, the representation matrix and the
//! SVG/PNG exports.

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose
#![allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // chart sizes to pixels

use samverkan::diagram::orgchart::{
    ChartLayout, ChartOptions, LevelFilter, Look, bodies_of_organisation, chart_scene,
    layout_chart, scene,
};
use samverkan::diagram::text::Measure;
use samverkan::i18n::Lang;
use samverkan::model::{BodyId, Document, Level, OrganisationId};

fn sample() -> Document {
    samverkan::sample::sample_document().unwrap()
}

fn chart(doc: &Document, options: &ChartOptions) -> ChartLayout {
    layout_chart(doc, options, &Measure::new().unwrap())
}

fn overlap(
    a: &samverkan::diagram::orgchart::BodyBox,
    b: &samverkan::diagram::orgchart::BodyBox,
) -> bool {
    a.min[0] < b.max[0] && b.min[0] < a.max[0] && a.min[1] < b.max[1] && b.min[1] < a.max[1]
}

/// No two boxes overlap, every link runs from its parent's box down to its child's
/// unless it was reversed to break a cycle, and the chart holds everything.
fn check_invariants(doc: &Document, layout: &ChartLayout) {
    for (i, a) in layout.boxes.iter().enumerate() {
        for b in &layout.boxes[i + 1..] {
            assert!(!overlap(a, b), "{} overlaps {}", a.body, b.body);
        }
        assert!(a.max[0] <= layout.size[0] && a.max[1] <= layout.size[1]);
    }
    for line in &layout.links {
        let link = doc.links.iter().find(|l| l.id == line.link).unwrap();
        // Parent and child as the chart reads the link.
        let (parent, child) = match link.kind {
            samverkan::model::LinkKind::ReportsTo | samverkan::model::LinkKind::Advises => {
                (&link.to, &link.from)
            }
            _ => (&link.from, &link.to),
        };
        let (p, c) = (
            layout.box_of(parent).unwrap(),
            layout.box_of(child).unwrap(),
        );
        if line.reversed {
            assert!(c.max[1] <= p.min[1], "reversed {} goes up", line.link);
        } else {
            assert!(
                p.max[1] <= c.min[1],
                "{} goes down from parent to child",
                line.link
            );
            let first = line.points.first().unwrap();
            let last = line.points.last().unwrap();
            assert!(
                (first[1] - p.max[1]).abs() < 1.0,
                "starts at the parent's bottom"
            );
            assert!((last[1] - c.min[1]).abs() < 1.0, "ends at the child's top");
        }
    }
}

#[test]
fn the_sample_chart_keeps_its_invariants() {
    let doc = sample();
    let layout = chart(&doc, &ChartOptions::default());
    assert_eq!(layout.boxes.len(), doc.bodies.len());
    assert_eq!(
        layout.links.len(),
        doc.links.len(),
        "every link is drawn, parallel ones too"
    );
    check_invariants(&doc, &layout);
}

#[test]
fn generated_charts_keep_their_invariants_and_are_deterministic() {
    let doc = samverkan::generate::generate(3);
    let options = ChartOptions::default();
    let a = chart(&doc, &options);
    check_invariants(&doc, &a);
    let b = chart(&doc, &options);
    assert_eq!(a, b, "the same document gives the same layout");
}

#[test]
fn the_beredningsgrupp_sits_below_the_political_steering_group() {
    let doc = sample();
    let layout = chart(&doc, &ChartOptions::default());
    let top_of = |id: &str| layout.box_of(&BodyId::new(id)).unwrap().min[1];
    // Seed 003: the steering group is above the beredningsgrupp, which steers RKPH.
    assert!(top_of("psg") < top_of("bg"));
    assert!(top_of("bg") < top_of("rkph"));
}

#[test]
fn one_level_only() {
    let doc = sample();
    for (filter, hidden) in [
        (LevelFilter::Political, Level::Officials),
        (LevelFilter::Officials, Level::Political),
    ] {
        let layout = chart(
            &doc,
            &ChartOptions {
                level: filter,
                ..ChartOptions::default()
            },
        );
        assert!(!layout.boxes.is_empty());
        assert!(layout.boxes.iter().all(|b| b.level != hidden), "{filter:?}");
        check_invariants(&doc, &layout);
    }
}

#[test]
fn collapsing_a_body_hides_what_hangs_only_below_it() {
    let doc = sample();
    let all = chart(&doc, &ChartOptions::default());
    let options = ChartOptions {
        collapsed: std::iter::once(BodyId::new("bg")).collect(),
        ..ChartOptions::default()
    };
    let folded = chart(&doc, &options);
    let bg = folded.box_of(&BodyId::new("bg")).unwrap();
    assert!(bg.hidden_below > 0);
    assert_eq!(folded.boxes.len() + bg.hidden_below, all.boxes.len());
    assert!(
        folded.box_of(&BodyId::new("rkph")).is_none(),
        "RKPH hangs below BG"
    );
    check_invariants(&doc, &folded);
}

#[test]
fn highlighting_an_organisation_lights_its_bodies_and_dims_the_rest() {
    let doc = sample();
    let karlstad = doc
        .organisations
        .iter()
        .find(|o| o.name.starts_with("Karlstad"))
        .unwrap()
        .id
        .clone();
    let lit = bodies_of_organisation(&doc, &karlstad);
    assert!(!lit.is_empty());
    assert!(lit.len() < doc.bodies.len());
    for b in &lit {
        let body = doc.body(b).unwrap();
        assert!(body.memberships.iter().any(|m| {
            m.represents.as_ref() == Some(&karlstad)
                || m.person
                    .as_ref()
                    .and_then(|p| doc.person(p))
                    .and_then(|p| p.organisation.as_ref())
                    == Some(&karlstad)
        }));
    }
    let layout = chart(&doc, &ChartOptions::default());
    let drawn = scene(
        &layout,
        &Look {
            highlight: Some(lit.clone()),
            selected: None,
        },
        Lang::Sv,
    );
    // Dimmed boxes are drawn translucent; lit ones in full.
    let translucent = drawn
        .shapes
        .iter()
        .filter(|s| matches!(s, samverkan::diagram::scene::Shape::Rect { fill: Some(f), .. } if f.3 < 255))
        .count();
    assert_eq!(
        translucent,
        2 * (doc.bodies.len() - lit.len()),
        "box and band of each dimmed body"
    );
}

#[test]
fn the_svg_of_the_sample_names_every_body() {
    let doc = sample();
    let scene = chart_scene(&doc, &ChartOptions::default(), None);
    let svg = samverkan::export::svg::to_svg(&scene);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.trim_end().ends_with("</svg>"));
    let texts: Vec<&str> = scene.texts().collect();
    let all = texts.join(" ");
    for body in &doc.bodies {
        for word in body.name.split_whitespace() {
            assert!(all.contains(word), "{word} of {}", body.name);
        }
    }
    for text in &texts {
        let escaped = text
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(svg.contains(&format!(">{escaped}</text>")), "{text}");
    }
}

#[test]
fn the_png_is_a_picture_of_the_chart_size() {
    let doc = sample();
    let scene = chart_scene(&doc, &ChartOptions::default(), None);
    let png = samverkan::export::png::to_png(&scene, 1.0).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!(width, scene.size[0].ceil() as u32);
    assert_eq!(height, scene.size[1].ceil() as u32);
}

#[test]
fn the_representation_matrix_adds_up() {
    let doc = sample();
    let m = samverkan::model::matrix::representation(&doc);
    assert_eq!(m.organisations.len(), doc.organisations.len());
    assert_eq!(m.bodies.len(), doc.bodies.len());
    let rows: usize = m.row_totals.iter().sum();
    let columns: usize = m.column_totals.iter().sum();
    assert_eq!(rows, columns);
    // The beredningsgrupp: five municipal and five regional seats and the convener.
    let bg = m.bodies.iter().position(|b| b.as_str() == "bg").unwrap();
    assert_eq!(
        m.column_totals[bg],
        doc.body(&BodyId::new("bg")).unwrap().memberships.len()
    );
    let region = m
        .organisations
        .iter()
        .position(|o| o == &OrganisationId::new("o-region"))
        .unwrap();
    assert!(m.cells[region][bg].len() >= 5);
}

#[test]
fn the_command_line_writes_svg_and_png() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.ron");
    std::fs::write(&file, samverkan::sample::SAMPLE_RON).unwrap();
    for (format, name) in [("svg", "schema.svg"), ("png", "schema.png")] {
        let out = dir.path().join(name);
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_samverkan"))
            .args(["export", "orgchart"])
            .arg(&file)
            .args(["--format", format, "--level", "political", "-o"])
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert!(std::fs::metadata(&out).unwrap().len() > 1000);
    }
    let svg = std::fs::read_to_string(dir.path().join("schema.svg")).unwrap();
    assert!(svg.contains("Värmlandsrådet"));
    assert!(
        !svg.contains("Beredningsgruppen"),
        "the officials' level is left out"
    );
}

/// The sample's chart as a picture, compared with the approved one in `tests/snapshots/`.
/// `UPDATE_SNAPSHOTS=1 cargo test --release --test orgchart` approves a new picture; a
/// failing run leaves `orgchart.new.png` beside it to look at.
#[test]
fn snapshot_of_the_sample_chart() {
    use resvg::tiny_skia::Pixmap;
    let doc = sample();
    let scene = chart_scene(&doc, &ChartOptions::default(), None);
    let png = samverkan::export::png::to_png(&scene, 1.0).unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let approved = dir.join("orgchart.png");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() || !approved.exists() {
        std::fs::write(&approved, &png).unwrap();
    }
    let want = Pixmap::decode_png(&std::fs::read(&approved).unwrap()).unwrap();
    let got = Pixmap::decode_png(&png).unwrap();
    let same_size = (want.width(), want.height()) == (got.width(), got.height());
    let differing = if same_size {
        want.pixels()
            .iter()
            .zip(got.pixels())
            .filter(|(a, b)| {
                let d = |x: u8, y: u8| x.abs_diff(y);
                d(a.red(), b.red()) > 16
                    || d(a.green(), b.green()) > 16
                    || d(a.blue(), b.blue()) > 16
            })
            .count()
    } else {
        usize::MAX
    };
    // A few anti-aliased pixels may differ between machines; a moved box does not.
    if differing > 200 {
        std::fs::write(dir.join("orgchart.new.png"), &png).unwrap();
        panic!(
            "{differing} pixels differ from tests/snapshots/orgchart.png (see orgchart.new.png)"
        );
    }
}

/// The compact chart: leaf groups stacked in columns. No overlaps, every link drawn, each
/// stacked link ends at its child's left side, and the sample fits a 16:9 slide.
#[test]
fn the_compact_chart_stacks_leaf_groups_and_fits_a_slide() {
    let doc = sample();
    let wide = chart(&doc, &ChartOptions::default());
    let options = ChartOptions {
        compact: true,
        ..ChartOptions::default()
    };
    let layout = chart(&doc, &options);
    assert_eq!(layout.boxes.len(), doc.bodies.len());
    assert_eq!(layout.links.len(), doc.links.len());
    for (i, a) in layout.boxes.iter().enumerate() {
        for b in &layout.boxes[i + 1..] {
            assert!(!overlap(a, b), "{} overlaps {}", a.body, b.body);
        }
        assert!(a.max[0] <= layout.size[0] && a.max[1] <= layout.size[1]);
    }
    // The nine groups under the beredningsgrupp no longer stand in one row.
    let [w, h] = layout.size;
    assert!(w / h <= 16.0 / 9.0, "compact {w} × {h}");
    assert!(
        wide.size[0] / wide.size[1] > 16.0 / 9.0,
        "wide {:?}",
        wide.size
    );
    let bg = layout.box_of(&BodyId::new("bg")).unwrap();
    let stacked: Vec<_> = layout
        .boxes
        .iter()
        .filter(|b| b.min[1] > bg.max[1])
        .filter(|b| {
            layout.links.iter().any(|l| {
                let end = l.points.last().unwrap();
                (end[0] - b.min[0]).abs() < 0.5 && end[1] > b.min[1] && end[1] < b.max[1]
            })
        })
        .collect();
    assert!(stacked.len() >= 6, "{} stacked groups", stacked.len());
    // Stacked boxes share few columns.
    let mut columns: Vec<i32> = stacked.iter().map(|b| b.min[0] as i32).collect();
    columns.sort_unstable();
    columns.dedup();
    assert!(columns.len() <= 3, "{columns:?}");
}

/// Bodies the document links to nothing (forums the sources only name) stand together in
/// one block of columns beside the structure instead of stretching its top row; a body
/// that is linked stays in the structure even when collapsing leaves it alone on screen.
#[test]
fn unlinked_bodies_stand_in_one_block_beside_the_structure() {
    let doc = sample();
    let linked = |id: &BodyId| doc.links.iter().any(|l| &l.from == id || &l.to == id);
    for options in [
        ChartOptions::default(),
        ChartOptions {
            compact: true,
            ..ChartOptions::default()
        },
        ChartOptions {
            collapsed: std::iter::once(BodyId::new("vr")).collect(),
            ..ChartOptions::default()
        },
    ] {
        let layout = chart(&doc, &options);
        let (alone, rest): (Vec<_>, Vec<_>) = layout.boxes.iter().partition(|b| !linked(&b.body));
        assert!(
            alone.len() >= 3,
            "the sample names forums it links to nothing"
        );
        let block_left = alone.iter().map(|b| b.min[0]).fold(f32::MAX, f32::min);
        for b in &rest {
            assert!(b.max[0] <= block_left, "{} stands in the block", b.body);
        }
        let mut columns: Vec<i32> = alone.iter().map(|b| b.min[0] as i32).collect();
        columns.sort_unstable();
        columns.dedup();
        assert!(
            columns.len() < alone.len(),
            "stacked in columns: {columns:?}"
        );
    }
}
