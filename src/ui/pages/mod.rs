//! One module per page, and the state each keeps (selection, list filters).

mod activities;
mod agreements;
mod assignments;
mod bodies;
mod decisions;
pub mod follow_up;
mod goals;
mod letterhead;
mod matters;
mod meetings;
mod obligations;
pub use meetings::{MeetingsState, Tab as MeetingTab, When as MeetingsWhen};
mod organisations;
mod overview;
mod people;
mod person_data;
mod problems;
pub mod structure;
pub mod year;
pub mod year_charts;

pub use agreements::AgreementsState;
pub use goals::goal_target;

use super::record_page::RecordList;
pub(crate) use super::record_page::page_ui as record_page_ui;
use super::{Nav, Out, Page, View};
use crate::model::{ActivityId, AssignmentId, BodyId, GoalId, MeetingId, OrganisationId, PersonId};

/// What the pages remember between frames (not saved in the document): each list's
/// selection, filter and sort, and each view's own state.
#[derive(Default)]
pub struct PagesState {
    pub bodies: RecordList<BodyId>,
    pub people: RecordList<PersonId>,
    pub organisations: RecordList<OrganisationId>,
    pub meetings: RecordList<MeetingId>,
    pub goals: RecordList<GoalId>,
    pub assignments: RecordList<AssignmentId>,
    pub matters: RecordList<crate::model::MatterId>,
    /// The register of decisions: its filter and cached rows.
    pub decisions: decisions::DecisionsState,
    /// Agreements and governing documents, two lists on one page.
    pub agreements: AgreementsState,
    pub activities: RecordList<ActivityId>,
    /// The overview's sections for the document version shown.
    pub overview: overview::OverviewState,
    /// The meetings page's filters, calendar month, tab and agenda selection.
    pub meetings_view: meetings::MeetingsState,
    /// The Struktur page: chart filters, selection, zoom and the cached layout.
    pub structure: structure::StructureState,
    /// The Årshjul page: which view (wheel, activities, Bilaga 4 table, planning) and the
    /// wheel's year and rings.
    pub year: year::YearState,
    /// The Tidslinje page: zoom, position and the cached drawing.
    pub timeline: year_charts::TimelineState,
    /// The Uppföljning page: view, year, filters and the cached table and charts.
    pub follow_up: follow_up::FollowUpState,
}

impl PagesState {
    /// Open a record: select it and return the page it lives on.
    pub fn navigate(&mut self, nav: Nav) -> Page {
        match nav {
            Nav::Page(p) => p,
            Nav::Body(id) => {
                self.bodies.selected = Some(id);
                Page::Bodies
            }
            Nav::Person(id) => {
                self.people.selected = Some(id);
                Page::People
            }
            Nav::Organisation(id) => {
                self.organisations.selected = Some(id);
                Page::Organisations
            }
            Nav::Meeting(id) => {
                self.meetings.selected = Some(id);
                Page::Meetings
            }
            Nav::Goal(id) => {
                self.goals.selected = Some(id);
                Page::Goals
            }
            Nav::Assignment(id) => {
                self.assignments.selected = Some(id);
                Page::Assignments
            }
            Nav::Matter(id) => {
                self.matters.selected = Some(id);
                Page::Matters
            }
            Nav::Activity(id) => {
                self.activities.selected = Some(id);
                self.year.view = year::YearView::Activities;
                Page::Wheel
            }
            Nav::Agreement(id) => {
                self.agreements.documents.selected = None;
                self.agreements.agreements.selected = Some(id);
                Page::Agreements
            }
            Nav::Document(id) => {
                self.agreements.agreements.selected = None;
                self.agreements.documents.selected = Some(id);
                Page::Agreements
            }
        }
    }
}

/// Every organisation by name, for pickers.
pub(crate) fn org_options<'a>(view: &View<'a>) -> &'a [(OrganisationId, String)] {
    &view.pickers.organisations
}

/// Every body by name, for pickers.
pub(crate) fn body_options<'a>(view: &View<'a>) -> &'a [(BodyId, String)] {
    &view.pickers.bodies
}

/// Draw `page`.
pub fn page_ui(ui: &mut egui::Ui, page: Page, view: &View, state: &mut PagesState, out: &mut Out) {
    match page {
        Page::Overview => overview::ui(ui, view, &mut state.overview, out),
        Page::Structure => structure::ui(ui, view, &mut state.structure, out),
        Page::Bodies => record_page_ui::<bodies::Bodies>(ui, view, &mut state.bodies, out),
        Page::People => record_page_ui::<people::People>(ui, view, &mut state.people, out),
        Page::Organisations => {
            record_page_ui::<organisations::Organisations>(ui, view, &mut state.organisations, out);
        }
        Page::Meetings => meetings::meetings_ui(ui, view, state, out),
        Page::Wheel => year::wheel_ui(ui, view, state, out),
        Page::Timeline => year_charts::timeline_ui(ui, view, &mut state.timeline, out),
        Page::Goals => record_page_ui::<goals::Goals>(ui, view, &mut state.goals, out),
        Page::FollowUp => follow_up::ui(ui, view, &mut state.follow_up, out),
        Page::Assignments => {
            record_page_ui::<assignments::Assignments>(ui, view, &mut state.assignments, out);
        }
        Page::Matters => record_page_ui::<matters::Matters>(ui, view, &mut state.matters, out),
        Page::Decisions => decisions::ui(ui, view, &mut state.decisions, out),
        Page::Agreements => agreements::agreements_ui(ui, view, &mut state.agreements, out),
        Page::Problems => problems::ui(ui, view, out),
    }
}

/// A list on the left (resizable) and the selected record's form beside it.
pub(crate) fn master_detail<S>(
    ui: &mut egui::Ui,
    id: &str,
    state: &mut S,
    out: &mut Out,
    list: impl FnOnce(&mut egui::Ui, &mut S, &mut Out),
    detail: impl FnOnce(&mut egui::Ui, &mut S, &mut Out),
) {
    // On a small screen (1024 wide) the list gives the form room: at most about two fifths.
    let list_width = (ui.available_width() * 0.42).clamp(280.0, crate::theme::LIST_WIDTH);
    egui::Panel::left(("list-panel", id))
        .resizable(true)
        .default_size(list_width)
        .show(ui, |ui| list(ui, state, out));
    egui::ScrollArea::vertical()
        .id_salt(("detail", id))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(4.0);
            detail(ui, state, out);
        });
}

/// Heading with a record count, and the "new" button.
pub(crate) fn list_header(
    ui: &mut egui::Ui,
    title: &str,
    shown: usize,
    total: usize,
    new_label: &str,
    enabled: bool,
) -> bool {
    let mut new = false;
    ui.horizontal(|ui| {
        ui.heading(title);
        ui.label(crate::i18n::chrome::shown_of(shown, total));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            new = ui
                .add_enabled(
                    enabled,
                    egui::Button::new(crate::i18n::chrome::add_button(new_label)),
                )
                .clicked();
        });
    });
    new
}

/// A record's heading, shortened to fit, with its delete button at the right. Returns true
/// when delete was clicked.
pub(crate) fn detail_header(
    ui: &mut egui::Ui,
    title: &str,
    lang: crate::i18n::Lang,
    enabled: bool,
) -> bool {
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let clicked = ui
                .add_enabled(enabled, egui::Button::new(crate::i18n::t::DELETE.get(lang)))
                .clicked();
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(egui::RichText::new(title).heading()).truncate());
            });
            clicked
        })
        .inner
    })
    .inner
}
