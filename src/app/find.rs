//! The find box (Ctrl+F): people, bodies, organisations and meetings by name.

use crate::i18n::{Lang, t};
use crate::model::Document;
use crate::ui::Nav;

/// The find box: people, bodies, organisations and meetings whose name contains the text.
pub(super) fn find_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    text: &mut String,
    lang: Lang,
) -> Option<Nav> {
    ui.heading(t::FIND.get(lang));
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(t::NAME_2.get(lang))
            .desired_width(400.0),
    );
    response.request_focus();
    let needle = text.trim().to_lowercase();
    if needle.is_empty() {
        return None;
    }
    let mut hits: Vec<(String, Nav)> = Vec::new();
    for p in &doc.people {
        if p.name.to_lowercase().contains(&needle) {
            hits.push((
                format!("{} – {}", p.display_name(), t::PERSON.get(lang)),
                Nav::Person(p.id.clone()),
            ));
        }
    }
    for b in &doc.bodies {
        if b.name.to_lowercase().contains(&needle) || b.short_name.to_lowercase() == needle {
            hits.push((
                format!("{} – {}", b.name, t::BODY.get(lang)),
                Nav::Body(b.id.clone()),
            ));
        }
    }
    for o in &doc.organisations {
        if o.name.to_lowercase().contains(&needle) {
            hits.push((
                format!("{} – {}", o.name, t::ORGANISATION.get(lang)),
                Nav::Organisation(o.id.clone()),
            ));
        }
    }
    for m in &doc.meetings {
        let names: Vec<String> = m
            .bodies
            .iter()
            .filter_map(|b| doc.body(b))
            .map(|b| b.name.to_lowercase())
            .collect();
        if m.title.to_lowercase().contains(&needle) || names.iter().any(|n| n.contains(&needle)) {
            hits.push((
                format!(
                    "{} {} – {}",
                    m.date,
                    doc.meeting_title(m),
                    t::MEETING_2.get(lang)
                ),
                Nav::Meeting(m.id.clone()),
            ));
        }
    }
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
    let mut chosen = None;
    egui::ScrollArea::vertical()
        .max_height(300.0)
        .show(ui, |ui| {
            for (label, nav) in hits.iter().take(50) {
                if ui.link(label).clicked() {
                    chosen = Some(nav.clone());
                }
            }
        });
    if hits.is_empty() {
        ui.weak(t::NO_MATCHES.get(lang));
    }
    chosen.or_else(|| {
        if enter {
            hits.first().map(|(_, n)| n.clone())
        } else {
            None
        }
    })
}
