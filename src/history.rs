//! Undo and redo. Each finished edit keeps its inverse (see [`crate::edit::apply`]): what it
//! changed, never a copy of the document. Every state the document passes through has a
//! number, so returning to the saved state by undo counts as saved again. The history lives
//! in memory only and never in the saved file.

use crate::edit::Edit;

/// How many steps back undo can go.
pub const MAX_STEPS: usize = 500;

/// One step: the edit that takes the document to the other side, and that side's state.
#[derive(Debug)]
struct Step {
    edit: Edit,
    state: u64,
}

#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl History {
    /// Remember the inverse of a finished edit and the state before it.
    pub fn record(&mut self, inverse: Edit, state_before: u64) {
        self.undo.push(Step {
            edit: inverse,
            state: state_before,
        });
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// The edit that steps back and the state it returns to; `state_now` is kept for redo
    /// by [`History::undone`].
    pub fn take_undo(&mut self) -> Option<(Edit, u64)> {
        self.undo.pop().map(|s| (s.edit, s.state))
    }

    /// After an undo: the edit that redoes it, and the state redo returns to.
    pub fn undone(&mut self, redo: Edit, state_after: u64) {
        self.redo.push(Step {
            edit: redo,
            state: state_after,
        });
    }

    pub fn take_redo(&mut self) -> Option<(Edit, u64)> {
        self.redo.pop().map(|s| (s.edit, s.state))
    }

    /// After a redo: the edit that undoes it again, and the state before it.
    pub fn redone(&mut self, undo: Edit, state_before: u64) {
        self.undo.push(Step {
            edit: undo,
            state: state_before,
        });
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
