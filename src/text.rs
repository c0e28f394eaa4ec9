//! Plain-text safety for what leaves the program: a terminal, an XML file (SVG, XLSX, DOCX),
//! a calendar file. A document may hold any character a person (or another program) typed or
//! pasted; these functions make sure none of them can break or take over the output.

/// Whether XML 1.0 allows the character at all (`Char` in the XML specification): tab, line
/// feed, carriage return, and everything from U+0020 except U+FFFE and U+FFFF (surrogates
/// cannot occur in a Rust string).
pub fn xml_allows(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

/// The text without the characters XML does not allow.
pub fn xml_text(s: &str) -> String {
    s.chars().filter(|&c| xml_allows(c)).collect()
}

/// Characters that reorder text on a terminal (bidirectional overrides and isolates): a name
/// could otherwise make a line read differently from what it holds.
fn reorders(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// One value of a line of terminal output: tabs and line breaks become spaces (they would
/// break the one-record-a-line format), other control characters (escape sequences that
/// could recolour or rewrite the terminal) and reordering marks become U+FFFD.
pub fn terminal_cell(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => ' ',
            c if c.is_control() || reorders(c) => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// A whole line of terminal output (messages that may quote the document): like
/// [`terminal_cell`], but tabs are kept.
pub fn terminal_line(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' => '\t',
            '\n' | '\r' => ' ',
            c if c.is_control() || reorders(c) => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// A name as a piece of a file name: letters (å, ä, ö too) and digits kept, anything else a
/// single hyphen ("Ref. Nära vård" → "Ref-Nära-vård").
pub fn file_name_part(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The text without control characters (line breaks and tabs included), for values that must
/// stay on one line and cannot be escaped, such as a link in a calendar file.
pub fn single_line(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_part_keeps_letters_and_digits() {
        assert_eq!(file_name_part("Ref. Nära vård"), "Ref-Nära-vård");
        assert_eq!(file_name_part("BG"), "BG");
        assert_eq!(file_name_part("  /Barn & unga: 0–19/ "), "Barn-unga-0-19");
        assert_eq!(file_name_part("../.."), "");
    }

    #[test]
    fn xml_text_keeps_swedish_and_drops_what_xml_forbids() {
        assert_eq!(
            xml_text("Åsa\u{FFFE} Öberg\u{0}\u{1b}\u{FFFF}"),
            "Åsa Öberg"
        );
        assert_eq!(xml_text("rad 1\nrad 2\tslut"), "rad 1\nrad 2\tslut");
    }

    #[test]
    fn terminal_output_cannot_carry_escape_sequences() {
        assert_eq!(
            terminal_cell("a\u{1b}[31mröd\u{7}\tb\u{202E}"),
            "a\u{FFFD}[31mröd\u{FFFD} b\u{FFFD}"
        );
        assert_eq!(terminal_line("x\ty\r\nz\u{9b}"), "x\ty  z\u{FFFD}");
    }

    #[test]
    fn single_line_removes_every_control_character() {
        assert_eq!(
            single_line("https://x.se/a\r\nBEGIN:VEVENT\u{0}"),
            "https://x.se/aBEGIN:VEVENT"
        );
    }
}
