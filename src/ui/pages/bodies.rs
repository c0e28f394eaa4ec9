//! Organ: the bodies, their mandate, composition with a live check, members and links.

use crate::edit::Edit;
use crate::i18n::{Label, Lang, Tr, cadence_text, t};
use crate::model::query::composition_summary;
use crate::model::{
    Body, BodyId, BodyKind, BodyStatus, Cadence, CompositionRule, Document, Level, Link, LinkId,
    LinkKind, Membership, MembershipId, OrganisationKind, Role, fresh_id,
};
use crate::ui::form::Form;
use crate::ui::record_page::RecordKind;
use crate::ui::widgets::{self};
use crate::ui::{Nav, Out, View};

pub struct Bodies;

impl RecordKind for Bodies {
    type Id = BodyId;
    type Record = Body;
    const SALT: &'static str = "bodies";
    const HEADING: Tr = t::BODIES;
    const NEW: Tr = t::NEW_BODY;

    fn columns() -> Vec<Tr> {
        vec![t::NAME, t::SHORT_NAME, t::KIND, t::MEMBERS]
    }

    fn all(doc: &Document) -> &[Body] {
        &doc.bodies
    }

    fn id(b: &Body) -> &BodyId {
        &b.id
    }

    fn cells(view: &View, b: &Body) -> Vec<String> {
        vec![
            b.name.clone(),
            b.short_name.clone(),
            b.kind.label(view.lang).to_owned(),
            b.memberships.len().to_string(),
        ]
    }

    fn create(view: &View) -> Option<(BodyId, Edit)> {
        let id = BodyId::new(fresh_id(
            BodyId::PREFIX,
            view.doc.bodies.iter().map(|b| b.id.as_str()),
        ));
        Some((id.clone(), Edit::PutBody(new_body(id, view.lang))))
    }

    fn detail(ui: &mut egui::Ui, view: &View, body: &Body, out: &mut Out) {
        detail(ui, view, body, out);
    }
}

fn new_body(id: BodyId, lang: Lang) -> Body {
    Body::new(id, t::NEW_BODY.get(lang))
}

fn detail(ui: &mut egui::Ui, view: &View, body: &Body, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let on = view.editable();
    let fid = |f: &str| (body.id.as_str().to_owned(), f.to_owned());
    if super::detail_header(ui, &body.name, lang, on) {
        out.delete = Some(Edit::DeleteBody {
            id: body.id.clone(),
            cascade: false,
        });
    }
    let mut form = Form::new(body, body.id.as_str(), view);
    form.grid(ui, |ui, f| {
        f.text(ui, t::NAME, |b| &mut b.name);
        f.text(ui, t::SHORT_NAME, |b| &mut b.short_name);
        f.choice(ui, t::KIND, &BodyKind::ALL, |b| &mut b.kind);
        f.choice(
            ui,
            t::LEVEL,
            &[Level::Political, Level::Officials, Level::Mixed],
            |b| &mut b.level,
        );
        f.choice(
            ui,
            t::STATUS,
            &[BodyStatus::Proposed, BodyStatus::Active, BodyStatus::Closed],
            |b| &mut b.status,
        );
        f.row(ui, t::CADENCE, |ui, b, on| {
            cadence_ui(ui, &body.id, b.cadence, lang, on)
                .map(|v| b.cadence = v)
                .is_some()
        });
        f.date(ui, t::ESTABLISHED, |b| &mut b.established);
        f.date(ui, t::ENDED, |b| &mut b.ended);
        f.notes(ui, t::DESCRIPTION, |b| &mut b.description);
    });

    super::obligations::body_obligations_ui(ui, view, &body.id, out);
    ui.add_space(10.0);
    ui.strong(t::MANDATE.get(lang));
    let mut remove_duty = None;
    for (i, duty) in body.mandate.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui
                .add_enabled(on, egui::Button::new("×").small())
                .on_hover_text(t::REMOVE.get(lang))
                .clicked()
            {
                remove_duty = Some(i);
            }
            widgets::name_next(ui, &format!("{} {}", t::MANDATE.get(lang), i + 1));
            if let Some(v) = widgets::text(ui, fid(&format!("duty{i}")), duty, on) {
                form.set(|b| b.mandate[i] = v);
            }
        });
    }
    if let Some(i) = remove_duty {
        form.set(|b| {
            b.mandate.remove(i);
        });
    }
    if ui
        .add_enabled(
            on,
            egui::Button::new(format!("+ {}", t::ADD_DUTY.get(lang))),
        )
        .clicked()
    {
        let new = fid(&format!("duty{}", body.mandate.len()));
        widgets::focus_when_shown(ui, new, widgets::Select::All);
        form.set(|b| b.mandate.push(t::NEW_DUTY.get(lang).to_owned()));
    }

    ui.add_space(10.0);
    ui.strong(t::COMPOSITION.get(lang));
    let (summary, ok) = composition_summary(doc, body, lang);
    // Always one line, so that filling the last vacant seat does not move the rows below.
    if summary.is_empty() {
        ui.weak(t::NO_COMPOSITION.get(lang));
    } else {
        let colour = if ok {
            crate::theme::OK
        } else {
            crate::theme::WARNING
        };
        ui.colored_label(colour, summary);
    }
    let mut remove_rule = None;
    for (i, rule) in body.composition.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui.add_enabled(on, egui::Button::new("×").small()).clicked() {
                remove_rule = Some(i);
            }
            ui.label(crate::i18n::composition::rule_text(rule, lang));
        });
    }
    if let Some(i) = remove_rule {
        form.set(|b| {
            b.composition.remove(i);
        });
    }
    let mut added = None;
    ui.horizontal(|ui| {
        ui.add_enabled_ui(on, |ui| {
            ui.menu_button(format!("+ {}", t::ADD_RULE.get(lang)), |ui| {
                for kind in [OrganisationKind::Municipality, OrganisationKind::Region] {
                    if ui
                        .button(format!(
                            "{} … {}",
                            t::SEATS_FROM.get(lang),
                            kind.label(lang)
                        ))
                        .clicked()
                    {
                        added = Some(CompositionRule::SeatsFrom {
                            kind,
                            min: Some(1),
                            max: Some(5),
                        });
                    }
                }
                if ui
                    .button(t::AT_MOST_8_MEMBERS_BESIDES_COORDINATORS.get(lang))
                    .clicked()
                {
                    added = Some(CompositionRule::MaxMembers {
                        max: 8,
                        excluding: vec![Role::Coordinator, Role::Koordinator],
                    });
                }
                if ui
                    .button(t::BALANCE_MUNICIPALITIES_REGION.get(lang))
                    .clicked()
                {
                    added = Some(CompositionRule::Balance {
                        a: OrganisationKind::Municipality,
                        b: OrganisationKind::Region,
                        max_difference: 1,
                    });
                }
                if ui.button(t::ONE_CONVENER.get(lang)).clicked() {
                    added = Some(CompositionRule::SeatsWithRole {
                        role: Role::Convener,
                        min: Some(1),
                        max: Some(1),
                    });
                }
            });
        });
    });

    if let Some(rule) = added {
        form.set(|b| b.composition.push(rule));
    }

    ui.add_space(10.0);
    form.row_check(ui, crate::i18n::minutes::NUMBERS_PARAGRAPHS, |b| {
        &mut b.numbers_paragraphs
    });
    super::letterhead::letterhead_ui(
        ui,
        &mut form,
        crate::i18n::minutes::LETTERHEAD_OF_BODY,
        |b| &mut b.letterhead,
    );
    if let Some(b) = form.finish() {
        out.edits.push(Edit::PutBody(b));
    }

    ui.add_space(10.0);
    members_ui(ui, view, body, out);
    ui.add_space(10.0);
    links_ui(ui, view, body, out);
}

fn cadence_ui(
    ui: &mut egui::Ui,
    id: &BodyId,
    current: Cadence,
    lang: Lang,
    on: bool,
) -> Option<Cadence> {
    let options = [
        Cadence::Irregular,
        Cadence::Weekly,
        Cadence::Monthly,
        Cadence::EveryOtherMonth,
        Cadence::Quarterly,
        Cadence::TimesPerYear(match current {
            Cadence::TimesPerYear(n) => n,
            _ => 4,
        }),
    ];
    let mut value = current;
    ui.horizontal(|ui| {
        ui.add_enabled_ui(on, |ui| {
            let combo = egui::ComboBox::from_id_salt(("cadence", id.as_str()))
                .selected_text(cadence_text(current, lang))
                .show_ui(ui, |ui| {
                    for c in options {
                        let label = match c {
                            Cadence::TimesPerYear(_) => t::TIMES_A_YEAR.get(lang).to_owned(),
                            other => cadence_text(other, lang),
                        };
                        ui.selectable_value(&mut value, c, label);
                    }
                });
            widgets::labelled(ui, combo.response);
        });
        if let Cadence::TimesPerYear(n) = current
            && let Some(Some(v)) = {
                widgets::name_next(ui, t::TIMES_A_YEAR.get(lang));
                widgets::number::<u16>(ui, ("times", id.as_str()), Some(n), on)
            }
        {
            value = Cadence::TimesPerYear(v);
        }
    });
    (value != current).then_some(value)
}

fn members_ui(ui: &mut egui::Ui, view: &View, body: &Body, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let on = view.editable();
    ui.horizontal(|ui| {
        ui.strong(format!(
            "{} ({})",
            t::MEMBERS.get(lang),
            body.memberships.len()
        ));
        if ui
            .add_enabled(
                on,
                egui::Button::new(format!("+ {}", t::ADD_MEMBER.get(lang))),
            )
            .clicked()
        {
            let used = doc
                .bodies
                .iter()
                .flat_map(|b| &b.memberships)
                .map(|m| m.id.as_str());
            out.edits.push(Edit::PutMembership {
                body: body.id.clone(),
                membership: Membership {
                    id: MembershipId::new(fresh_id(MembershipId::PREFIX, used)),
                    person: None,
                    role: Role::Member,
                    represents: None,
                    from: None,
                    to: None,
                    note: String::new(),
                },
            });
        }
    });
    // Six columns do not fit beside the list on a small screen (1024 wide): there each seat
    // is one wrapped line of its own, the dates labelled, rather than a table running past
    // the window's edge.
    if ui.available_width() < 700.0 {
        for m in &body.memberships {
            egui::Frame::group(ui.style())
                .inner_margin(4.0)
                .show(ui, |ui| {
                    ui.horizontal_wrapped(|ui| seat_ui(ui, view, body, m, true, out));
                });
        }
        return;
    }
    egui::Grid::new(("members", body.id.as_str()))
        .striped(true)
        .num_columns(6)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for h in [t::PERSON, t::ROLE, t::REPRESENTS, t::FROM, t::TO] {
                ui.strong(h.get(lang));
            }
            ui.label("");
            ui.end_row();
            for m in &body.memberships {
                seat_ui(ui, view, body, m, false, out);
                ui.end_row();
            }
        });
}

/// One seat's widgets in a row: person (and a link to them), role, whom they represent,
/// from, to, remove. `labelled` puts the dates' names before them (no table header).
fn seat_ui(
    ui: &mut egui::Ui,
    view: &View,
    body: &Body,
    m: &Membership,
    labelled: bool,
    out: &mut Out,
) {
    let lang = view.lang;
    let doc = view.doc;
    let on = view.editable();
    let people = &view.pickers.people;
    let orgs = &view.pickers.organisations;
    let mid = m.id.as_str();
    let mut changed = m.clone();
    let mut any = false;
    ui.horizontal(|ui| {
        widgets::name_next(ui, t::PERSON.get(lang));
        if let Some(v) = widgets::reference(
            ui,
            ("person", mid),
            m.person.as_ref(),
            people,
            true,
            lang,
            on,
        ) {
            // Whom the seat represents follows from the person, unless set.
            if changed.represents.is_none()
                && let Some(p) = v.as_ref().and_then(|p| doc.person(p))
            {
                changed.represents.clone_from(&p.organisation);
            }
            changed.person = v;
            any = true;
        }
        if let Some(p) = &m.person
            && ui
                .small_button("»")
                .on_hover_text(t::OPEN_THE_PERSON.get(lang))
                .clicked()
        {
            out.nav = Some(Nav::Person(p.clone()));
        }
    });
    widgets::name_next(ui, t::ROLE.get(lang));
    if let Some(v) = widgets::choice(ui, ("role", mid), m.role, &Role::ALL, lang, on) {
        changed.role = v;
        any = true;
    }
    widgets::name_next(ui, t::REPRESENTS.get(lang));
    if let Some(v) = widgets::reference(
        ui,
        ("represents", mid),
        m.represents.as_ref(),
        orgs,
        true,
        lang,
        on,
    ) {
        changed.represents = v;
        any = true;
    }
    if labelled {
        ui.label(t::FROM.get(lang));
    }
    widgets::name_next(ui, t::FROM.get(lang));
    if let Some(v) = widgets::date(ui, ("from", mid), m.from, on) {
        changed.from = v;
        any = true;
    }
    if labelled {
        ui.label(t::TO.get(lang));
    }
    widgets::name_next(ui, t::TO.get(lang));
    if let Some(v) = widgets::date(ui, ("to", mid), m.to, on) {
        changed.to = v;
        any = true;
    }
    if ui
        .add_enabled(on, egui::Button::new("×").small())
        .on_hover_text(t::REMOVE.get(lang))
        .clicked()
    {
        out.edits.push(Edit::RemoveMembership {
            body: body.id.clone(),
            id: m.id.clone(),
        });
    }
    if any {
        out.edits.push(Edit::PutMembership {
            body: body.id.clone(),
            membership: changed,
        });
    }
}

fn links_ui(ui: &mut egui::Ui, view: &View, body: &Body, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let on = view.editable();
    ui.horizontal(|ui| {
        ui.strong(t::LINKS.get(lang));
        if ui
            .add_enabled(
                on,
                egui::Button::new(format!("+ {}", t::NEW_LINK.get(lang))),
            )
            .clicked()
            && let Some(other) = doc.bodies.iter().find(|b| b.id != body.id)
        {
            out.edits.push(Edit::PutLink(Link {
                id: LinkId::new(fresh_id(
                    LinkId::PREFIX,
                    doc.links.iter().map(|l| l.id.as_str()),
                )),
                from: body.id.clone(),
                to: other.id.clone(),
                kind: LinkKind::ReportsTo,
                note: String::new(),
            }));
        }
    });
    let bodies: Vec<(BodyId, String)> = doc
        .bodies
        .iter()
        .map(|b| (b.id.clone(), b.name.clone()))
        .collect();
    // Each link reads as a sentence ("BG rapporterar till VR"), wrapped where the window is
    // narrow rather than a table running past its edge.
    for l in doc
        .links
        .iter()
        .filter(|l| l.from == body.id || l.to == body.id)
    {
        ui.horizontal_wrapped(|ui| {
            let lid = l.id.as_str();
            let mut changed = l.clone();
            let mut any = false;
            widgets::name_next(ui, t::FROM.get(lang));
            if let Some(Some(v)) =
                widgets::reference(ui, ("from", lid), Some(&l.from), &bodies, false, lang, on)
            {
                changed.from = v;
                any = true;
            }
            widgets::name_next(ui, t::KIND.get(lang));
            if let Some(v) = widgets::choice(ui, ("kind", lid), l.kind, &LinkKind::ALL, lang, on) {
                changed.kind = v;
                any = true;
            }
            widgets::name_next(ui, t::TO.get(lang));
            if let Some(Some(v)) =
                widgets::reference(ui, ("to", lid), Some(&l.to), &bodies, false, lang, on)
            {
                changed.to = v;
                any = true;
            }
            if ui
                .add_enabled(on, egui::Button::new("×").small())
                .on_hover_text(t::REMOVE.get(lang))
                .clicked()
            {
                out.edits.push(Edit::DeleteLink(l.id.clone()));
            }
            if any {
                out.edits.push(Edit::PutLink(changed));
            }
        });
    }
}
