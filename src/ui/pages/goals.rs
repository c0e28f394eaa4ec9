//! Mål: the shared goals with their targets, indicators and values.

use super::org_options;
use crate::edit::Edit;
use crate::i18n::{Label, Lang, Tr, t};
use crate::model::{Direction, Document, Goal, GoalId, fresh_id};
use crate::ui::form::Form;
use crate::ui::record_page::RecordKind;
use crate::ui::widgets::{self, field_label};
use crate::ui::{Out, View};
use chrono::Datelike;

pub struct Goals;

impl RecordKind for Goals {
    type Id = GoalId;
    type Record = Goal;
    const SALT: &'static str = "goals";
    const HEADING: Tr = t::GOALS;
    const NEW: Tr = t::NEW_GOAL;

    fn columns() -> Vec<Tr> {
        vec![t::TEXT, t::TARGET, t::AREA]
    }

    fn all(doc: &Document) -> &[Goal] {
        &doc.goals
    }

    fn id(goal: &Goal) -> &GoalId {
        &goal.id
    }

    fn cells(view: &View, g: &Goal) -> Vec<String> {
        vec![g.text.clone(), goal_target(g, view.lang), g.area.clone()]
    }

    fn create(view: &View) -> Option<(GoalId, Edit)> {
        let lang = view.lang;
        let id = GoalId::new(fresh_id(
            GoalId::PREFIX,
            view.doc.goals.iter().map(|g| g.id.as_str()),
        ));
        let goal = Goal {
            id: id.clone(),
            area: String::new(),
            text: t::NEW_GOAL.get(lang).to_owned(),
            direction: Direction::Increase,
            target_change: None,
            unit: t::PERCENTAGE_POINTS.get(lang).to_owned(),
            target_note: String::new(),
            baseline_year: None,
            target_year: None,
            indicators: Vec::new(),
            followed_by: Vec::new(),
            targets: Vec::new(),
            analyses: Vec::new(),
        };
        Some((id, Edit::PutGoal(goal)))
    }

    fn detail(ui: &mut egui::Ui, view: &View, goal: &Goal, out: &mut Out) {
        let lang = view.lang;
        // The goal is its text ("Färre barn … ska utsättas för tobaksrökning"); the target
        // ("minska 2 procentenheter") is one of its fields.
        let title = if goal.text.trim().is_empty() {
            goal_target(goal, lang)
        } else {
            goal.text.clone()
        };
        if super::detail_header(ui, &title, lang, view.editable()) {
            out.delete = Some(Edit::DeleteGoal(goal.id.clone()));
        }
        let mut form = Form::new(goal, goal.id.as_str(), view);
        form.grid(ui, |ui, f| {
            f.text(ui, t::AREA, |g| &mut g.area);
            f.choice(
                ui,
                t::DIRECTION,
                &[Direction::Increase, Direction::Decrease],
                |g| &mut g.direction,
            );
            f.decimal(ui, t::TARGET, |g| &mut g.target_change);
            f.text(ui, t::UNIT, |g| &mut g.unit);
            f.text(ui, t::NOTES, |g| &mut g.target_note);
            f.number(ui, t::BASELINE_YEAR, |g| &mut g.baseline_year);
            f.number(ui, t::TARGET_YEAR, |g| &mut g.target_year);
        });
        form.multiline(ui, t::TEXT, |g| &mut g.text);
        if let Some(g) = form.finish() {
            out.edits.push(Edit::PutGoal(g));
        }
        followers_ui(ui, view, goal, out);
        targets_ui(ui, view, goal, out);
        indicators_ui(ui, view, goal, out);
    }
}

/// "minska 2 procentenheter" (words, not arrows: the UI font has no arrow glyphs).
pub fn goal_target(g: &Goal, lang: Lang) -> String {
    let amount = g
        .target_change
        .map(|v| format!(" {v} {}", g.unit))
        .unwrap_or_default();
    let note = if g.target_note.is_empty() {
        String::new()
    } else {
        format!(" ({})", g.target_note)
    };
    format!("{}{amount}{note}", g.direction.label(lang))
}

/// The bodies that follow the goal up (Uppföljning filters on them).
fn followers_ui(ui: &mut egui::Ui, view: &View, goal: &Goal, out: &mut Out) {
    use crate::i18n::perspective as p;
    let lang = view.lang;
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        field_label(ui, p::FOLLOWED_BY.get(lang));
        for (k, b) in goal.followed_by.iter().enumerate() {
            let name = view.doc.body(b).map_or(b.as_str(), |b| b.label());
            if ui.link(name).clicked() {
                out.nav = Some(crate::ui::Nav::Body(b.clone()));
            }
            if view.editable() && ui.small_button("×").clicked() {
                let mut g = goal.clone();
                g.followed_by.remove(k);
                out.edits.push(Edit::PutGoal(g));
            }
        }
        let options: Vec<(crate::model::BodyId, String)> = super::body_options(view)
            .iter()
            .filter(|(id, _)| !goal.followed_by.contains(id))
            .cloned()
            .collect();
        if let Some(b) = widgets::add_picker(
            ui,
            ("followed-by", goal.id.as_str()),
            &options,
            t::ADD.get(lang),
            view.editable(),
        ) {
            let mut g = goal.clone();
            g.followed_by.push(b);
            out.edits.push(Edit::PutGoal(g));
        }
    });
}

/// Targets of their own for some organisations, where the goal's text says so; the others
/// are judged by the goal's target.
fn targets_ui(ui: &mut egui::Ui, view: &View, goal: &Goal, out: &mut Out) {
    use crate::i18n::perspective as p;
    use crate::model::OrganisationTarget;
    let lang = view.lang;
    let on = view.editable();
    ui.add_space(6.0);
    field_label(ui, p::OWN_TARGETS.get(lang));
    let mut g = goal.clone();
    let mut changed = false;
    let mut remove = None;
    egui::Grid::new(("own-targets", goal.id.as_str()))
        .num_columns(3)
        .show(ui, |ui| {
            for (k, target) in goal.targets.iter().enumerate() {
                let name = view
                    .doc
                    .organisations
                    .iter()
                    .find(|o| o.id == target.organisation)
                    .map_or(target.organisation.as_str(), |o| o.name.as_str());
                ui.label(name);
                widgets::name_next(ui, name);
                if let Some(Some(c)) = widgets::decimal(
                    ui,
                    ("own-target", goal.id.as_str(), k),
                    Some(target.change),
                    on,
                    lang,
                ) {
                    g.targets[k].change = c;
                    changed = true;
                }
                if ui.add_enabled(on, egui::Button::new("×").small()).clicked() {
                    remove = Some(k);
                }
                ui.end_row();
            }
        });
    if let Some(k) = remove {
        g.targets.remove(k);
        changed = true;
    }
    let options: Vec<(crate::model::OrganisationId, String)> = org_options(view)
        .iter()
        .filter(|(id, _)| !goal.targets.iter().any(|t| &t.organisation == id))
        .cloned()
        .collect();
    if let Some(o) = widgets::add_picker(
        ui,
        ("own-target-add", goal.id.as_str()),
        &options,
        t::ORGANISATION.get(lang),
        on,
    ) {
        g.targets.push(OrganisationTarget {
            organisation: o,
            change: goal.target_change.unwrap_or(0.0),
        });
        changed = true;
    }
    if changed {
        out.edits.push(Edit::PutGoal(g));
    }
}

/// A goal's indicators and their values per year and organisation.
fn indicators_ui(ui: &mut egui::Ui, view: &View, goal: &Goal, out: &mut Out) {
    use crate::model::{Gender, Indicator, IndicatorId, IndicatorValue, Missing};
    let lang = view.lang;
    let on = view.editable();
    let orgs = org_options(view);
    let mut g = goal.clone();
    let mut changed = false;
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        ui.strong(t::INDICATORS.get(lang));
        if ui
            .add_enabled(on, egui::Button::new(format!("+ {}", t::ADD.get(lang))))
            .clicked()
        {
            let used = view
                .doc
                .goals
                .iter()
                .flat_map(|g| &g.indicators)
                .map(|i| i.id.as_str());
            let id = IndicatorId::new(fresh_id(IndicatorId::PREFIX, used));
            let name = (id.as_str().to_owned(), "name");
            widgets::focus_when_shown(ui, name, widgets::Select::All);
            g.indicators.push(Indicator {
                id,
                name: t::INDICATORS.get(lang).to_owned(),
                source: String::new(),
                kolada: None,
                values: Vec::new(),
            });
            changed = true;
        }
    });
    let mut remove_indicator = None;
    for (i, ind) in goal.indicators.iter().enumerate() {
        let iid = ind.id.as_str();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            egui::Grid::new(("indicator", iid))
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    field_label(ui, t::NAME.get(lang));
                    ui.horizontal(|ui| {
                        if let Some(v) = widgets::text(ui, (iid, "name"), &ind.name, on) {
                            g.indicators[i].name = v;
                            changed = true;
                        }
                    });
                    ui.end_row();
                    field_label(ui, t::SOURCE.get(lang));
                    if let Some(v) = widgets::text(ui, (iid, "source"), &ind.source, on) {
                        g.indicators[i].source = v;
                        changed = true;
                    }
                    ui.end_row();
                    field_label(ui, crate::i18n::perspective::KOLADA.get(lang));
                    let kolada = ind.kolada.as_deref().unwrap_or("");
                    if let Some(v) = widgets::text(ui, (iid, "kolada"), kolada, on) {
                        g.indicators[i].kolada = (!v.is_empty()).then_some(v);
                        changed = true;
                    }
                    ui.end_row();
                });
            let mut remove_value = None;
            if !ind.values.is_empty() {
                // A table, so the header stands over its column; only the rows in view are
                // laid out (a followed indicator has a value per organisation and year,
                // hundreds of rows) and the header stays while they scroll.
                let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
                egui_extras::TableBuilder::new(ui)
                    .id_salt(("values", iid))
                    .striped(true)
                    .max_scroll_height(320.0)
                    .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
                    .column(egui_extras::Column::exact(64.0))
                    .column(egui_extras::Column::remainder().at_least(110.0).clip(true))
                    .column(egui_extras::Column::exact(96.0))
                    .column(egui_extras::Column::exact(96.0).clip(true))
                    .column(egui_extras::Column::exact(28.0))
                    .header(row_height, |mut header| {
                        for h in [t::YEAR, t::ORGANISATION, t::VALUE] {
                            header.col(|ui| {
                                ui.strong(h.get(lang));
                            });
                        }
                    })
                    .body(|body| {
                        body.rows(row_height, ind.values.len(), |mut row| {
                            let j = row.index();
                            let v = &ind.values[j];
                            row.col(|ui| {
                                widgets::name_next(ui, t::YEAR.get(lang));
                                if let Some(Some(y)) = widgets::number_sized::<i32>(
                                    ui,
                                    (iid, "year", j),
                                    Some(v.year),
                                    on,
                                    60.0,
                                ) {
                                    g.indicators[i].values[j].year = y;
                                    changed = true;
                                }
                            });
                            row.col(|ui| {
                                widgets::name_next(ui, t::ORGANISATION.get(lang));
                                if let Some(o) = widgets::reference(
                                    ui,
                                    (iid, "org", j),
                                    v.organisation.as_ref(),
                                    orgs,
                                    true,
                                    lang,
                                    on,
                                ) {
                                    g.indicators[i].values[j].organisation = o;
                                    changed = true;
                                }
                            });
                            row.col(|ui| {
                                widgets::name_next(ui, t::VALUE.get(lang));
                                if let Some(x) =
                                    widgets::decimal(ui, (iid, "value", j), v.amount, on, lang)
                                {
                                    let value = &mut g.indicators[i].values[j];
                                    value.amount = x;
                                    if x.is_some() {
                                        value.missing = None;
                                    }
                                    changed = true;
                                }
                            });
                            // Whose value, and why there is none.
                            row.col(|ui| {
                                let mut note = Vec::new();
                                if !v.gender.is_total() {
                                    note.push(crate::i18n::Label::label(&v.gender, lang));
                                }
                                if let (None, Some(why)) = (v.amount, v.missing) {
                                    note.push(crate::i18n::Label::label(&why, lang));
                                }
                                ui.add(
                                    egui::Label::new(egui::RichText::new(note.join(", ")).weak())
                                        .truncate(),
                                );
                            });
                            row.col(|ui| {
                                if ui.add_enabled(on, egui::Button::new("×").small()).clicked() {
                                    remove_value = Some(j);
                                }
                            });
                        });
                    });
            }
            if let Some(j) = remove_value {
                g.indicators[i].values.remove(j);
                changed = true;
            }
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        on,
                        egui::Button::new(format!("+ {}", t::ADD_VALUE.get(lang))),
                    )
                    .clicked()
                {
                    let year = ind
                        .values
                        .iter()
                        .map(|v| v.year)
                        .max()
                        .map_or(view.today.year(), |y| y + 1);
                    g.indicators[i].values.push(IndicatorValue::missing(
                        year,
                        None,
                        Gender::Total,
                        Missing::NotReported,
                    ));
                    changed = true;
                }
                if ui
                    .add_enabled(on, egui::Button::new(t::REMOVE.get(lang)))
                    .clicked()
                {
                    remove_indicator = Some(i);
                }
            });
        });
    }
    if let Some(i) = remove_indicator {
        g.indicators.remove(i);
        changed = true;
    }
    if changed {
        out.edits.push(Edit::PutGoal(g));
    }
}
