//! Why the fast reader or writer gave up. Never shown to anyone: the caller then does the
//! work with `ron`, whose errors name line, column and field.

use std::fmt;

/// What made the fast path give up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// Something the fast path does not handle (raw identifiers, struct names, number
    /// suffixes, maps, `#![...]` attributes …); `ron` decides what it means.
    Unsupported,
    /// A byte that does not belong here, or the end of the text.
    Syntax,
    /// A number that does not fit its type or does not parse.
    Number,
    /// Nesting deeper than the recursion limit.
    TooDeep,
    /// Text after the value.
    Trailing,
    /// An error raised by a `Deserialize` or `Serialize` impl (unknown or missing field,
    /// unknown variant, a date that does not parse …).
    Custom,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl std::error::Error for Error {}

impl serde::de::Error for Error {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Error::Custom
    }
}

impl serde::ser::Error for Error {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Error::Custom
    }
}

impl From<fmt::Error> for Error {
    fn from(_: fmt::Error) -> Self {
        Error::Custom
    }
}

/// The fast reader's refusal with where it happened, for tests and debugging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rejected {
    pub error: Error,
    /// Byte offset in the text where the reader stood.
    pub at: usize,
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}@{}", self.error, self.at)
    }
}

impl std::error::Error for Rejected {}

pub type Result<T> = std::result::Result<T, Error>;
