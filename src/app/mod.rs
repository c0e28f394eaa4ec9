//! The eframe application: menus, navigation, dialogs and the one place where the pages'
//! edits are applied to the session. The document lives in the session, never in eframe's
//! storage; only UI state (page, language) is remembered there.

pub mod commands;
pub mod recent;

use crate::edit::{Edit, EditError};
use crate::i18n::{Lang, t};
use crate::io::open::{Access, OpenError};
use crate::io::recovery::{Found, RecoveryStore};
use crate::io::save::SaveError;
use crate::model::Document;
use crate::model::references::Reference;
use crate::model::validate::{Problem, validate};
use crate::session::Session;
use crate::ui::pages::{PagesState, page_ui};
use crate::ui::{Nav, Out, Page, View};
use commands::{Command, Menu};
use recent::RecentFiles;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// UI state remembered between runs through eframe's storage.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct UiState {
    pub page: Page,
    pub lang: Lang,
}

/// Asks the user for file names. Native dialogs in the app; tests put in their own.
pub trait FilePicker {
    fn open(&mut self) -> Option<PathBuf>;
    fn save(&mut self, suggested_name: &str) -> Option<PathBuf>;
}

/// The system's file dialogs (rfd).
pub struct NativePicker;

impl FilePicker for NativePicker {
    fn open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("Samverkan", &["ron"])
            .pick_file()
    }

    fn save(&mut self, suggested_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .add_filter("Samverkan", &["ron"])
            .set_file_name(suggested_name)
            .save_file()
    }
}

/// What waits for the user's answer about unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    New,
    Open(Option<PathBuf>),
    Quit,
}

/// What a dialog button does once the dialog is closed.
type AfterDialog = Box<dyn FnOnce(&mut SamverkanApp, &egui::Context)>;

/// A modal question or message.
#[allow(clippy::large_enum_variant)] // one dialog at a time; boxing buys nothing
pub enum Dialog {
    Unsaved(Pending),
    Conflict,
    Message(String),
    ConfirmDelete {
        edit: Edit,
        refs: Vec<Reference>,
    },
    Recovery(Vec<Found>),
    Damaged {
        error: String,
        candidates: Vec<PathBuf>,
    },
    TakeOverLock,
    Find,
    Shortcuts,
    About,
}

pub struct SamverkanApp {
    pub session: Session,
    pub ui_state: UiState,
    pub pages: PagesState,
    pub dialog: Option<Dialog>,
    recent: RecentFiles,
    picker: Box<dyn FilePicker>,
    problems: (u64, Vec<Problem>),
    status: Option<(String, bool)>,
    find_text: String,
    shown_title: String,
    allow_close: bool,
    last_lock_refresh: Instant,
    today: chrono::NaiveDate,
}

impl SamverkanApp {
    pub fn new(session: Session, ui_state: UiState) -> Self {
        let today = chrono::Local::now().date_naive();
        let problems = validate(session.doc(), today);
        let mut app = Self {
            problems: (session.revision(), problems),
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

    /// Look for recovery copies of crashed sessions and ask about them.
    pub fn offer_recovery(&mut self) {
        if let Some(store) = RecoveryStore::open_default() {
            let found = store.orphans();
            if !found.is_empty() {
                self.dialog = Some(Dialog::Recovery(found));
            }
        }
    }

    pub fn set_picker(&mut self, picker: Box<dyn FilePicker>) {
        self.picker = picker;
    }

    pub fn lang(&self) -> Lang {
        self.ui_state.lang
    }

    /// "plan.ron* – Samverkan".
    pub fn title(&self) -> String {
        let lang = self.lang();
        let name = match self.session.path() {
            Some(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            None if self.session.doc().info.title.is_empty() => t::UNTITLED.get(lang).to_owned(),
            None => format!(
                "{} ({})",
                self.session.doc().info.title,
                t::SAMPLE.get(lang).to_lowercase()
            ),
        };
        let dirty = if self.session.is_dirty() { " •" } else { "" };
        let ro = if self.session.is_read_only() {
            format!(" [{}]", t::READ_ONLY.get(lang).to_lowercase())
        } else {
            String::new()
        };
        format!("{name}{dirty}{ro} – Samverkan")
    }

    pub fn problems(&self) -> &[Problem] {
        &self.problems.1
    }

    /// Status line message, for tests and the status bar.
    pub fn status(&self) -> Option<&str> {
        self.status.as_ref().map(|(s, _)| s.as_str())
    }

    fn set_status(&mut self, text: impl Into<String>, error: bool) {
        self.status = Some((text.into(), error));
    }

    /// Apply one edit through the session; refusals become a message.
    pub fn apply(&mut self, edit: Edit) {
        if let Err(e) = self.session.apply(edit) {
            let msg = e.message(self.lang());
            self.set_status(msg, true);
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
                self.ui_state.lang = match lang {
                    Lang::Sv => Lang::En,
                    Lang::En => Lang::Sv,
                };
            }
            Command::ExportMembers => self.export_members(),
            Command::ExportMembersXlsx => self.export_members_xlsx(),
            Command::ExportCalendar => self.export_calendar(),
            Command::Shortcuts => self.dialog = Some(Dialog::Shortcuts),
            Command::About => self.dialog = Some(Dialog::About),
        }
    }

    fn guard_unsaved(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.session.is_dirty() {
            self.dialog = Some(Dialog::Unsaved(pending));
        } else {
            self.proceed(ctx, pending);
        }
    }

    /// Carry out what waited for the unsaved-changes question.
    fn proceed(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::New => {
                let old = std::mem::replace(&mut self.session, Session::unsaved(Document::new("")));
                old.close();
                self.pages = PagesState::default();
            }
            Pending::Open(path) => {
                if let Some(path) = path.or_else(|| self.picker.open()) {
                    self.open_path(&path);
                }
            }
            Pending::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Open a file, replacing the current document.
    pub fn open_path(&mut self, path: &std::path::Path) {
        let lang = self.lang();
        match Session::open(path) {
            Ok((session, notes)) => {
                let old = std::mem::replace(&mut self.session, session);
                old.close();
                self.pages = PagesState::default();
                self.recent.add(path);
                let mut msg = match lang {
                    Lang::Sv => format!("Öppnade {}", path.display()),
                    Lang::En => format!("Opened {}", path.display()),
                };
                if !notes.removed_temps.is_empty() {
                    msg.push_str(t::TEMPORARY_FILES_OF_AN_INTERRUPTED_SAVE.get(lang));
                }
                if notes.replaced_unreadable_lock {
                    msg.push_str(" (");
                    msg.push_str(crate::i18n::files::took_over_unreadable_lock(lang));
                    msg.push(')');
                }
                self.set_status(msg, false);
                if notes.link_count > 1 {
                    let name = path.display().to_string();
                    self.dialog = Some(Dialog::Message(crate::i18n::files::hard_links(
                        &name,
                        notes.link_count,
                        lang,
                    )));
                }
            }
            Err(OpenError::Unreadable { error, candidates }) => {
                self.dialog = Some(Dialog::Damaged {
                    error: error.message(lang),
                    candidates,
                });
            }
        }
    }

    /// Save; returns true when the document is safely on disk.
    pub fn save(&mut self) -> bool {
        if self.session.path().is_none() {
            return self.save_as();
        }
        let result = self.session.save();
        self.after_save(result)
    }

    pub fn save_as(&mut self) -> bool {
        let suggested = self.session.path().and_then(|p| p.file_name()).map_or_else(
            || "samverkan.ron".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.save_as_named(&suggested)
    }

    /// After a conflict: save our version under a new name beside theirs ("plan (din
    /// version).ron"), never proposing the file that holds their change.
    pub fn save_mine_as(&mut self) -> bool {
        let proposed = self.session.proposed_name_for_mine(self.lang());
        let name = proposed.file_name().map_or_else(
            || "samverkan.ron".into(),
            |n| n.to_string_lossy().into_owned(),
        );
        self.save_as_named(&name)
    }

    /// After a conflict: read in their version; ours stays one undo step away and is kept
    /// as a copy beside the file, and the status says where.
    pub fn reload_theirs(&mut self) {
        let lang = self.lang();
        match self.session.reload_keeping_mine(lang) {
            Ok(Ok(copy)) => self.set_status(
                crate::i18n::files::reloaded_mine_kept(&copy.display().to_string(), lang),
                false,
            ),
            Ok(Err(e)) => {
                let msg = crate::i18n::files::reloaded_mine_in_undo(&e.message(lang), lang);
                self.set_status(msg.clone(), true);
                self.dialog = Some(Dialog::Message(msg));
            }
            Err(e) => {
                let msg = e.message(lang);
                self.set_status(msg.clone(), true);
                self.dialog = Some(Dialog::Message(msg));
            }
        }
    }

    fn save_as_named(&mut self, suggested: &str) -> bool {
        let Some(path) = self.picker.save(suggested) else {
            return false;
        };
        let result = self.session.save_as(&path);
        let ok = self.after_save(result);
        if ok {
            self.recent.add(&path);
        }
        ok
    }

    fn after_save(&mut self, result: Result<crate::io::save::SaveOutcome, SaveError>) -> bool {
        let lang = self.lang();
        match result {
            Ok(outcome) => {
                if outcome.warnings.is_empty() {
                    self.set_status(t::SAVED.get(lang), false);
                } else {
                    let msg: Vec<String> =
                        outcome.warnings.iter().map(|w| w.message(lang)).collect();
                    let msg = msg.join(" ");
                    self.set_status(msg.clone(), true);
                    self.dialog = Some(Dialog::Message(msg));
                }
                true
            }
            Err(SaveError::ChangedOnDisk { .. }) => {
                self.dialog = Some(Dialog::Conflict);
                false
            }
            Err(e) => {
                let msg = e.message(lang);
                self.set_status(msg.clone(), true);
                self.dialog = Some(Dialog::Message(msg));
                false
            }
        }
    }

    /// Save the member list of every body as CSV for Excel, with the same code as
    /// `samverkan export members`.
    fn export_members(&mut self) {
        let rows = crate::export::members::member_rows(self.session.doc(), None, self.lang());
        match crate::export::members::to_csv(&rows) {
            Ok(bytes) => self.export_file("ledamoter.csv", &bytes),
            Err(e) => self.set_status(e.to_string(), true),
        }
    }

    /// The member list as an Excel workbook, the same as `export members --format xlsx`.
    fn export_members_xlsx(&mut self) {
        let lang = self.lang();
        let rows = crate::export::members::member_rows(self.session.doc(), None, lang);
        match crate::export::members::to_xlsx(&rows, lang.pick("Ledamöter", "Members")) {
            Ok(book) => {
                self.export_file("ledamoter.xlsx", &book.bytes);
                if book.truncated_cells > 0 {
                    self.set_status(
                        crate::i18n::files::cells_truncated(book.truncated_cells, lang),
                        true,
                    );
                }
            }
            Err(e) => self.set_status(e.to_string(), true),
        }
    }

    /// Save every meeting as a calendar file for Outlook, with the same code as
    /// `samverkan export ics`.
    fn export_calendar(&mut self) {
        let doc = self.session.doc();
        let mut meetings: Vec<&crate::model::Meeting> = doc.meetings.iter().collect();
        meetings.sort_by_key(|m| (m.date, m.start));
        match crate::export::ics::calendar(doc, &meetings, self.lang()) {
            Ok(text) => self.export_file("moten.ics", text.as_bytes()),
            Err(e) => {
                let msg = e.message(self.lang());
                self.set_status(msg.clone(), true);
                self.dialog = Some(Dialog::Message(msg));
            }
        }
    }

    /// An export a page asked for, made by the same functions as `samverkan export`.
    fn export(&mut self, export: &crate::ui::Export) {
        use crate::export::{MeetingDoc, TextFormat};
        use crate::ui::Export;
        let lang = self.lang();
        let doc = self.session.doc();
        let (name, bytes) = match export {
            Export::MeetingDocument {
                meeting,
                which,
                format,
            } => {
                let Some(m) = doc.meeting(meeting) else {
                    return;
                };
                let stem = match which {
                    MeetingDoc::Notice => lang.pick("kallelse", "notice"),
                    MeetingDoc::Minutes => lang.pick("anteckningar", "minutes"),
                };
                let ext = match format {
                    TextFormat::Pdf => "pdf",
                    TextFormat::Markdown => "md",
                };
                let body = m.bodies.first().map_or("", |b| b.as_str());
                match crate::export::meeting_document(doc, m, *which, *format, lang) {
                    Ok(bytes) => (format!("{stem}-{body}-{}.{ext}", m.date), bytes),
                    Err(e) => {
                        self.set_status(e.to_string(), true);
                        return;
                    }
                }
            }
            Export::MeetingCalendar(meeting) => {
                let Some(m) = doc.meeting(meeting) else {
                    return;
                };
                let body = m.bodies.first().map_or("", |b| b.as_str());
                match crate::export::ics::calendar(doc, &[m], lang) {
                    Ok(text) => (format!("{body}-{}.ics", m.date), text.into_bytes()),
                    Err(e) => {
                        self.set_status(e.message(lang), true);
                        return;
                    }
                }
            }
            Export::OrgChart {
                options,
                highlight,
                format,
            } => {
                let scene = crate::diagram::orgchart::chart_scene(doc, options, highlight.clone());
                let stem = lang.pick("organisation", "org-chart");
                match crate::export::picture(&scene, *format, stem) {
                    Ok(bytes) => (format!("{stem}.{}", format.extension()), bytes),
                    Err(e) => {
                        self.set_status(e, true);
                        return;
                    }
                }
            }
            Export::Wheel {
                year,
                rings,
                format,
            } => {
                let scene =
                    crate::diagram::wheel_chart::wheel_scene(doc, *year, rings, self.today, lang);
                let stem = format!("{}-{year}", lang.pick("arshjul", "annual-wheel"));
                match crate::export::picture(&scene, *format, &stem) {
                    Ok(bytes) => (format!("{stem}.{}", format.extension()), bytes),
                    Err(e) => {
                        self.set_status(e, true);
                        return;
                    }
                }
            }
            Export::Timeline { from, to, format } => {
                let scene = crate::diagram::timeline_chart::timeline_scene(
                    doc, *from, *to, self.today, lang,
                );
                let stem = format!("{}-{from}", lang.pick("tidslinje", "timeline"));
                match crate::export::picture(&scene, *format, &stem) {
                    Ok(bytes) => (format!("{stem}.{}", format.extension()), bytes),
                    Err(e) => {
                        self.set_status(e, true);
                        return;
                    }
                }
            }
            Export::BodyCalendar(body) => {
                let mut meetings: Vec<&crate::model::Meeting> = doc
                    .meetings
                    .iter()
                    .filter(|m| m.bodies.contains(body))
                    .collect();
                meetings.sort_by_key(|m| (m.date, m.start));
                match crate::export::ics::calendar(doc, &meetings, lang) {
                    Ok(text) => (
                        format!("{body}-{}.ics", lang.pick("moten", "meetings")),
                        text.into_bytes(),
                    ),
                    Err(e) => {
                        self.set_status(e.message(lang), true);
                        return;
                    }
                }
            }
        };
        self.export_file(&name, &bytes);
    }

    /// Ask where, then write an export whole or not at all.
    fn export_file(&mut self, suggested: &str, bytes: &[u8]) {
        let lang = self.lang();
        let Some(path) = self.picker.save(suggested) else {
            return;
        };
        let mut outcome = crate::io::save::SaveOutcome::default();
        match crate::io::save::write_atomic(
            &crate::io::fs::RealFs,
            &path,
            bytes,
            None,
            &mut outcome,
        ) {
            Ok(()) => self.set_status(
                format!("{} {}", t::EXPORTED.get(lang), path.display()),
                false,
            ),
            Err(e) => {
                let msg = e.message(lang);
                self.set_status(msg.clone(), true);
                self.dialog = Some(Dialog::Message(msg));
            }
        }
    }

    /// Ask before a delete that takes other records with it.
    fn request_delete(&mut self, edit: Edit) {
        let mut probe = self.session.doc().clone();
        match crate::edit::apply(&mut probe, edit.clone()) {
            Err(EditError::Referenced(refs)) => {
                self.dialog = Some(Dialog::ConfirmDelete { edit, refs });
            }
            _ => self.apply(edit),
        }
    }

    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let mut hit = None;
        ctx.input_mut(|i| {
            for c in Command::by_shortcut_priority() {
                if hit.is_none() && c.shortcuts().iter().any(|s| i.consume_shortcut(s)) {
                    hit = Some(c);
                }
            }
        });
        if let Some(c) = hit {
            self.run(ctx, c);
        }
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            for (menu, title) in [
                (Menu::File, t::FILE),
                (Menu::Edit, t::EDIT),
                (Menu::View, t::VIEW),
                (Menu::Help, t::HELP),
            ] {
                ui.menu_button(title.get(lang), |ui| {
                    for c in Command::ALL.into_iter().filter(|c| c.menu() == menu) {
                        let enabled = match c {
                            Command::Undo => self.session.can_undo(),
                            Command::Redo => self.session.can_redo(),
                            Command::Save => !self.session.is_read_only(),
                            _ => true,
                        };
                        let mut button = egui::Button::new(c.label(lang));
                        if let Some(s) = c.shortcuts().first() {
                            button = button.shortcut_text(ctx.format_shortcut(s));
                        }
                        if ui.add_enabled(enabled, button).clicked() {
                            self.run(&ctx, c);
                            ui.close();
                        }
                        if c == Command::Open {
                            let recent = self.recent.paths.clone();
                            ui.add_enabled_ui(!recent.is_empty(), |ui| {
                                ui.menu_button(t::OPEN_RECENT.get(lang), |ui| {
                                    for p in recent {
                                        if ui.button(p.display().to_string()).clicked() {
                                            self.guard_unsaved(&ctx, Pending::Open(Some(p)));
                                            ui.close();
                                        }
                                    }
                                });
                            });
                        }
                    }
                    if menu == Menu::View {
                        ui.separator();
                        for p in Page::ALL {
                            if ui
                                .selectable_label(self.ui_state.page == p, p.title().get(lang))
                                .clicked()
                            {
                                self.ui_state.page = p;
                                ui.close();
                            }
                        }
                    }
                });
            }
        });
    }

    fn banners(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        match self.session.access() {
            Access::ReadOnly(holder) if self.session.path().is_some() => {
                let stale = holder.staleness().is_some();
                let text = match lang {
                    Lang::Sv => format!(
                        "Skrivskyddat: dokumentet är öppet hos {}. Du kan läsa men inte ändra.",
                        holder.describe()
                    ),
                    Lang::En => format!(
                        "Read-only: the document is open by {}. You can read but not change it.",
                        holder.describe()
                    ),
                };
                banner(ui, crate::theme::READ_ONLY_BG, &text, |ui| {
                    if stale && ui.button(t::TAKE_OVER.get(lang)).clicked() {
                        self.dialog = Some(Dialog::TakeOverLock);
                    }
                });
            }
            Access::NoLock(error) if self.session.path().is_some() => {
                let reason = crate::i18n::files::io_reason(error, lang);
                let text = match lang {
                    Lang::Sv => format!(
                        "Skrivskyddat: låsfilen kunde inte skapas ({reason}). Spara som … till en annan plats för att ändra."
                    ),
                    Lang::En => format!(
                        "Read-only: the lock file could not be created ({reason}). Save as … elsewhere to make changes."
                    ),
                };
                banner(ui, crate::theme::READ_ONLY_BG, &text, |_| {});
            }
            _ => {}
        }
        if self.session.was_migrated() {
            banner(
                ui,
                crate::theme::MIGRATED_BG,
                t::THE_FILE_HAS_AN_OLDER_FORMAT.get(lang),
                |_| {},
            );
        }
    }

    fn nav_panel(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        egui::Panel::left("nav")
            .exact_size(crate::theme::NAV_WIDTH)
            .show(ui, |ui| {
                ui.add_space(6.0);
                for p in Page::ALL {
                    let mut label = p.title().get(lang).to_owned();
                    if p == Page::Problems && !self.problems.1.is_empty() {
                        label = format!("{label} ({})", self.problems.1.len());
                    }
                    if ui
                        .add_sized(
                            [ui.available_width(), 26.0],
                            egui::Button::selectable(self.ui_state.page == p, label),
                        )
                        .clicked()
                    {
                        self.ui_state.page = p;
                    }
                }
            });
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                let where_ = self.session.path().map_or_else(
                    || t::SAMPLE.get(lang).to_owned(),
                    |p| p.display().to_string(),
                );
                ui.label(where_);
                ui.separator();
                if self.session.is_dirty() {
                    ui.colored_label(crate::theme::WARNING, t::UNSAVED.get(lang));
                } else {
                    ui.label(t::ALL_SAVED.get(lang));
                }
                if let Some((msg, error)) = &self.status {
                    ui.separator();
                    if *error {
                        ui.colored_label(crate::theme::ERROR, msg);
                    } else {
                        ui.label(msg);
                    }
                }
            });
        });
    }

    fn dialogs(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        let lang = self.lang();
        let mut keep = true;
        let mut then: Option<AfterDialog> = None;
        let modal = egui::Modal::new(egui::Id::unique("dialog")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            match &dialog {
                Dialog::Unsaved(pending) => {
                    ui.heading(t::UNSAVED.get(lang));
                    ui.label(t::UNSAVED_QUESTION.get(lang));
                    ui.horizontal(|ui| {
                        if ui.button(t::SAVE.get(lang)).clicked() {
                            let pending = pending.clone();
                            then = Some(Box::new(move |app, ctx| {
                                if app.save() && !app.session.is_dirty() {
                                    app.proceed(ctx, pending);
                                }
                            }));
                            keep = false;
                        }
                        if ui.button(t::DONT_SAVE.get(lang)).clicked() {
                            let pending = pending.clone();
                            then = Some(Box::new(move |app, ctx| app.proceed(ctx, pending)));
                            keep = false;
                        }
                        if ui.button(t::CANCEL.get(lang)).clicked() {
                            keep = false;
                        }
                    });
                }
                Dialog::Conflict => {
                    ui.heading(t::THE_FILE_WAS_CHANGED_BY_SOMEONE.get(lang));
                    ui.label(
                        SaveError::ChangedOnDisk {
                            current_hash: Some(0),
                        }
                        .message(lang),
                    );
                    ui.horizontal(|ui| {
                        if ui.button(t::RELOAD.get(lang)).clicked() {
                            then = Some(Box::new(|app, _| app.reload_theirs()));
                            keep = false;
                        }
                        if ui.button(t::SAVE_AS.get(lang)).clicked() {
                            then = Some(Box::new(|app, _| {
                                app.save_mine_as();
                            }));
                            keep = false;
                        }
                        if ui.button(t::OVERWRITE.get(lang)).clicked() {
                            then = Some(Box::new(|app, _| {
                                let result = app.session.overwrite();
                                app.after_save(result);
                            }));
                            keep = false;
                        }
                        if ui.button(t::CANCEL.get(lang)).clicked() {
                            keep = false;
                        }
                    });
                }
                Dialog::Message(text) => {
                    ui.label(text);
                    if ui.button(t::OK.get(lang)).clicked() {
                        keep = false;
                    }
                }
                Dialog::ConfirmDelete { edit, refs } => {
                    ui.heading(t::OTHER_RECORDS_REFER_TO_THIS.get(lang));
                    ui.label(t::DELETING_ALSO_REMOVES_OR_CHANGES.get(lang));
                    egui::ScrollArea::vertical()
                        .max_height(240.0)
                        .show(ui, |ui| {
                            for r in refs {
                                ui.label(format!("• {}", r.text(lang)));
                            }
                        });
                    ui.horizontal(|ui| {
                        if ui
                            .button(
                                egui::RichText::new(t::DELETE_CONFIRM.get(lang))
                                    .color(crate::theme::ERROR),
                            )
                            .clicked()
                        {
                            let cascade = match edit.clone() {
                                Edit::DeletePerson { id, .. } => {
                                    Edit::DeletePerson { id, cascade: true }
                                }
                                Edit::DeleteBody { id, .. } => {
                                    Edit::DeleteBody { id, cascade: true }
                                }
                                Edit::DeleteOrganisation { id, .. } => {
                                    Edit::DeleteOrganisation { id, cascade: true }
                                }
                                other => other,
                            };
                            then = Some(Box::new(move |app, _| app.apply(cascade)));
                            keep = false;
                        }
                        if ui.button(t::CANCEL.get(lang)).clicked() {
                            keep = false;
                        }
                    });
                }
                Dialog::Recovery(found) => {
                    ui.heading(t::UNSAVED_CHANGES_WERE_FOUND.get(lang));
                    ui.label(t::SAMVERKAN_CLOSED_WITHOUT_SAVING_THESE_CHANGES.get(lang));
                    for (i, f) in found.iter().enumerate() {
                        let doc_name = f.content.document_path.as_ref().map_or_else(
                            || {
                                format!(
                                    "{} ({})",
                                    f.content.document.info.title,
                                    t::UNTITLED.get(lang)
                                )
                            },
                            |p| p.display().to_string(),
                        );
                        ui.horizontal(|ui| {
                            ui.label(format!("{doc_name} – {}", f.content.written));
                            if ui.button(t::RESTORE.get(lang)).clicked() {
                                let f = found[i].clone();
                                then = Some(Box::new(move |app, _| app.restore(&f)));
                                keep = false;
                            }
                            if ui.button(t::DISCARD.get(lang)).clicked() {
                                RecoveryStore::remove(&found[i]);
                                let rest: Vec<Found> = found
                                    .iter()
                                    .enumerate()
                                    .filter(|(j, _)| *j != i)
                                    .map(|(_, f)| f.clone())
                                    .collect();
                                if !rest.is_empty() {
                                    then = Some(Box::new(move |app, _| {
                                        app.dialog = Some(Dialog::Recovery(rest));
                                    }));
                                }
                                keep = false;
                            }
                        });
                    }
                    if ui.button(t::DECIDE_LATER.get(lang)).clicked() {
                        keep = false;
                    }
                }
                Dialog::Damaged { error, candidates } => {
                    ui.heading(t::THE_FILE_COULD_NOT_BE_READ.get(lang));
                    ui.label(error);
                    if !candidates.is_empty() {
                        ui.label(t::AN_INTERRUPTED_SAVE_LEFT_A_READABLE.get(lang));
                        for c in candidates {
                            if ui.button(c.display().to_string()).clicked() {
                                let c = c.clone();
                                then = Some(Box::new(move |app, _| {
                                    if let Ok((loaded, _)) = crate::io::read_document(&c) {
                                        let old = std::mem::replace(
                                            &mut app.session,
                                            Session::unsaved(loaded.document),
                                        );
                                        old.close();
                                    }
                                }));
                                keep = false;
                            }
                        }
                    }
                    if ui.button(t::OK.get(lang)).clicked() {
                        keep = false;
                    }
                }
                Dialog::TakeOverLock => {
                    ui.heading(t::TAKE_OVER.get(lang));
                    ui.label(t::THE_LOCK_LOOKS_ABANDONED_THE_PROGRAM.get(lang));
                    ui.horizontal(|ui| {
                        if ui.button(t::TAKE_OVER.get(lang)).clicked() {
                            then = Some(Box::new(|app, _| {
                                let lang = app.lang();
                                if let Err(e) = app.session.take_over_lock(lang) {
                                    app.set_status(e, true);
                                }
                            }));
                            keep = false;
                        }
                        if ui.button(t::CANCEL.get(lang)).clicked() {
                            keep = false;
                        }
                    });
                }
                Dialog::Find => {
                    if let Some(nav) = find_ui(ui, self.session.doc(), &mut self.find_text, lang) {
                        then = Some(Box::new(move |app, _| {
                            app.ui_state.page = app.pages.navigate(nav);
                        }));
                        keep = false;
                    }
                    if ui.button(t::CANCEL.get(lang)).clicked() {
                        keep = false;
                    }
                }
                Dialog::Shortcuts => {
                    ui.heading(t::SHORTCUTS.get(lang));
                    egui::Grid::new("shortcuts").show(ui, |ui| {
                        for c in Command::ALL {
                            let keys: Vec<String> = c
                                .shortcuts()
                                .iter()
                                .map(|s| ui.ctx().format_shortcut(s))
                                .collect();
                            if !keys.is_empty() {
                                ui.label(c.label(lang));
                                ui.label(keys.join(", "));
                                ui.end_row();
                            }
                        }
                    });
                    if ui.button(t::OK.get(lang)).clicked() {
                        keep = false;
                    }
                }
                Dialog::About => {
                    ui.heading("Samverkan");
                    ui.label(format!(
                        "{} {}",
                        t::VERSION.get(lang),
                        env!("CARGO_PKG_VERSION")
                    ));
                    ui.label(t::PLAN_AND_TRACK_THE_COLLABORATION_STRUCTURES.get(lang));
                    if ui.button(t::OK.get(lang)).clicked() {
                        keep = false;
                    }
                }
            }
        });
        if modal.should_close() && !matches!(dialog, Dialog::Recovery(_)) {
            keep = false;
        }
        if keep {
            self.dialog = Some(dialog);
        }
        if let Some(f) = then {
            f(self, ctx);
        }
    }

    /// Restore a recovery copy: reopen its file (if it had one) and put the recovered
    /// document in, unsaved.
    fn restore(&mut self, found: &Found) {
        if let Some(path) = &found.content.document_path
            && path.exists()
        {
            self.open_path(path);
        } else {
            let old = std::mem::replace(&mut self.session, Session::unsaved(Document::new("")));
            old.close();
        }
        self.session.restore(found.content.document.clone());
        RecoveryStore::remove(found);
        let lang = self.lang();
        self.set_status(t::UNSAVED_CHANGES_WERE_RESTORED_SAVE_TO.get(lang), false);
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

        if self.problems.0 != self.session.revision()
            || self.problems.1.is_empty() && self.session.revision() == 0
        {
            self.problems = (
                self.session.revision(),
                validate(self.session.doc(), self.today),
            );
        }

        egui::Panel::top("menu").show(ui, |ui| {
            self.menu_bar(ui);
            self.banners(ui);
        });
        self.status_bar(ui);
        self.nav_panel(ui);
        let mut out = Out::default();
        egui::CentralPanel::default().show(ui, |ui| {
            let view = View {
                doc: self.session.doc(),
                lang: self.ui_state.lang,
                today: self.today,
                read_only: self.session.is_read_only(),
                revision: self.session.revision(),
                problems: &self.problems.1,
            };
            page_ui(ui, self.ui_state.page, &view, &mut self.pages, &mut out);
        });
        self.dialogs(&ctx);

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

fn banner(ui: &mut egui::Ui, colour: egui::Color32, text: &str, extra: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::new()
        .fill(colour)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.colored_label(egui::Color32::WHITE, text);
                extra(ui);
            });
        });
}

/// The find box: people, bodies, organisations and meetings whose name contains the text.
fn find_ui(ui: &mut egui::Ui, doc: &Document, text: &mut String, lang: Lang) -> Option<Nav> {
    ui.heading(t::FIND.get(lang));
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(t::NAME_2.get(lang))
            .desired_width(400.0),
    );
    response.request_focus();
    let needle = text.trim().to_lowercase();
    if needle.is_empty() {
        return None;
    }
    let mut hits: Vec<(String, Nav)> = Vec::new();
    for p in &doc.people {
        if p.name.to_lowercase().contains(&needle) {
            hits.push((
                format!("{} – {}", p.display_name(), t::PERSON.get(lang)),
                Nav::Person(p.id.clone()),
            ));
        }
    }
    for b in &doc.bodies {
        if b.name.to_lowercase().contains(&needle) || b.short_name.to_lowercase() == needle {
            hits.push((
                format!("{} – {}", b.name, t::BODY.get(lang)),
                Nav::Body(b.id.clone()),
            ));
        }
    }
    for o in &doc.organisations {
        if o.name.to_lowercase().contains(&needle) {
            hits.push((
                format!("{} – {}", o.name, t::ORGANISATION.get(lang)),
                Nav::Organisation(o.id.clone()),
            ));
        }
    }
    for m in &doc.meetings {
        let names: Vec<String> = m
            .bodies
            .iter()
            .filter_map(|b| doc.body(b))
            .map(|b| b.name.to_lowercase())
            .collect();
        if m.title.to_lowercase().contains(&needle) || names.iter().any(|n| n.contains(&needle)) {
            hits.push((
                format!(
                    "{} {} – {}",
                    m.date,
                    if m.title.is_empty() {
                        names.join(", ")
                    } else {
                        m.title.clone()
                    },
                    t::MEETING_2.get(lang)
                ),
                Nav::Meeting(m.id.clone()),
            ));
        }
    }
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
    let mut chosen = None;
    egui::ScrollArea::vertical()
        .max_height(300.0)
        .show(ui, |ui| {
            for (label, nav) in hits.iter().take(50) {
                if ui.link(label).clicked() {
                    chosen = Some(nav.clone());
                }
            }
        });
    if hits.is_empty() {
        ui.weak(t::NO_MATCHES.get(lang));
    }
    chosen.or_else(|| {
        if enter {
            hits.first().map(|(_, n)| n.clone())
        } else {
            None
        }
    })
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
        let old = std::mem::replace(&mut self.session, Session::unsaved(Document::new("")));
        old.close();
    }
}
