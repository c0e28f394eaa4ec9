//! Reading and writing documents.

pub mod file;
pub mod format;
mod migrate;

pub use file::{ReadError, read_document};
pub use format::{LoadError, Loaded, load_bytes, load_str, to_string};
