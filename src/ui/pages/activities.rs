//! Årshjulets aktiviteter: what each body does in which month, week or day of the year.

use crate::edit::Edit;
use crate::i18n::{Lang, Tr, month_name, obligations as ob, t};
use crate::model::{Activity, ActivityId, Document, Recurrence, fresh_id};
use crate::ui::form::Form;
use crate::ui::list::Row;
use crate::ui::record_page::RecordKind;
use crate::ui::{Out, View};

pub struct Activities;

impl RecordKind for Activities {
    type Id = ActivityId;
    type Record = Activity;
    const SALT: &'static str = "activities";
    const HEADING: Tr = t::WHEEL;
    const NEW: Tr = t::NEW_ACTIVITY;

    fn columns() -> Vec<Tr> {
        vec![t::TITLE, t::WHEN, t::BODY]
    }

    fn all(doc: &Document) -> &[Activity] {
        &doc.cycle.activities
    }

    fn id(a: &Activity) -> &ActivityId {
        &a.id
    }

    fn cells(view: &View, a: &Activity) -> Vec<String> {
        vec![
            a.title.clone(),
            crate::i18n::recurrence_text(&a.when, view.lang),
            view.doc.body_label(&a.body),
        ]
    }

    /// In the order of the operating year, so sorting by "när" is not needed.
    fn rows(view: &View) -> Vec<Row<ActivityId>> {
        let start = view.doc.cycle.start_month.clamp(1, 12);
        let mut rows: Vec<(u8, Row<ActivityId>)> = view
            .doc
            .cycle
            .activities
            .iter()
            .map(|a| {
                let order = (a.when.month() + 12 - start) % 12;
                let row = Row {
                    key: a.id.clone(),
                    cells: Self::cells(view, a),
                };
                (order, row)
            })
            .collect();
        rows.sort_by_key(|(o, _)| *o);
        rows.into_iter().map(|(_, r)| r).collect()
    }

    fn can_create(view: &View) -> bool {
        !view.doc.bodies.is_empty()
    }

    fn create(view: &View) -> Option<(ActivityId, Edit)> {
        let doc = view.doc;
        let body = doc.bodies.first()?;
        let id = ActivityId::new(fresh_id(
            ActivityId::PREFIX,
            doc.cycle.activities.iter().map(|a| a.id.as_str()),
        ));
        let activity = Activity {
            id: id.clone(),
            body: body.id.clone(),
            title: t::NEW_ACTIVITY.get(view.lang).to_owned(),
            description: String::new(),
            when: Recurrence::Month(doc.cycle.start_month.clamp(1, 12)),
            is_meeting: false,
            report_back: None,
        };
        Some((id, Edit::PutActivity(activity)))
    }

    fn detail(ui: &mut egui::Ui, view: &View, activity: &Activity, out: &mut Out) {
        let lang = view.lang;
        if super::detail_header(ui, &activity.title, lang, view.editable()) {
            out.delete = Some(Edit::DeleteActivity(activity.id.clone()));
        }
        let bodies = super::body_options(view);
        let mut form = Form::new(activity, activity.id.as_str(), view);
        form.grid(ui, |ui, f| {
            f.text(ui, t::TITLE, |a| &mut a.title);
            f.required(ui, t::BODY, bodies, |a| &mut a.body);
            f.row(ui, t::WHEN, |ui, a, on| {
                recurrence_ui(ui, &activity.id, &a.when, lang, on)
                    .map(|v| a.when = v)
                    .is_some()
            });
            f.row(ui, t::MEETING, |ui, a, on| {
                let label = t::A_MEETING_OF_THE_BODY_PLANNED.get(lang);
                ui.add_enabled(on, egui::Checkbox::new(&mut a.is_meeting, label))
                    .changed()
            });
            f.row(ui, ob::REPORT_BACK, |ui, a, on| {
                report_back_ui(ui, view, a, bodies, on)
            });
        });
        form.multiline(ui, t::DESCRIPTION, |a| &mut a.description);
        if let Some(a) = form.finish() {
            out.edits.push(Edit::PutActivity(a));
        }
    }
}

/// The four kinds of recurrence, and their values.
fn recurrence_ui(
    ui: &mut egui::Ui,
    id: &ActivityId,
    current: &Recurrence,
    lang: Lang,
    on: bool,
) -> Option<Recurrence> {
    use crate::ui::widgets;
    let month = current.month();
    let kinds: [(Recurrence, &str); 4] = [
        (Recurrence::Month(month), t::A_MONTH.get(lang)),
        (Recurrence::IsoWeek(1), t::AN_ISO_WEEK.get(lang)),
        (
            Recurrence::NthWeekday {
                month,
                n: 1,
                weekday: chrono::Weekday::Tue,
            },
            t::THE_N_TH_WEEKDAY_OF_A.get(lang),
        ),
        (
            Recurrence::FixedDate { month, day: 1 },
            t::A_FIXED_DATE.get(lang),
        ),
    ];
    let same_kind =
        |a: &Recurrence, b: &Recurrence| std::mem::discriminant(a) == std::mem::discriminant(b);
    let mut result = None;
    ui.horizontal(|ui| {
        ui.add_enabled_ui(on, |ui| {
            let combo = egui::ComboBox::from_id_salt(("rec-kind", id.as_str()))
                .selected_text(
                    kinds
                        .iter()
                        .find(|(k, _)| same_kind(k, current))
                        .map_or("", |(_, l)| *l),
                )
                .show_ui(ui, |ui| {
                    for (k, label) in &kinds {
                        if ui.selectable_label(same_kind(k, current), *label).clicked()
                            && !same_kind(k, current)
                        {
                            result = Some(k.clone());
                        }
                    }
                });
            // Named by the form's label of the row.
            crate::ui::widgets::labelled(ui, combo.response);
        });
        let month_combo = |ui: &mut egui::Ui, salt: &str, m: u8| -> Option<u8> {
            let mut v = m;
            ui.add_enabled_ui(on, |ui| {
                egui::ComboBox::from_id_salt((salt, id.as_str()))
                    .selected_text(month_name(u32::from(m), lang))
                    .show_ui(ui, |ui| {
                        for x in 1..=12u8 {
                            ui.selectable_value(&mut v, x, month_name(u32::from(x), lang));
                        }
                    })
                    .response
                    .accessible_name(t::MONTH.get(lang));
            });
            (v != m).then_some(v)
        };
        match current {
            Recurrence::Month(m) => {
                if let Some(v) = month_combo(ui, "rec-month", *m) {
                    result = Some(Recurrence::Month(v));
                }
            }
            Recurrence::IsoWeek(w) => {
                ui.label(t::WEEK.get(lang));
                if let Some(Some(v)) =
                    widgets::number::<u8>(ui, ("rec-week", id.as_str()), Some(*w), on)
                {
                    result = Some(Recurrence::IsoWeek(v.clamp(1, 53)));
                }
            }
            Recurrence::NthWeekday { month, n, weekday } => {
                let mut nn = *n;
                let mut wd = *weekday;
                ui.add_enabled_ui(on, |ui| {
                    egui::ComboBox::from_id_salt(("rec-n", id.as_str()))
                        .selected_text(if nn == -1 {
                            t::LAST.get(lang).to_owned()
                        } else {
                            format!("{nn}:{}", if nn <= 2 { "a" } else { "e" })
                        })
                        .show_ui(ui, |ui| {
                            for x in [1i8, 2, 3, 4, -1] {
                                let label = if x == -1 {
                                    t::LAST.get(lang).to_owned()
                                } else {
                                    format!("{x}:{}", if x <= 2 { "a" } else { "e" })
                                };
                                ui.selectable_value(&mut nn, x, label);
                            }
                        })
                        .response
                        .accessible_name(t::THE_N_TH_WEEKDAY_OF_A.get(lang));
                    egui::ComboBox::from_id_salt(("rec-wd", id.as_str()))
                        .selected_text(crate::i18n::weekday_name(wd, lang))
                        .show_ui(ui, |ui| {
                            for x in [
                                chrono::Weekday::Mon,
                                chrono::Weekday::Tue,
                                chrono::Weekday::Wed,
                                chrono::Weekday::Thu,
                                chrono::Weekday::Fri,
                            ] {
                                ui.selectable_value(&mut wd, x, crate::i18n::weekday_name(x, lang));
                            }
                        })
                        .response
                        .accessible_name(t::WEEKDAY.get(lang));
                });
                ui.label(t::OF.get(lang));
                let m = month_combo(ui, "rec-nth-month", *month).unwrap_or(*month);
                if nn != *n || wd != *weekday || m != *month {
                    result = Some(Recurrence::NthWeekday {
                        month: m,
                        n: nn,
                        weekday: wd,
                    });
                }
            }
            Recurrence::FixedDate { month, day } => {
                let d =
                    widgets::number::<u8>(ui, ("rec-day", id.as_str()), Some(*day), on).flatten();
                let m = month_combo(ui, "rec-fixed-month", *month);
                if d.is_some() || m.is_some() {
                    result = Some(Recurrence::FixedDate {
                        month: m.unwrap_or(*month),
                        day: d.unwrap_or(*day).clamp(1, 31),
                    });
                }
            }
        }
    });
    result
}

/// Whether the activity is a report-back, from whom (its own body, every body of a kind, or
/// named bodies) and to which body.
fn report_back_ui(
    ui: &mut egui::Ui,
    view: &View,
    a: &mut Activity,
    bodies: &[(crate::model::BodyId, String)],
    on: bool,
) -> bool {
    use crate::i18n::Label;
    use crate::model::{BodyKind, ReportBack};
    use crate::ui::widgets;
    let lang = view.lang;
    let mut changed = false;
    ui.vertical(|ui| {
        let mut is = a.report_back.is_some();
        if ui
            .add_enabled(
                on,
                egui::Checkbox::new(&mut is, ob::IS_REPORT_BACK.get(lang)),
            )
            .changed()
        {
            a.report_back = is.then(|| ReportBack {
                from: Vec::new(),
                from_kind: None,
                to: bodies
                    .iter()
                    .map(|(b, _)| b.clone())
                    .find(|b| b != &a.body)
                    .unwrap_or_else(|| a.body.clone()),
            });
            changed = true;
        }
        let Some(rb) = a.report_back.as_mut() else {
            return;
        };
        let id = a.id.as_str();
        ui.horizontal_wrapped(|ui| {
            ui.label(ob::IS_REPORT_BACK.get(lang));
            if let Some(Some(v)) =
                widgets::reference(ui, (id, "rb-to"), Some(&rb.to), bodies, false, lang, on)
            {
                rb.to = v;
                changed = true;
            }
        });
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(ob::REPORTED_BY.get(lang));
            let shown = rb.from_kind.map_or_else(
                || ob::THE_ACTIVITYS_BODY.get(lang).to_owned(),
                |k| format!("{} {}", ob::EVERY_OF_KIND.get(lang), k.label(lang)),
            );
            ui.add_enabled_ui(on, |ui| {
                egui::ComboBox::from_id_salt((id, "rb-kind"))
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        if ui
                            .selectable_label(
                                rb.from_kind.is_none(),
                                ob::THE_ACTIVITYS_BODY.get(lang),
                            )
                            .clicked()
                        {
                            rb.from_kind = None;
                            changed = true;
                        }
                        for k in BodyKind::ALL {
                            let text = format!("{} {}", ob::EVERY_OF_KIND.get(lang), k.label(lang));
                            if ui.selectable_label(rb.from_kind == Some(k), text).clicked() {
                                rb.from_kind = Some(k);
                                changed = true;
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
            });
        });
        let reporters = crate::model::report_back::reporters(
            view.doc,
            &Activity {
                report_back: Some(rb.clone()),
                ..a.clone()
            },
        );
        let names: Vec<String> = reporters.iter().map(|b| view.doc.body_label(b)).collect();
        ui.label(
            egui::RichText::new(format!(
                "{}: {}",
                ob::REPORTED_BY.get(lang),
                names.join(", ")
            ))
            .weak()
            .small(),
        );
    });
    changed
}
