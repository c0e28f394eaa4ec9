//! What ties an agenda item to the rest of the year: the matter (ärende) it handles and the
//! report-back it takes up. The builder links an item to a matter, new or existing; the
//! minutes show both as links.

use crate::i18n::obligations as ob;
use crate::model::matter::new_matter_id;
use crate::model::{AgendaItem, Matter, MatterStatus, Meeting, Origin};
use crate::ui::{Nav, Out, View};

/// "Ärende: Revidering av överenskommelsen" and "Återrapportering från Barnalivet" over an
/// item's minutes, each a link.
pub(super) fn links_line(ui: &mut egui::Ui, view: &View, item: &AgendaItem, out: &mut Out) {
    let lang = view.lang;
    let doc = view.doc;
    let matter = item.matter.as_ref().and_then(|m| doc.matter(m));
    let reports: Vec<&crate::model::Assignment> = item
        .report_backs
        .iter()
        .filter_map(|a| doc.assignments.iter().find(|x| &x.id == a))
        .collect();
    if matter.is_none() && reports.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if let Some(m) = matter {
            ui.label(egui::RichText::new(format!("{}:", ob::MATTER.get(lang))).small());
            if ui.link(egui::RichText::new(&m.title).small()).clicked() {
                out.nav = Some(Nav::Matter(m.id.clone()));
            }
        }
        for a in reports {
            let from = doc.assignee_name(&a.assignee);
            let text = format!("{} {from}", ob::REPORT_BACK.get(lang));
            if ui.link(egui::RichText::new(text).small()).clicked() {
                out.nav = Some(Nav::Assignment(a.id.clone()));
            }
        }
    });
}

/// The item's matter: none, one of the document's, or a new one made from the item. Returns
/// whether the item changed, and the new matter to create with it (one undo step).
pub(super) fn matter_picker(
    ui: &mut egui::Ui,
    view: &View,
    meeting: &Meeting,
    item: &AgendaItem,
    edited: &mut AgendaItem,
    on: bool,
    out: &mut Out,
) -> (bool, Option<Matter>) {
    let lang = view.lang;
    let doc = view.doc;
    let mut changed = false;
    let mut created = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(ob::MATTER.get(lang)).small());
        let shown = item
            .matter
            .as_ref()
            .and_then(|m| doc.matter(m))
            .map_or_else(|| ob::NO_MATTER.get(lang).to_owned(), |m| m.title.clone());
        ui.add_enabled_ui(on, |ui| {
            egui::ComboBox::from_id_salt(("item-matter", item.id.as_str()))
                .selected_text(shown)
                .width(ui.available_width().clamp(140.0, 320.0))
                .height(400.0)
                .show_ui(ui, |ui| {
                    if ui
                        .selectable_label(item.matter.is_none(), ob::NO_MATTER.get(lang))
                        .clicked()
                    {
                        edited.matter = None;
                        changed = true;
                    }
                    for m in &doc.matters {
                        if ui
                            .selectable_label(item.matter.as_ref() == Some(&m.id), &m.title)
                            .clicked()
                        {
                            edited.matter = Some(m.id.clone());
                            changed = true;
                        }
                    }
                    ui.separator();
                    if ui
                        .selectable_label(
                            false,
                            format!("+ {}", ob::NEW_MATTER_FROM_ITEM.get(lang)),
                        )
                        .clicked()
                    {
                        let matter = Matter {
                            id: new_matter_id(doc),
                            title: item.title.clone(),
                            description: item.description.clone(),
                            origin: meeting.bodies.first().map_or_else(
                                || Origin::Meeting(meeting.id.clone()),
                                |b| Origin::Body(b.clone()),
                            ),
                            owner: None,
                            status: MatterStatus::InPreparation,
                            opened: Some(meeting.date.min(view.today)),
                        };
                        edited.matter = Some(matter.id.clone());
                        created = Some(matter);
                        changed = true;
                    }
                });
        });
        if let Some(m) = item.matter.as_ref().filter(|m| doc.matter(m).is_some())
            && ui
                .small_button(ob::OPEN_SHORT.get(lang))
                .on_hover_text(ob::OPEN_MATTER.get(lang))
                .clicked()
        {
            out.nav = Some(Nav::Matter(m.clone()));
        }
    });
    (changed, created)
}
