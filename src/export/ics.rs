//! Calendar files (RFC 5545) that Outlook imports: one meeting or a body's whole year. Times
//! are in Europe/Stockholm with its VTIMEZONE; UIDs are stable so importing again updates the
//! meetings instead of duplicating them; text is escaped and lines folded at 75 octets.

use crate::i18n::{Label, Lang};
use crate::io::save::content_hash;
use crate::model::{Document, Meeting, MeetingStatus};
use chrono::{Datelike, Days, NaiveDate};
use std::fmt::Write;

/// Europe/Stockholm: CET/CEST with the EU rules (last Sunday of March and October).
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// Escape a TEXT value: backslash, semicolon, comma and line breaks; other control
/// characters (which TEXT does not allow, and which could end the line early) are removed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A URI value (the video link): on one line, with no control characters, spaces encoded.
fn uri(text: &str) -> String {
    crate::text::single_line(text.trim()).replace(' ', "%20")
}

/// A meeting whose date the calendar format cannot write (outside the years 0001–9999);
/// validation reports it too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateOutOfRange {
    pub meeting: String,
    pub date: chrono::NaiveDate,
}

impl DateOutOfRange {
    pub fn message(&self, lang: Lang) -> String {
        crate::i18n::files::date_out_of_range(&self.meeting, &self.date.to_string(), lang)
    }
}

/// Fold a content line at 75 octets without splitting a UTF-8 character; CRLF at the end.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

/// The meeting's UID: its id and a fingerprint of the document's region, stable across
/// exports and edits, so a calendar updates the event on re-import.
pub fn uid(doc: &Document, meeting: &Meeting) -> String {
    let scope = if doc.info.region.is_empty() {
        &doc.info.title
    } else {
        &doc.info.region
    };
    format!(
        "{}-{:08x}@samverkan",
        crate::text::single_line(meeting.id.as_str()),
        content_hash(scope.as_bytes()) & 0xffff_ffff
    )
}

fn event(doc: &Document, m: &Meeting, stamp: &str, lang: Lang) -> Result<String, DateOutOfRange> {
    let out_of_range = || DateOutOfRange {
        meeting: doc.meeting_title_long(m),
        date: m.date,
    };
    // The day after the last: where an all-day event ends, and a meeting over midnight.
    let next_day = m
        .end_date()
        .checked_add_days(Days::new(1))
        .ok_or_else(out_of_range)?;
    if !(crate::model::validate::MIN_YEAR..=crate::model::validate::MAX_YEAR)
        .contains(&next_day.year())
    {
        return Err(out_of_range());
    }
    let mut lines = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", uid(doc, m)),
        format!("DTSTAMP:{stamp}"),
    ];
    let day = |d: NaiveDate| d.format("%Y%m%d").to_string();
    if let Some(s) = m.start {
        let end_time = m.end.unwrap_or_else(|| s + chrono::Duration::hours(1));
        // A meeting that ends before it starts runs over midnight; one over several days
        // ends on its last day.
        let end_date = if end_time <= s && m.end_date() == m.date {
            next_day
        } else {
            m.end_date()
        };
        lines.push(format!(
            "DTSTART;TZID=Europe/Stockholm:{}T{}",
            day(m.date),
            s.format("%H%M%S")
        ));
        lines.push(format!(
            "DTEND;TZID=Europe/Stockholm:{}T{}",
            day(end_date),
            end_time.format("%H%M%S")
        ));
    } else {
        lines.push(format!("DTSTART;VALUE=DATE:{}", day(m.date)));
        lines.push(format!("DTEND;VALUE=DATE:{}", day(next_day)));
    }
    lines.push(format!("SUMMARY:{}", escape(&doc.meeting_title_long(m))));
    let place = [m.place.as_str(), m.online.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" – ");
    if !place.is_empty() {
        lines.push(format!("LOCATION:{}", escape(&place)));
    }
    if !m.online.is_empty() {
        lines.push(format!("URL:{}", uri(&m.online)));
    }
    let mut description = String::new();
    if !m.tentative_time.trim().is_empty() {
        let _ = writeln!(
            description,
            "{}: {}",
            crate::i18n::minutes::TENTATIVE_TIME.get(lang),
            m.tentative_time.trim()
        );
    }
    let mut clock = m.start;
    for item in &m.agenda {
        let at = clock
            .map(|c| format!("{} ", c.format("%H:%M")))
            .unwrap_or_default();
        let who = if item.presenters.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = item
                .presenters
                .iter()
                .map(|p| doc.participant_name(p))
                .collect();
            format!(" – {}", crate::i18n::counts::and_list(&names, lang))
        };
        let _ = writeln!(
            description,
            "{at}{}. {} ({}){who}",
            item.number,
            item.title,
            item.kind.label(lang)
        );
        clock = clock.map(|c| c + chrono::Duration::minutes(i64::from(item.duration)));
    }
    if !description.is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape(description.trim_end())));
    }
    lines.push(format!(
        "STATUS:{}",
        if m.status == MeetingStatus::Cancelled {
            "CANCELLED"
        } else if m.is_tentative() {
            "TENTATIVE"
        } else {
            "CONFIRMED"
        }
    ));
    lines.push("END:VEVENT".to_owned());
    Ok(lines.iter().map(|l| fold(l)).collect())
}

/// A calendar of the given meetings, or the first meeting whose date cannot be written.
pub fn calendar(
    doc: &Document,
    meetings: &[&Meeting],
    lang: Lang,
) -> Result<String, DateOutOfRange> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Samverkan//Samverkan//SV",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(line));
    }
    out.push_str(&fold(&format!("X-WR-CALNAME:{}", escape(&doc.info.title))));
    out.push_str(VTIMEZONE);
    for m in meetings {
        out.push_str(&event(doc, m, &stamp, lang)?);
    }
    out.push_str(&fold("END:VCALENDAR"));
    Ok(out)
}
