//! The document: everything Samverkan knows, as one value that is saved as one RON file.
//! Collections are vectors kept in the user's order, so the same document always gives the
//! same bytes.

use super::agreement::{Agreement, GoverningDocument};
use super::assignment::Assignment;
use super::body::Body;
use super::cycle::AnnualCycle;
use super::goal::Goal;
use super::ids::{BodyId, MatterId, MeetingId, OrganisationId, PersonId};
use super::link::Link;
use super::matter::Matter;
use super::meeting::{Meeting, Participant};
use super::organisation::Organisation;
use super::person::Person;
use super::timing::TimingRule;
use serde::{Deserialize, Serialize};

/// The name in every file's header, so a stray RON file is not mistaken for a document.
pub const FORMAT_NAME: &str = "samverkan";
/// The format version this build writes. Older versions are migrated on load.
pub const FORMAT_VERSION: u32 = 6;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub format: String,
    pub version: u32,
    pub info: DocumentInfo,
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub bodies: Vec<Body>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    #[serde(default)]
    pub cycle: AnnualCycle,
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(default)]
    pub assignments: Vec<Assignment>,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    #[serde(default)]
    pub documents: Vec<GoverningDocument>,
    #[serde(default)]
    pub timing_rules: Vec<TimingRule>,
    /// Matters (ärenden) followed across bodies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub matters: Vec<Matter>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentInfo {
    /// E.g. "Nya Perspektiv – Värmland".
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub region: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// How notices and minutes are headed, unless a body says otherwise.
    #[serde(default, skip_serializing_if = "super::Letterhead::is_empty")]
    pub letterhead: super::Letterhead,
}

impl Default for Document {
    fn default() -> Self {
        Self::new("")
    }
}

impl Document {
    /// An empty document of the current format version.
    pub fn new(title: &str) -> Self {
        Self {
            format: FORMAT_NAME.to_owned(),
            version: FORMAT_VERSION,
            info: DocumentInfo {
                title: title.to_owned(),
                ..DocumentInfo::default()
            },
            organisations: Vec::new(),
            people: Vec::new(),
            bodies: Vec::new(),
            links: Vec::new(),
            meetings: Vec::new(),
            cycle: AnnualCycle::default(),
            goals: Vec::new(),
            assignments: Vec::new(),
            agreements: Vec::new(),
            documents: Vec::new(),
            timing_rules: Vec::new(),
            matters: Vec::new(),
        }
    }

    pub fn organisation(&self, id: &OrganisationId) -> Option<&Organisation> {
        self.organisations.iter().find(|o| &o.id == id)
    }

    pub fn person(&self, id: &PersonId) -> Option<&Person> {
        self.people.iter().find(|p| &p.id == id)
    }

    pub fn body(&self, id: &BodyId) -> Option<&Body> {
        self.bodies.iter().find(|b| &b.id == id)
    }

    pub fn meeting(&self, id: &MeetingId) -> Option<&Meeting> {
        self.meetings.iter().find(|m| &m.id == id)
    }

    pub fn matter(&self, id: &MatterId) -> Option<&Matter> {
        self.matters.iter().find(|m| &m.id == id)
    }

    /// A body's short name (or name); a dangling id shows as itself.
    pub fn body_label(&self, id: &BodyId) -> String {
        self.body(id)
            .map_or_else(|| id.to_string(), |b| b.label().to_owned())
    }

    /// The body or person an assignment is given to, by name; a dangling id as itself.
    pub fn assignee_name(&self, a: &super::assignment::Assignee) -> String {
        match a {
            super::assignment::Assignee::Body(b) => self.body_label(b),
            super::assignment::Assignee::Person(p) => self
                .person(p)
                .map_or_else(|| p.to_string(), Person::display_name),
        }
    }

    /// A meeting as lists, charts and messages name it: its title, or its bodies' short
    /// names ("BG + RKPH" for a joint meeting).
    pub fn meeting_title(&self, m: &Meeting) -> String {
        if m.title.is_empty() {
            let labels: Vec<String> = m.bodies.iter().map(|b| self.body_label(b)).collect();
            labels.join(" + ")
        } else {
            m.title.clone()
        }
    }

    /// A meeting as a calendar names it, for readers outside the structure: its title, or
    /// its bodies' full names.
    pub fn meeting_title_long(&self, m: &Meeting) -> String {
        if m.title.is_empty() {
            let names: Vec<&str> = m
                .bodies
                .iter()
                .filter_map(|b| self.body(b))
                .map(|b| b.name.as_str())
                .collect();
            names.join(" + ")
        } else {
            m.title.clone()
        }
    }

    /// How a participant is written: the person's name (with party), or the free text; a
    /// dangling id shows as itself rather than vanishing.
    pub fn participant_name(&self, p: &Participant) -> String {
        match p {
            Participant::Person(id) => self
                .person(id)
                .map_or_else(|| id.to_string(), Person::display_name),
            Participant::Named(name) => name.clone(),
        }
    }

    /// Name, title and organisation, as attendance lists in minutes write people:
    /// "Anna Berg, folkhälsochef, Karlstads kommun".
    pub fn participant_long_name(&self, p: &Participant) -> String {
        let Participant::Person(id) = p else {
            return self.participant_name(p);
        };
        let Some(person) = self.person(id) else {
            return id.to_string();
        };
        let mut parts = vec![person.display_name()];
        if !person.title.is_empty() {
            parts.push(person.title.clone());
        }
        if let Some(org) = person
            .organisation
            .as_ref()
            .and_then(|o| self.organisation(o))
        {
            parts.push(org.name.clone());
        }
        parts.join(", ")
    }

    /// Number of records of every kind, in the order `samverkan stats` prints them.
    pub fn counts(&self) -> Vec<(&'static str, usize)> {
        let memberships = self.bodies.iter().map(|b| b.memberships.len()).sum();
        let vacant = self
            .bodies
            .iter()
            .flat_map(|b| &b.memberships)
            .filter(|m| m.is_vacant())
            .count();
        let agenda_items = self.meetings.iter().map(|m| m.agenda.len()).sum();
        let with_minutes = self.meetings.iter().filter(|m| m.minutes.is_some()).count();
        let indicators = self.goals.iter().map(|g| g.indicators.len()).sum();
        vec![
            ("organisations", self.organisations.len()),
            ("people", self.people.len()),
            ("bodies", self.bodies.len()),
            ("links", self.links.len()),
            ("memberships", memberships),
            ("vacant seats", vacant), // not UI: a key of `samverkan stats`' tab-separated output
            ("meetings", self.meetings.len()),
            ("agenda items", agenda_items), // not UI: as above
            ("meetings with minutes", with_minutes), // not UI: as above
            ("cycle activities", self.cycle.activities.len()), // not UI: as above
            ("goals", self.goals.len()),
            ("indicators", indicators),
            ("assignments", self.assignments.len()),
            ("agreements", self.agreements.len()),
            ("documents", self.documents.len()),
            ("timing rules", self.timing_rules.len()), // not UI: as above
            ("matters", self.matters.len()),
        ]
    }
}
