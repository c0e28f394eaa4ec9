//! A scene as PNG: its SVG rendered by resvg with the same embedded font, so the picture
//! matches the SVG and the screen without any system fonts or external programs.

use crate::diagram::scene::Scene;

#[derive(Debug, thiserror::Error)]
pub enum PngError {
    #[error("the drawing could not be rendered: {0}")]
    Render(String),
    #[error("the drawing is too large for a picture ({0} × {1} pixels)")]
    TooLarge(u32, u32),
}

/// Largest side in pixels; a chart of thousands of bodies is scaled down to fit.
const MAX_SIDE: f32 = 16_000.0;

/// The scene as PNG bytes at `scale` pixels per point (2.0 looks sharp on slides).
pub fn to_png(scene: &Scene, scale: f32) -> Result<Vec<u8>, PngError> {
    use resvg::{tiny_skia, usvg};
    let svg = super::svg::to_svg(scene);
    let mut options = usvg::Options::default();
    options
        .fontdb_mut()
        .load_font_data(crate::diagram::text::font_bytes().to_vec());
    "Ubuntu".clone_into(&mut options.font_family);
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| PngError::Render(e.to_string()))?;
    let size = tree.size();
    let scale = scale.min(MAX_SIDE / size.width().max(size.height()).max(1.0));
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    // positive, bounded by MAX_SIDE
    let (w, h) = (
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    );
    let mut pixmap = tiny_skia::Pixmap::new(w.max(1), h.max(1)).ok_or(PngError::TooLarge(w, h))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| PngError::Render(e.to_string()))
}
