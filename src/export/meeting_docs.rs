//! The two documents a secretary sends for a meeting: the notice with its agenda
//! (kallelse och dagordning) and the minutes (mötesanteckningar, laid out like seed 004:
//! who was there, each item with notes, questions and decisions, then the action items).

use super::report::{Block, Report};
use crate::i18n::minutes as words;
use crate::i18n::{Label, Lang, month_name, t, weekday_name};
use crate::model::agenda::clock_times;
use crate::model::calendar::week_label;
use crate::model::{Content, Document, Letterhead, Meeting, Participant, Presence, Role};
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// "torsdag 10 december 2026" / "Thursday 10 December 2026".
pub fn long_date(date: NaiveDate, lang: Lang) -> String {
    format!(
        "{} {} {} {}",
        weekday_name(date.weekday(), lang),
        date.day(),
        month_name(date.month(), lang),
        date.year()
    )
}

/// "09:00–12:00", "09:00", or "" for a meeting without times.
pub fn time_range(meeting: &Meeting) -> String {
    match (meeting.start, meeting.end) {
        (Some(s), Some(e)) => format!("{}–{}", crate::i18n::clock(s), crate::i18n::clock(e)),
        (Some(s), None) => crate::i18n::clock(s),
        _ => String::new(),
    }
}

/// The names of the meeting's bodies, "A och B" for a joint meeting.
pub fn bodies_text(doc: &Document, meeting: &Meeting, lang: Lang) -> String {
    let names: Vec<String> = meeting
        .bodies
        .iter()
        .map(|b| {
            doc.body(b)
                .map_or_else(|| b.to_string(), |b| b.name.clone())
        })
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), t::AND.get(lang)),
    }
}

fn meeting_facts(meeting: &Meeting, lang: Lang) -> Vec<(String, String)> {
    let last = meeting.end_date();
    let date = if last > meeting.date {
        format!(
            "{} – {} ({})",
            long_date(meeting.date, lang),
            long_date(last, lang),
            week_label(meeting.date, lang)
        )
    } else {
        format!(
            "{} ({})",
            long_date(meeting.date, lang),
            week_label(meeting.date, lang)
        )
    };
    let mut facts = vec![(t::DATE.get(lang).to_owned(), date)];
    let times = crate::i18n::minutes::time_with_tentative(
        &time_range(meeting),
        &meeting.tentative_time,
        lang,
    );
    if !times.is_empty() {
        facts.push((t::TIME.get(lang).to_owned(), times));
    }
    if meeting.status == crate::model::MeetingStatus::Proposed {
        facts.push((
            t::STATUS.get(lang).to_owned(),
            crate::i18n::minutes::PROPOSED_DATE.get(lang).to_owned(),
        ));
    }
    if !meeting.place.is_empty() {
        facts.push((t::PLACE.get(lang).to_owned(), meeting.place.clone()));
    }
    if !meeting.online.is_empty() {
        facts.push((t::VIDEO_LINK.get(lang).to_owned(), meeting.online.clone()));
    }
    facts
}

/// "Föredragande: A, B och C", or nothing when no one presents the item.
fn presented_by(doc: &Document, presenters: &[Participant], lang: Lang) -> Option<String> {
    if presenters.is_empty() {
        return None;
    }
    let names: Vec<String> = presenters.iter().map(|p| doc.participant_name(p)).collect();
    Some(format!(
        "{}: {}",
        t::PRESENTER.get(lang),
        crate::i18n::counts::and_list(&names, lang)
    ))
}

/// Kind · presenters · length, the line under an item's title.
fn item_detail(
    doc: &Document,
    kind: &str,
    presenters: &[Participant],
    minutes: u32,
    lang: Lang,
) -> String {
    let mut parts = vec![kind.to_owned()];
    if let Some(p) = presented_by(doc, presenters, lang) {
        parts.push(p);
    }
    if minutes > 0 {
        parts.push(crate::i18n::dates::minutes_text(minutes));
    }
    parts.join(" · ")
}

/// The members called to the meeting, with their role when it is not plain member.
fn called(doc: &Document, meeting: &Meeting, lang: Lang) -> Vec<String> {
    let roles = crate::model::agenda::called_members(doc, meeting);
    roles
        .iter()
        .map(|(person, _)| attendee_line(doc, &Participant::Person(person.clone()), &roles, lang))
        .collect()
}

/// The notice with the agenda: what the members get before the meeting.
pub fn notice(doc: &Document, meeting: &Meeting, lang: Lang) -> Report {
    let bodies = bodies_text(doc, meeting, lang);
    let mut blocks = vec![Block::Facts(meeting_facts(meeting, lang))];
    if !meeting.title.is_empty() && meeting.title != bodies {
        blocks.push(Block::Strong(meeting.title.clone()));
    }
    let members = called(doc, meeting, lang);
    if !members.is_empty() {
        blocks.push(Block::Heading(t::CALLED.get(lang).to_owned()));
        blocks.push(Block::Bullets(members));
    }
    blocks.push(Block::Heading(t::AGENDA.get(lang).to_owned()));
    let times = clock_times(meeting.start, &meeting.agenda);
    for (i, item) in meeting.agenda.iter().enumerate() {
        let margin = times
            .as_ref()
            .and_then(|t| t.get(i))
            .map(|s| {
                format!(
                    "{}–{}",
                    crate::i18n::clock(s.start),
                    crate::i18n::clock(s.end)
                )
            })
            .unwrap_or_default();
        let mut body = Vec::new();
        if !item.description.is_empty() {
            body.push(Block::Paragraph(item.description.clone()));
        }
        if !item.sub_items.is_empty() {
            body.push(Block::Bullets(item.sub_items.clone()));
        }
        if !item.guests.is_empty() {
            let guests: Vec<String> = item
                .guests
                .iter()
                .map(|g| doc.participant_long_name(g))
                .collect();
            body.push(Block::Labelled(
                t::GUESTS.get(lang).to_owned(),
                guests.join("; "),
            ));
        }
        blocks.push(Block::Item {
            margin,
            title: format!("{}. {}", item.number, item.title),
            detail: item_detail(
                doc,
                item.kind.label(lang),
                &item.presenters,
                item.duration,
                lang,
            ),
            body,
        });
    }
    if meeting.agenda.is_empty() {
        blocks.push(Block::Muted(t::NO_AGENDA_YET.get(lang).to_owned()));
    }
    let head = letterhead_of(doc, meeting);
    let officer = crate::model::agenda::called_members(doc, meeting)
        .into_iter()
        .find(|(_, role)| *role == crate::model::Role::Secretary)
        .map(|(p, _)| Participant::Person(p));
    Report {
        kicker: bodies.clone(),
        title: format!("{} {}", t::NOTICE_TITLE.get(lang), meeting.date),
        blocks,
        footer: format!("{bodies} · {} {}", t::NOTICE_TITLE.get(lang), meeting.date),
        stamp: String::new(),
        author: officer
            .as_ref()
            .map_or_else(|| bodies.clone(), |o| doc.participant_name(o)),
        letterhead: letterhead_pairs(
            doc,
            meeting,
            &head,
            officer.as_ref(),
            t::NOTICE_TITLE.get(lang),
            lang,
        ),
        address: head.address_lines(),
    }
}

/// The body's letterhead where it has one, the document's where it does not.
fn letterhead_of(doc: &Document, meeting: &Meeting) -> Letterhead {
    meeting
        .bodies
        .first()
        .and_then(|b| doc.body(b))
        .map_or_else(Letterhead::default, |b| b.letterhead.clone())
        .or(&doc.info.letterhead)
}

/// "Tjänsteställe, handläggare", "Datum", "Beteckning" over their values, as seed 004
/// heads its minutes; nothing when neither a unit nor a reference is set.
fn letterhead_pairs(
    doc: &Document,
    meeting: &Meeting,
    head: &Letterhead,
    officer: Option<&Participant>,
    kind: &str,
    lang: Lang,
) -> Vec<(String, String)> {
    if head.unit.trim().is_empty() && meeting.reference.trim().is_empty() {
        return Vec::new();
    }
    let unit = [
        head.unit.trim().to_owned(),
        officer.map(|o| doc.participant_name(o)).unwrap_or_default(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let reference = if meeting.reference.trim().is_empty() {
        kind.to_owned()
    } else {
        meeting.reference.trim().to_owned()
    };
    vec![
        (words::UNIT_AND_OFFICER.get(lang).to_owned(), unit),
        (t::DATE.get(lang).to_owned(), meeting.date.to_string()),
        (words::REFERENCE.get(lang).to_owned(), reference),
    ]
}

/// A person in an attendance list as the notice calls them: name, title and organisation,
/// and their role when it is not plain member ("…, ordförande").
fn attendee_line(
    doc: &Document,
    who: &Participant,
    roles: &[(crate::model::PersonId, Role)],
    lang: Lang,
) -> String {
    let mut line = doc.participant_long_name(who);
    if let Participant::Person(id) = who
        && let Some((_, role)) = roles.iter().find(|(p, _)| p == id)
        && *role != Role::Member
    {
        let _ = write!(line, ", {}", role.label(lang));
    }
    line
}

/// The minutes, laid out like seed 004: present, absent, guests with their items; each
/// item with notes, "Frågor/synpunkter" and decisions; the action items; sign-off.
pub fn minutes(doc: &Document, meeting: &Meeting, lang: Lang) -> Report {
    let bodies = bodies_text(doc, meeting, lang);
    let mut blocks = vec![Block::Facts(meeting_facts(meeting, lang))];
    let empty = crate::model::Minutes::default();
    let minutes = meeting.minutes.as_ref().unwrap_or(&empty);

    let item_number = |id: &crate::model::AgendaItemId| {
        meeting
            .agenda
            .iter()
            .find(|i| &i.id == id)
            .map(|i| i.number)
    };
    let head = letterhead_of(doc, meeting);
    let roles = crate::model::agenda::called_members(doc, meeting);
    let line = |a: &crate::model::Attendance, inside: bool| {
        let mut line = attendee_line(doc, &a.who, &roles, lang);
        if !a.note.is_empty() {
            let _ = write!(line, ", {}", a.note);
        }
        let items: Vec<String> = a
            .items
            .iter()
            .filter_map(item_number)
            .map(|n| n.to_string())
            .collect();
        if !items.is_empty() {
            let items = format!("{} {}", t::ITEM_WORD.get(lang), items.join(", "));
            // Inside "Närvarande" the items follow the name as seed 004 writes them.
            let _ = if inside {
                write!(line, " {items}")
            } else {
                write!(line, " ({items})")
            };
        }
        line
    };
    for (presence, heading) in [
        (Presence::Present, t::PRESENT),
        (Presence::Absent, t::ABSENT),
        (Presence::Guest, t::GUESTS),
    ] {
        let inside = head.guests_with_present;
        let lines: Vec<String> = minutes
            .attendance
            .iter()
            .filter(|a| match presence {
                Presence::Present => {
                    a.presence == Presence::Present || (inside && a.presence == Presence::Guest)
                }
                Presence::Guest => !inside && a.presence == Presence::Guest,
                Presence::Absent => a.presence == Presence::Absent,
            })
            .map(|a| line(a, inside))
            .collect();
        if !lines.is_empty() {
            blocks.push(Block::Heading(format!("{}:", heading.get(lang))));
            blocks.push(Block::Bullets(lines));
        }
    }

    blocks.push(Block::Heading(t::ITEMS.get(lang).to_owned()));
    for item in &meeting.agenda {
        let written = minutes.items.iter().find(|m| m.item == item.id);
        let mut body = Vec::new();
        for content in minutes.content(&item.id) {
            body.push(match content {
                Content::Notes(s) if s.trim().is_empty() => continue,
                Content::Notes(s) => Block::Paragraph(s.to_owned()),
                Content::Questions(s) if s.trim().is_empty() => continue,
                Content::Questions(s) => {
                    Block::Labelled(t::QUESTIONS.get(lang).to_owned(), s.to_owned())
                }
                Content::Decision(d) if d.text.trim().is_empty() => continue,
                Content::Decision(d) => Block::Strong(d.text.clone()),
                Content::Heading(s) => Block::SubHeading(s.to_owned()),
                Content::Action(a) => {
                    Block::Labelled(t::ACTION.get(lang).to_owned(), action_line(doc, a, lang))
                }
            });
        }
        if written.is_some_and(|w| w.returns) {
            body.push(Block::Muted(t::RETURNS_NEXT.get(lang).to_owned()));
        }
        let margin = written
            .and_then(|w| w.paragraph)
            .map(|p| format!("§ {p}"))
            .unwrap_or_default();
        blocks.push(Block::Item {
            margin,
            title: format!("{}. {}", item.number, item.title),
            detail: presented_by(doc, &item.presenters, lang).unwrap_or_default(),
            body,
        });
    }

    if !minutes.action_items.is_empty() {
        blocks.push(Block::Heading(t::ACTION_LIST.get(lang).to_owned()));
        blocks.push(Block::Bullets(
            minutes
                .action_items
                .iter()
                .map(|a| action_line(doc, a, lang))
                .collect(),
        ));
    }
    let mut closing = Vec::new();
    if let Some(secretary) = &minutes.secretary {
        // Signed with the secretary's title, as minutes end ("Linnea Hedkvist,
        // utvecklingsledare folkhälsa").
        let mut name = doc.participant_name(secretary);
        if let Participant::Person(id) = secretary
            && let Some(p) = doc.person(id)
            && !p.title.is_empty()
        {
            let _ = write!(name, ", {}", p.title);
        }
        closing.push((t::SECRETARY.get(lang).to_owned(), name));
    }
    if let Some(sign_off) = &minutes.sign_off {
        let names: Vec<String> = sign_off
            .by
            .iter()
            .map(|p| doc.participant_name(p))
            .collect();
        closing.push((
            t::SIGNED_OFF.get(lang).to_owned(),
            format!("{} ({})", names.join(", "), sign_off.date),
        ));
    }
    if !closing.is_empty() {
        blocks.push(Block::Facts(closing));
    }
    let stamp = crate::model::minutes_flow::stage(meeting)
        .and_then(|stage| words::page_stamp(stage, lang))
        .unwrap_or_default()
        .to_owned();
    Report {
        stamp,
        author: minutes
            .secretary
            .as_ref()
            .map_or_else(|| bodies.clone(), |s| doc.participant_name(s)),
        letterhead: letterhead_pairs(
            doc,
            meeting,
            &head,
            minutes.secretary.as_ref(),
            t::MINUTES_TITLE.get(lang),
            lang,
        ),
        address: head.address_lines(),
        kicker: bodies.clone(),
        title: format!(
            "{} {}",
            t::MINUTES_TITLE.get(lang),
            crate::i18n::dates::long_date(meeting.date, lang)
        ),
        blocks,
        footer: format!("{bodies} · {} {}", t::MINUTES_TITLE.get(lang), meeting.date),
    }
}

fn action_line(doc: &Document, a: &crate::model::ActionItem, lang: Lang) -> String {
    let mut line = a.text.clone();
    let mut meta = Vec::new();
    if let Some(owner) = &a.owner {
        meta.push(format!(
            "{}: {}",
            t::ACTION_OWNER.get(lang),
            doc.participant_name(owner)
        ));
    }
    if let Some(due) = a.due {
        meta.push(format!("{} {due}", t::DUE_BY.get(lang)));
    }
    if a.done {
        meta.push(t::DONE.get(lang).to_owned());
    }
    if !meta.is_empty() {
        let _ = write!(line, " ({})", meta.join(", "));
    }
    line
}
