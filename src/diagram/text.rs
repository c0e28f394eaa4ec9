//! Text widths from the font everything is drawn with (egui's Ubuntu Light), so boxes fit
//! their labels on screen, in SVG/PNG and in PDF alike, and lines break before the edge.

/// The font's bytes: egui's default proportional font, shipped inside eframe's tree.
pub fn font_bytes() -> &'static [u8] {
    epaint_default_fonts::UBUNTU_LIGHT
}

/// Widths and line breaking from the font's advances.
pub struct Measure {
    face: ttf_parser::Face<'static>,
}

impl Measure {
    pub fn new() -> Option<Self> {
        Some(Self {
            face: ttf_parser::Face::parse(font_bytes(), 0).ok()?,
        })
    }

    /// Width of `text` at `size`.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let per_unit = size / f32::from(self.face.units_per_em());
        text.chars()
            .map(|c| {
                self.face
                    .glyph_index(c)
                    .and_then(|g| self.face.glyph_hor_advance(g))
                    .map_or(size * 0.5, |a| f32::from(a) * per_unit)
            })
            .sum()
    }

    /// Break `text` into lines no wider than `width`: at spaces, and inside a word only
    /// when the word alone is too wide (a long link). Explicit line breaks are kept.
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}") // not UI: the line being wrapped
                };
                if self.width(&candidate, size) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                // The word alone: split it by characters when it cannot fit on a line.
                for c in word.chars() {
                    let mut next = line.clone();
                    next.push(c);
                    if !line.is_empty() && self.width(&next, size) > width {
                        lines.push(std::mem::take(&mut line));
                        line.push(c);
                    } else {
                        line = next;
                    }
                }
            }
            lines.push(line);
        }
        lines
    }

    /// `text` cut to fit `width`, with "…" when something was cut.
    pub fn ellipsize(&self, text: &str, size: f32, width: f32) -> String {
        if self.width(text, size) <= width {
            return text.to_owned();
        }
        let mut out = String::new();
        for c in text.chars() {
            out.push(c);
            if self.width(&out, size) + self.width("…", size) > width {
                out.pop();
                break;
            }
        }
        format!("{}…", out.trim_end())
    }
}
