//! Översikt: what is coming up.

use crate::i18n::{Label, Tr, t};
use crate::model::calendar::week_label;
use crate::model::query::upcoming;
use crate::model::validate::Severity;
use crate::ui::{Nav, Out, Page, View};

/// At most this many rows per section; the rest are counted, so a large document's overview
/// stays readable and fast.
const SHOWN: usize = 12;

fn section(ui: &mut egui::Ui, view: &View, title: Tr, n: usize, body: impl FnOnce(&mut egui::Ui)) {
    ui.add_space(8.0);
    ui.strong(format!("{} ({n})", title.get(view.lang)));
    if n == 0 {
        ui.weak(t::NOTHING.get(view.lang));
    } else {
        body(ui);
        if n > SHOWN {
            ui.weak(match view.lang {
                crate::i18n::Lang::Sv => format!("… och {} till", n - SHOWN),
                crate::i18n::Lang::En => format!("… and {} more", n - SHOWN),
            });
        }
    }
}

/// One line of a section: its cells, the last of them a link when the line opens a record.
struct Line {
    cells: Vec<String>,
    link: String,
    nav: Nav,
    after: Vec<String>,
}

struct Section {
    title: Tr,
    /// How many there are in all; only the first [`SHOWN`] lines are kept.
    count: usize,
    lines: Vec<Line>,
}

/// The overview's sections, built once per document version, language and day: the page
/// then only draws at most a dozen lines a section, whatever the size of the document.
#[derive(Default)]
pub struct OverviewState {
    built: Option<(crate::ui::list::RowsKey, Vec<Section>)>,
}

fn sections(view: &View) -> Vec<Section> {
    let lang = view.lang;
    let doc = view.doc;
    let up = upcoming(doc, view.today);
    let section = |title: Tr, count: usize, lines: Vec<Line>| Section {
        title,
        count,
        lines,
    };
    let meetings = up
        .meetings
        .iter()
        .take(SHOWN)
        .map(|m| Line {
            cells: vec![
                format!("{} {}", m.date, week_label(m.date, lang)),
                m.start.map(crate::i18n::clock).unwrap_or_default(),
            ],
            link: doc.meeting_title(m),
            nav: Nav::Meeting(m.id.clone()),
            after: vec![m.status.label(lang).to_owned()],
        })
        .collect();
    let activities = up
        .activities
        .iter()
        .take(SHOWN)
        .map(|(a, from, to)| Line {
            cells: vec![if from == to {
                from.to_string()
            } else {
                format!("{from} – {to}")
            }],
            link: doc.body_label(&a.body),
            nav: Nav::Body(a.body.clone()),
            after: vec![a.title.clone()],
        })
        .collect();
    let due = up
        .assignments_due
        .iter()
        .take(SHOWN)
        .map(|a| Line {
            cells: vec![a.due.map(|d| d.to_string()).unwrap_or_default()],
            link: a.title.clone(),
            nav: Nav::Assignment(a.id.clone()),
            after: vec![doc.assignee_name(&a.assignee)],
        })
        .collect();
    let overdue = up
        .overdue
        .iter()
        .take(SHOWN)
        .map(|a| Line {
            cells: vec![a.due.map(|d| d.to_string()).unwrap_or_default()],
            link: doc.assignee_name(&a.assignee),
            nav: Nav::Assignment(a.id.clone()),
            after: vec![
                a.title.clone(),
                a.report_to
                    .as_ref()
                    .map(|b| {
                        format!(
                            "{} {}",
                            crate::i18n::obligations::TO.get(lang),
                            doc.body_label(b)
                        )
                    })
                    .unwrap_or_default(),
            ],
        })
        .collect();
    let decisions = up
        .decisions_due
        .iter()
        .take(SHOWN)
        .map(|e| Line {
            cells: vec![
                e.decision.due.map(|d| d.to_string()).unwrap_or_default(),
                e.body().map(|b| doc.body_label(b)).unwrap_or_default(),
            ],
            link: e.decision.text.trim().chars().take(80).collect(),
            nav: Nav::Meeting(e.meeting.id.clone()),
            after: vec![
                e.decision
                    .owner
                    .as_ref()
                    .map(|p| doc.participant_name(p))
                    .unwrap_or_default(),
                e.decision.follow_up(view.today).label(lang).to_owned(),
            ],
        })
        .collect();
    let reviews = up
        .agreements_review
        .iter()
        .take(SHOWN)
        .map(|a| Line {
            cells: vec![a.review.map(|d| d.to_string()).unwrap_or_default()],
            link: a.title.clone(),
            nav: Nav::Agreement(a.id.clone()),
            after: Vec::new(),
        })
        .collect();
    let terms = up
        .terms_ending
        .iter()
        .take(SHOWN)
        .map(|(b, m)| Line {
            cells: vec![
                m.to.map(|d| d.to_string()).unwrap_or_default(),
                m.person
                    .as_ref()
                    .and_then(|p| doc.person(p))
                    .map_or_else(String::new, crate::model::person::Person::display_name),
            ],
            link: b.name.clone(),
            nav: Nav::Body(b.id.clone()),
            after: Vec::new(),
        })
        .collect();
    let no_agenda = up
        .without_agenda
        .iter()
        .take(SHOWN)
        .map(|m| Line {
            cells: vec![m.date.to_string()],
            link: doc.meeting_title(m),
            nav: Nav::Meeting(m.id.clone()),
            after: Vec::new(),
        })
        .collect();
    vec![
        section(t::NEXT_MEETINGS, up.meetings.len(), meetings),
        section(t::CYCLE_SOON, up.activities.len(), activities),
        section(
            crate::i18n::obligations::OVERDUE_REPORT_BACKS,
            up.overdue.len(),
            overdue,
        ),
        section(t::DUE_SOON, up.assignments_due.len(), due),
        section(
            crate::i18n::obligations::OVERDUE_DECISIONS,
            up.decisions_due.len(),
            decisions,
        ),
        section(t::REVIEWS_DUE, up.agreements_review.len(), reviews),
        section(t::TERMS_ENDING, up.terms_ending.len(), terms),
        section(t::NO_AGENDA, up.without_agenda.len(), no_agenda),
    ]
}

pub fn ui(ui: &mut egui::Ui, view: &View, state: &mut OverviewState, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let key = view.rows_key();
    if state.built.as_ref().is_none_or(|(k, _)| k != &key) {
        state.built = Some((key, sections(view)));
    }
    let Some((_, built)) = &state.built else {
        return;
    };
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let title = if doc.info.title.trim().is_empty() {
                t::UNTITLED_STRUCTURE.get(lang)
            } else {
                doc.info.title.as_str()
            };
            ui.heading(title);
            if !doc.info.region.is_empty() {
                ui.label(&doc.info.region);
            }
            // What in the embedded example is real and what is invented, where a newcomer
            // looks first.
            if view.sample {
                crate::ui::widgets::example_note(
                    ui,
                    egui::RichText::new(t::SAMPLE_BANNER.get(lang)),
                );
                start_panel(ui, view, out);
            }
            about_ui(ui, view, out);
            ui.label(format!("{} · {}", view.today, week_label(view.today, lang)));
            let errors = view
                .problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            let warnings = view.problems.len() - errors;
            ui.horizontal(|ui| {
                let text = crate::i18n::problem_summary(errors, warnings, lang);
                let colour = if errors > 0 {
                    crate::theme::ERROR
                } else if warnings > 0 {
                    crate::theme::WARNING
                } else {
                    crate::theme::OK
                };
                if ui
                    .add(egui::Button::new(egui::RichText::new(text).color(colour)))
                    .clicked()
                {
                    out.nav = Some(Nav::Page(Page::Problems));
                }
            });
            for (n, s) in built.iter().enumerate() {
                section(ui, view, s.title, s.count, |ui| {
                    egui::Grid::new(("overview", n))
                        .striped(true)
                        .show(ui, |ui| {
                            for line in &s.lines {
                                for cell in &line.cells {
                                    ui.label(cell);
                                }
                                if ui.link(&line.link).clicked() {
                                    out.nav = Some(line.nav.clone());
                                }
                                for cell in &line.after {
                                    ui.label(cell);
                                }
                                ui.end_row();
                            }
                        });
                });
            }
        });
}

/// The document's own name, region and description, editable; open while it has no name
/// (a new document), so its first field is where the user starts.
fn about_ui(ui: &mut egui::Ui, view: &View, out: &mut Out) {
    let lang = view.lang;
    let info = &view.doc.info;
    let untitled = info.title.trim().is_empty();
    egui::CollapsingHeader::new(t::ABOUT_DOCUMENT.get(lang))
        .id_salt("about-document")
        .default_open(untitled)
        .show(ui, |ui| {
            let mut form = crate::ui::form::Form::new(info, "document-info", view);
            form.grid(ui, |ui, f| {
                f.text(ui, t::DOCUMENT_TITLE, |i| &mut i.title);
                f.text(ui, t::REGION, |i| &mut i.region);
            });
            form.multiline(ui, t::DESCRIPTION, |i| &mut i.description);
            super::letterhead::letterhead_ui(
                ui,
                &mut form,
                crate::i18n::minutes::LETTERHEAD_OF_DOCUMENT,
                |i| &mut i.letterhead,
            );
            if let Some(info) = form.finish() {
                out.edits.push(crate::edit::Edit::SetInfo(info));
            }
        });
}

/// While the example is open: how to start one's own document, where a newcomer looks first.
fn start_panel(ui: &mut egui::Ui, view: &View, out: &mut Out) {
    use crate::i18n::start as say;
    use crate::ui::Start;
    let lang = view.lang;
    ui.group(|ui| {
        ui.label(egui::RichText::new(say::START_YOUR_OWN.get(lang)).strong());
        ui.horizontal_wrapped(|ui| {
            if ui.button(say::OPEN_DOCUMENT.get(lang)).clicked() {
                out.start = Some(Start::Open);
            }
            if ui
                .button(crate::i18n::perspective::NEW_FOR_COUNTY.get(lang))
                .clicked()
            {
                out.start = Some(Start::NewForCounty);
            }
            if ui.button(say::EMPTY_DOCUMENT.get(lang)).clicked() {
                out.start = Some(Start::Empty);
            }
        });
        if !view.recent.is_empty() {
            ui.label(egui::RichText::new(say::RECENT.get(lang)).weak());
            for path in view.recent.iter().take(5) {
                if ui.link(path.display().to_string()).clicked() {
                    out.start = Some(Start::OpenRecent(path.clone()));
                }
            }
        }
    });
}
