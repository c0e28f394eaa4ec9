//! Erasing a person (GDPR article 17): the record goes, and so does every trace of them in
//! the document. Current seats stay as vacant seats, past seats go, assignments given to them
//! go, they are no longer case officer of a matter, every place that names them as a
//! participant (attendance, secretary, justerare, presenter, guest, action, decision) names a
//! neutral placeholder instead, and every piece of free text that writes their name, e-mail
//! or phone has the placeholder in its place. The inverse is the whole document as it was,
//! so the erasure is one undo step.

use super::records::{delete, modify, remove_where};
use super::{Edit, EditError};
use crate::model::name_patterns::NamePatterns;
use crate::model::strings::{
    each_string, each_string_mut, from_tree, participants_to_named, to_tree,
};
use crate::model::{Assignee, Assignment, Body, Document, Matter, Person, PersonId};
use chrono::NaiveDate;

/// What to erase, and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Erasure {
    pub person: PersonId,
    /// Seats that ended before this day go; later ones stay, vacant.
    pub today: NaiveDate,
    /// Also replace the first name where it stands alone (only ever a pattern when no one
    /// else in the document has that first name).
    pub first_name_too: bool,
    /// What stands where the person stood: "[borttagen person]".
    pub placeholder: String,
}

pub(super) fn erase(doc: &mut Document, e: &Erasure) -> Result<Edit, EditError> {
    let person = doc.person(&e.person).cloned().ok_or(EditError::NotFound)?;
    let patterns = NamePatterns::of(doc, &person);
    let before = doc.clone();
    let result = erase_in(doc, &patterns, e);
    match result {
        Ok(()) => Ok(Edit::ReplaceDocument(Box::new(before))),
        Err(err) => {
            *doc = before;
            Err(err)
        }
    }
}

fn erase_in(doc: &mut Document, patterns: &NamePatterns, e: &Erasure) -> Result<(), EditError> {
    let id = &e.person;
    // The records that refer to the person by id, each as its kind asks. Undo is the whole
    // document, so the steps these helpers collect are not needed.
    let mut steps = Vec::new();
    steps.push(delete::<Person>(doc, id)?);
    let theirs = Some(id);
    modify::<Body>(
        doc,
        &mut steps,
        |b| b.memberships.iter().any(|m| m.person.as_ref() == theirs),
        |b| {
            b.memberships
                .retain(|m| m.person.as_ref() != theirs || m.to.is_none_or(|to| to >= e.today));
            for m in &mut b.memberships {
                if m.person.as_ref() == theirs {
                    m.person = None;
                }
            }
        },
    );
    modify::<Matter>(
        doc,
        &mut steps,
        |m| m.owner.as_ref() == theirs,
        |m| m.owner = None,
    );
    let assignee = Assignee::Person(id.clone());
    remove_where::<Assignment>(doc, &mut steps, |a| a.assignee == assignee);
    super::cascade::unlink_gone_assignments(doc, &mut steps);

    // Everything else, whatever field it is in: participants and free text.
    let mut tree = to_tree(doc).map_err(|_| EditError::EraseIncomplete)?;
    // The tree must give back exactly the document, or erasing through it could change
    // more than the person.
    if from_tree(tree.clone()).ok().as_ref() != Some(&*doc) {
        return Err(EditError::EraseIncomplete);
    }
    participants_to_named(&mut tree, id.as_str(), &e.placeholder);
    each_string_mut(&mut tree, &mut |text| {
        let (new, n) = patterns.replace(text, &e.placeholder, e.first_name_too);
        if n > 0 {
            *text = new;
        }
    });
    // Nothing may still point at the person.
    let mut left = false;
    each_string(&tree, &mut |_, text| left |= text == id.as_str());
    if left {
        return Err(EditError::EraseIncomplete);
    }
    *doc = from_tree(tree).map_err(|_| EditError::EraseIncomplete)?;
    Ok(())
}
