//! Timing rules between bodies that meetings break.

use super::{Target, Validator};
use crate::i18n::problems;
use crate::model::timing::broken_rules;

impl Validator<'_> {
    /// User-set timing rules: before each meeting of `later`, a meeting of `earlier` at least
    /// `min_days` and at most `within_days` days before.
    pub(super) fn timing_rules(&mut self) {
        let d = self.doc;
        for (i, r) in super::timing::broken_rules(d) {
            let (rule, date) = (&d.timing_rules[r], d.meetings[i].date);
            let (ln, en) = (d.body_label(&rule.later), d.body_label(&rule.earlier));
            self.warning(
                format!("meetings[{i}]"),
                Target::Meeting(d.meetings[i].id.clone()),
                |l| problems::timing_rule_broken(&ln, date, &en, rule.min_days, r, l),
            );
        }
    }
}
