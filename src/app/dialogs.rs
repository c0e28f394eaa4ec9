//! The modal dialogs: unsaved changes, the conflict with another person's version, deletes
//! that take other records along, recovery, damaged files, locks, find, help.

use super::SamverkanApp;
use super::find::find_ui;
use crate::edit::Edit;
use crate::i18n::t;
use crate::io::recovery::{Found, RecoveryStore};
use crate::model::references::Reference;
use crate::session::Session;
use std::path::PathBuf;

/// What waits for the user's answer about unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    New,
    /// A new document with the region, county board and municipalities of a county.
    NewForCounty(&'static crate::model::county::County),
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
    /// The user guide, open at a section.
    Guide(usize),
    Shortcuts,
    About,
    /// "Ny struktur för ett län": the 21 counties to start from.
    ChooseCounty,
    /// Erase a person: what goes, and whether the first name alone goes too.
    ErasePerson {
        extract: Box<crate::model::person_extract::Extract>,
        first_name_too: bool,
    },
    /// Another version merged with ours: the report and a choice per conflict.
    Merge(Box<super::merge::MergeDialog>),
    /// After saving an erasure: files outside the document that still hold the person.
    PurgeFiles {
        names: String,
        files: Vec<crate::io::traces::Trace>,
    },
}

impl SamverkanApp {
    pub(super) fn dialogs(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.dialog.take() else {
            return;
        };
        let lang = self.lang();
        let mut keep = true;
        let mut then: Option<AfterDialog> = None;
        let mut merge_answer: Option<super::merge::Answer> = None;
        let modal = egui::Modal::new(egui::Id::unique("dialog")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            match &mut dialog {
                Dialog::Unsaved(pending) => {
                    ui.heading(t::UNSAVED.get(lang));
                    ui.label(t::UNSAVED_QUESTION.get(lang));
                    ui.horizontal(|ui| {
                        if ui.button(t::SAVE.get(lang)).clicked() {
                            let pending = pending.clone();
                            then = Some(Box::new(move |app, ctx| app.save_then(ctx, pending)));
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
                    ui.label(crate::i18n::merge::CONFLICT_CHOICES.get(lang));
                    ui.horizontal_wrapped(|ui| {
                        if ui.button(crate::i18n::merge::MERGE.get(lang)).clicked() {
                            then = Some(Box::new(|app, _| app.merge_with_disk()));
                            keep = false;
                        }
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
                    ui.label(text.as_str());
                    if ui.button(t::OK.get(lang)).clicked() {
                        keep = false;
                    }
                }
                Dialog::ConfirmDelete { edit, refs } => {
                    ui.heading(t::OTHER_RECORDS_REFER_TO_THIS.get(lang));
                    ui.label(t::DELETING_ALSO_REMOVES_OR_CHANGES.get(lang));
                    if matches!(edit, Edit::DeletePerson { .. }) {
                        ui.label(
                            egui::RichText::new(
                                crate::i18n::people_data::DELETE_KEEPS_NAME.get(lang),
                            )
                            .weak(),
                        );
                    }
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
                    ui.label(error.as_str());
                    if !candidates.is_empty() {
                        ui.label(t::AN_INTERRUPTED_SAVE_LEFT_A_READABLE.get(lang));
                        for c in candidates {
                            if ui.button(c.display().to_string()).clicked() {
                                let c = c.clone();
                                then = Some(Box::new(move |app, _| {
                                    if let Ok((loaded, _)) = crate::io::read_document(&c) {
                                        app.replace_session(Session::unsaved(loaded.document));
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
                    super::help::shortcuts_grid(ui, lang);
                    if ui.button(t::OK.get(lang)).clicked() {
                        keep = false;
                    }
                }
                Dialog::ChooseCounty => {
                    use crate::i18n::perspective as p;
                    ui.heading(p::NEW_FOR_COUNTY.get(lang));
                    ui.label(p::NEW_FOR_COUNTY_HINT.get(lang));
                    egui::ScrollArea::vertical()
                        .max_height(420.0)
                        .show(ui, |ui| {
                            for county in crate::model::county::counties() {
                                let n =
                                    crate::model::county::municipalities_of(county.code).count();
                                let label = p::county_choice(county.name, n, lang);
                                if ui.button(label).clicked() {
                                    keep = false;
                                    then = Some(Box::new(move |app, ctx| {
                                        app.guard_unsaved(ctx, Pending::NewForCounty(county));
                                    }));
                                }
                            }
                        });
                    if ui.button(t::CANCEL.get(lang)).clicked() {
                        keep = false;
                    }
                }
                Dialog::ErasePerson {
                    extract,
                    first_name_too,
                } => match super::people_data::erase_ui(ui, extract, first_name_too, lang) {
                    Some(true) => {
                        let (found, first) = (extract.clone(), *first_name_too);
                        then = Some(Box::new(move |app, _| app.erase_person(&found, first)));
                        keep = false;
                    }
                    Some(false) => keep = false,
                    None => {}
                },
                Dialog::PurgeFiles { names, files } => {
                    match super::people_data::purge_ui(ui, names, files, lang) {
                        Some(true) => {
                            let files = files.clone();
                            then = Some(Box::new(move |app, _| app.purge(&files)));
                            keep = false;
                        }
                        Some(false) => keep = false,
                        None => {}
                    }
                }
                Dialog::Merge(merge) => {
                    merge_answer = super::merge::merge_ui(ui, merge, lang);
                    if merge_answer.is_some() {
                        keep = false;
                    }
                }
                Dialog::About => {
                    if super::help::about_ui(ui, lang) {
                        keep = false;
                    }
                }
                Dialog::Guide(section) => {
                    let backups = self.session.path().map(crate::io::save::backup_dir);
                    if super::help::guide_ui(ui, section, backups.as_deref(), lang) {
                        keep = false;
                    }
                }
            }
        });
        if modal.should_close() && !matches!(dialog, Dialog::Recovery(_)) {
            keep = false;
        }
        match (merge_answer, dialog) {
            (Some(answer), Dialog::Merge(merge)) if answer != super::merge::Answer::Cancel => {
                then = Some(Box::new(move |app, _| app.answer_merge(*merge, answer)));
            }
            (_, dialog) if keep => self.dialog = Some(dialog),
            _ => {}
        }
        if let Some(f) = then {
            f(self, ctx);
        }
    }
}
