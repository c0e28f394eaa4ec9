//! Årshjul and Tidslinje. The wheel and the timeline are drawn in their own issue; until then
//! the årshjul page shows the cycle as the table of Bilaga 4 (months down, bodies across) and
//! the timeline lists the coming months.

use crate::i18n::{Lang, month_name, t};
use crate::model::{BodyId, fresh_id};
use crate::ui::{Nav, Out, View};

/// Årshjul: the operating year's start month, the activities (list and form), and the
/// Bilaga 4 table.
/// What the Årshjul page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum YearView {
    #[default]
    Wheel,
    Activities,
    Table,
    Plan,
    Rules,
}

/// The Årshjul page's state.
#[derive(Default)]
pub struct YearState {
    pub view: YearView,
    /// The operating year shown and planned (by the calendar year it starts in).
    pub year: Option<i32>,
    pub wheel: super::year_charts::WheelState,
    /// The last proposal, for this (revision, year): planning scans every meeting per
    /// activity, too much to redo every frame in a large document.
    plan: Option<((crate::session::Version, i32), crate::model::plan::Plan)>,
}

/// The operating year `today` is in, by the calendar year it starts in.
pub fn current_operating_year(today: chrono::NaiveDate, start_month: u8) -> i32 {
    use chrono::Datelike;
    if today.month() >= u32::from(start_month) {
        today.year()
    } else {
        today.year() - 1
    }
}

pub fn wheel_ui(ui: &mut egui::Ui, view: &View, state: &mut super::PagesState, out: &mut Out) {
    let lang = view.lang;
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(
            &mut state.year.view,
            YearView::Wheel,
            t::WHEEL_VIEW.get(lang),
        );
        ui.selectable_value(
            &mut state.year.view,
            YearView::Activities,
            t::ACTIVITIES.get(lang),
        );
        ui.selectable_value(
            &mut state.year.view,
            YearView::Table,
            t::TABLE_BY_MONTH_LIKE_BILAGA_4.get(lang),
        );
        ui.selectable_value(&mut state.year.view, YearView::Plan, t::PLAN_YEAR.get(lang));
        ui.selectable_value(
            &mut state.year.view,
            YearView::Rules,
            t::TIMING_RULES.get(lang),
        );
        ui.separator();
        let label = ui.label(t::THE_OPERATING_YEAR_STARTS_IN.get(lang));
        let current = view.doc.cycle.start_month;
        egui::ComboBox::from_id_salt("start-month")
            .selected_text(month_name(u32::from(current), lang))
            .show_ui(ui, |ui| {
                for m in 1..=12u8 {
                    if ui
                        .add_enabled(
                            view.editable(),
                            egui::Button::selectable(m == current, month_name(u32::from(m), lang)),
                        )
                        .clicked()
                        && m != current
                    {
                        out.edits.push(crate::edit::Edit::SetStartMonth(m));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.separator();
    match state.year.view {
        YearView::Wheel => {
            let year = *state.year.year.get_or_insert_with(|| {
                current_operating_year(view.today, view.doc.cycle.start_month)
            });
            ui.horizontal(|ui| {
                ui.label(t::OPERATING_YEAR.get(lang));
                if ui
                    .button("−")
                    .on_hover_text(t::PREVIOUS.get(lang))
                    .clicked()
                {
                    state.year.year = Some(year - 1);
                }
                ui.strong(operating_year_label(year, view.doc.cycle.start_month));
                if ui.button("+").on_hover_text(t::NEXT.get(lang)).clicked() {
                    state.year.year = Some(year + 1);
                }
            });
            super::year_charts::wheel_ui(ui, view, year, &mut state.year.wheel, out);
        }
        YearView::Table => table_ui(ui, view, out),
        YearView::Activities => super::record_page_ui::<super::activities::Activities>(
            ui,
            view,
            &mut state.activities,
            out,
        ),
        YearView::Plan => plan_ui(ui, view, &mut state.year, out),
        YearView::Rules => rules_ui(ui, view, out),
    }
}

/// Planning a year: the proposal from the cycle, seen before anything is created; creating
/// is one edit (one undo step).
fn plan_ui(ui: &mut egui::Ui, view: &View, state: &mut YearState, out: &mut Out) {
    use crate::i18n::obligations as ob;
    let lang = view.lang;
    let doc = view.doc;
    let year = *state
        .year
        .get_or_insert_with(|| current_operating_year(view.today, doc.cycle.start_month) + 1);
    ui.horizontal(|ui| {
        ui.label(t::OPERATING_YEAR.get(lang));
        if ui
            .button("−")
            .on_hover_text(t::PREVIOUS.get(lang))
            .clicked()
        {
            state.year = Some(year - 1);
        }
        ui.strong(operating_year_label(year, doc.cycle.start_month));
        if ui.button("+").on_hover_text(t::NEXT.get(lang)).clicked() {
            state.year = Some(year + 1);
        }
    });
    ui.label(egui::RichText::new(t::PLAN_HINT.get(lang)).weak().small());
    if state
        .plan
        .as_ref()
        .is_none_or(|(k, _)| *k != (view.version, year))
    {
        state.plan = Some(((view.version, year), crate::model::plan::plan(doc, year)));
    }
    let Some((_, plan)) = &state.plan else {
        return;
    };
    if plan.is_empty() {
        ui.label(t::NOTHING_TO_PLAN.get(lang));
        return;
    }
    if ui
        .add_enabled(
            view.editable(),
            egui::Button::new(ob::create_plan(
                plan.meetings.len(),
                plan.report_backs.len(),
                lang,
            )),
        )
        .clicked()
    {
        out.edits.push(crate::edit::plan_edit(doc, plan));
    }
    ui.add_space(4.0);
    let week =
        |d: chrono::NaiveDate| format!("{d} {}", crate::model::calendar::week_label(d, lang));
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("plan-proposals")
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    for p in &plan.meetings {
                        ui.label(week(p.date));
                        ui.label(doc.body(&p.body).map_or(p.body.as_str(), |b| b.label()));
                        ui.label(&p.title);
                        match (p.moved_from, p.reason) {
                            (Some(from), Some(reason)) => ui.colored_label(
                                crate::theme::WARNING,
                                format!("{} {from} ({reason})", t::MOVED_FROM.get(lang)),
                            ),
                            _ => ui.label(""),
                        };
                        ui.end_row();
                    }
                });
            if !plan.report_backs.is_empty() {
                ui.add_space(8.0);
                ui.strong(ob::REPORT_BACKS_PROPOSED.get(lang));
                egui::Grid::new("plan-report-backs")
                    .striped(true)
                    .num_columns(4)
                    .show(ui, |ui| {
                        for r in &plan.report_backs {
                            ui.label(week(r.due));
                            ui.label(format!(
                                "{} – {}",
                                doc.body_label(&r.from),
                                doc.body_label(&r.to)
                            ));
                            ui.label(&r.title);
                            ui.weak(if r.at_meeting {
                                ob::AT_MEETING.get(lang)
                            } else {
                                ob::LAST_WORKING_DAY.get(lang)
                            });
                            ui.end_row();
                        }
                    });
            }
        });
}

/// Timing rules between bodies ("the beredningsgrupp meets at least 7 days before
/// Värmlandsrådet"): checked in the problem list and marked on the timeline.
fn rules_ui(ui: &mut egui::Ui, view: &View, out: &mut Out) {
    use crate::model::{TimingRule, TimingRuleId};
    let lang = view.lang;
    let doc = view.doc;
    let on = view.editable();
    ui.label(
        egui::RichText::new(t::TIMING_RULES_HINT.get(lang))
            .weak()
            .small(),
    );
    let bodies = super::body_options(view);
    egui::Grid::new("timing-rules")
        .striped(true)
        .num_columns(6)
        .show(ui, |ui| {
            for h in [
                t::EARLIER_BODY,
                t::MIN_DAYS_BEFORE,
                t::LATER_BODY,
                t::WITHIN_DAYS,
            ] {
                ui.strong(h.get(lang));
            }
            ui.end_row();
            for rule in &doc.timing_rules {
                let fid = |f: &str| (rule.id.as_str().to_owned(), f.to_owned());
                let mut r = rule.clone();
                let mut changed = false;
                let pick_body = |ui: &mut egui::Ui, field: &str, current: &BodyId| {
                    crate::ui::widgets::reference(
                        ui,
                        fid(field),
                        Some(current),
                        bodies,
                        false,
                        lang,
                        on,
                    )
                    .flatten()
                };
                let days = |ui: &mut egui::Ui, field: &str, current: u16| {
                    crate::ui::widgets::number_sized::<u16>(ui, fid(field), Some(current), on, 50.0)
                        .map(|v| v.unwrap_or(0))
                };
                if let Some(b) = pick_body(ui, "earlier", &rule.earlier) {
                    r.earlier = b;
                    changed = true;
                }
                if let Some(v) = days(ui, "min", rule.min_days) {
                    r.min_days = v;
                    changed = true;
                }
                if let Some(b) = pick_body(ui, "later", &rule.later) {
                    r.later = b;
                    changed = true;
                }
                if let Some(v) = days(ui, "within", rule.within_days) {
                    r.within_days = v;
                    changed = true;
                }
                if ui
                    .add_enabled(on, egui::Button::new(t::REMOVE.get(lang)).small())
                    .clicked()
                {
                    out.edits
                        .push(crate::edit::Edit::DeleteTimingRule(rule.id.clone()));
                }
                if changed {
                    out.edits.push(crate::edit::Edit::PutTimingRule(r));
                }
                ui.end_row();
            }
        });
    if ui
        .add_enabled(
            on && doc.bodies.len() >= 2,
            egui::Button::new(format!("+ {}", t::NEW_TIMING_RULE.get(lang))),
        )
        .clicked()
        && let (Some(a), Some(b)) = (doc.bodies.first(), doc.bodies.get(1))
    {
        let id = TimingRuleId::new(fresh_id(
            TimingRuleId::PREFIX,
            doc.timing_rules.iter().map(|r| r.id.as_str()),
        ));
        out.edits.push(crate::edit::Edit::PutTimingRule(TimingRule {
            id,
            earlier: a.id.clone(),
            later: b.id.clone(),
            min_days: 7,
            within_days: 60,
        }));
    }
    // What the rules find now, from the same validation as the problem list.
    let problems: Vec<&crate::model::validate::Problem> = view
        .problems
        .iter()
        .filter(|p| {
            p.check == crate::model::validate::Check::TimingRules
                || p.path.starts_with("timing_rules")
        })
        .collect();
    if !problems.is_empty() {
        ui.add_space(8.0);
        ui.strong(t::PROBLEMS.get(lang));
        for p in problems {
            ui.colored_label(crate::theme::WARNING, p.message(lang == Lang::En));
        }
    }
}

/// "2026/27" for an operating year starting in August 2026; "2027" for a calendar year.
pub fn operating_year_label(year: i32, start_month: u8) -> String {
    if start_month <= 1 {
        year.to_string()
    } else {
        format!("{year}/{:02}", (year + 1).rem_euclid(100))
    }
}

fn table_ui(ui: &mut egui::Ui, view: &View, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let mut bodies: Vec<&BodyId> = Vec::new();
    for a in &doc.cycle.activities {
        if !bodies.contains(&&a.body) {
            bodies.push(&a.body);
        }
    }
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(t::WHEEL.get(lang));
            ui.weak(t::COMING.get(lang));
            ui.add_space(8.0);
            egui::Grid::new("bilaga4")
                .striped(true)
                .min_col_width(120.0)
                .show(ui, |ui| {
                    ui.strong(t::MONTH.get(lang));
                    for b in &bodies {
                        let label = doc
                            .body(b)
                            .map_or_else(|| b.to_string(), |b| b.label().to_owned());
                        if ui.link(egui::RichText::new(label).strong()).clicked() {
                            out.nav = Some(Nav::Body((*b).clone()));
                        }
                    }
                    ui.end_row();
                    let start = doc.cycle.start_month.clamp(1, 12);
                    for k in 0..12u8 {
                        let month = (start - 1 + k) % 12 + 1;
                        ui.label(month_name(u32::from(month), lang));
                        for b in &bodies {
                            let items: Vec<&str> = doc
                                .cycle
                                .activities
                                .iter()
                                .filter(|a| &&a.body == b && a.when.month() == month)
                                .map(|a| a.title.as_str())
                                .collect();
                            ui.vertical(|ui| {
                                ui.set_max_width(220.0);
                                for i in items {
                                    ui.add(egui::Label::new(format!("• {i}")).wrap());
                                }
                            });
                        }
                        ui.end_row();
                    }
                });
        });
}
