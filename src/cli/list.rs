//! `samverkan list KIND FILE`: one record a line, tab-separated, id first.

use super::ListKind;
use crate::i18n::{Label, Lang, cadence_text, recurrence_text};
use crate::model::{Assignee, Document};

/// The rows `samverkan list KIND` prints.
pub fn list_rows(doc: &Document, kind: ListKind, lang: Lang) -> Vec<Vec<String>> {
    let body_label = |id: &crate::model::BodyId| doc.body_label(id);
    let org_name = |id: &crate::model::OrganisationId| {
        doc.organisation(id)
            .map_or_else(|| id.to_string(), |o| o.name.clone())
    };
    let person_name = |id: &crate::model::PersonId| {
        doc.person(id)
            .map_or_else(|| id.to_string(), crate::model::Person::display_name)
    };
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    match kind {
        ListKind::Bodies => doc
            .bodies
            .iter()
            .map(|b| {
                vec![
                    b.id.to_string(),
                    b.name.clone(),
                    b.short_name.clone(),
                    b.kind.label(lang).to_owned(),
                    b.level.label(lang).to_owned(),
                    cadence_text(b.cadence, lang),
                ]
            })
            .collect(),
        ListKind::People => doc
            .people
            .iter()
            .map(|p| {
                vec![
                    p.id.to_string(),
                    p.display_name(),
                    p.kind.label(lang).to_owned(),
                    p.title.clone(),
                    p.organisation.as_ref().map(&org_name).unwrap_or_default(),
                ]
            })
            .collect(),
        ListKind::Organisations => doc
            .organisations
            .iter()
            .map(|o| {
                vec![
                    o.id.to_string(),
                    o.name.clone(),
                    o.kind.label(lang).to_owned(),
                ]
            })
            .collect(),
        ListKind::Memberships => doc
            .bodies
            .iter()
            .flat_map(|b| b.memberships.iter().map(move |m| (b, m)))
            .map(|(b, m)| {
                vec![
                    m.id.to_string(),
                    m.person
                        .as_ref()
                        .map_or_else(|| crate::i18n::t::VACANT.get(lang).to_owned(), &person_name),
                    b.label().to_owned(),
                    m.role.label(lang).to_owned(),
                    m.represents.as_ref().map(&org_name).unwrap_or_default(),
                    date(m.from),
                    date(m.to),
                ]
            })
            .collect(),
        ListKind::Links => doc
            .links
            .iter()
            .map(|l| {
                vec![
                    l.id.to_string(),
                    format!(
                        "{} {} {}",
                        body_label(&l.from),
                        l.kind.label(lang),
                        body_label(&l.to)
                    ),
                    l.from.to_string(),
                    l.to.to_string(),
                ]
            })
            .collect(),
        ListKind::Meetings => doc
            .meetings
            .iter()
            .map(|m| {
                let bodies: Vec<String> = m.bodies.iter().map(&body_label).collect();
                let title = doc.meeting_title(m);
                let time = m.time_text();
                vec![
                    m.id.to_string(),
                    title,
                    m.date.to_string(),
                    time,
                    bodies.join(", "),
                    m.status.label(lang).to_owned(),
                ]
            })
            .collect(),
        ListKind::Cycle => doc
            .cycle
            .activities
            .iter()
            .map(|a| {
                vec![
                    a.id.to_string(),
                    a.title.clone(),
                    body_label(&a.body),
                    recurrence_text(&a.when, lang),
                ]
            })
            .collect(),
        ListKind::Goals => doc
            .goals
            .iter()
            .map(|g| {
                let target = match g.target_change {
                    Some(v) => format!("{} {v} {}", arrow(g.direction), g.unit),
                    None => format!("{} {}", arrow(g.direction), g.target_note),
                };
                vec![
                    g.id.to_string(),
                    g.text.clone(),
                    g.area.clone(),
                    target.trim().to_owned(),
                ]
            })
            .collect(),
        ListKind::Indicators => doc
            .goals
            .iter()
            .flat_map(|g| g.indicators.iter().map(move |i| (g, i)))
            .map(|(g, i)| {
                vec![
                    i.id.to_string(),
                    i.name.clone(),
                    g.id.to_string(),
                    i.kolada.clone().unwrap_or_default(),
                    i.values.len().to_string(),
                ]
            })
            .collect(),
        ListKind::Assignments => doc
            .assignments
            .iter()
            .map(|a| {
                let assignee = match &a.assignee {
                    Assignee::Body(b) => body_label(b),
                    Assignee::Person(p) => person_name(p),
                };
                vec![
                    a.id.to_string(),
                    a.title.clone(),
                    assignee,
                    date(a.due),
                    a.status.label(lang).to_owned(),
                ]
            })
            .collect(),
        ListKind::Agreements => doc
            .agreements
            .iter()
            .map(|a| {
                vec![
                    a.id.to_string(),
                    a.title.clone(),
                    date(a.signed),
                    date(a.review),
                    a.responsible.as_ref().map(&body_label).unwrap_or_default(),
                ]
            })
            .collect(),
        ListKind::Matters => doc
            .matters
            .iter()
            .map(|m| {
                let steps = crate::model::matter::trail(doc, &m.id);
                let passed: Vec<String> = crate::model::matter::bodies_passed(doc, &m.id)
                    .iter()
                    .map(&body_label)
                    .collect();
                vec![
                    m.id.to_string(),
                    m.title.clone(),
                    m.status.label(lang).to_owned(),
                    match &m.origin {
                        crate::model::Origin::Body(b) => body_label(b),
                        crate::model::Origin::Meeting(x) => x.to_string(),
                        crate::model::Origin::Outside(s) => s.clone(),
                    },
                    passed.join(" → "),
                    date(steps.last().map(|s| s.meeting.date)),
                ]
            })
            .collect(),
        ListKind::Decisions => {
            let today = chrono::Local::now().date_naive();
            crate::model::decision::register(doc)
                .iter()
                .map(|e| {
                    let c = crate::export::decisions::cells(doc, e, today, lang);
                    // Date, body, number, decision, matter, responsible, deadline, status.
                    vec![
                        c[1].clone(),
                        c[0].clone(),
                        c[2].clone(),
                        c[4].clone(),
                        c[5].clone(),
                        c[6].clone(),
                        c[7].clone(),
                        c[8].clone(),
                    ]
                })
                .collect()
        }
        ListKind::Reportbacks => {
            let received = crate::model::report_back::Received::build(doc);
            doc.assignments
                .iter()
                .filter(|a| a.activity.is_some() || a.report_to.is_some())
                .map(|a| {
                    let from = match &a.assignee {
                        Assignee::Body(b) => body_label(b),
                        Assignee::Person(p) => person_name(p),
                    };
                    vec![
                        a.id.to_string(),
                        date(a.due),
                        from,
                        body_label(a.report_to.as_ref().unwrap_or(&a.given_by)),
                        a.title.clone(),
                        received.status(a).label(lang).to_owned(),
                        received
                            .get(&a.id)
                            .map(|(m, _)| m.to_string())
                            .unwrap_or_default(),
                    ]
                })
                .collect()
        }
        ListKind::Documents => doc
            .documents
            .iter()
            .map(|d| {
                vec![
                    d.id.to_string(),
                    d.title.clone(),
                    d.owner.as_ref().map(&org_name).unwrap_or_default(),
                    date(d.next_review),
                ]
            })
            .collect(),
    }
}

/// The direction of a goal as the terminal shows it.
fn arrow(direction: crate::model::Direction) -> &'static str {
    match direction {
        crate::model::Direction::Increase => "↑",
        crate::model::Direction::Decrease => "↓",
    }
}
