//! The window's frame around the page: menus, banners, the page list and the status bar.

use super::commands::{Command, Menu};
use super::{Dialog, Pending, SamverkanApp};
use crate::i18n::t;
use crate::io::open::Access;
use crate::ui::Page;

impl SamverkanApp {
    pub(super) fn handle_shortcuts(&mut self, ctx: &egui::Context) {
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

    pub(super) fn menu_bar(&mut self, ui: &mut egui::Ui) {
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
                            Command::Save | Command::MergeWith => !self.session.is_read_only(),
                            _ => true,
                        };
                        // Read-only, "Save as" keeps one's work in a copy to merge later.
                        let label = if c == Command::SaveAs && self.session.is_read_only() {
                            crate::i18n::merge::SAVE_A_COPY.get(lang)
                        } else {
                            c.label(lang)
                        };
                        let mut button = egui::Button::new(label);
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

    pub(super) fn banners(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        match self.session.access() {
            Access::ReadOnly(holder) if self.session.path().is_some() => {
                let stale = holder.staleness().is_some();
                let text = crate::i18n::files::read_only_open_by(&holder.describe(), lang);
                banner(ui, crate::theme::READ_ONLY_BG, &text, |ui| {
                    if stale && ui.button(t::TAKE_OVER.get(lang)).clicked() {
                        self.dialog = Some(Dialog::TakeOverLock);
                    }
                });
            }
            Access::NoLock(error) if self.session.path().is_some() => {
                let reason = crate::i18n::files::io_reason(error, lang);
                let text = crate::i18n::files::read_only_no_lock(&reason, lang);
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

    pub(super) fn nav_panel(&mut self, ui: &mut egui::Ui) {
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

    pub(super) fn status_bar(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                let where_ = match self.session.path() {
                    Some(p) => p.display().to_string(),
                    None if self.session.is_sample() => t::SAMPLE.get(lang).to_owned(),
                    None => t::NOT_SAVED_YET.get(lang).to_owned(),
                };
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
}

fn banner(ui: &mut egui::Ui, colour: egui::Color32, text: &str, extra: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::new()
        .fill(colour)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.colored_label(crate::theme::BANNER_TEXT, text);
                extra(ui);
            });
        });
}
