//! A body's box: its title lines, kind, members and leader, and the marks for vacant seats and broken rules.

use crate::diagram::orgchart::BAND;
use crate::diagram::orgchart::BOX_WIDTH;
use crate::diagram::orgchart::BodyBox;
use crate::diagram::orgchart::LINE;
use crate::diagram::orgchart::PAD;
use crate::diagram::orgchart::SMALL_SIZE;
use crate::diagram::orgchart::TITLE_SIZE;
use crate::diagram::text::Measure;
use crate::i18n::{Label, Lang};
use crate::model::{Document, Role};

pub(super) fn body_box(
    doc: &Document,
    kinds: &crate::model::query::OrganisationKinds,
    i: usize,
    lang: Lang,
    measure: &Measure,
) -> BodyBox {
    let body = &doc.bodies[i];
    let inner = BOX_WIDTH - 2.0 * PAD;
    let mut title = measure.wrap(&body.name, TITLE_SIZE, inner);
    if title.len() > 3 {
        title.truncate(3);
        if let Some(last) = title.last_mut() {
            *last = measure.ellipsize(&format!("{last} …"), TITLE_SIZE, inner);
        }
    }
    let kind_line = if body.short_name.is_empty() {
        body.kind.label(lang).to_owned()
    } else {
        format!("{} · {}", body.short_name, body.kind.label(lang))
    };
    let members = body
        .memberships
        .iter()
        .filter(|m| m.person.is_some())
        .count();
    let vacant = body.memberships.len() - members;
    let leader = body
        .memberships
        .iter()
        .find(|m| matches!(m.role, Role::Chair | Role::Convener) && m.person.is_some())
        .and_then(|m| {
            let person = doc.person(m.person.as_ref()?)?;
            Some(format!("{}: {}", m.role.label(lang), person.name))
        });
    let count = crate::i18n::charts::members_line(members, lang);
    let members_line = measure.ellipsize(
        &leader.map_or(count.clone(), |l| format!("{count} · {l}")),
        SMALL_SIZE,
        inner,
    );
    let (_, composition_ok) = crate::model::query::composition_summary_with(kinds, body, lang);
    let height =
        BAND + PAD + title.len() as f32 * TITLE_SIZE * LINE + 2.0 * SMALL_SIZE * LINE + PAD;
    BodyBox {
        body: body.id.clone(),
        min: [0.0, 0.0],
        max: [BOX_WIDTH, height],
        level: body.level,
        title,
        kind_line,
        members_line,
        vacant,
        composition_ok,
        has_children: false,
        hidden_below: 0,
    }
}
