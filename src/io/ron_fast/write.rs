//! The scalars of the fast writer, byte for byte as `ron` 0.12 writes them: strings quoted
//! with `char::escape_debug` applied to every character, integers in decimal, floats in
//! Rust's `Debug` form (shortest round trip, `1.0`, `1e300`, `inf`, `NaN`).

use super::error::Result;
use std::fmt::Write as _;

/// `"` + each character's `char::escape_debug` + `"`, which is what `ron` writes with
/// `escape_strings` on. Printable ASCII other than `"`, `'` and `\` stands for itself, so
/// runs of it are copied whole.
#[inline]
pub(super) fn write_escaped(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if (0x20..0x7F).contains(&b) && !matches!(b, b'"' | b'\'' | b'\\') {
                i += 1;
                continue;
            }
            out.push_str(&s[copied..i]);
            out.extend(char::from(b).escape_debug());
            i += 1;
            copied = i;
        } else if (0xC3..=0xC5).contains(&b) {
            // U+00C0..=U+017F (å, ä, ö, é, ü …): printable letters and signs, never escaped.
            i += 2;
        } else {
            let Some(c) = s[i..].chars().next() else {
                break;
            };
            let escaped = c.escape_debug();
            if escaped.len() > 1 {
                out.push_str(&s[copied..i]);
                out.extend(escaped);
                copied = i + c.len_utf8();
            }
            i += c.len_utf8();
        }
    }
    out.push_str(&s[copied..]);
    out.push('"');
}

/// An unsigned integer in decimal, as `write!("{}")` writes it.
#[inline]
pub(super) fn write_u64(out: &mut String, mut v: u64) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        // `v % 10` is a single digit.
        buf[at] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for &digit in &buf[at..] {
        out.push(char::from(digit));
    }
}

/// A signed integer in decimal, as `write!("{}")` writes it.
#[inline]
pub(super) fn write_i64(out: &mut String, v: i64) {
    if v < 0 {
        out.push('-');
    }
    write_u64(out, v.unsigned_abs());
}

/// A float as `ron` writes it: a `-` before a negative NaN (which `Debug` leaves out),
/// then `Debug`.
pub(super) fn write_float<F: std::fmt::Debug>(
    out: &mut String,
    v: F,
    negative_nan: bool,
) -> Result<()> {
    if negative_nan {
        out.push('-');
    }
    write!(out, "{v:?}")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut out = String::new();
        write_escaped(&mut out, s);
        out
    }

    #[test]
    fn strings_escape_like_escape_debug_per_char() {
        for s in [
            "plain",
            "\"q\" 'a' \\",
            "rad\nett\r\ttab\0nul\u{7f}\u{1}",
            "åäö ÅÄÖ é 🎉 👩‍👩‍👧 \u{301}a\u{301} \u{200b}\u{feff}\u{85}",
        ] {
            let expected: String = std::iter::once('"')
                .chain(s.chars().flat_map(char::escape_debug))
                .chain(std::iter::once('"'))
                .collect();
            assert_eq!(escaped(s), expected);
        }
    }

    #[test]
    fn latin_letters_are_never_escaped() {
        for c in '\u{C0}'..='\u{17F}' {
            assert_eq!(c.escape_debug().len(), 1, "{c:?}");
            assert_eq!(escaped(&c.to_string()), format!("\"{c}\""));
        }
    }

    #[test]
    fn integers_like_display() {
        for v in [0, 1, 9, 10, 99, 100, 12_345, i64::MAX, i64::MIN, -1, -10] {
            let mut out = String::new();
            write_i64(&mut out, v);
            assert_eq!(out, v.to_string());
        }
        let mut out = String::new();
        write_u64(&mut out, u64::MAX);
        assert_eq!(out, u64::MAX.to_string());
    }
}
