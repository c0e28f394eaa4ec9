//! The eframe application: menus, navigation, dialogs and the one place where the pages'
//! edits are applied to the session. The document lives in the session, never in eframe's
//! storage; only UI state (page, language) is remembered there.

mod chrome;
pub mod commands;
mod dialogs;
mod exports;
mod files;
mod find;
mod help;
mod import;
mod merge;
mod path_dialog;
mod people_data;
mod picker;
pub mod recent;

pub use dialogs::{Dialog, Pending};
pub use picker::{FileKind, FilePicker, NativePicker, Pick};

use crate::edit::Edit;
use crate::i18n::{Lang, t};
use crate::model::Document;
use crate::model::validate::{Problem, validate};
use crate::session::Session;
use crate::ui::pages::{PagesState, page_ui};
use crate::ui::{Out, Page, View};
use commands::Command;
use recent::RecentFiles;
use serde::{Deserialize, Serialize};
use std::time::{Duration, Instant};

/// UI state remembered between runs through eframe's storage.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct UiState {
    pub page: Page,
    pub lang: Lang,
}

pub struct SamverkanApp {
    pub session: Session,
    pub ui_state: UiState,
    pub pages: PagesState,
    pub dialog: Option<Dialog>,
    recent: RecentFiles,
    picker: Box<dyn FilePicker>,
    /// The problem list and the version and day it was found for.
    problems: ((crate::session::Version, chrono::NaiveDate), Vec<Problem>),
    /// The forms' picker choices, rebuilt when the document's version changes.
    pickers: crate::ui::pickers::Pickers,
    status: Option<(String, bool)>,
    find_text: String,
    shown_title: String,
    allow_close: bool,
    last_lock_refresh: Instant,
    today: chrono::NaiveDate,
    /// The import dialog, while one is open.
    import: Option<Box<import::ImportDialog>>,
    /// The app's own file dialog, where the system has none.
    path_dialog: Option<Box<path_dialog::PathDialog>>,
    /// The files outside the document that hold the person shown on the People page.
    person_files: people_data::PersonFiles,
    /// People erased since the last save, for the offer to remove their backups after it.
    erased: Vec<people_data::Erased>,
}

impl SamverkanApp {
    pub fn new(session: Session, ui_state: UiState) -> Self {
        let today = chrono::Local::now().date_naive();
        let problems = validate(session.doc(), today);
        let problems_key = (session.version(), today);
        let mut app = Self {
            problems: (problems_key, problems),
            pickers: crate::ui::pickers::Pickers::default(),
            session,
            ui_state,
            pages: PagesState::default(),
            dialog: None,
            recent: RecentFiles::load(),
            picker: Box::new(NativePicker),
            status: None,
            find_text: String::new(),
            shown_title: String::new(),
            allow_close: false,
            last_lock_refresh: Instant::now(),
            today,
            import: None,
            path_dialog: None,
            person_files: people_data::PersonFiles::default(),
            erased: Vec::new(),
        };
        if let Some(path) = app.session.path().map(std::path::Path::to_owned) {
            app.recent.add(&path);
        }
        app
    }

    /// The app as eframe starts it: UI state from storage, the file given on the command
    /// line opened as any other (what it says is said in the user's language), and an offer
    /// to restore unsaved work a crash left behind.
    pub fn from_creation_context(
        cc: &eframe::CreationContext<'_>,
        session: Session,
        open: Option<&std::path::Path>,
    ) -> Self {
        let ui_state = cc
            .storage
            .and_then(|s| eframe::get_value::<UiState>(s, eframe::APP_KEY))
            .unwrap_or_default();
        let mut app = Self::new(session, ui_state);
        if let Some(path) = open {
            app.open_path(path);
        }
        if app.dialog.is_none() {
            app.offer_recovery();
        }
        app
    }

    pub fn set_picker(&mut self, picker: Box<dyn FilePicker>) {
        self.picker = picker;
    }

    pub fn lang(&self) -> Lang {
        self.ui_state.lang
    }

    /// "Nya Perspektiv – Värmland (Värmland) · plan.ron • – Samverkan": the document's name
    /// and region, then its file.
    pub fn title(&self) -> String {
        let lang = self.lang();
        let info = &self.session.doc().info;
        let mut name = if info.title.trim().is_empty() {
            t::UNTITLED.get(lang).to_owned()
        } else {
            info.title.clone()
        };
        if !info.region.is_empty() && !name.contains(&info.region) {
            name = format!("{name} ({})", info.region);
        }
        match self.session.path() {
            Some(p) => {
                let file = p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                name = format!("{name} · {file}");
            }
            None if self.session.is_sample() => {
                name = format!("{name} ({})", t::SAMPLE.get(lang).to_lowercase());
            }
            None => {}
        }
        crate::i18n::chrome::window_title(
            &name,
            self.session.is_dirty(),
            self.session.is_read_only(),
            lang,
        )
    }

    pub fn problems(&self) -> &[Problem] {
        &self.problems.1
    }

    /// Status line message, for tests and the status bar.
    pub fn status(&self) -> Option<&str> {
        self.status.as_ref().map(|(s, _)| s.as_str())
    }

    pub(super) fn set_status(&mut self, text: impl Into<String>, error: bool) {
        self.status = Some((text.into(), error));
    }

    /// Apply one edit through the session; refusals become a message.
    pub fn apply(&mut self, edit: Edit) {
        match self.session.apply(edit) {
            Err(e) => {
                let msg = e.message(self.lang());
                self.set_status(msg, true);
            }
            // "Sparat." or "Exporterat …" no longer describes the document after a change.
            Ok(()) => {
                if self.status.as_ref().is_some_and(|(_, error)| !error) {
                    self.status = None;
                }
            }
        }
    }

    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        let lang = self.lang();
        match command {
            Command::New => self.guard_unsaved(ctx, Pending::New),
            Command::Open => self.guard_unsaved(ctx, Pending::Open(None)),
            Command::Quit => self.guard_unsaved(ctx, Pending::Quit),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as();
            }
            Command::Undo => {
                if !self.session.undo() {
                    self.set_status(t::NOTHING_TO_UNDO.get(lang), false);
                }
            }
            Command::Redo => {
                if !self.session.redo() {
                    self.set_status(t::NOTHING_TO_REDO.get(lang), false);
                }
            }
            Command::Find => {
                self.find_text.clear();
                self.dialog = Some(Dialog::Find);
            }
            Command::ToggleLanguage => {
                self.ui_state.lang = lang.other();
            }
            Command::ExportMembers => self.export_members(),
            Command::ExportMembersXlsx => self.export_members_xlsx(),
            Command::ExportCalendar => self.export_calendar(),
            Command::ImportValues => self.import_values(),
            Command::MergeWith => self.merge_with_copy(),
            Command::Guide => self.dialog = Some(Dialog::Guide(0)),
            Command::Shortcuts => self.dialog = Some(Dialog::Shortcuts),
            Command::About => self.dialog = Some(Dialog::About),
            Command::NewForCounty => self.dialog = Some(Dialog::ChooseCounty),
        }
    }

    /// Ask before a delete that takes other records with it.
    pub(super) fn request_delete(&mut self, edit: Edit) {
        let refs = crate::edit::references_of(self.session.doc(), &edit);
        if refs.is_empty() {
            self.apply(edit);
        } else {
            self.dialog = Some(Dialog::ConfirmDelete { edit, refs });
        }
    }

    /// The frame, apart from eframe: everything a test harness drives.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.handle_shortcuts(&ctx);
        if ctx.input(|i| i.viewport().close_requested())
            && !self.allow_close
            && self.session.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved(Pending::Quit));
        }

        let problems_key = (self.session.version(), self.today);
        if self.problems.0 != problems_key {
            self.problems = (problems_key, validate(self.session.doc(), self.today));
        }

        egui::Panel::top("menu").show(ui, |ui| {
            self.menu_bar(ui);
            self.banners(ui);
        });
        self.status_bar(ui);
        self.nav_panel(ui);
        self.refresh_person_files(&ctx);
        let mut out = Out::default();
        egui::CentralPanel::default().show(ui, |ui| {
            if self.pickers.version != self.session.version() {
                self.pickers =
                    crate::ui::pickers::Pickers::build(self.session.doc(), self.session.version());
            }
            let view = View {
                pickers: &self.pickers,
                doc: self.session.doc(),
                lang: self.ui_state.lang,
                today: self.today,
                read_only: self.session.is_read_only(),
                sample: self.session.is_sample(),
                version: self.session.version(),
                problems: &self.problems.1,
                person_files: self.person_files.found.as_ref(),
                recent: &self.recent.paths,
            };
            page_ui(ui, self.ui_state.page, &view, &mut self.pages, &mut out);
        });
        self.dialogs(&ctx);
        self.import_dialog(&ctx);
        self.path_dialog(&ctx);

        for edit in out.edits {
            self.apply(edit);
        }
        if let Some(edit) = out.delete {
            self.request_delete(edit);
        }
        if let Some(nav) = out.nav {
            self.ui_state.page = self.pages.navigate(nav);
        }
        if let Some(export) = out.export {
            self.export(&export);
        }
        if let Some(person) = out.erase {
            self.request_erase(&person);
        }
        if let Some(start) = out.start {
            match start {
                crate::ui::Start::Open => self.guard_unsaved(&ctx, Pending::Open(None)),
                crate::ui::Start::OpenRecent(path) => {
                    self.guard_unsaved(&ctx, Pending::Open(Some(path)));
                }
                crate::ui::Start::NewForCounty => self.dialog = Some(Dialog::ChooseCounty),
                crate::ui::Start::Empty => self.guard_unsaved(&ctx, Pending::New),
            }
        }

        let now = Instant::now();
        self.session.tick(now);
        if let Some(wait) = self.session.next_tick_in(now) {
            ctx.request_repaint_after(wait + Duration::from_millis(50));
        }
        if now.duration_since(self.last_lock_refresh) > Duration::from_mins(10) {
            self.session.refresh_lock();
            self.last_lock_refresh = now;
        }
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}

impl eframe::App for SamverkanApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.ui_state);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A normal close: nothing unsaved is left (the user saved or chose not to).
        self.replace_session(Session::unsaved(Document::new("")));
    }
}
