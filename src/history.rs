//! Undo and redo. Each finished edit keeps a snapshot of the document before it; the history
//! lives in memory only and never in the saved file.

use crate::model::Document;

/// How many steps back undo can go.
pub const MAX_STEPS: usize = 100;

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Document>,
    redo: Vec<Document>,
}

impl History {
    /// Remember `before`, the document as it was before a finished edit.
    pub fn record(&mut self, before: Document) {
        self.undo.push(before);
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Step back: `doc` becomes the document before the last edit. False if there is none.
    pub fn undo(&mut self, doc: &mut Document) -> bool {
        match self.undo.pop() {
            Some(previous) => {
                self.redo.push(std::mem::replace(doc, previous));
                true
            }
            None => false,
        }
    }

    /// Step forward again.
    pub fn redo(&mut self, doc: &mut Document) -> bool {
        match self.redo.pop() {
            Some(next) => {
                self.undo.push(std::mem::replace(doc, next));
                true
            }
            None => false,
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}
