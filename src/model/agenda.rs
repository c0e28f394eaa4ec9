//! Building an agenda: clock times from the start time, renumbering after a move, standard
//! items and body templates, what comes back from earlier meetings, and § numbering.

use super::body::Body;
use super::document::Document;
use super::ids::{ActionItemId, AgendaItemId, BodyId, MeetingId};
use super::meeting::{AgendaItem, AgendaItemKind, Meeting, Participant};
use super::minutes::ActionItem;
use chrono::{Datelike, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

/// An item a body puts on every agenda, or one of the standard items: an agenda item
/// without id and number, which the agenda gives it when inserted.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "StoredTemplateItem")]
pub struct TemplateItem {
    pub title: String,
    pub kind: AgendaItemKind,
    #[serde(default)]
    pub duration: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presenters: Vec<Participant>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The standing points under the item ("Från protokoll", "Från arbetsgrupper" under
    /// "Rapporter").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_items: Vec<String>,
}

/// A template item as a file holds it: up to format 3 it had one `presenter`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredTemplateItem {
    title: String,
    kind: AgendaItemKind,
    #[serde(default)]
    duration: u32,
    #[serde(default)]
    presenter: Option<Participant>,
    #[serde(default)]
    presenters: Vec<Participant>,
    #[serde(default)]
    description: String,
    #[serde(default)]
    sub_items: Vec<String>,
}

impl From<StoredTemplateItem> for TemplateItem {
    fn from(s: StoredTemplateItem) -> Self {
        let presenters = super::meeting::merge_presenters(s.presenter, s.presenters);
        Self {
            title: s.title,
            kind: s.kind,
            duration: s.duration,
            presenters,
            description: s.description,
            sub_items: s.sub_items,
        }
    }
}

impl TemplateItem {
    fn new(title: &str, kind: AgendaItemKind, duration: u32) -> Self {
        Self {
            title: title.to_owned(),
            kind,
            duration,
            presenters: Vec::new(),
            description: String::new(),
            sub_items: Vec::new(),
        }
    }

    /// This template as an agenda item with the given id (numbered by the caller, usually
    /// [`next_number`]).
    pub fn to_item(&self, id: AgendaItemId) -> AgendaItem {
        AgendaItem {
            id,
            number: 0,
            title: self.title.clone(),
            kind: self.kind,
            presenters: self.presenters.clone(),
            duration: self.duration,
            description: self.description.clone(),
            guests: Vec::new(),
            sub_items: self.sub_items.clone(),
            matter: None,
            report_backs: Vec::new(),
        }
    }

    /// The template of an existing agenda item (for "save as the body's template").
    pub fn from_item(item: &AgendaItem) -> Self {
        Self {
            title: item.title.clone(),
            kind: item.kind,
            duration: item.duration,
            presenters: item.presenters.clone(),
            description: item.description.clone(),
            sub_items: item.sub_items.clone(),
        }
    }
}

/// The standard items that close an agenda, in order; what is taken up from earlier
/// meetings goes before them.
const CLOSING_ITEMS: [&str; 3] = ["Övriga frågor", "Nästa möte", "Mötets avslutande"];

/// The standard items Swedish agendas are built from. They are document text, not UI
/// text, so they are Swedish whatever the UI language: the agenda is sent to Swedish members.
pub fn standard_items() -> Vec<TemplateItem> {
    use AgendaItemKind::{Decision, Discussion, Evaluation, Information, Report, Review};
    let [other, next, close] = CLOSING_ITEMS;
    vec![
        TemplateItem::new("Mötets öppnande och dagordning", Decision, 5),
        TemplateItem::new("Föregående mötesanteckningar", Review, 5),
        TemplateItem::new("Rapporter", Report, 15),
        TemplateItem::new("Driv och hinder", Evaluation, 15),
        TemplateItem::new(other, Discussion, 5),
        TemplateItem::new(next, Information, 5),
        TemplateItem::new(close, Information, 0),
    ]
}

/// Where an item taken up from an earlier meeting goes: before the first closing standard
/// item ("Övriga frågor", "Nästa möte", "Mötets avslutande"), else at the end.
pub fn closing_position(agenda: &[AgendaItem]) -> usize {
    agenda
        .iter()
        .position(|i| CLOSING_ITEMS.contains(&i.title.as_str()))
        .unwrap_or(agenda.len())
}

/// When an agenda item starts and ends on the clock. `day` counts the days after the
/// meeting's date, so an agenda that runs past midnight says so instead of wrapping silently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClockSpan {
    pub start: NaiveTime,
    pub end: NaiveTime,
    /// Days after the meeting date on which the item ends (0 = the same day).
    pub end_day: u32,
}

/// Clock times for each item, counted from `start`. `None` without a start time.
pub fn clock_times(start: Option<NaiveTime>, items: &[AgendaItem]) -> Option<Vec<ClockSpan>> {
    let start = start?;
    let base = i64::from(start.num_seconds_from_midnight() / 60);
    let mut at = base;
    let spans = items
        .iter()
        .map(|item| {
            let from = at;
            at += i64::from(item.duration);
            ClockSpan {
                start: time_of_minute(from),
                end: time_of_minute(at),
                end_day: u32::try_from(at / (24 * 60)).unwrap_or(u32::MAX),
            }
        })
        .collect();
    Some(spans)
}

fn time_of_minute(minute: i64) -> NaiveTime {
    let in_day = minute.rem_euclid(24 * 60);
    let (h, m) = (in_day / 60, in_day % 60);
    NaiveTime::from_hms_opt(
        u32::try_from(h).unwrap_or(0),
        u32::try_from(m).unwrap_or(0),
        0,
    )
    .unwrap_or(NaiveTime::MIN)
}

/// The agenda's planned length in minutes.
pub fn total_minutes(items: &[AgendaItem]) -> u32 {
    items.iter().map(|i| i.duration).sum()
}

/// How many minutes the agenda runs past the meeting's end; `None` when it fits or when
/// the meeting has no length to compare with.
pub fn overrun(meeting: &Meeting) -> Option<i64> {
    let length = meeting.length_minutes()?;
    let over = i64::from(total_minutes(&meeting.agenda)) - length;
    (over > 0).then_some(over)
}

/// Number the items 1, 2, 3 … in their order ("Numrera om"): only when the secretary asks,
/// since real agendas keep their numbers (seed 004 goes 8 → 12).
pub fn renumber(items: &mut [AgendaItem]) {
    for (n, item) in (1u32..).zip(items.iter_mut()) {
        item.number = n;
    }
}

/// The number a new item gets: one more than the highest.
pub fn next_number(items: &[AgendaItem]) -> u32 {
    items.iter().map(|i| i.number).max().map_or(1, |n| n + 1)
}

/// Whether each item's number is higher than the one before it (gaps allowed).
pub fn numbers_in_order(items: &[AgendaItem]) -> bool {
    items.windows(2).all(|w| w[0].number < w[1].number)
}

/// Move the item at `from` so that it ends up at index `to`; the numbers stay with their
/// items. Out-of-range indices leave the agenda as it was.
pub fn move_item(items: &mut Vec<AgendaItem>, from: usize, to: usize) {
    if from >= items.len() || to >= items.len() || from == to {
        return;
    }
    let item = items.remove(from);
    items.insert(to, item);
}

/// An id for a new agenda item that no meeting in the document uses yet.
pub fn new_item_id(doc: &Document, meeting: &Meeting) -> AgendaItemId {
    let taken = doc
        .meetings
        .iter()
        .filter(|m| m.id != meeting.id)
        .chain(std::iter::once(meeting))
        .flat_map(|m| m.agenda.iter().map(|i| i.id.as_str()));
    AgendaItemId::new(super::ids::fresh_id(AgendaItemId::PREFIX, taken))
}

/// An id for a new action item that no meeting in the document uses yet.
pub fn new_action_id(doc: &Document, meeting: &Meeting) -> ActionItemId {
    let taken = doc
        .meetings
        .iter()
        .filter(|m| m.id != meeting.id)
        .chain(std::iter::once(meeting))
        .filter_map(|m| m.minutes.as_ref())
        .flat_map(|m| m.action_items.iter().map(|a| a.id.as_str()));
    ActionItemId::new(super::ids::fresh_id(ActionItemId::PREFIX, taken))
}

/// Something from an earlier meeting of the same body that the new agenda may take up.
#[derive(Clone, Debug, PartialEq)]
pub enum CarryOver {
    /// An action item not yet done, with the meeting it was recorded at.
    OpenAction {
        meeting: MeetingId,
        action: ActionItem,
    },
    /// An item marked "återkommer" in the previous meeting's minutes.
    Returning {
        meeting: MeetingId,
        item: AgendaItem,
    },
    /// A report-back this body is to receive (see [`super::report_back::to_take_up`]).
    ReportBack {
        assignment: super::assignment::Assignment,
        /// The reporting body's or person's name.
        from: String,
    },
    /// A decision of an earlier meeting with a deadline, not yet done.
    OpenDecision {
        meeting: MeetingId,
        item: Option<AgendaItem>,
        decision: super::decision::Decision,
    },
}

impl CarryOver {
    /// The agenda item to insert for it (numbered later).
    pub fn to_item(&self, id: AgendaItemId) -> AgendaItem {
        match self {
            CarryOver::OpenAction { action, .. } => AgendaItem {
                id,
                number: 0,
                title: action.text.clone(),
                kind: AgendaItemKind::Report,
                presenters: action.owner.clone().into_iter().collect(),
                duration: 5,
                description: action
                    .due
                    .map(|d| format!("Åtgärd, klar senast {d}."))
                    .unwrap_or_default(),
                guests: Vec::new(),
                sub_items: Vec::new(),
                matter: None,
                report_backs: Vec::new(),
            },
            CarryOver::Returning { item, .. } => AgendaItem {
                id,
                number: 0,
                guests: Vec::new(),
                report_backs: Vec::new(),
                ..item.clone()
            },
            CarryOver::ReportBack { assignment, from } => AgendaItem {
                id,
                number: 0,
                title: format!("{} – {from}", assignment.title), // not UI: the item's title
                kind: AgendaItemKind::Report,
                presenters: Vec::new(),
                duration: 15,
                description: assignment
                    .due
                    .map(|d| format!("Återrapportering, senast {d}.")) // not UI: printed text
                    .unwrap_or_default(),
                guests: Vec::new(),
                sub_items: Vec::new(),
                matter: None,
                report_backs: vec![assignment.id.clone()],
            },
            CarryOver::OpenDecision { item, decision, .. } => AgendaItem {
                id,
                number: 0,
                title: item
                    .as_ref()
                    .map_or_else(|| decision.text.trim().to_owned(), |i| i.title.clone()),
                kind: AgendaItemKind::Report,
                presenters: decision.owner.clone().into_iter().collect(),
                duration: 5,
                description: format!(
                    "{}{}",
                    decision.text.trim(),
                    decision
                        .due
                        .map(|d| format!(" Klart senast {d}.")) // not UI: printed text
                        .unwrap_or_default()
                ),
                guests: Vec::new(),
                sub_items: Vec::new(),
                matter: item.as_ref().and_then(|i| i.matter.clone()),
                report_backs: Vec::new(),
            },
        }
    }

    pub fn title(&self) -> &str {
        match self {
            CarryOver::OpenAction { action, .. } => &action.text,
            CarryOver::Returning { item, .. } => &item.title,
            CarryOver::ReportBack { assignment, .. } => &assignment.title,
            CarryOver::OpenDecision { decision, .. } => &decision.text,
        }
    }
}

/// What the agenda of `meeting` may take up from the body's earlier meetings: every
/// action item still open from an earlier meeting of one of its bodies, and the items
/// the latest earlier meeting with minutes marked as coming back. Anything whose title
/// is already on the agenda is left out, so an accepted offer is not offered again.
pub fn carry_over(doc: &Document, meeting: &Meeting) -> Vec<CarryOver> {
    let mut earlier: Vec<&Meeting> = doc
        .meetings
        .iter()
        .filter(|m| {
            m.id != meeting.id
                && (m.date, m.start) < (meeting.date, meeting.start)
                && m.bodies.iter().any(|b| meeting.bodies.contains(b))
        })
        .collect();
    earlier.sort_by_key(|m| (m.date, m.start));
    let on_agenda = |title: &str| meeting.agenda.iter().any(|i| i.title == title);

    let mut offers = Vec::new();
    for m in &earlier {
        let Some(minutes) = &m.minutes else { continue };
        for action in minutes.action_items.iter().filter(|a| !a.done) {
            if !on_agenda(&action.text) {
                offers.push(CarryOver::OpenAction {
                    meeting: m.id.clone(),
                    action: action.clone(),
                });
            }
        }
    }
    // Decisions with a deadline, not done, from earlier meetings of the body.
    for m in &earlier {
        let Some(minutes) = &m.minutes else { continue };
        for section in &minutes.items {
            let item = m.agenda.iter().find(|i| i.id == section.item);
            for block in &section.blocks {
                if let super::minutes::Block::Decision(d) = block
                    && d.due.is_some()
                    && !d.done
                    && !meeting
                        .agenda
                        .iter()
                        .any(|i| i.description.starts_with(d.text.trim()))
                {
                    offers.push(CarryOver::OpenDecision {
                        meeting: m.id.clone(),
                        item: item.cloned(),
                        decision: d.clone(),
                    });
                }
            }
        }
    }
    if let Some(previous) = earlier.iter().rev().find(|m| m.minutes.is_some()) {
        let minutes = previous.minutes.as_ref().map_or(&[][..], |m| &m.items[..]);
        for returning in minutes.iter().filter(|i| i.returns) {
            if let Some(item) = previous.agenda.iter().find(|i| i.id == returning.item)
                && !on_agenda(&item.title)
            {
                offers.push(CarryOver::Returning {
                    meeting: previous.id.clone(),
                    item: item.clone(),
                });
            }
        }
    }
    for assignment in super::report_back::to_take_up(doc, meeting) {
        let from = doc.assignee_name(&assignment.assignee);
        offers.push(CarryOver::ReportBack {
            assignment: assignment.clone(),
            from,
        });
    }
    offers
}

/// The next free § number for `meeting`'s first body in the meeting's calendar year: one
/// more than the highest § in that body's other meetings of the year held before it.
/// Numbering is continuous per body and year, as Swedish minutes number paragraphs.
pub fn next_paragraph(doc: &Document, meeting: &Meeting) -> u32 {
    let Some(body) = meeting.bodies.first() else {
        return 1;
    };
    let year = meeting.date.year();
    doc.meetings
        .iter()
        .filter(|m| {
            m.id != meeting.id
                && m.bodies.first() == Some(body)
                && m.date.year() == year
                && (m.date, m.start) < (meeting.date, meeting.start)
        })
        .filter_map(|m| m.minutes.as_ref())
        .flat_map(|m| m.items.iter().filter_map(|i| i.paragraph))
        .max()
        .map_or(1, |p| p + 1)
}

/// Whether the meeting's (first) body numbers its paragraphs.
pub fn numbers_paragraphs(doc: &Document, meeting: &Meeting) -> bool {
    meeting
        .bodies
        .first()
        .and_then(|b| doc.body(b))
        .is_some_and(|b| b.numbers_paragraphs)
}

/// A new agenda for a meeting of `body`: its template, or the standard opening and
/// closing items when it has none.
pub fn initial_agenda(body: Option<&Body>) -> Vec<TemplateItem> {
    match body {
        Some(b) if !b.agenda_template.is_empty() => b.agenda_template.clone(),
        _ => {
            let standard = standard_items();
            // Opening, previous minutes … next meeting: the frame of every agenda.
            [0, 1, 5]
                .iter()
                .filter_map(|&i| standard.get(i).cloned())
                .collect()
        }
    }
}

/// The body a new meeting's agenda takes its template from.
pub fn template_body<'a>(doc: &'a Document, bodies: &[BodyId]) -> Option<&'a Body> {
    bodies.first().and_then(|b| doc.body(b))
}

/// The people called to a meeting: everyone holding a filled seat in one of its bodies,
/// once each, with the role of their first seat, in the bodies' seat order.
pub fn called_members(
    doc: &Document,
    meeting: &Meeting,
) -> Vec<(super::ids::PersonId, super::membership::Role)> {
    let mut called: Vec<(super::ids::PersonId, super::membership::Role)> = Vec::new();
    for body in meeting.bodies.iter().filter_map(|b| doc.body(b)) {
        for seat in &body.memberships {
            if let Some(person) = &seat.person
                && !called.iter().any(|(p, _)| p == person)
            {
                called.push((person.clone(), seat.role));
            }
        }
    }
    called
}

/// Minutes to start writing in: every called member marked present (the secretary marks
/// who was absent), the body's sekreterare as the one who keeps them, a section per agenda
/// item, § numbers when the body numbers them.
pub fn start_minutes(doc: &Document, meeting: &Meeting) -> super::minutes::Minutes {
    use super::minutes::{Attendance, Block, ItemMinutes, Minutes, Presence};
    let called = called_members(doc, meeting);
    let secretary = called
        .iter()
        .find(|(_, role)| *role == super::membership::Role::Secretary)
        .map(|(p, _)| Participant::Person(p.clone()));
    let mut minutes = Minutes {
        secretary,
        attendance: called
            .into_iter()
            .map(|(person, _)| Attendance {
                who: Participant::Person(person),
                presence: Presence::Present,
                items: Vec::new(),
                note: String::new(),
            })
            .collect(),
        ..Minutes::default()
    };
    // Each sub-item of the agenda starts a heading to write under.
    for item in &meeting.agenda {
        let mut section = ItemMinutes::new(item.id.clone());
        section
            .blocks
            .extend(item.sub_items.iter().map(|s| Block::Heading(s.clone())));
        minutes.items.push(section);
    }
    // Guests invited for an item are there for that item.
    for item in &meeting.agenda {
        for guest in &item.guests {
            match minutes.attendance.iter_mut().find(|a| &a.who == guest) {
                Some(a) if a.presence == Presence::Guest => a.items.push(item.id.clone()),
                Some(_) => {}
                None => minutes.attendance.push(Attendance {
                    who: guest.clone(),
                    presence: Presence::Guest,
                    items: vec![item.id.clone()],
                    note: String::new(),
                }),
            }
        }
    }
    if numbers_paragraphs(doc, meeting) {
        let with = Meeting {
            minutes: Some(minutes),
            ..meeting.clone()
        };
        return number_paragraphs(doc, &with).unwrap_or_default();
    }
    minutes
}

/// The meeting's minutes with § numbers for every item section that has none, continuing
/// from the body's earlier meetings of the year, in agenda order. Sections are made for
/// agenda items that have none yet. `None` when the meeting has no minutes.
pub fn number_paragraphs(doc: &Document, meeting: &Meeting) -> Option<super::minutes::Minutes> {
    let mut minutes = meeting.minutes.clone()?;
    let mut next = minutes
        .items
        .iter()
        .filter_map(|i| i.paragraph)
        .max()
        .map_or_else(|| next_paragraph(doc, meeting), |p| p + 1);
    for item in &meeting.agenda {
        let section = minutes.section_mut(&item.id);
        if section.paragraph.is_none() {
            section.paragraph = Some(next);
            next += 1;
        }
    }
    Some(minutes)
}
