//! Struktur: the org chart of the governance graph (zoom and pan, select, collapse,
//! highlight an organisation or a person, one level only), the representation matrix, and
//! the links in words. The chart's layout is cached per document revision and filters.

use crate::diagram::orgchart::{self, ChartLayout, ChartOptions, LevelFilter, Look};
use crate::diagram::scene::Scene;
use crate::diagram::text::Measure;
use crate::i18n::{Label, t};
use crate::model::{BodyId, OrganisationId, PersonId};
use crate::ui::{Export, Nav, Out, View};
use std::sync::Arc;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StructureView {
    #[default]
    Chart,
    Matrix,
    Links,
}

/// What to emphasise in the chart.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Highlight {
    #[default]
    None,
    Organisation(OrganisationId),
    Person(PersonId),
}

/// The Struktur page's state: view, filters, selection, zoom, and the cached layout.
pub struct StructureState {
    pub view: StructureView,
    pub options: ChartOptions,
    pub highlight: Highlight,
    pub selected: Option<BodyId>,
    /// The part of the chart in view (the rectangle of `egui::Scene`).
    pub scene_rect: egui::Rect,
    fit: bool,
    cache: Option<ChartCache>,
    /// The representation matrix for a revision (thousands of cells in a large document).
    matrix: Option<(crate::session::Version, crate::model::matrix::Matrix)>,
}

impl Default for StructureState {
    fn default() -> Self {
        Self {
            view: StructureView::default(),
            options: ChartOptions::default(),
            highlight: Highlight::default(),
            selected: None,
            scene_rect: egui::Rect::NOTHING,
            fit: true,
            cache: None,
            matrix: None,
        }
    }
}

struct ChartCache {
    key: (crate::session::Version, ChartOptions),
    /// Shared with the frame that draws them, so drawing never copies the chart.
    layout: Arc<ChartLayout>,
    look_key: (Highlight, Option<BodyId>),
    scene: Arc<Scene>,
}

impl StructureState {
    /// The chart for this revision and these filters; the layout is computed only when the
    /// document or the filters changed, the scene only when the highlight or selection did.
    pub fn chart(&mut self, view: &View) -> (Arc<ChartLayout>, Arc<Scene>) {
        let mut options = self.options.clone();
        options.lang = view.lang;
        let key = (view.version, options.clone());
        let look_key = (self.highlight.clone(), self.selected.clone());
        let stale_layout = self.cache.as_ref().is_none_or(|c| c.key != key);
        if stale_layout {
            let measure = Measure::new();
            let layout = measure
                .map(|m| orgchart::layout_chart(view.doc, &options, &m))
                .unwrap_or_default();
            let scene = orgchart::scene(
                &layout,
                &look(view, &self.highlight, self.selected.as_ref()),
                view.lang,
            );
            if self.cache.is_none() {
                self.fit = true;
            }
            self.cache = Some(ChartCache {
                key,
                layout: Arc::new(layout),
                look_key,
                scene: Arc::new(scene),
            });
        } else if let Some(cache) = self.cache.as_mut()
            && cache.look_key != look_key
        {
            cache.scene = Arc::new(orgchart::scene(
                &cache.layout,
                &look(view, &self.highlight, self.selected.as_ref()),
                view.lang,
            ));
            cache.look_key = look_key;
        }
        match &self.cache {
            Some(c) => (Arc::clone(&c.layout), Arc::clone(&c.scene)),
            None => unreachable_chart(),
        }
    }
}

/// Never reached: the cache is filled just above. A static empty chart keeps this panic-free.
fn unreachable_chart() -> (Arc<ChartLayout>, Arc<Scene>) {
    (Arc::default(), Arc::default())
}

pub fn look(view: &View, highlight: &Highlight, selected: Option<&BodyId>) -> Look {
    Look {
        highlight: match highlight {
            Highlight::None => None,
            Highlight::Organisation(o) => Some(orgchart::bodies_of_organisation(view.doc, o)),
            Highlight::Person(p) => Some(orgchart::bodies_of_person(view.doc, p)),
        },
        selected: selected.cloned(),
    }
}

pub fn ui(ui: &mut egui::Ui, view: &View, state: &mut StructureState, out: &mut Out) {
    let lang = view.lang;
    ui.horizontal_wrapped(|ui| {
        ui.heading(t::STRUCTURE.get(lang));
        ui.separator();
        ui.selectable_value(
            &mut state.view,
            StructureView::Chart,
            t::ORG_CHART.get(lang),
        );
        ui.selectable_value(&mut state.view, StructureView::Matrix, t::MATRIX.get(lang));
        ui.selectable_value(&mut state.view, StructureView::Links, t::LINKS.get(lang));
    });
    match state.view {
        StructureView::Chart => chart_ui(ui, view, state, out),
        StructureView::Matrix => {
            if state
                .matrix
                .as_ref()
                .is_none_or(|(r, _)| *r != view.version)
            {
                state.matrix = Some((view.version, crate::model::matrix::representation(view.doc)));
            }
            if let Some((_, matrix)) = &state.matrix {
                matrix_ui(ui, view, matrix, out);
            }
        }
        StructureView::Links => links_ui(ui, view, out),
    }
}

fn toolbar_ui(ui: &mut egui::Ui, view: &View, state: &mut StructureState, out: &mut Out) {
    let lang = view.lang;
    ui.horizontal_wrapped(|ui| {
        for (level, label) in [
            (LevelFilter::All, t::ALL_LEVELS),
            (LevelFilter::Political, t::POLITICAL_LEVEL),
            (LevelFilter::Officials, t::OFFICIALS_LEVEL),
        ] {
            ui.selectable_value(&mut state.options.level, level, label.get(lang));
        }
        ui.separator();
        ui.checkbox(&mut state.options.compact, t::COMPACT.get(lang))
            .on_hover_text(t::COMPACT_HINT.get(lang));
        ui.separator();
        // Each label stays with its choice, and the pair starts a new line where it would
        // not fit (on a narrow window), rather than running past the edge.
        let room = |ui: &mut egui::Ui| {
            if ui.available_size_before_wrap().x < 330.0 {
                ui.end_row();
            }
        };
        room(ui);
        ui.horizontal(|ui| {
            let orgs = super::org_options(view);
            let label = ui.label(t::HIGHLIGHT_ORG.get(lang));
            crate::ui::widgets::names_next(ui, &label);
            let current = match &state.highlight {
                Highlight::Organisation(o) => Some(o),
                _ => None,
            };
            if let Some(v) =
                crate::ui::widgets::reference(ui, "highlight-org", current, orgs, true, lang, true)
            {
                state.highlight = v.map_or(Highlight::None, Highlight::Organisation);
            }
        });
        room(ui);
        ui.horizontal(|ui| {
            let people = super::meetings::people_options(view);
            let label = ui.label(t::HIGHLIGHT_PERSON.get(lang));
            crate::ui::widgets::names_next(ui, &label);
            let current = match &state.highlight {
                Highlight::Person(p) => Some(p),
                _ => None,
            };
            if let Some(v) = crate::ui::widgets::reference(
                ui,
                "highlight-person",
                current,
                people,
                true,
                lang,
                true,
            ) {
                state.highlight = v.map_or(Highlight::None, Highlight::Person);
            }
        });
        ui.separator();
        if ui.button(t::FIT.get(lang)).clicked() {
            state.fit = true;
        }
        if !state.options.collapsed.is_empty() && ui.button(t::EXPAND_ALL.get(lang)).clicked() {
            state.options.collapsed.clear();
        }
        ui.menu_button(t::EXPORT_MENU.get(lang), |ui| {
            for (label, format) in [
                (t::CHART_SVG, crate::export::ChartFormat::Svg),
                (t::CHART_PNG, crate::export::ChartFormat::Png),
            ] {
                if ui.button(label.get(lang)).clicked() {
                    let mut options = state.options.clone();
                    options.lang = lang;
                    out.export = Some(Export::OrgChart {
                        options,
                        highlight: look(view, &state.highlight, None).highlight,
                        format,
                    });
                    ui.close();
                }
            }
        });
    });
}

fn chart_ui(ui: &mut egui::Ui, view: &View, state: &mut StructureState, out: &mut Out) {
    let lang = view.lang;
    toolbar_ui(ui, view, state, out);
    ui.label(egui::RichText::new(t::CHART_HINT.get(lang)).weak().small());

    // Details of the selected body beside the chart.
    if let Some(id) = state.selected.clone() {
        egui::Panel::right("structure-detail")
            .resizable(true)
            .default_size(300.0)
            .show(ui, |ui| detail_ui(ui, view, state, &id, out));
    }

    let (layout, scene) = state.chart(view);
    if layout.boxes.is_empty() {
        ui.label(t::NO_BODIES_AT_LEVEL.get(lang));
        return;
    }
    let chart_rect =
        egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(scene.size[0], scene.size[1]));
    if std::mem::take(&mut state.fit) {
        state.scene_rect = chart_rect.expand(10.0);
    }
    let mut clicked = None;
    let mut double_clicked = None;
    egui::Frame::canvas(ui.style()).show(ui, |ui| {
        let response =
            egui::Scene::new()
                .zoom_range(0.05..=4.0)
                .show(ui, &mut state.scene_rect, |ui| {
                    let visible = ui.clip_rect();
                    crate::ui::paint::paint_scene(ui.painter(), &scene, egui::Pos2::ZERO, visible);
                    // Every visible box is a button: click selects, double-click opens.
                    for b in &layout.boxes {
                        let rect = egui::Rect::from_min_max(b.min.into(), b.max.into());
                        if !rect.intersects(visible) {
                            continue;
                        }
                        let name = view
                            .doc
                            .body(&b.body)
                            .map_or_else(|| b.body.to_string(), |x| x.name.clone());
                        let r = ui
                            .interact(
                                rect,
                                egui::Id::unique(("chart-box", b.body.as_str())),
                                egui::Sense::click(),
                            )
                            .on_hover_text(&name);
                        r.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                format!("{} {name}", t::CHART_BOX.get(lang)),
                            )
                        });
                        if r.double_clicked() {
                            double_clicked = Some(b.body.clone());
                        } else if r.clicked() {
                            clicked = Some(b.body.clone());
                        }
                    }
                    // The chart's own extent, so the scene's bounds are the chart's.
                    ui.allocate_rect(chart_rect, egui::Sense::hover());
                });
        let _ = response;
    });
    if let Some(b) = double_clicked {
        out.nav = Some(Nav::Body(b));
    } else if let Some(b) = clicked {
        state.selected = if state.selected.as_ref() == Some(&b) {
            None
        } else {
            Some(b)
        };
    }
}

fn detail_ui(
    ui: &mut egui::Ui,
    view: &View,
    state: &mut StructureState,
    id: &BodyId,
    out: &mut Out,
) {
    let lang = view.lang;
    let Some(body) = view.doc.body(id) else {
        state.selected = None;
        return;
    };
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(&body.name);
        ui.label(format!(
            "{} · {}",
            body.kind.label(lang),
            body.level.label(lang)
        ));
        let (summary, ok) = crate::model::query::composition_summary(view.doc, body, lang);
        if !summary.is_empty() {
            ui.colored_label(
                if ok {
                    crate::theme::OK
                } else {
                    crate::theme::ERROR
                },
                summary,
            );
        }
        ui.horizontal(|ui| {
            if ui.button(t::OPEN_BODY.get(lang)).clicked() {
                out.nav = Some(Nav::Body(id.clone()));
            }
            let collapsed = state.options.collapsed.contains(id);
            if ui
                .button(if collapsed {
                    t::EXPAND.get(lang)
                } else {
                    t::COLLAPSE.get(lang)
                })
                .clicked()
            {
                if collapsed {
                    state.options.collapsed.remove(id);
                } else {
                    state.options.collapsed.insert(id.clone());
                }
            }
        });
        ui.separator();
        ui.strong(t::SEATS.get(lang));
        for seat in &body.memberships {
            let who = seat
                .person
                .as_ref()
                .and_then(|p| view.doc.person(p))
                .map_or_else(
                    || t::VACANT_SEAT.get(lang).to_owned(),
                    crate::model::Person::display_name,
                );
            ui.horizontal_wrapped(|ui| {
                ui.label(who);
                ui.weak(seat.role.label(lang));
                if let Some(org) = seat
                    .represents
                    .as_ref()
                    .and_then(|o| view.doc.organisation(o))
                {
                    ui.weak(&org.name);
                }
            });
        }
        ui.separator();
        for l in view
            .doc
            .links
            .iter()
            .filter(|l| &l.from == id || &l.to == id)
        {
            let name = |b: &BodyId| {
                view.doc
                    .body(b)
                    .map_or_else(|| b.to_string(), |x| x.label().to_owned())
            };
            ui.label(format!(
                "{} {} {}",
                name(&l.from),
                l.kind.label(lang),
                name(&l.to)
            ));
        }
    });
}

/// Organisations down, bodies across; only the cells in view are drawn.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // pixels to cell indices, clamped at 0
fn matrix_ui(ui: &mut egui::Ui, view: &View, matrix: &crate::model::matrix::Matrix, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let (row_h, col_w, head_w, head_h) = (22.0_f32, 86.0_f32, 220.0_f32, 26.0_f32);
    let rows = matrix.organisations.len() + 2;
    ui.label(egui::RichText::new(t::MATRIX_HINT.get(lang)).weak().small());
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| {
            let size = egui::vec2(
                head_w + col_w * (matrix.bodies.len() + 1) as f32,
                head_h + row_h * rows as f32,
            );
            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            let origin = rect.min;
            let painter = ui.painter();
            let text_colour = ui.visuals().text_color();
            let weak = ui.visuals().weak_text_color();
            let font = egui::FontId::proportional(12.0);
            let visible_cols = {
                let first = ((viewport.min.x - head_w) / col_w).floor().max(0.0) as usize;
                let last = ((viewport.max.x - head_w) / col_w).ceil().max(0.0) as usize + 1;
                first..last.min(matrix.bodies.len() + 1)
            };
            let visible_rows = {
                let first = ((viewport.min.y - head_h) / row_h).floor().max(0.0) as usize;
                let last = ((viewport.max.y - head_h) / row_h).ceil().max(0.0) as usize + 1;
                first..last.min(rows)
            };
            let cell = |r: usize, c: usize| {
                egui::Rect::from_min_size(
                    origin + egui::vec2(head_w + col_w * c as f32, head_h + row_h * r as f32),
                    egui::vec2(col_w, row_h),
                )
            };
            // Column heads: body short names, and the total column.
            for c in visible_cols.clone() {
                let label = matrix
                    .bodies
                    .get(c)
                    .and_then(|b| doc.body(b))
                    .map_or_else(|| t::TOTAL.get(lang).to_owned(), |b| b.label().to_owned());
                let r = egui::Rect::from_min_size(
                    origin + egui::vec2(head_w + col_w * c as f32, 0.0),
                    egui::vec2(col_w, head_h),
                );
                painter.with_clip_rect(r.shrink(2.0)).text(
                    r.center(),
                    egui::Align2::CENTER_CENTER,
                    label,
                    font.clone(),
                    text_colour,
                );
            }
            for r in visible_rows {
                let y = origin.y + head_h + row_h * r as f32;
                let (name, totals_row) = match matrix.organisations.get(r) {
                    Some(o) => (
                        doc.organisation(o)
                            .map_or_else(|| o.to_string(), |o| o.name.clone()),
                        false,
                    ),
                    None if r == matrix.organisations.len() => {
                        (t::TOTAL.get(lang).to_owned(), true)
                    }
                    None => (t::BALANCE.get(lang).to_owned(), true),
                };
                if r % 2 == 0 {
                    painter.rect_filled(
                        egui::Rect::from_min_size(
                            egui::pos2(origin.x, y),
                            egui::vec2(size.x, row_h),
                        ),
                        0.0,
                        ui.visuals().faint_bg_color,
                    );
                }
                painter.text(
                    egui::pos2(origin.x + 4.0, y + row_h / 2.0),
                    egui::Align2::LEFT_CENTER,
                    name,
                    font.clone(),
                    if totals_row { weak } else { text_colour },
                );
                for c in visible_cols.clone() {
                    let (text, tone) = matrix_cell(doc, matrix, r, c, lang);
                    let colour = match tone {
                        Tone::Normal => text_colour,
                        Tone::Weak => weak,
                        Tone::Ok => crate::theme::OK,
                        Tone::Bad => crate::theme::ERROR,
                    };
                    if !text.is_empty() {
                        // A long cell is cut at its edges; the tooltip has it whole.
                        painter.with_clip_rect(cell(r, c).shrink(2.0)).text(
                            cell(r, c).center(),
                            egui::Align2::CENTER_CENTER,
                            text,
                            font.clone(),
                            colour,
                        );
                    }
                }
            }
            // Hover: the whole cell in words; click a column head to open the body.
            if let Some(p) = ui.ctx().pointer_hover_pos()
                && rect.contains(p)
            {
                let local = p - origin;
                let c = ((local.x - head_w) / col_w).floor();
                let r = ((local.y - head_h) / row_h).floor();
                let body = (c >= 0.0)
                    .then(|| matrix.bodies.get(c as usize))
                    .flatten()
                    .and_then(|b| doc.body(b));
                let text = match (body, r) {
                    (Some(body), r) if r < 0.0 => {
                        if ui.input(|i| i.pointer.primary_clicked()) {
                            out.nav = Some(Nav::Body(body.id.clone()));
                        }
                        Some(body.name.clone())
                    }
                    (Some(body), r) => {
                        let r = r as usize;
                        match matrix.organisations.get(r) {
                            Some(o) => {
                                let org = doc.organisation(o).map_or("", |o| o.name.as_str());
                                let roles: Vec<&str> = matrix.cells[r][c as usize]
                                    .iter()
                                    .map(|role| role.label(lang))
                                    .collect();
                                Some(if roles.is_empty() {
                                    format!("{org} – {}", body.name)
                                } else {
                                    format!("{org} – {}: {}", body.name, roles.join(", "))
                                })
                            }
                            None if r == matrix.organisations.len() + 1 => {
                                let (summary, _) =
                                    crate::model::query::composition_summary(doc, body, lang);
                                Some(format!("{}: {summary}", body.name))
                            }
                            None => None,
                        }
                    }
                    _ => None,
                };
                if let Some(text) = text {
                    egui::Tooltip::always_open(
                        ui.ctx().clone(),
                        ui.layer_id(),
                        egui::Id::unique("matrix-tip"),
                        egui::PopupAnchor::Pointer,
                    )
                    .show(|ui| ui.label(text));
                }
            }
        });
}

/// How a matrix cell's text is coloured.
enum Tone {
    Normal,
    Weak,
    Ok,
    Bad,
}

/// The text of row `r`, column `c`: roles, then the totals row and column, then the
/// composition check per body.
fn matrix_cell(
    doc: &crate::model::Document,
    matrix: &crate::model::matrix::Matrix,
    r: usize,
    c: usize,
    lang: crate::i18n::Lang,
) -> (String, Tone) {
    let orgs = matrix.organisations.len();
    match (r.cmp(&orgs), matrix.bodies.get(c)) {
        (std::cmp::Ordering::Less, Some(_)) => {
            // "5 led, samm": a count per role keeps the cell short.
            let mut counts: Vec<(crate::model::Role, usize)> = Vec::new();
            for role in &matrix.cells[r][c] {
                match counts.iter_mut().find(|(x, _)| x == role) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((*role, 1)),
                }
            }
            let text: Vec<String> = counts
                .into_iter()
                .map(|(role, n)| {
                    let short = crate::i18n::role_short(role, lang);
                    if n > 1 {
                        format!("{n} {short}")
                    } else {
                        short.to_owned()
                    }
                })
                .collect();
            (text.join(", "), Tone::Normal)
        }
        (std::cmp::Ordering::Less, None) => (matrix.row_totals[r].to_string(), Tone::Weak),
        (std::cmp::Ordering::Equal, _) => (
            matrix.column_totals.get(c).map_or_else(
                || matrix.column_totals.iter().sum::<usize>().to_string(),
                ToString::to_string,
            ),
            Tone::Weak,
        ),
        (std::cmp::Ordering::Greater, Some(b)) => match doc.body(b) {
            Some(body) if !body.composition.is_empty() => {
                let (_, ok) = crate::model::query::composition_summary(doc, body, lang);
                if ok {
                    ("ok".to_owned(), Tone::Ok)
                } else {
                    ("!".to_owned(), Tone::Bad)
                }
            }
            _ => (String::new(), Tone::Weak),
        },
        (std::cmp::Ordering::Greater, None) => (String::new(), Tone::Weak),
    }
}

fn links_ui(ui: &mut egui::Ui, view: &View, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let name = |id: &BodyId| {
        doc.body(id)
            .map_or_else(|| id.to_string(), |b| b.name.clone())
    };
    let row_height = crate::theme::ROW_HEIGHT;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, doc.links.len(), |ui, rows| {
            for l in &doc.links[rows] {
                ui.horizontal(|ui| {
                    ui.set_height(row_height);
                    if ui.link(name(&l.from)).clicked() {
                        out.nav = Some(Nav::Body(l.from.clone()));
                    }
                    ui.label(l.kind.label(lang));
                    if ui.link(name(&l.to)).clicked() {
                        out.nav = Some(Nav::Body(l.to.clone()));
                    }
                    if !l.note.is_empty() {
                        ui.weak(format!("– {}", l.note));
                    }
                });
            }
        });
}
