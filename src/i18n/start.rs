//! The start panel shown while the example is open: how a newcomer starts their own document.

use super::Tr;

pub const START_YOUR_OWN: Tr = Tr("Börja med ditt eget dokument", "Start your own document");
pub const OPEN_DOCUMENT: Tr = Tr("Öppna dokument …", "Open document …");
pub const EMPTY_DOCUMENT: Tr = Tr("Tomt dokument", "Empty document");
pub const RECENT: Tr = Tr("Senast öppnade:", "Opened lately:");
