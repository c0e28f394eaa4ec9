//! Every command of the menus, with its label and keyboard shortcut. Menus and shortcuts are
//! both generated from this one list.

use crate::i18n::{Lang, Tr, t};
use egui::{Key, KeyboardShortcut, Modifiers};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    New,
    NewForCounty,
    Open,
    ImportValues,
    MergeWith,
    Save,
    SaveAs,
    ExportMembers,
    ExportMembersXlsx,
    ExportCalendar,
    Quit,
    Undo,
    Redo,
    Find,
    ToggleLanguage,
    Guide,
    Shortcuts,
    About,
}

/// Which menu a command sits in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    File,
    Edit,
    View,
    Help,
}

impl Command {
    pub const ALL: [Command; 18] = [
        Command::New,
        Command::NewForCounty,
        Command::Open,
        Command::ImportValues,
        Command::MergeWith,
        Command::Save,
        Command::SaveAs,
        Command::ExportMembers,
        Command::ExportMembersXlsx,
        Command::ExportCalendar,
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::Find,
        Command::ToggleLanguage,
        Command::Guide,
        Command::Shortcuts,
        Command::About,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        let tr: Tr = match self {
            Command::New => t::NEW,
            Command::NewForCounty => crate::i18n::perspective::NEW_FOR_COUNTY,
            Command::Open => t::OPEN,
            Command::ImportValues => crate::i18n::import::IMPORT_VALUES,
            Command::MergeWith => crate::i18n::merge::MERGE_WITH,
            Command::Save => t::SAVE,
            Command::SaveAs => t::SAVE_AS,
            Command::ExportMembers => t::EXPORT_MEMBERS,
            Command::ExportMembersXlsx => t::EXPORT_MEMBERS_XLSX,
            Command::ExportCalendar => t::EXPORT_CALENDAR,
            Command::Quit => t::QUIT,
            Command::Undo => t::UNDO,
            Command::Redo => t::REDO,
            Command::Find => t::FIND,
            Command::ToggleLanguage => Tr("English", "Svenska"),
            Command::Guide => crate::i18n::guide::GUIDE,
            Command::Shortcuts => t::SHORTCUTS,
            Command::About => t::ABOUT,
        };
        tr.get(lang)
    }

    pub fn menu(self) -> Menu {
        match self {
            Command::New
            | Command::NewForCounty
            | Command::Open
            | Command::ImportValues
            | Command::MergeWith
            | Command::Save
            | Command::SaveAs
            | Command::ExportMembers
            | Command::ExportMembersXlsx
            | Command::ExportCalendar
            | Command::Quit => Menu::File,
            Command::Undo | Command::Redo | Command::Find => Menu::Edit,
            Command::ToggleLanguage => Menu::View,
            Command::Guide | Command::Shortcuts | Command::About => Menu::Help,
        }
    }

    /// The shortcuts that run the command; the first is shown in the menu.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        const CMD: Modifiers = Modifiers::COMMAND;
        const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);
        match self {
            Command::New => vec![KeyboardShortcut::new(CMD, Key::N)],
            Command::Open => vec![KeyboardShortcut::new(CMD, Key::O)],
            // Shift variants first: egui matches Ctrl+S also when Shift is held.
            Command::SaveAs => vec![KeyboardShortcut::new(CMD_SHIFT, Key::S)],
            Command::Save => vec![KeyboardShortcut::new(CMD, Key::S)],
            Command::Quit => vec![KeyboardShortcut::new(CMD, Key::Q)],
            Command::Redo => vec![
                KeyboardShortcut::new(CMD, Key::Y),
                KeyboardShortcut::new(CMD_SHIFT, Key::Z),
            ],
            Command::Undo => vec![KeyboardShortcut::new(CMD, Key::Z)],
            Command::Find => vec![KeyboardShortcut::new(CMD, Key::F)],
            Command::Guide => vec![KeyboardShortcut::new(Modifiers::NONE, Key::F1)],
            Command::NewForCounty
            | Command::ImportValues
            | Command::MergeWith
            | Command::ToggleLanguage
            | Command::Shortcuts
            | Command::About
            | Command::ExportMembers
            | Command::ExportMembersXlsx
            | Command::ExportCalendar => vec![],
        }
    }

    /// The order in which shortcuts are checked: those with more modifiers first.
    pub fn by_shortcut_priority() -> [Command; 18] {
        [
            Command::SaveAs,
            Command::Redo,
            Command::Save,
            Command::Undo,
            Command::New,
            Command::Open,
            Command::Quit,
            Command::Find,
            Command::ToggleLanguage,
            Command::Shortcuts,
            Command::About,
            Command::Guide,
            Command::ExportMembers,
            Command::ExportMembersXlsx,
            Command::ExportCalendar,
            Command::NewForCounty,
            Command::ImportValues,
            Command::MergeWith,
        ]
    }
}
