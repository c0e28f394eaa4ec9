//! The app's colours as egui wants them (from [`crate::palette`]), and its sizes.

use crate::diagram::scene::Rgba;
use crate::palette;
use egui::Color32;

/// A palette colour for egui.
pub const fn colour(c: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied_const(c.0, c.1, c.2, c.3)
}

pub const ERROR: Color32 = colour(palette::ERROR);
pub const WARNING: Color32 = colour(palette::WARNING);
pub const OK: Color32 = colour(palette::OK);
/// The rail of a matter's trail.
pub const TRAIL: Color32 = colour(palette::SELECTION);
pub const READ_ONLY_BG: Color32 = colour(palette::READ_ONLY_BG);
pub const MIGRATED_BG: Color32 = colour(palette::MIGRATED_BG);
pub const BANNER_TEXT: Color32 = colour(palette::BANNER_TEXT);
pub const EXAMPLE_BG: Color32 = colour(palette::EXAMPLE_BG);
pub const ROW_HEIGHT: f32 = 22.0;
pub const NAV_WIDTH: f32 = 170.0;
pub const LIST_WIDTH: f32 = 460.0;
