//! Asking for a file name: the system's dialog where there is one, and the answer that there
//! is none (a plain Linux desktop without the XDG portal or zenity), so the app can show its
//! own dialog instead of doing nothing.

use crate::i18n::{Lang, paths as say};
use std::path::PathBuf;

/// What kind of file is asked for: the dialog's filter, named for the type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Document,
    Pdf,
    Csv,
    Xlsx,
    Calendar,
    Svg,
    Png,
    Markdown,
    Word,
    /// Indicator values to import: Kolada JSON, Excel or CSV.
    Values,
    Any,
}

impl FileKind {
    /// The kind of an export's file, from its suggested name.
    pub fn of_name(name: &str) -> Self {
        let ext = std::path::Path::new(name)
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "ron" => Self::Document,
            "pdf" => Self::Pdf,
            "csv" => Self::Csv,
            "xlsx" => Self::Xlsx,
            "ics" => Self::Calendar,
            "svg" => Self::Svg,
            "png" => Self::Png,
            "md" => Self::Markdown,
            "docx" => Self::Word,
            _ => Self::Any,
        }
    }

    /// The file name endings of the kind (none: every file).
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Document => &["ron"],
            Self::Pdf => &["pdf"],
            Self::Csv => &["csv"],
            Self::Xlsx => &["xlsx"],
            Self::Calendar => &["ics"],
            Self::Svg => &["svg"],
            Self::Png => &["png"],
            Self::Markdown => &["md"],
            Self::Word => &["docx"],
            Self::Values => &["json", "csv", "xlsx"],
            Self::Any => &[],
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Self::Document => say::DOCUMENT,
            Self::Pdf => say::PDF,
            Self::Csv => say::CSV,
            Self::Xlsx => say::XLSX,
            Self::Calendar => say::CALENDAR,
            Self::Svg => say::SVG,
            Self::Png => say::PNG,
            Self::Markdown => say::MARKDOWN,
            Self::Word => say::WORD,
            Self::Values => say::VALUES,
            Self::Any => say::ANY,
        }
        .get(lang)
    }

    /// Whether a file of this name is of the kind.
    pub fn matches(self, name: &str) -> bool {
        let exts = self.extensions();
        exts.is_empty()
            || std::path::Path::new(name)
                .extension()
                .is_some_and(|e| exts.iter().any(|x| e.eq_ignore_ascii_case(x)))
    }
}

/// The answer to a request for a file name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pick {
    Chosen(PathBuf),
    /// The user closed the dialog.
    Cancelled,
    /// There is no dialog to show: the app asks with its own.
    Unavailable,
}

/// Asks the user for file names. Native dialogs in the app; tests put in their own.
pub trait FilePicker {
    fn open(&mut self, kind: FileKind, lang: Lang) -> Pick;
    fn save(&mut self, suggested_name: &str, kind: FileKind, lang: Lang) -> Pick;
}

/// The system's file dialogs (rfd), or `Unavailable` where the system has none.
pub struct NativePicker;

impl NativePicker {
    fn dialog(kind: FileKind, lang: Lang) -> rfd::FileDialog {
        let dialog = rfd::FileDialog::new();
        if kind.extensions().is_empty() {
            dialog
        } else {
            dialog.add_filter(kind.label(lang), kind.extensions())
        }
    }
}

impl FilePicker for NativePicker {
    fn open(&mut self, kind: FileKind, lang: Lang) -> Pick {
        if !system_dialog_available() {
            return Pick::Unavailable;
        }
        Self::dialog(kind, lang)
            .pick_file()
            .map_or(Pick::Cancelled, Pick::Chosen)
    }

    fn save(&mut self, suggested_name: &str, kind: FileKind, lang: Lang) -> Pick {
        if !system_dialog_available() {
            return Pick::Unavailable;
        }
        Self::dialog(kind, lang)
            .set_file_name(suggested_name)
            .save_file()
            .map_or(Pick::Cancelled, Pick::Chosen)
    }
}

/// On Linux rfd asks the XDG desktop portal over the session bus and falls back to zenity;
/// where neither is there it returns nothing, as if the user had cancelled. Windows and
/// macOS always have their dialogs.
#[cfg(target_os = "linux")]
fn system_dialog_available() -> bool {
    portal_available() || on_path("zenity")
}

#[cfg(not(target_os = "linux"))]
fn system_dialog_available() -> bool {
    true
}

/// Whether the session bus has the desktop portal, running or ready to be started.
#[cfg(target_os = "linux")]
fn portal_available() -> bool {
    const PORTAL: &str = "org.freedesktop.portal.Desktop";
    let Ok(connection) = zbus::blocking::Connection::session() else {
        return false;
    };
    let Ok(bus) = zbus::blocking::fdo::DBusProxy::new(&connection) else {
        return false;
    };
    let Ok(name) = zbus::names::BusName::try_from(PORTAL) else {
        return false;
    };
    bus.name_has_owner(name).unwrap_or(false)
        || bus
            .list_activatable_names()
            .is_ok_and(|names| names.iter().any(|n| n.as_str() == PORTAL))
}

/// Whether a program of this name is in one of the folders of `PATH`.
#[cfg(target_os = "linux")]
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

#[cfg(test)]
mod tests {
    use super::FileKind;

    #[test]
    fn an_exports_kind_comes_from_its_name() {
        assert_eq!(
            FileKind::of_name("kallelse-BG-2026-12-10.pdf"),
            FileKind::Pdf
        );
        assert_eq!(FileKind::of_name("BG-moten.ics"), FileKind::Calendar);
        assert_eq!(FileKind::of_name("plan.RON"), FileKind::Document);
        assert_eq!(FileKind::of_name("utan-ändelse"), FileKind::Any);
        assert!(FileKind::Values.matches("kolada.JSON"));
        assert!(!FileKind::Pdf.matches("plan.ron"));
        assert!(FileKind::Any.matches("vad som helst"));
    }
}
