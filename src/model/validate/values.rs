//! Values out of range or contradicting each other.

use super::{Target, Validator};
use crate::model::Recurrence;
use chrono::NaiveDate;

impl Validator<'_> {
    /// Values that are out of range or contradict each other.
    pub(super) fn values(&mut self) {
        let d = self.doc;
        if !(1..=12).contains(&d.cycle.start_month) {
            self.error(
                "cycle.start_month".into(),
                Target::Document,
                format!(
                    "Verksamhetsårets startmånad {} finns inte (1–12)",
                    d.cycle.start_month
                ),
                format!(
                    "Start month {} of the operating year does not exist (1–12)",
                    d.cycle.start_month
                ),
            );
        }
        for (i, p) in d.people.iter().enumerate() {
            if p.name.trim().is_empty() {
                self.warning(
                    format!("people[{i}].name"),
                    Target::Person(p.id.clone()),
                    "Personen saknar namn".into(),
                    "The person has no name".into(),
                );
            }
        }
        for (i, o) in d.organisations.iter().enumerate() {
            if o.name.trim().is_empty() {
                self.warning(
                    format!("organisations[{i}].name"),
                    Target::Organisation(o.id.clone()),
                    "Organisationen saknar namn".into(),
                    "The organisation has no name".into(),
                );
            }
        }
        for (b, body) in d.bodies.iter().enumerate() {
            let target = Target::Body(body.id.clone());
            if body.name.trim().is_empty() {
                self.warning(
                    format!("bodies[{b}].name"),
                    target.clone(),
                    "Organet saknar namn".into(),
                    "The body has no name".into(),
                );
            }
            if let (Some(from), Some(to)) = (body.established, body.ended)
                && to < from
            {
                self.error(
                    format!("bodies[{b}].ended"),
                    target.clone(),
                    format!("{} avslutas {to}, före det inrättas {from}", body.name),
                    format!("{} ends {to}, before it is established {from}", body.name),
                );
            }
            for (m, ms) in body.memberships.iter().enumerate() {
                if let (Some(from), Some(to)) = (ms.from, ms.to)
                    && to < from
                {
                    self.error(
                        format!("bodies[{b}].memberships[{m}].to"),
                        target.clone(),
                        format!(
                            "Uppdraget i {} slutar {to}, före det börjar {from}",
                            body.name
                        ),
                        format!(
                            "The seat in {} ends {to}, before it starts {from}",
                            body.name
                        ),
                    );
                }
            }
        }
        for (i, l) in d.links.iter().enumerate() {
            if l.from == l.to {
                self.error(
                    format!("links[{i}]"),
                    Target::Body(l.from.clone()),
                    format!("Organet \"{}\" är kopplat till sig självt", l.from),
                    format!("Body \"{}\" is linked to itself", l.from),
                );
            }
        }
        for (i, m) in d.meetings.iter().enumerate() {
            let target = Target::Meeting(m.id.clone());
            if m.bodies.is_empty() {
                self.error(
                    format!("meetings[{i}].bodies"),
                    target.clone(),
                    format!("Mötet {} hör inte till något organ", m.date),
                    format!("The meeting on {} belongs to no body", m.date),
                );
            }
            if let (Some(s), Some(e)) = (m.start, m.end)
                && e <= s
            {
                self.warning(
                    format!("meetings[{i}].end"),
                    target.clone(),
                    format!(
                        "Mötet {} slutar {} men börjar {}",
                        m.date,
                        e.format("%H:%M"),
                        s.format("%H:%M")
                    ),
                    format!(
                        "The meeting on {} ends at {} but starts at {}",
                        m.date,
                        e.format("%H:%M"),
                        s.format("%H:%M")
                    ),
                );
            }
        }
        for (i, a) in d.cycle.activities.iter().enumerate() {
            let path = format!("cycle.activities[{i}].when");
            let bad = match &a.when {
                Recurrence::Month(m) => !(1..=12).contains(m),
                Recurrence::IsoWeek(w) => !(1..=53).contains(w),
                Recurrence::NthWeekday { month, n, .. } => {
                    !(1..=12).contains(month) || !matches!(n, -1 | 1..=5)
                }
                Recurrence::FixedDate { month, day } => {
                    NaiveDate::from_ymd_opt(2024, u32::from(*month), u32::from(*day)).is_none()
                }
            };
            if bad {
                self.error(
                    path,
                    Target::Other,
                    format!("Aktiviteten \"{}\" har en tidpunkt som inte finns", a.title),
                    format!(
                        "The activity \"{}\" has a time that does not exist",
                        a.title
                    ),
                );
            }
        }
    }
}
