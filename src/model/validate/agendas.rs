//! An agenda and its minutes that say two things at once: two items with one number, a
//! meeting whose last day comes before its first, a minutes block whose action is gone.

use super::{Target, Validator};
use crate::i18n::problems;
use crate::model::Block;

impl Validator<'_> {
    pub(super) fn agendas(&mut self) {
        let d = self.doc;
        for (i, m) in d.meetings.iter().enumerate() {
            let t = || Target::Meeting(m.id.clone());
            if let Some(last) = m.last_day
                && last < m.date
            {
                self.warning(format!("meetings[{i}].last_day"), t(), |l| {
                    problems::last_day_before_first(m.date, last, l)
                });
            }
            let mut seen: Vec<u32> = Vec::new();
            for (j, item) in m.agenda.iter().enumerate() {
                if seen.contains(&item.number) {
                    self.warning(format!("meetings[{i}].agenda[{j}].number"), t(), |l| {
                        problems::agenda_number_twice(item.number, l)
                    });
                } else {
                    seen.push(item.number);
                }
            }
            let Some(minutes) = &m.minutes else { continue };
            for (j, section) in minutes.items.iter().enumerate() {
                for (k, block) in section.blocks.iter().enumerate() {
                    if let Block::Action(id) = block
                        && !minutes.action_items.iter().any(|a| &a.id == id)
                    {
                        self.warning(
                            format!("meetings[{i}].minutes.items[{j}].blocks[{k}]"),
                            t(),
                            |l| problems::action_block_without_action(id.as_str(), l),
                        );
                    }
                }
            }
        }
    }
}
