//! The year drawn: the årshjul (rings per body, chosen and ordered by the user, a year
//! selector) and the timeline (swimlanes, zoom from years to a week, pan). Both are scenes
//! from `src/diagram/`, cached until the document or the view changes, culled when painted.

use crate::diagram::text::Measure;
use crate::diagram::timeline::TimeScale;
use crate::diagram::timeline::{self, TimelineChart, TimelineOptions, TimelineTarget};
use crate::diagram::wheel::{self, HitTarget, WheelChart, WheelOptions};
use crate::i18n::t;
use crate::model::BodyId;
use crate::ui::{ChartFormat, Export, Nav, Out, View};
use chrono::{Days, NaiveDate};

/// The wheel's rings and its cached scene.
#[derive(Default)]
pub struct WheelState {
    /// Rings from the inside out; empty means every body with something in the year.
    pub rings: Vec<BodyId>,
    pub scene_rect: Option<egui::Rect>,
    cache: Option<(WheelKey, WheelChart)>,
}

type WheelKey = (
    crate::session::Version,
    i32,
    Vec<BodyId>,
    crate::i18n::Lang,
    NaiveDate,
);

pub fn wheel_options(view: &View, year: i32, rings: &[BodyId]) -> WheelOptions {
    WheelOptions {
        year,
        bodies: rings.to_vec(),
        today: view.today,
        lang: view.lang,
    }
}

/// The wheel page's drawing, with the ring chooser beside it.
pub fn wheel_ui(ui: &mut egui::Ui, view: &View, year: i32, state: &mut WheelState, out: &mut Out) {
    let lang = view.lang;
    egui::Panel::right("wheel-rings")
        .resizable(true)
        .default_size(230.0)
        .show(ui, |ui| rings_ui(ui, view, year, state));
    let key: WheelKey = (view.version, year, state.rings.clone(), lang, view.today);
    if state.cache.as_ref().is_none_or(|(k, _)| k != &key) {
        let chart = Measure::new()
            .map(|m| wheel::wheel(view.doc, &wheel_options(view, year, &state.rings), &m));
        if let Some(chart) = chart {
            state.cache = Some((key, chart));
        }
    }
    let Some((_, chart)) = &state.cache else {
        return;
    };
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(t::WHEEL_HINT.get(lang)).weak().small());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.menu_button(t::EXPORT_MENU.get(lang), |ui| {
                for (label, format) in [
                    (t::PICTURE_SVG, PictureKind::Svg),
                    (t::PICTURE_PNG, PictureKind::Png),
                    (t::PICTURE_PDF, PictureKind::Pdf),
                ] {
                    if ui.button(label.get(lang)).clicked() {
                        out.export = Some(Export::Wheel {
                            year,
                            rings: state.rings.clone(),
                            format: format.into(),
                        });
                        ui.close();
                    }
                }
            });
            if ui.button(t::FIT.get(lang)).clicked() {
                state.scene_rect = None;
            }
        });
    });
    let size = egui::vec2(chart.scene.size[0], chart.scene.size[1]);
    let mut rect = state
        .scene_rect
        .unwrap_or_else(|| egui::Rect::from_min_size(egui::Pos2::ZERO, size).expand(8.0));
    let mut open = None;
    egui::Frame::canvas(ui.style()).show(ui, |ui| {
        egui::Scene::new()
            .zoom_range(0.2..=6.0)
            .show(ui, &mut rect, |ui| {
                let visible = ui.clip_rect();
                crate::ui::paint::paint_scene(
                    ui.painter(),
                    &chart.scene,
                    egui::Pos2::ZERO,
                    visible,
                );
                for (i, hit) in chart.hits.iter().enumerate() {
                    let r = egui::Rect::from_center_size(
                        hit.centre.into(),
                        egui::Vec2::splat(hit.radius * 2.0),
                    );
                    if !r.intersects(visible) {
                        continue;
                    }
                    let response = ui
                        .interact(r, egui::Id::unique(("wheel-hit", i)), egui::Sense::click())
                        .on_hover_text(&hit.label);
                    if response.clicked() {
                        open = Some(&hit.target);
                    }
                }
                ui.allocate_rect(
                    egui::Rect::from_min_size(egui::Pos2::ZERO, size),
                    egui::Sense::hover(),
                );
            });
    });
    state.scene_rect = Some(rect);
    match open {
        Some(HitTarget::Meeting(id)) => out.nav = Some(Nav::Meeting(id.clone())),
        Some(HitTarget::Activity(id)) => out.nav = Some(Nav::Activity(id.clone())),
        None => {}
    }
}

/// The rings the wheel starts with (the same as an export without a choice).
fn default_rings(view: &View, year: i32) -> Vec<BodyId> {
    crate::diagram::wheel::WheelYear::new(year, u32::from(view.doc.cycle.start_month))
        .map(|span| wheel::default_rings(view.doc, span))
        .unwrap_or_default()
}

/// Which bodies are rings, and in what order (inner first).
fn rings_ui(ui: &mut egui::Ui, view: &View, year: i32, state: &mut WheelState) {
    let lang = view.lang;
    ui.strong(t::RINGS.get(lang));
    ui.label(egui::RichText::new(t::RINGS_HINT.get(lang)).weak().small());
    // Start from what is drawn, so the first change keeps the other rings.
    if state.rings.is_empty() {
        state.rings = default_rings(view, year);
    }
    let mut moves = None;
    let mut remove = None;
    let n = state.rings.len();
    for (i, id) in state.rings.iter().enumerate() {
        ui.horizontal(|ui| {
            let name = view.doc.body(id).map_or(id.as_str(), |b| b.label());
            ui.label(format!("{}. {name}", i + 1));
            if ui
                .add_enabled(i > 0, egui::Button::new(t::IN.get(lang)).small())
                .clicked()
            {
                moves = Some((i, i - 1));
            }
            if ui
                .add_enabled(i + 1 < n, egui::Button::new(t::OUT.get(lang)).small())
                .clicked()
            {
                moves = Some((i, i + 1));
            }
            if ui
                .small_button("×")
                .on_hover_text(t::REMOVE.get(lang))
                .clicked()
            {
                remove = Some(i);
            }
        });
    }
    if let Some((a, b)) = moves {
        state.rings.swap(a, b);
    }
    if let Some(i) = remove {
        state.rings.remove(i);
    }
    let others: Vec<(BodyId, String)> = view
        .doc
        .bodies
        .iter()
        .filter(|b| !state.rings.contains(&b.id))
        .map(|b| (b.id.clone(), b.name.clone()))
        .collect();
    if let Some(b) =
        crate::ui::widgets::add_picker(ui, "add-ring", &others, t::ADD_RING.get(lang), true)
    {
        state.rings.push(b);
    }
}

#[derive(Clone, Copy)]
enum PictureKind {
    Svg,
    Png,
    Pdf,
}

impl From<PictureKind> for ChartFormat {
    fn from(k: PictureKind) -> Self {
        match k {
            PictureKind::Svg => ChartFormat::Svg,
            PictureKind::Png => ChartFormat::Png,
            PictureKind::Pdf => ChartFormat::Pdf,
        }
    }
}

/// `date` moved by `days` (rounded, either way); unchanged at the calendar's ends.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // rounded, sign handled
fn shift_days(date: NaiveDate, days: f32) -> NaiveDate {
    let n = Days::new(days.abs().round() as u64);
    if days >= 0.0 {
        date.checked_add_days(n)
    } else {
        date.checked_sub_days(n)
    }
    .unwrap_or(date)
}

/// The timeline's view: the date at the left edge and the zoom.
#[derive(Default)]
pub struct TimelineState {
    pub scale: Option<TimeScale>,
    /// Part of a day dragged but not yet moved: the origin moves in whole days.
    pan_carry: f32,
    cache: Option<(TimelineKey, TimelineChart)>,
    /// The matter drawn as a line across the lanes.
    pub matter: Option<crate::model::MatterId>,
}

type TimelineKey = (
    crate::session::Version,
    NaiveDate,
    u32,
    u32,
    crate::i18n::Lang,
    NaiveDate,
    Option<crate::model::MatterId>,
);

/// Width of the lane names left of the time axis.
pub const LANE_LABELS: f32 = 150.0;

pub fn timeline_ui(ui: &mut egui::Ui, view: &View, state: &mut TimelineState, out: &mut Out) {
    let lang = view.lang;
    let width = ui.available_width().max(300.0);
    let pan_carry = &mut state.pan_carry;
    let scale = state.scale.get_or_insert_with(|| {
        // Start with four months, today a little left of the middle.
        TimeScale::new(
            view.today
                .checked_sub_days(Days::new(50))
                .unwrap_or(view.today),
            (width - LANE_LABELS) / 120.0,
            LANE_LABELS,
        )
    });
    ui.horizontal_wrapped(|ui| {
        ui.heading(t::TIMELINE.get(lang));
        ui.separator();
        for (label, days) in [
            (t::ZOOM_YEARS, 3.0 * 365.0),
            (t::ZOOM_YEAR, 365.0),
            (t::ZOOM_QUARTER, 92.0),
            (t::ZOOM_MONTH, 31.0),
            (t::ZOOM_WEEK, 7.0),
        ] {
            if ui.button(label.get(lang)).clicked() {
                let centre = scale.date_from_x(f32::midpoint(LANE_LABELS, width));
                let px = (width - LANE_LABELS) / days;
                *scale = TimeScale::new(centre, px, LANE_LABELS);
                let shift = (width - LANE_LABELS) / 2.0 / scale.px_per_day;
                scale.origin = shift_days(centre, -shift);
            }
        }
        ui.separator();
        if ui.button(t::EARLIER.get(lang)).clicked() {
            let step = ((width - LANE_LABELS) / 2.0 / scale.px_per_day).max(1.0);
            scale.origin = shift_days(scale.origin, -step);
        }
        if ui.button(t::TODAY.get(lang)).clicked() {
            let shift = (width - LANE_LABELS) / 3.0 / scale.px_per_day;
            scale.origin = shift_days(view.today, -shift);
        }
        if ui.button(t::LATER.get(lang)).clicked() {
            let step = ((width - LANE_LABELS) / 2.0 / scale.px_per_day).max(1.0);
            scale.origin = shift_days(scale.origin, step);
        }
        if !view.doc.matters.is_empty() {
            ui.separator();
            matter_choice(ui, view, &mut state.matter);
        }
        ui.separator();
        ui.menu_button(t::EXPORT_MENU.get(lang), |ui| {
            for (label, format) in [
                (t::PICTURE_SVG, ChartFormat::Svg),
                (t::PICTURE_PNG, ChartFormat::Png),
            ] {
                if ui.button(label.get(lang)).clicked() {
                    let (from, to) = scale.visible_range(LANE_LABELS, width);
                    out.export = Some(Export::Timeline { from, to, format });
                    ui.close();
                }
            }
        });
    });
    ui.label(
        egui::RichText::new(t::TIMELINE_HINT.get(lang))
            .weak()
            .small(),
    );

    let (from, to) = scale.visible_range(LANE_LABELS, width);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // a cache key
    let key: TimelineKey = (
        view.version,
        scale.origin,
        (scale.px_per_day * 1000.0) as u32,
        width as u32,
        lang,
        view.today,
        state.matter.clone(),
    );
    if state.cache.as_ref().is_none_or(|(k, _)| k != &key)
        && let Some(m) = Measure::new()
    {
        let options = TimelineOptions {
            from,
            to,
            px_per_day: scale.px_per_day,
            bodies: Vec::new(),
            today: view.today,
            lang,
            width,
            matter: state.matter.clone(),
        };
        let chart = timeline::timeline(view.doc, &options, &m);
        state.cache = Some((key, chart));
    }
    let Some((_, chart)) = &state.cache else {
        return;
    };
    let mut open = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let (rect, response) = ui.allocate_exact_size(
                egui::vec2(width, chart.scene.size[1]),
                egui::Sense::click_and_drag(),
            );
            crate::ui::paint::paint_scene(ui.painter(), &chart.scene, rect.min, ui.clip_rect());
            // Pan by dragging, zoom with Ctrl+wheel or a pinch around the pointer.
            if response.dragged() {
                *pan_carry -= response.drag_delta().x / scale.px_per_day;
                let whole = pan_carry.trunc();
                if whole != 0.0 {
                    scale.origin = shift_days(scale.origin, whole);
                    *pan_carry -= whole;
                }
            }
            if response.hovered() {
                let zoom = ui.input(egui::InputState::zoom_delta);
                if (zoom - 1.0).abs() > f32::EPSILON
                    && let Some(p) = response.hover_pos()
                {
                    scale.zoom_about(p.x - rect.min.x, zoom);
                }
            }
            for (i, hit) in chart.hits.iter().enumerate() {
                let r = egui::Rect::from_min_max(
                    rect.min + egui::vec2(hit.min[0], hit.min[1]),
                    rect.min + egui::vec2(hit.max[0], hit.max[1]),
                );
                if !r.intersects(ui.clip_rect()) {
                    continue;
                }
                let response = ui
                    .interact(
                        r,
                        egui::Id::unique(("timeline-hit", i)),
                        egui::Sense::click(),
                    )
                    .on_hover_text(&hit.label);
                if response.clicked() {
                    open = Some(hit.target.clone());
                }
            }
        });
    match open {
        Some(TimelineTarget::Meeting(id)) => out.nav = Some(Nav::Meeting(id)),
        Some(TimelineTarget::Activity(id)) => out.nav = Some(Nav::Activity(id)),
        Some(TimelineTarget::Assignment(id)) => out.nav = Some(Nav::Assignment(id)),
        Some(TimelineTarget::Agreement(id)) => out.nav = Some(Nav::Agreement(id)),
        None => {}
    }
}

/// "Ärende: (inget ärende)" or one of the document's matters, drawn across the lanes.
fn matter_choice(ui: &mut egui::Ui, view: &View, matter: &mut Option<crate::model::MatterId>) {
    use crate::i18n::obligations as ob;
    let lang = view.lang;
    let shown = matter
        .as_ref()
        .and_then(|m| view.doc.matter(m))
        .map_or_else(|| ob::NO_MATTER.get(lang).to_owned(), |m| m.title.clone());
    let label = ui.label(ob::MATTER.get(lang));
    egui::ComboBox::from_id_salt("timeline-matter")
        .selected_text(shown)
        .width(180.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(matter, None, ob::NO_MATTER.get(lang));
            for m in &view.doc.matters {
                ui.selectable_value(matter, Some(m.id.clone()), &m.title);
            }
        })
        .response
        .labelled_by(label.id);
}
