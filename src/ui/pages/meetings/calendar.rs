//! The month calendar of meetings, with ISO weeks and Swedish holidays.

use super::MeetingsState;
use crate::i18n::t;
use crate::model::{Meeting, MeetingId};
use crate::ui::View;
use chrono::{Datelike, Days, NaiveDate};

/// A month with ISO week numbers down the side, weekends and public holidays marked, and
/// each day's meetings as buttons. Returns a clicked meeting.
pub(super) fn calendar_ui(
    ui: &mut egui::Ui,
    view: &View,
    state: &mut MeetingsState,
    selected: Option<&MeetingId>,
) -> Option<MeetingId> {
    let lang = view.lang;
    let first = state.month.unwrap_or_else(|| {
        NaiveDate::from_ymd_opt(view.today.year(), view.today.month(), 1).unwrap_or(view.today)
    });
    let mut clicked = None;
    ui.horizontal(|ui| {
        if ui.button(t::PREVIOUS.get(lang)).clicked() {
            state.month = first.checked_sub_months(chrono::Months::new(1));
        }
        ui.strong(format!(
            "{} {}",
            crate::i18n::month_name(first.month(), lang),
            first.year()
        ));
        if ui.button(t::NEXT.get(lang)).clicked() {
            state.month = first.checked_add_months(chrono::Months::new(1));
        }
        if ui.button(t::TODAY.get(lang)).clicked() {
            state.month = None;
        }
    });
    let next_month = first.checked_add_months(chrono::Months::new(1))?;
    let mut meetings: Vec<&Meeting> = view
        .doc
        .meetings
        .iter()
        .filter(|m| m.end_date() >= first && m.date < next_month)
        .filter(|m| state.body.as_ref().is_none_or(|b| m.bodies.contains(b)))
        .collect();
    meetings.sort_by_key(|m| (m.date, m.start));
    let monday = first - Days::new(u64::from(first.weekday().num_days_from_monday()));
    let weekdays = crate::i18n::weekday_short(lang);
    let cell_width = ((ui.available_width() - 40.0) / 7.0).max(48.0);
    egui::Grid::new("meetings-calendar")
        .num_columns(8)
        .min_col_width(0.0)
        .spacing([2.0, 2.0])
        .show(ui, |ui| {
            ui.label(egui::RichText::new(t::WEEK_COLUMN.get(lang)).weak());
            for w in weekdays {
                ui.label(egui::RichText::new(w).strong());
            }
            ui.end_row();
            let mut week_start = monday;
            while week_start < next_month {
                ui.vertical(|ui| {
                    ui.set_min_width(22.0);
                    ui.label(
                        egui::RichText::new(
                            crate::model::calendar::iso_week(week_start).to_string(),
                        )
                        .weak(),
                    );
                });
                for d in 0..7 {
                    let day = week_start + Days::new(d);
                    ui.vertical(|ui| {
                        ui.set_width(cell_width);
                        ui.set_min_height(58.0);
                        let holiday = crate::model::holidays::holiday_name(day);
                        let mut number = egui::RichText::new(day.day().to_string());
                        if day.month() != first.month() {
                            number = number.weak();
                        } else if holiday.is_some() || d >= 5 {
                            number = number.color(crate::theme::ERROR);
                        }
                        if day == view.today {
                            number = number.strong().underline();
                        }
                        let label = ui.label(number);
                        if let Some(name) = holiday {
                            label.on_hover_text(name);
                        }
                        for m in meetings.iter().filter(|m| m.is_on(day)) {
                            // The body is what tells meetings apart at a glance; the
                            // time and title are in the tooltip.
                            let text = m
                                .bodies
                                .iter()
                                .map(|b| view.doc.body_label(b))
                                .collect::<Vec<_>>()
                                .join("+");
                            // A date put forward or a time not fixed reads as a question.
                            let text = if m.is_tentative() {
                                format!("{text} ?")
                            } else {
                                text
                            };
                            let button = egui::Button::selectable(selected == Some(&m.id), text)
                                .small()
                                .truncate();
                            if ui
                                .add_sized([cell_width, 16.0], button)
                                .on_hover_text(format!(
                                    "{} {}",
                                    m.time_text(),
                                    view.doc.meeting_title(m)
                                ))
                                .clicked()
                            {
                                clicked = Some(m.id.clone());
                            }
                        }
                    });
                }
                ui.end_row();
                week_start = week_start + Days::new(7);
            }
        });
    clicked
}
