//! The embedded sample: Nya Perspektiv in Värmland (seed 003), so the app opens with
//! something real when no file is given.

use crate::io::{LoadError, load_str};
use crate::model::Document;

/// The sample file's text, exactly as shipped in `assets/sample.ron`.
pub const SAMPLE_RON: &str = include_str!("../assets/sample.ron");

/// The sample as a document. Tests make sure it loads and validates.
pub fn sample_document() -> Result<Document, LoadError> {
    load_str(SAMPLE_RON).map(|loaded| loaded.document)
}
