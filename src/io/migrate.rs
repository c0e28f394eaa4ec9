//! Migration of older format versions to the current one. Each released version gets a
//! frozen fixture under `tests/fixtures/` that must load forever.
//!
//! - Version 1 → 2: bodies gained `agenda_template` and `numbers_paragraphs`, both optional
//!   with defaults, so a version 1 file reads as it is and only its version number changes.
//! - Version 2 → 3: organisations gained `code`; goals `followed_by`, `targets` and
//!   `analyses`; indicators `kolada`; an indicator value's number moved from `value` to
//!   `amount` (or a `missing` reason) and gained `gender`. The value is read either way
//!   (see `model::goal::StoredValue`), so again only the version number changes.
//!
//! - Version 3 → 4: an agenda item (and a body's template item) has `presenters`, a list,
//!   where it had one `presenter`; the old field is read into the list (see
//!   `model::meeting::StoredAgendaItem`), so only the version number changes.
//!
//! - Version 4 → 5: an item's minutes are `blocks` in the order they happened (notes,
//!   questions, decisions, actions, sub-item headings) where they had the three fields
//!   `notes`, `questions` and `decisions`; the old fields are read as blocks in that order
//!   (see `model::minutes::StoredItemMinutes`). Meetings gained `last_day`,
//!   `tentative_time`, `reference` and the statuses `Proposed` and `MinutesForReview`;
//!   agenda items `sub_items`; minutes `history`; bodies and the document a `letterhead`.
//!   All optional, so again only the version number changes.
//!
//! - Version 5 → 6: the document gained `matters`; agenda items `matter` and
//!   `report_backs`; cycle activities `report_back`; assignments `activity`; a decision with
//!   a responsible person, deadline or follow-up is written `TrackedDecision((…))` beside
//!   the plain `Decision("…")` (see `model::minutes::StoredBlock`). All optional, so again
//!   only the version number changes.
//!
//! A version below 1 was never written by any Samverkan and is refused.

use super::format::{Engine, LoadError, Loaded, parse_with_path};
use crate::model::{Document, FORMAT_VERSION};

/// Read `text`, written in format `version` (older than the current one), as a current document.
pub(crate) fn migrate(
    text: &str,
    version: u32,
    options: &ron::Options,
    engine: Engine,
) -> Result<Loaded, LoadError> {
    match version {
        1..=5 => {
            let mut document = parse_with_path::<Document>(text, options, engine)?;
            document.version = FORMAT_VERSION;
            Ok(Loaded {
                document,
                file_version: version,
            })
        }
        _ => Err(LoadError::UnknownVersion { found: version }),
    }
}
