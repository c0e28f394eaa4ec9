//! Colours and sizes in one place.

use egui::Color32;

pub const ERROR: Color32 = Color32::from_rgb(0xd0, 0x3a, 0x3a);
pub const WARNING: Color32 = Color32::from_rgb(0xd8, 0x9a, 0x1c);
pub const OK: Color32 = Color32::from_rgb(0x3a, 0x9a, 0x52);
pub const READ_ONLY_BG: Color32 = Color32::from_rgb(0x8a, 0x5a, 0x00);
pub const MIGRATED_BG: Color32 = Color32::from_rgb(0x2a, 0x5a, 0x8a);
pub const ROW_HEIGHT: f32 = 22.0;
pub const NAV_WIDTH: f32 = 170.0;
pub const LIST_WIDTH: f32 = 460.0;
