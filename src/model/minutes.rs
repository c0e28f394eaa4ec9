//! The minutes of a meeting (mötesanteckningar): who was there, what was said and decided
//! under each item in the order it happened, the action items, and the way from draft to
//! signed-off minutes (utkast → för justering → justerat).

use super::decision::Decision;
use super::ids::{ActionItemId, AgendaItemId};
use super::meeting::Participant;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Minutes {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<Attendance>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ItemMinutes>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_items: Vec<ActionItem>,
    /// Who wrote the minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secretary: Option<Participant>,
    /// Sign-off (justering).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_off: Option<SignOff>,
    /// Sent for review, signed off, opened again: one dated line each, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<MinutesEvent>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    pub who: Participant,
    pub presence: Presence,
    /// For guests: the items they attended ("punkt 2").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<AgendaItemId>,
    /// E.g. their title as written in the minutes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Presence {
    Present,
    Absent,
    Guest,
}

impl Presence {
    pub const ALL: [Presence; 3] = [Self::Present, Self::Absent, Self::Guest];
}

/// What was said and decided under one agenda item, in the order it happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "StoredItemMinutes")]
pub struct ItemMinutes {
    pub item: AgendaItemId,
    /// Continuous § number per body and year, when the body numbers its paragraphs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<Block>,
    /// The item comes back at the next meeting ("återkommer vid nästa möte").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub returns: bool,
}

/// One piece of an item's minutes. The secretary adds them as the meeting goes and
/// reorders them; a heading starts a sub-item that the blocks after it belong to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "StoredBlock", into = "StoredBlock")]
pub enum Block {
    /// Running text; lines that start with "- " are a list.
    Notes(String),
    /// "Frågor/synpunkter".
    Questions(String),
    /// "Chefsgruppen beslutade att …"; may run over several lines; with who follows it up
    /// and by when.
    Decision(Decision),
    /// An action item of these minutes (kept in [`Minutes::action_items`]), here in the
    /// place it came up.
    Action(ActionItemId),
    /// A sub-item ("Healthy Cities Sverige" under "Rapporter").
    Heading(String),
}

/// A block as a file holds it: a decision without follow-up is written as its text, as
/// format 5 wrote every decision; one with an owner, a deadline or done as a record.
#[derive(Clone, Serialize, Deserialize)]
enum StoredBlock {
    Notes(String),
    Questions(String),
    Decision(String),
    TrackedDecision(Decision),
    Action(ActionItemId),
    Heading(String),
}

impl From<StoredBlock> for Block {
    fn from(s: StoredBlock) -> Self {
        match s {
            StoredBlock::Notes(t) => Block::Notes(t),
            StoredBlock::Questions(t) => Block::Questions(t),
            StoredBlock::Decision(t) => Block::Decision(t.into()),
            StoredBlock::TrackedDecision(d) => Block::Decision(d),
            StoredBlock::Action(a) => Block::Action(a),
            StoredBlock::Heading(t) => Block::Heading(t),
        }
    }
}

impl From<Block> for StoredBlock {
    fn from(b: Block) -> Self {
        match b {
            Block::Notes(t) => StoredBlock::Notes(t),
            Block::Questions(t) => StoredBlock::Questions(t),
            Block::Decision(d) if d.is_tracked() => StoredBlock::TrackedDecision(d),
            Block::Decision(d) => StoredBlock::Decision(d.text),
            Block::Action(a) => StoredBlock::Action(a),
            Block::Heading(t) => StoredBlock::Heading(t),
        }
    }
}

impl Block {
    /// The kinds the secretary can add, in the order the buttons show them.
    pub const KINDS: [BlockKind; 5] = [
        BlockKind::Notes,
        BlockKind::Questions,
        BlockKind::Decision,
        BlockKind::Action,
        BlockKind::Heading,
    ];

    pub fn kind(&self) -> BlockKind {
        match self {
            Block::Notes(_) => BlockKind::Notes,
            Block::Questions(_) => BlockKind::Questions,
            Block::Decision(_) => BlockKind::Decision,
            Block::Action(_) => BlockKind::Action,
            Block::Heading(_) => BlockKind::Heading,
        }
    }

    /// The block's own text; an action's text lives in the action item.
    pub fn text(&self) -> Option<&str> {
        match self {
            Block::Notes(s) | Block::Questions(s) | Block::Heading(s) => Some(s),
            Block::Decision(d) => Some(&d.text),
            Block::Action(_) => None,
        }
    }

    pub fn text_mut(&mut self) -> Option<&mut String> {
        match self {
            Block::Notes(s) | Block::Questions(s) | Block::Heading(s) => Some(s),
            Block::Decision(d) => Some(&mut d.text),
            Block::Action(_) => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Notes,
    Questions,
    Decision,
    Action,
    Heading,
}

/// An item's minutes as a file holds them: up to format 4 notes, questions and decisions
/// were three fixed fields, read here as blocks in that order.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredItemMinutes {
    item: AgendaItemId,
    #[serde(default)]
    paragraph: Option<u32>,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    questions: String,
    #[serde(default)]
    decisions: Vec<String>,
    #[serde(default)]
    blocks: Vec<Block>,
    #[serde(default)]
    returns: bool,
}

impl From<StoredItemMinutes> for ItemMinutes {
    fn from(s: StoredItemMinutes) -> Self {
        let mut blocks = Vec::new();
        if !s.notes.is_empty() {
            blocks.push(Block::Notes(s.notes));
        }
        if !s.questions.is_empty() {
            blocks.push(Block::Questions(s.questions));
        }
        blocks.extend(s.decisions.into_iter().map(|d| Block::Decision(d.into())));
        blocks.extend(s.blocks);
        Self {
            item: s.item,
            paragraph: s.paragraph,
            blocks,
            returns: s.returns,
        }
    }
}

impl ItemMinutes {
    pub fn new(item: AgendaItemId) -> Self {
        Self {
            item,
            paragraph: None,
            blocks: Vec::new(),
            returns: false,
        }
    }

    /// The decisions taken under the item, in order.
    pub fn decisions(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Decision(d) => Some(d.text.as_str()),
            _ => None,
        })
    }
}

/// A piece of an item's minutes as it is printed: its own text, or the action item it
/// places.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Content<'a> {
    Notes(&'a str),
    Questions(&'a str),
    Decision(&'a Decision),
    Action(&'a ActionItem),
    Heading(&'a str),
}

impl Minutes {
    /// What was written under `item`, in order: its blocks, then the item's action items
    /// that no block places (files written before blocks existed). Blocks whose action
    /// item is gone are left out.
    pub fn content(&self, item: &AgendaItemId) -> Vec<Content<'_>> {
        let section = self.items.iter().find(|s| &s.item == item);
        let blocks = section.map_or(&[][..], |s| &s.blocks[..]);
        let mut out = Vec::new();
        for block in blocks {
            out.push(match block {
                Block::Notes(s) => Content::Notes(s),
                Block::Questions(s) => Content::Questions(s),
                Block::Decision(s) => Content::Decision(s),
                Block::Heading(s) => Content::Heading(s),
                Block::Action(id) => match self.action_items.iter().find(|a| &a.id == id) {
                    Some(a) => Content::Action(a),
                    None => continue,
                },
            });
        }
        out.extend(
            self.action_items
                .iter()
                .filter(|a| a.item.as_ref() == Some(item) && !self.is_placed(&a.id))
                .map(Content::Action),
        );
        out
    }

    /// Whether a block of some item places the action item `id`.
    pub fn is_placed(&self, id: &ActionItemId) -> bool {
        self.items
            .iter()
            .flat_map(|s| &s.blocks)
            .any(|b| matches!(b, Block::Action(a) if a == id))
    }

    /// Remove an action item and the block that places it.
    pub fn remove_action(&mut self, id: &ActionItemId) {
        self.action_items.retain(|a| &a.id != id);
        for section in &mut self.items {
            section.blocks.retain(|b| b != &Block::Action(id.clone()));
        }
    }

    /// The section of `item`, made (empty) on first use.
    pub fn section_mut(&mut self, item: &AgendaItemId) -> &mut ItemMinutes {
        let index = if let Some(i) = self.items.iter().position(|s| &s.item == item) {
            i
        } else {
            self.items.push(ItemMinutes::new(item.clone()));
            self.items.len() - 1
        };
        &mut self.items[index]
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    pub id: ActionItemId,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Participant>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// The agenda item it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<AgendaItemId>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignOff {
    /// Justerare.
    pub by: Vec<Participant>,
    pub date: NaiveDate,
}

/// A step on the minutes' way to sign-off, with its date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinutesEvent {
    pub date: NaiveDate,
    pub change: MinutesChange,
    /// Why, for a reopening ("Fel namn under punkt 3").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MinutesChange {
    SentForReview,
    Approved,
    Reopened,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(id: &str, item: Option<&str>) -> ActionItem {
        ActionItem {
            id: ActionItemId::new(id),
            text: format!("Åtgärd {id}"),
            owner: None,
            due: None,
            item: item.map(AgendaItemId::new),
            done: false,
        }
    }

    /// The blocks in the order written, an action where its block places it, the item's
    /// actions no block places (older files) after them, and nothing of other items.
    #[test]
    fn an_items_content_is_its_blocks_in_order_then_its_unplaced_actions() {
        let a1 = AgendaItemId::new("a1");
        let mut minutes = Minutes {
            action_items: vec![
                action("ac1", Some("a1")),
                action("ac2", Some("a1")),
                action("ac3", Some("a2")),
            ],
            ..Minutes::default()
        };
        minutes.section_mut(&a1).blocks = vec![
            Block::Decision("Beslut".into()),
            Block::Action(ActionItemId::new("ac2")),
            Block::Notes("Sedan".into()),
            Block::Action(ActionItemId::new("gone")),
        ];
        let content = minutes.content(&a1);
        let names: Vec<String> = content
            .iter()
            .map(|c| match c {
                Content::Decision(d) => d.text.clone(),
                Content::Notes(s) => (*s).to_owned(),
                Content::Action(a) => a.id.to_string(),
                _ => String::new(),
            })
            .collect();
        assert_eq!(names, ["Beslut", "ac2", "Sedan", "ac1"]);

        minutes.remove_action(&ActionItemId::new("ac2"));
        assert!(minutes.action_items.iter().all(|a| a.id.as_str() != "ac2"));
        assert!(
            !minutes.items[0]
                .blocks
                .contains(&Block::Action(ActionItemId::new("ac2"))),
            "its block goes with it"
        );
    }
}
