//! Lists of related records inside a form (an organisation's seats, a person's bodies): all
//! rows when they are few; otherwise a scrolling box of a fixed height in which only the
//! rows in view are laid out, so a municipality with 700 seats costs what 15 do.

/// Up to this many rows are shown in full.
const IN_FULL: usize = 30;
/// The height of the box when there are more.
const BOX_HEIGHT: f32 = 320.0;

/// Draw `count` rows of `columns` columns as a striped grid; `row(ui, i)` draws row `i`'s
/// cells (one `ui` call each) and the grid ends the row.
pub fn rows_ui(
    ui: &mut egui::Ui,
    id_salt: impl egui::AsIdSalt,
    count: usize,
    columns: usize,
    mut row: impl FnMut(&mut egui::Ui, usize),
) {
    let id = ui.make_persistent_id(id_salt);
    let grid = |ui: &mut egui::Ui,
                range: std::ops::Range<usize>,
                row: &mut dyn FnMut(&mut egui::Ui, usize)| {
        egui::Grid::new(id.with(range.start))
            .striped(true)
            .num_columns(columns)
            .show(ui, |ui| {
                for i in range {
                    row(ui, i);
                    ui.end_row();
                }
            });
    };
    if count <= IN_FULL {
        grid(ui, 0..count, &mut row);
        return;
    }
    let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt(id.with("scroll"))
        .max_height(BOX_HEIGHT)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, count, |ui, range| grid(ui, range, &mut row));
}
