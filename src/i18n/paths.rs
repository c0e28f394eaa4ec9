//! The words of choosing a file: the kinds of file in the dialogs' filters, and the built-in
//! dialog the app shows where the system has no file dialog.

use super::{Lang, Tr};

pub const DOCUMENT: Tr = Tr("Samverkan-dokument", "Samverkan document");
pub const PDF: Tr = Tr("PDF-dokument", "PDF document");
pub const CSV: Tr = Tr(
    "CSV-fil (semikolonseparerad)",
    "CSV file (semicolon-separated)",
);
pub const XLSX: Tr = Tr("Excel-arbetsbok", "Excel workbook");
pub const CALENDAR: Tr = Tr("Kalenderfil (iCalendar)", "Calendar file (iCalendar)");
pub const SVG: Tr = Tr("SVG-bild", "SVG picture");
pub const PNG: Tr = Tr("PNG-bild", "PNG picture");
pub const MARKDOWN: Tr = Tr("Markdown-text", "Markdown text");
pub const WORD: Tr = Tr("Word-dokument", "Word document");
pub const VALUES: Tr = Tr(
    "Indikatorvärden (Kolada-JSON, Excel, CSV)",
    "Indicator values (Kolada JSON, Excel, CSV)",
);
pub const ANY: Tr = Tr("Alla filer", "All files");

pub const OPEN_TITLE: Tr = Tr("Öppna fil", "Open file");
pub const SAVE_TITLE: Tr = Tr("Spara fil", "Save file");
pub const NO_SYSTEM_DIALOG: Tr = Tr(
    "Datorn har ingen fildialog (ingen XDG-portal eller zenity); välj filen här.",
    "This computer has no file dialog (no XDG portal or zenity); choose the file here.",
);
pub const FOLDER: Tr = Tr("Mapp", "Folder");
pub const FILE_NAME: Tr = Tr("Filnamn", "File name");
pub const UP: Tr = Tr("Upp en nivå", "Up one level");
pub const OPEN: Tr = Tr("Öppna", "Open");
pub const SAVE: Tr = Tr("Spara", "Save");
pub const REPLACE: Tr = Tr("Ersätt", "Replace");
pub const EMPTY_FOLDER: Tr = Tr("(inga filer av den här sorten)", "(no files of this kind)");
pub const NOT_A_FOLDER: Tr = Tr("Mappen finns inte.", "The folder does not exist.");
pub const NAME_A_FILE: Tr = Tr("Skriv ett filnamn.", "Type a file name.");
pub const NO_SUCH_FILE: Tr = Tr(
    "Filen finns inte i mappen.",
    "The file is not in the folder.",
);

/// Beside a file name that is already taken.
pub fn exists(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{name} finns redan och ersätts om du sparar."),
        Lang::En => format!("{name} exists already and is replaced if you save."),
    }
}

/// A folder in the list ("Protokoll/").
pub fn folder_entry(name: &str) -> String {
    format!("{name}/")
}

/// A folder that cannot be listed.
pub fn cannot_list(why: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Mappen kan inte visas: {why}"),
        Lang::En => format!("The folder cannot be shown: {why}"),
    }
}
