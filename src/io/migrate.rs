//! Migration of older format versions to the current one. Each released version gets a
//! frozen fixture under `tests/fixtures/` that must load forever.
//!
//! Version 1 is the first released format, so there is nothing to migrate yet: a version
//! below 1 was never written by any Samverkan and is refused.

use super::format::{LoadError, Loaded};

/// Read `text`, written in format `version` (older than the current one), as a current document.
pub(crate) fn migrate(
    _text: &str,
    version: u32,
    _options: &ron::Options,
) -> Result<Loaded, LoadError> {
    Err(LoadError::UnknownVersion { found: version })
}
