//! Every user-visible word, in Swedish and English. Swedish is the default. One module per
//! kind of text: the model's enums (`labels`), dates (`dates`), counts (`counts`), the app's
//! own words (`t`) and frame (`chrome`), the messages of files, edits and the command line,
//! the document check's problems (`problems`), what refers to a record (`references`), a
//! body's composition (`composition`), the pictures (`charts`), exported files (`exports`) and imported values (`import`).

use serde::{Deserialize, Serialize};

pub mod charts;
pub mod chrome;
pub mod cli;
pub mod composition;
pub mod counts;
pub mod dates;
pub mod edits;
pub mod exports;
pub mod files;
pub mod guide;
pub mod import;
mod labels;
pub mod merge;
pub mod minutes;
pub mod obligations;
pub mod paths;
pub mod people_data;
pub mod perspective;
pub mod problems;
pub mod references;
pub mod start;
pub mod t;

pub use counts::problem_summary;
pub use dates::{
    cadence_text, clock, duration_text, long_date, month_name, recurrence_text, weekday_name,
    weekday_short,
};
pub use labels::role_short;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// Pick the Swedish or the English text.
    pub fn pick<'a>(self, sv: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Sv => sv,
            Lang::En => en,
        }
    }

    /// The other language, for the menu that switches.
    #[must_use]
    pub fn other(self) -> Lang {
        match self {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        }
    }

    /// The language's code, as PDF metadata and `lang` attributes want it: "sv", "en".
    pub fn code(self) -> &'static str {
        self.pick("sv", "en")
    }
}

/// A label in the user's language.
pub trait Label {
    fn label(&self, lang: Lang) -> &'static str;
}

/// A UI string in both languages.
#[derive(Clone, Copy, Debug)]
pub struct Tr(pub &'static str, pub &'static str);

impl Tr {
    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.0, self.1)
    }
}
