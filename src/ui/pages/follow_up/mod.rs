//! Uppföljning: Aktuellt perspektiv — how each organisation moves against the shared goals.
//! Three views: the status table (goals down, organisations across), one goal over time
//! (small multiples and a ranked bar chart) and one organisation's goals at a glance; each
//! with the analysis text per goal and year.

mod analysis;
mod goal;
mod organisation;
pub mod table;

use crate::generate::example_values::EXAMPLE_SOURCE;
use crate::i18n::{Lang, perspective as p, t};
use crate::model::progress::{self, StatusTable};
use crate::model::{BodyId, Document, Goal, GoalId, OrganisationId};
use crate::session::Version;
use crate::ui::{Out, View};

/// Which of the three views is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Table,
    Goal,
    Organisation,
}

/// What the page remembers between frames.
#[derive(Default)]
pub struct FollowUpState {
    pub tab: Tab,
    /// The year judged; `None`: the latest with values.
    pub year: Option<i32>,
    pub area: Option<String>,
    pub body: Option<BodyId>,
    pub goal: Option<GoalId>,
    pub organisation: Option<OrganisationId>,
    table: Option<(TableKey, std::sync::Arc<StatusTable>)>,
    charts: goal::ChartCache,
    /// The organisations followed, and the goals with values for the one shown.
    organisations: Option<(Version, std::sync::Arc<Vec<OrganisationId>>)>,
    goals_of: Option<(GoalsOfKey, std::sync::Arc<Vec<usize>>)>,
    /// The filters' choices: the goals' areas and the bodies that follow goals.
    choices: Option<(Version, std::sync::Arc<Choices>)>,
    /// The years with values and whether they are the sample's examples, per version.
    years: Option<(Version, std::sync::Arc<YearsFound>)>,
}

/// What the table's filters offer, built once per document version.
#[derive(Default)]
struct Choices {
    areas: Vec<String>,
    followers: Vec<(BodyId, String)>,
}

impl Choices {
    fn build(doc: &Document) -> Self {
        let mut areas: Vec<String> = doc.goals.iter().map(|g| g.area.clone()).collect();
        areas.sort_unstable();
        areas.dedup();
        let following: std::collections::HashSet<&BodyId> =
            doc.goals.iter().flat_map(|g| &g.followed_by).collect();
        let followers = doc
            .bodies
            .iter()
            .filter(|b| following.contains(&b.id))
            .map(|b| (b.id.clone(), b.label().to_owned()))
            .collect();
        Self { areas, followers }
    }
}

/// The years with values, and whether the values are the sample's examples.
type YearsFound = (Vec<i32>, bool);

/// What the goals of one organisation depend on.
type GoalsOfKey = (Version, OrganisationId);

/// What the status table depends on.
#[derive(Clone, Debug, PartialEq)]
struct TableKey {
    version: Version,
    year: i32,
    area: Option<String>,
    body: Option<BodyId>,
}

impl FollowUpState {
    /// Open one goal's view.
    pub fn open_goal(&mut self, id: GoalId) {
        self.goal = Some(id);
        self.tab = Tab::Goal;
    }

    /// The organisations with values, built once per document version.
    fn organisations(&mut self, view: &View) -> std::sync::Arc<Vec<OrganisationId>> {
        if self
            .organisations
            .as_ref()
            .is_none_or(|(v, _)| *v != view.version)
        {
            let orgs = progress::followed_organisations(view.doc);
            self.organisations = Some((view.version, std::sync::Arc::new(orgs)));
        }
        self.organisations
            .as_ref()
            .map(|(_, o)| std::sync::Arc::clone(o))
            .unwrap_or_default()
    }

    /// The goals with values for `org`, in the document's order.
    fn goals_of(&mut self, view: &View, org: &OrganisationId) -> std::sync::Arc<Vec<usize>> {
        let key = (view.version, org.clone());
        if self.goals_of.as_ref().is_none_or(|(k, _)| *k != key) {
            let goals = (0..view.doc.goals.len())
                .filter(|&g| {
                    view.doc.goals[g]
                        .indicators
                        .iter()
                        .flat_map(|i| &i.values)
                        .any(|v| v.organisation.as_ref() == Some(org))
                })
                .collect();
            self.goals_of = Some((key, std::sync::Arc::new(goals)));
        }
        self.goals_of
            .as_ref()
            .map(|(_, g)| std::sync::Arc::clone(g))
            .unwrap_or_default()
    }

    /// The status table for the filters, built once per document version.
    fn table(&mut self, view: &View, year: i32) -> std::sync::Arc<StatusTable> {
        let key = TableKey {
            version: view.version,
            year,
            area: self.area.clone(),
            body: self.body.clone(),
        };
        if self.table.as_ref().is_none_or(|(k, _)| *k != key) {
            let table = StatusTable::build(view.doc, year, |g| {
                keep(g, key.area.as_ref(), key.body.as_ref())
            });
            self.table = Some((key, std::sync::Arc::new(table)));
        }
        self.table
            .as_ref()
            .map(|(_, table)| std::sync::Arc::clone(table))
            .unwrap_or_default()
    }
}

fn keep(goal: &Goal, area: Option<&String>, body: Option<&BodyId>) -> bool {
    area.is_none_or(|a| &goal.area == a) && body.is_none_or(|b| goal.followed_by.contains(b))
}

/// Whether any indicator holds the sample's example values.
pub fn has_example_values(doc: &Document) -> bool {
    doc.goals
        .iter()
        .flat_map(|g| &g.indicators)
        .any(|i| i.source == EXAMPLE_SOURCE && !i.values.is_empty())
}

/// Draw the page.
pub fn ui(ui: &mut egui::Ui, view: &View, state: &mut FollowUpState, out: &mut Out) {
    let lang = view.lang;
    if state.years.as_ref().is_none_or(|(v, _)| *v != view.version) {
        let found = (progress::years(view.doc), has_example_values(view.doc));
        state.years = Some((view.version, std::sync::Arc::new(found)));
    }
    let facts = state
        .years
        .as_ref()
        .map(|(_, y)| std::sync::Arc::clone(y))
        .unwrap_or_default();
    let (years, examples) = (&facts.0, facts.1);
    ui.heading(p::FOLLOW_UP.get(lang));
    let Some(&latest) = years.last() else {
        ui.label(p::NO_VALUES.get(lang));
        return;
    };
    let year = state.year.filter(|y| years.contains(y)).unwrap_or(latest);
    if examples {
        crate::ui::widgets::example_note(
            ui,
            egui::RichText::new(p::EXAMPLE_VALUES.get(lang)).strong(),
        );
    }
    ui.horizontal_wrapped(|ui| {
        for (tab, label) in [
            (Tab::Table, p::STATUS_TABLE),
            (Tab::Goal, p::PER_GOAL),
            (Tab::Organisation, p::PER_ORGANISATION),
        ] {
            ui.selectable_value(&mut state.tab, tab, label.get(lang));
        }
        ui.separator();
        let label = ui.label(t::YEAR.get(lang));
        egui::ComboBox::from_id_salt("follow-up-year")
            .selected_text(year.to_string())
            .width(70.0)
            .show_ui(ui, |ui| {
                for &y in years.iter().rev() {
                    if ui.selectable_label(y == year, y.to_string()).clicked() {
                        state.year = Some(y);
                    }
                }
            })
            .response
            .labelled_by(label.id);
        if state.tab == Tab::Table {
            filters(ui, view, state, lang);
        }
        ui.separator();
        ui.menu_button(p::EXPORT_REPORT.get(lang), |ui| {
            use crate::export::perspective::ReportFormat;
            for (format, label) in [
                (ReportFormat::Pdf, p::AS_PDF),
                (ReportFormat::Xlsx, p::AS_XLSX),
                (ReportFormat::Markdown, p::AS_MARKDOWN),
            ] {
                if ui.button(label.get(lang)).clicked() {
                    out.export = Some(crate::ui::Export::Perspective { year, format });
                    ui.close();
                }
            }
        });
    });
    ui.add_space(4.0);
    match state.tab {
        Tab::Table => table::ui(ui, view, state, year),
        Tab::Goal => goal::ui(ui, view, state, year, out),
        Tab::Organisation => organisation::ui(ui, view, state, year),
    }
}

/// The area and "followed by" filters of the table.
fn filters(ui: &mut egui::Ui, view: &View, state: &mut FollowUpState, lang: Lang) {
    if state
        .choices
        .as_ref()
        .is_none_or(|(v, _)| *v != view.version)
    {
        state.choices = Some((view.version, std::sync::Arc::new(Choices::build(view.doc))));
    }
    let choices = state
        .choices
        .as_ref()
        .map(|(_, c)| std::sync::Arc::clone(c))
        .unwrap_or_default();
    let label = ui.label(t::AREA.get(lang));
    egui::ComboBox::from_id_salt("follow-up-area")
        .selected_text(state.area.as_deref().unwrap_or(p::ALL_AREAS.get(lang)))
        .width(200.0)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(state.area.is_none(), p::ALL_AREAS.get(lang))
                .clicked()
            {
                state.area = None;
            }
            for a in &choices.areas {
                if ui
                    .selectable_label(state.area.as_ref() == Some(a), a)
                    .clicked()
                {
                    state.area = Some(a.clone());
                }
            }
        })
        .response
        .labelled_by(label.id);
    if choices.followers.is_empty() {
        return;
    }
    let label = ui.label(p::FOLLOWED_BY.get(lang));
    let shown = state
        .body
        .as_ref()
        .and_then(|id| choices.followers.iter().find(|(b, _)| b == id))
        .map_or(p::ANYONE.get(lang), |(_, name)| name.as_str());
    egui::ComboBox::from_id_salt("follow-up-body")
        .selected_text(shown)
        .width(180.0)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(state.body.is_none(), p::ANYONE.get(lang))
                .clicked()
            {
                state.body = None;
            }
            for (id, name) in &choices.followers {
                if ui
                    .selectable_label(state.body.as_ref() == Some(id), name)
                    .clicked()
                {
                    state.body = Some(id.clone());
                }
            }
        })
        .response
        .labelled_by(label.id);
}
