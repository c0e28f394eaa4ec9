//! Everything the document holds about one person (a register extract, registerutdrag, for
//! GDPR article 15): their seats now and before, the meetings where they are named (present
//! or absent, secretary, justerare, presenter, guest), the actions, decisions, assignments and
//! matters they answer for, and every piece of free text that writes their name, e-mail or
//! phone. Files outside the document (backups, recovery copies) are the io layer's to find.

use super::name_patterns::NamePatterns;
use super::string_visitor::visit_strings;
use super::strings::Seg;
use super::{
    ActivityId, AgreementId, Assignee, AssignmentId, Block, BodyId, Document, DocumentId, GoalId,
    MatterId, Meeting, MeetingId, OrganisationId, Participant, Person, PersonId,
};
use crate::i18n::{Label, Lang, people_data as say};
use chrono::NaiveDate;

/// What kind of place a person occurs in, in the order the extract lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Seat,
    PastSeat,
    Attendance,
    Secretary,
    SignOff,
    Presenter,
    Guest,
    TemplatePresenter,
    ActionOwner,
    DecisionOwner,
    Assignment,
    CaseOfficer,
    Mention,
    PossibleMention,
}

impl Kind {
    pub const ALL: [Kind; 14] = [
        Kind::Seat,
        Kind::PastSeat,
        Kind::Attendance,
        Kind::Secretary,
        Kind::SignOff,
        Kind::Presenter,
        Kind::Guest,
        Kind::TemplatePresenter,
        Kind::ActionOwner,
        Kind::DecisionOwner,
        Kind::Assignment,
        Kind::CaseOfficer,
        Kind::Mention,
        Kind::PossibleMention,
    ];

    /// A stable key for files (JSON).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Seat => "seat",
            Kind::PastSeat => "past_seat",
            Kind::Attendance => "attendance",
            Kind::Secretary => "secretary",
            Kind::SignOff => "sign_off",
            Kind::Presenter => "presenter",
            Kind::Guest => "guest",
            Kind::TemplatePresenter => "template_presenter",
            Kind::ActionOwner => "action_owner",
            Kind::DecisionOwner => "decision_owner",
            Kind::Assignment => "assignment",
            Kind::CaseOfficer => "case_officer",
            Kind::Mention => "mention",
            Kind::PossibleMention => "possible_mention",
        }
    }
}

/// The record an occurrence is in, to open it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum At {
    /// The document's own header (title, description, letterhead).
    Document,
    Organisation(OrganisationId),
    Person(PersonId),
    Body(BodyId),
    Meeting(MeetingId),
    Activity(ActivityId),
    Goal(GoalId),
    Assignment(AssignmentId),
    Agreement(AgreementId),
    GoverningDocument(DocumentId),
    Matter(MatterId),
    /// A link or a timing rule: shown on the bodies they join.
    Other,
}

/// One place the person occurs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub kind: Kind,
    pub at: At,
    /// The meeting's day, the seat's first day, the assignment's due date.
    pub date: Option<NaiveDate>,
    /// Where, in words: "Beredningsgruppen", "BG 2026-09-10".
    pub place: String,
    /// What: the role and term, the item, the action's text, the sentence that names them.
    pub detail: String,
}

/// Everything about one person.
#[derive(Clone, Debug, PartialEq)]
pub struct Extract {
    pub person: Person,
    pub occurrences: Vec<Occurrence>,
}

impl Occurrence {
    /// The date, unless the place already says it ("BG 2026-09-10") or the detail does (a
    /// seat's term).
    pub fn date_to_show(&self) -> Option<NaiveDate> {
        self.date.filter(|d| {
            let d = d.to_string();
            !self.place.contains(&d) && !self.detail.contains(&d)
        })
    }
}

impl Extract {
    /// How many occurrences of each kind, kinds with none left out.
    pub fn counts(&self) -> Vec<(Kind, usize)> {
        Kind::ALL
            .iter()
            .map(|k| (*k, self.of_kind(*k).count()))
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// How many places erasing the person changes (possible mentions only when the first
    /// name alone is replaced too).
    pub fn places(&self, first_name_too: bool) -> usize {
        self.occurrences
            .iter()
            .filter(|o| first_name_too || o.kind != Kind::PossibleMention)
            .count()
    }

    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Occurrence> {
        self.occurrences.iter().filter(move |o| o.kind == kind)
    }
}

/// Everything the document holds about `id`; `None` when there is no such person. `today`
/// tells current seats from past ones.
pub fn extract(doc: &Document, id: &PersonId, today: NaiveDate, lang: Lang) -> Option<Extract> {
    let person = doc.person(id)?.clone();
    let mut out = Vec::new();
    seats(doc, id, today, lang, &mut out);
    for m in &doc.meetings {
        in_meeting(doc, m, id, lang, &mut out);
    }
    for a in &doc.assignments {
        if a.assignee == Assignee::Person(id.clone()) {
            out.push(Occurrence {
                kind: Kind::Assignment,
                at: At::Assignment(a.id.clone()),
                date: a.due,
                place: a.title.clone(),
                detail: say::given_by(&doc.body_label(&a.given_by), lang),
            });
        }
    }
    for m in doc.matters.iter().filter(|m| m.owner.as_ref() == Some(id)) {
        out.push(Occurrence {
            kind: Kind::CaseOfficer,
            at: At::Matter(m.id.clone()),
            date: m.opened,
            place: m.title.clone(),
            detail: m.status.label(lang).to_owned(),
        });
    }
    mentions(doc, &person, lang, &mut out);
    out.sort_by(|a, b| a.kind.cmp(&b.kind).then(a.date.cmp(&b.date)));
    Some(Extract {
        person,
        occurrences: out,
    })
}

fn seats(doc: &Document, id: &PersonId, today: NaiveDate, lang: Lang, out: &mut Vec<Occurrence>) {
    for b in &doc.bodies {
        for m in b
            .memberships
            .iter()
            .filter(|m| m.person.as_ref() == Some(id))
        {
            let mut detail = vec![m.role.label(lang).to_owned()];
            if let Some(o) = m.represents.as_ref().and_then(|o| doc.organisation(o)) {
                detail.push(o.name.clone());
            }
            if m.from.is_some() || m.to.is_some() {
                detail.push(format!(
                    "{} – {}",
                    m.from.map(|d| d.to_string()).unwrap_or_default(),
                    m.to.map(|d| d.to_string()).unwrap_or_default()
                ));
            }
            let past = m.to.is_some_and(|to| to < today);
            // The term is in the detail; the date orders seats by when they began.
            out.push(Occurrence {
                kind: if past { Kind::PastSeat } else { Kind::Seat },
                at: At::Body(b.id.clone()),
                date: m.from,
                place: b.name.clone(),
                detail: detail.join(", "),
            });
        }
        for t in &b.agenda_template {
            if t.presenters.iter().any(|p| is(p, id)) {
                out.push(Occurrence {
                    kind: Kind::TemplatePresenter,
                    at: At::Body(b.id.clone()),
                    date: None,
                    place: b.name.clone(),
                    detail: t.title.clone(),
                });
            }
        }
    }
}

fn is(p: &Participant, id: &PersonId) -> bool {
    matches!(p, Participant::Person(x) if x == id)
}

fn in_meeting(doc: &Document, m: &Meeting, id: &PersonId, lang: Lang, out: &mut Vec<Occurrence>) {
    let place = format!("{} {}", doc.meeting_title(m), m.date);
    let mut push = |kind: Kind, detail: String| {
        out.push(Occurrence {
            kind,
            at: At::Meeting(m.id.clone()),
            date: Some(m.date),
            place: place.clone(),
            detail,
        });
    };
    for item in &m.agenda {
        let label = say::item(item.number, &item.title, lang);
        if item.presenters.iter().any(|p| is(p, id)) {
            push(Kind::Presenter, label.clone());
        }
        if item.guests.iter().any(|p| is(p, id)) {
            push(Kind::Guest, label);
        }
    }
    let Some(min) = &m.minutes else {
        return;
    };
    for a in min.attendance.iter().filter(|a| is(&a.who, id)) {
        let mut detail = a.presence.label(lang).to_owned();
        if !a.note.trim().is_empty() {
            detail = format!("{detail} ({})", a.note.trim());
        }
        push(Kind::Attendance, detail);
    }
    if min.secretary.as_ref().is_some_and(|s| is(s, id)) {
        push(Kind::Secretary, String::new());
    }
    if let Some(s) = &min.sign_off
        && s.by.iter().any(|p| is(p, id))
    {
        push(Kind::SignOff, say::signed_off_on(s.date, lang));
    }
    for a in &min.action_items {
        if a.owner.as_ref().is_some_and(|o| is(o, id)) {
            let due = a.due.map(|d| format!(" ({d})")).unwrap_or_default();
            push(Kind::ActionOwner, format!("{}{due}", a.text.trim()));
        }
    }
    for block in min.items.iter().flat_map(|s| &s.blocks) {
        if let Block::Decision(d) = block
            && d.owner.as_ref().is_some_and(|o| is(o, id))
        {
            push(Kind::DecisionOwner, d.text.trim().to_owned());
        }
    }
}

/// Free text anywhere in the document that writes the person: every string but their own
/// record's, each once, with the words around the first place it names them.
fn mentions(doc: &Document, person: &Person, lang: Lang, out: &mut Vec<Occurrence>) {
    let patterns = NamePatterns::of(doc, person);
    if patterns.is_empty() {
        return;
    }
    let own = doc.people.iter().position(|p| p.id == person.id);
    visit_strings(doc, &mut |path, text| {
        if let [Seg::Key("people"), Seg::Index(i), ..] = path
            && Some(*i) == own
        {
            return;
        }
        let found = patterns.find(text);
        let Some(first) = found
            .iter()
            .find(|m| !m.first_name_only)
            .or_else(|| found.first())
        else {
            return;
        };
        let (at, place, date) = locate(doc, path, lang);
        out.push(Occurrence {
            kind: if first.first_name_only {
                Kind::PossibleMention
            } else {
                Kind::Mention
            },
            at,
            date,
            place,
            detail: excerpt(text, first.start, first.end),
        });
    });
}

/// The words around `start..end`, on one line, at most about 40 characters either side.
pub fn excerpt(text: &str, start: usize, end: usize) -> String {
    const AROUND: usize = 40;
    let before: Vec<char> = text[..start].chars().collect();
    let after: Vec<char> = text[end..].chars().collect();
    let from = before.len().saturating_sub(AROUND);
    let mut s = String::new();
    if from > 0 {
        s.push('…');
    }
    s.extend(&before[from..]);
    s.push_str(&text[start..end]);
    s.extend(after.iter().take(AROUND));
    if after.len() > AROUND {
        s.push('…');
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The record a path into the document's tree is in, named as the user knows it, and the
/// date that goes with it.
fn locate(doc: &Document, path: &[Seg], lang: Lang) -> (At, String, Option<NaiveDate>) {
    let index = |n: usize| match path.get(n) {
        Some(Seg::Index(i)) => Some(*i),
        _ => None,
    };
    let Some(Seg::Key(top)) = path.first() else {
        return (At::Document, doc.info.title.clone(), None);
    };
    match (*top, index(1)) {
        ("meetings", Some(i)) if i < doc.meetings.len() => {
            let m = &doc.meetings[i];
            let mut place = format!("{} {}", doc.meeting_title(m), m.date);
            let section = match path.get(2) {
                Some(Seg::Key("agenda")) => index(3)
                    .and_then(|j| m.agenda.get(j))
                    .map(|item| say::item(item.number, &item.title, lang)),
                Some(Seg::Key("minutes")) => {
                    let item = match (path.get(3), index(4)) {
                        (Some(Seg::Key("items")), Some(j)) => m
                            .minutes
                            .as_ref()
                            .and_then(|min| min.items.get(j))
                            .and_then(|s| m.agenda.iter().find(|a| a.id == s.item))
                            .map(|item| say::item(item.number, &item.title, lang)),
                        _ => None,
                    };
                    Some(item.map_or_else(
                        || say::MINUTES.get(lang).to_owned(),
                        |i| format!("{}, {i}", say::MINUTES.get(lang)),
                    ))
                }
                _ => None,
            };
            if let Some(s) = section {
                place = format!("{place}, {s}");
            }
            (At::Meeting(m.id.clone()), place, Some(m.date))
        }
        ("bodies", Some(i)) if i < doc.bodies.len() => {
            let b = &doc.bodies[i];
            (At::Body(b.id.clone()), b.name.clone(), None)
        }
        ("people", Some(i)) if i < doc.people.len() => {
            let p = &doc.people[i];
            (
                At::Person(p.id.clone()),
                say::on_person(&p.display_name(), lang),
                None,
            )
        }
        ("organisations", Some(i)) if i < doc.organisations.len() => {
            let o = &doc.organisations[i];
            (At::Organisation(o.id.clone()), o.name.clone(), None)
        }
        ("cycle", _) => match index(2).and_then(|i| doc.cycle.activities.get(i)) {
            Some(a) => (At::Activity(a.id.clone()), a.title.clone(), None),
            None => (At::Other, say::CYCLE.get(lang).to_owned(), None),
        },
        ("goals", Some(i)) if i < doc.goals.len() => {
            let g = &doc.goals[i];
            (At::Goal(g.id.clone()), g.text.clone(), None)
        }
        ("assignments", Some(i)) if i < doc.assignments.len() => {
            let a = &doc.assignments[i];
            (At::Assignment(a.id.clone()), a.title.clone(), a.due)
        }
        ("agreements", Some(i)) if i < doc.agreements.len() => {
            let a = &doc.agreements[i];
            (At::Agreement(a.id.clone()), a.title.clone(), a.signed)
        }
        ("documents", Some(i)) if i < doc.documents.len() => {
            let d = &doc.documents[i];
            (
                At::GoverningDocument(d.id.clone()),
                d.title.clone(),
                d.adopted,
            )
        }
        ("matters", Some(i)) if i < doc.matters.len() => {
            let m = &doc.matters[i];
            (At::Matter(m.id.clone()), m.title.clone(), m.opened)
        }
        ("info", _) => (At::Document, say::THE_DOCUMENT.get(lang).to_owned(), None),
        _ => (At::Other, (*top).to_owned(), None),
    }
}
