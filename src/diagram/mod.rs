//! Pure geometry, no egui: the org chart's layered layout, the wheel's angles and lanes,
//! the timeline's scale. Each drawing is built as a neutral [`scene::Scene`] that the
//! screen and the exporters (SVG, PNG, PDF) draw alike.

pub mod layered;
pub mod orgchart;
pub mod perspective;
pub mod scene;
pub mod stacks;
pub mod text;
pub mod timeline;
pub mod wheel;
