//! One module per page, and the state each keeps (selection, list filters).

mod bodies;
mod meetings;
pub use meetings::{MeetingsState, Tab as MeetingTab, When as MeetingsWhen};
mod overview;
mod people;
mod problems;
mod records;
pub mod structure;
pub mod year;
pub mod year_charts;

use super::list::ListState;
use super::{Nav, Out, Page, View};
use crate::model::{BodyId, MeetingId, OrganisationId, PersonId};

/// What the pages remember between frames (not saved in the document).
#[derive(Default)]
pub struct PagesState {
    pub body: Option<BodyId>,
    pub person: Option<PersonId>,
    pub organisation: Option<OrganisationId>,
    pub meeting: Option<MeetingId>,
    pub goal: Option<String>,
    pub assignment: Option<String>,
    pub agreement: Option<String>,
    pub activity: Option<String>,
    /// The meetings page's filters, calendar month, tab and agenda selection.
    pub meetings_view: meetings::MeetingsState,
    /// The Struktur page: chart filters, selection, zoom and the cached layout.
    pub structure: structure::StructureState,
    /// The Årshjul page: which view (wheel, activities, Bilaga 4 table, planning) and the
    /// wheel's year and rings.
    pub year: year::YearState,
    /// The Tidslinje page: zoom, position and the cached drawing.
    pub timeline: year_charts::TimelineState,
    activities: ListState<String>,
    bodies: ListState<BodyId>,
    people: ListState<PersonId>,
    organisations: ListState<OrganisationId>,
    meetings: ListState<MeetingId>,
    goals: ListState<String>,
    assignments: ListState<String>,
    agreements: ListState<String>,
    documents: ListState<String>,
}

impl PagesState {
    /// Open a record: select it and return the page it lives on.
    pub fn navigate(&mut self, nav: Nav) -> Page {
        match nav {
            Nav::Page(p) => p,
            Nav::Body(id) => {
                self.body = Some(id);
                Page::Bodies
            }
            Nav::Person(id) => {
                self.person = Some(id);
                Page::People
            }
            Nav::Organisation(id) => {
                self.organisation = Some(id);
                Page::Organisations
            }
            Nav::Meeting(id) => {
                self.meeting = Some(id);
                Page::Meetings
            }
            Nav::Goal(id) => {
                self.goal = Some(id);
                Page::Goals
            }
            Nav::Assignment(id) => {
                self.assignment = Some(id);
                Page::Assignments
            }
            Nav::Activity(id) => {
                self.activity = Some(id.0);
                self.year.view = year::YearView::Activities;
                Page::Wheel
            }
            Nav::Agreement(id) => {
                self.agreement = Some(id);
                Page::Agreements
            }
        }
    }
}

/// Every body by name, for pickers.
pub(crate) fn body_options(view: &View) -> Vec<(BodyId, String)> {
    view.doc
        .bodies
        .iter()
        .map(|b| (b.id.clone(), b.name.clone()))
        .collect()
}

/// Draw `page`.
pub fn page_ui(ui: &mut egui::Ui, page: Page, view: &View, state: &mut PagesState, out: &mut Out) {
    match page {
        Page::Overview => overview::ui(ui, view, out),
        Page::Structure => structure::ui(ui, view, &mut state.structure, out),
        Page::Bodies => bodies::ui(ui, view, state, out),
        Page::People => people::ui(ui, view, state, out),
        Page::Organisations => people::organisations_ui(ui, view, state, out),
        Page::Meetings => meetings::meetings_ui(ui, view, state, out),
        Page::Wheel => year::wheel_ui(ui, view, state, out),
        Page::Timeline => year_charts::timeline_ui(ui, view, &mut state.timeline, out),
        Page::Goals => records::goals_ui(ui, view, state, out),
        Page::Assignments => records::assignments_ui(ui, view, state, out),
        Page::Agreements => records::agreements_ui(ui, view, state, out),
        Page::Problems => problems::ui(ui, view, out),
    }
}

/// A list on the left and the selected record's form beside it.
pub(crate) fn master_detail(
    ui: &mut egui::Ui,
    id: &str,
    state: &mut PagesState,
    out: &mut Out,
    list: impl FnOnce(&mut egui::Ui, &mut PagesState, &mut Out),
    detail: impl FnOnce(&mut egui::Ui, &mut PagesState, &mut Out),
) {
    egui::Panel::left(("list-panel", id))
        .resizable(true)
        .default_size(crate::theme::LIST_WIDTH)
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
