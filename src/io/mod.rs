//! Reading and writing documents, safely.

pub mod file;
pub mod format;
pub mod fs;
pub mod lock;
mod migrate;
pub mod open;
pub mod path;
pub mod recovery;
pub mod ron_fast;
pub mod save;
pub mod traces;

pub use file::{ReadError, read_document};
pub use format::{LoadError, Loaded, load_bytes, load_str, to_string};
