//! Hjälp: the user guide (sections on the left, the text on the right) and Om Samverkan
//! (version, file format, where this computer keeps the user's data).

use super::commands::Command;
use crate::i18n::guide::{self, SECTIONS};
use crate::i18n::{Lang, t};

/// The guide's sections after the written ones: the keyboard shortcuts, then the folders.
const SHORTCUTS: usize = SECTIONS.len();
const FOLDERS: usize = SECTIONS.len() + 1;

/// The guide, open at `section`; true when closed.
/// `backups`: the open document's backup folder, if it has a file.
pub(super) fn guide_ui(
    ui: &mut egui::Ui,
    section: &mut usize,
    backups: Option<&std::path::Path>,
    lang: Lang,
) -> bool {
    ui.set_max_width(640.0);
    ui.heading(guide::GUIDE.get(lang));
    // The sections as tabs above the text.
    ui.horizontal_wrapped(|ui| {
        let titles = SECTIONS
            .iter()
            .map(|s| s.title.get(lang))
            .chain([t::SHORTCUTS.get(lang), guide::FOLDERS_TITLE.get(lang)]);
        for (i, title) in titles.enumerate() {
            if ui.selectable_label(*section == i, title).clicked() {
                *section = i;
            }
        }
    });
    ui.separator();
    // A fixed size, so the dialog neither grows nor moves when another section is chosen.
    egui::ScrollArea::vertical()
        .id_salt("guide-text")
        .auto_shrink([false, false])
        .max_height(420.0)
        .show(ui, |ui| section_ui(ui, *section, backups, lang));
    ui.separator();
    ui.button(t::OK.get(lang)).clicked()
}

fn section_ui(ui: &mut egui::Ui, section: usize, backups: Option<&std::path::Path>, lang: Lang) {
    if let Some(s) = SECTIONS.get(section) {
        // The title is the selected one on the left.
        for p in s.paragraphs {
            ui.label(p.get(lang));
            ui.add_space(4.0);
        }
    } else if section == SHORTCUTS {
        ui.label(guide::SHORTCUTS_INTRO.get(lang));
        shortcuts_grid(ui, lang);
    } else if section == FOLDERS {
        for p in guide::FOLDERS {
            ui.label(p.get(lang));
            ui.add_space(4.0);
        }
        if let Some(dir) = backups {
            ui.label(guide::THIS_DOCUMENTS_BACKUPS.get(lang));
            ui.monospace(dir.display().to_string());
        }
        folders_ui(ui, lang);
    }
}

/// Every command with a keyboard shortcut, and its keys as this system writes them.
pub(super) fn shortcuts_grid(ui: &mut egui::Ui, lang: Lang) {
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
}

/// The folders this computer keeps the user's data in.
fn folders_ui(ui: &mut egui::Ui, lang: Lang) {
    let shown = |dir: Option<std::path::PathBuf>| {
        dir.map_or_else(
            || guide::NO_FOLDER.get(lang).to_owned(),
            |d| d.display().to_string(),
        )
    };
    ui.label(guide::RECOVERY_FOLDER.get(lang));
    ui.monospace(shown(
        crate::io::recovery::data_dir().map(|d| d.join("recovery")),
    ));
    ui.label(guide::CONFIG_FOLDER.get(lang));
    ui.monospace(shown(super::recent::config_dir()));
}

/// Om Samverkan; true when closed.
pub(super) fn about_ui(ui: &mut egui::Ui, lang: Lang) -> bool {
    ui.heading("Samverkan"); // not UI: the program's name
    ui.label(format!(
        "{} {}",
        t::VERSION.get(lang),
        env!("CARGO_PKG_VERSION")
    ));
    ui.label(guide::file_format(crate::model::FORMAT_VERSION, lang));
    ui.label(t::PLAN_AND_TRACK_THE_COLLABORATION_STRUCTURES.get(lang));
    ui.separator();
    folders_ui(ui, lang);
    ui.button(t::OK.get(lang)).clicked()
}
