//! The tokens of the fast reader: white space and comments, identifiers, strings, chars,
//! integers and floats, each read the way `ron` 0.12 (`parse.rs`) reads it, or refused.
//!
//! The rule of this file: a token is accepted only where `ron` accepts it and gives the same
//! value. What `ron` would read differently or with an extension (raw identifiers, byte
//! strings, number suffixes, `0x` integers, `_` in numbers, non-ASCII white space, `\x`
//! escapes above `\x7F`) is refused with [`Error::Unsupported`]; the caller then asks `ron`.

use super::error::{Error, Result};
use std::borrow::Cow;

pub(super) struct Scanner<'de> {
    src: &'de str,
    pos: usize,
}

/// ASCII white space as `ron` skips it (`is_whitespace_char` without the non-ASCII ones).
const fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// ASCII characters that continue an identifier (`is_xid_continue` on ASCII).
const fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

const fn hex(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as u32),
        b'a'..=b'f' => Some((b - b'a') as u32 + 10),
        b'A'..=b'F' => Some((b - b'A') as u32 + 10),
        _ => None,
    }
}

impl<'de> Scanner<'de> {
    pub fn new(src: &'de str) -> Self {
        Self { src, pos: 0 }
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    #[inline]
    fn bytes(&self) -> &'de [u8] {
        self.src.as_bytes()
    }

    #[inline]
    pub fn peek(&self) -> Option<u8> {
        self.bytes().get(self.pos).copied()
    }

    #[inline]
    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes().get(self.pos + ahead).copied()
    }

    pub fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    #[inline]
    pub fn eat(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    #[inline]
    pub fn expect(&mut self, b: u8) -> Result<()> {
        if self.eat(b) {
            Ok(())
        } else {
            Err(Error::Syntax)
        }
    }

    /// Consume `s` if the text continues with it (`ron`'s `consume_str`).
    pub fn eat_str(&mut self, s: &str) -> bool {
        if self.bytes()[self.pos..].starts_with(s.as_bytes()) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    /// Skip white space and comments, `//` to the end of the line and nested `/* */`.
    #[inline]
    pub fn skip_ws(&mut self) -> Result<()> {
        let bytes = self.bytes();
        loop {
            while let Some(&b) = bytes.get(self.pos) {
                // Indentation eight spaces at a time.
                if b == b' ' && bytes.get(self.pos..self.pos + 8) == Some(b"        ") {
                    self.pos += 8;
                } else if is_ws(b) {
                    self.pos += 1;
                } else {
                    break;
                }
            }
            if self.peek() != Some(b'/') {
                return Ok(());
            }
            match self.peek_at(1) {
                Some(b'/') => {
                    self.pos += 2;
                    self.pos = bytes[self.pos..]
                        .iter()
                        .position(|&b| b == b'\n')
                        .map_or(bytes.len(), |i| self.pos + i);
                }
                Some(b'*') => {
                    self.pos += 2;
                    let mut level = 1_usize;
                    while level > 0 {
                        self.pos = bytes[self.pos..]
                            .iter()
                            .position(|&b| b == b'/' || b == b'*')
                            .map_or(bytes.len(), |i| self.pos + i);
                        if self.at_end() {
                            return Err(Error::Syntax);
                        }
                        if self.eat_str("/*") {
                            level += 1;
                        } else if self.eat_str("*/") {
                            level -= 1;
                        } else {
                            self.pos += 1;
                        }
                    }
                }
                _ => return Err(Error::Syntax),
            }
        }
    }

    /// `ron`'s `comma`: white space, an optional comma, white space. Whether there was one.
    #[inline]
    pub fn comma(&mut self) -> Result<bool> {
        self.skip_ws()?;
        if self.eat(b',') {
            self.skip_ws()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    /// Consume the keyword `word` if it stands here and is not the start of a longer
    /// identifier (`ron`'s `consume_ident`). A non-ASCII character after it is refused, as
    /// it may or may not continue an identifier.
    #[inline]
    pub fn word(&mut self, word: &str) -> Result<bool> {
        if !self.bytes()[self.pos..].starts_with(word.as_bytes()) {
            return Ok(false);
        }
        match self.peek_at(word.len()) {
            Some(b) if b >= 0x80 => Err(Error::Unsupported),
            Some(b) if is_ident_byte(b) => Ok(false),
            _ => {
                self.pos += word.len();
                Ok(true)
            }
        }
    }

    /// A plain ASCII identifier (`ron`'s `identifier` without raw `r#…` identifiers).
    #[inline]
    pub fn identifier(&mut self) -> Result<&'de str> {
        let bytes = self.bytes();
        let start = self.pos;
        match self.peek() {
            Some(b) if b.is_ascii_alphabetic() || b == b'_' => {}
            _ => return Err(Error::Unsupported),
        }
        let rest = &bytes[start..];
        // Byte strings, raw strings and raw identifiers, which `ron` reads or refuses.
        if matches!(rest[0], b'b' | b'r')
            && [&b"b\""[..], b"b'", b"br#", b"br\"", b"r\"", b"r#"]
                .iter()
                .any(|p| rest.starts_with(p))
        {
            return Err(Error::Unsupported);
        }
        let len = rest
            .iter()
            .position(|&b| !is_ident_byte(b))
            .unwrap_or(rest.len());
        // A non-ASCII character may continue the identifier; `.`, `+` and `-` would make
        // `ron` suggest a raw identifier.
        if let Some(&next) = rest.get(len)
            && (next >= 0x80 || matches!(next, b'.' | b'+' | b'-'))
        {
            return Err(Error::Unsupported);
        }
        self.pos += len;
        Ok(&self.src[start..start + len])
    }

    /// A string: `"…"` with escapes, or raw `r"…"`, `r#"…"#`.
    #[inline]
    pub fn string(&mut self) -> Result<Cow<'de, str>> {
        match self.peek() {
            Some(b'"') => {
                self.pos += 1;
                self.escaped_string()
            }
            Some(b'r') => {
                self.pos += 1;
                self.raw_string().map(Cow::Borrowed)
            }
            _ => Err(Error::Syntax),
        }
    }

    fn escaped_string(&mut self) -> Result<Cow<'de, str>> {
        let bytes = self.bytes();
        let start = self.pos;
        let end = Self::find_quote_or_backslash(bytes, start)?;
        if bytes[end] == b'"' {
            self.pos = end + 1;
            return Ok(Cow::Borrowed(&self.src[start..end]));
        }
        let mut owned = String::with_capacity(end - start + 16);
        owned.push_str(&self.src[start..end]);
        self.pos = end;
        loop {
            // At a backslash.
            self.pos += 1;
            if !self.string_continuation() {
                owned.push(self.escape()?);
            }
            let next = Self::find_quote_or_backslash(bytes, self.pos)?;
            owned.push_str(&self.src[self.pos..next]);
            self.pos = next;
            if bytes[next] == b'"' {
                self.pos += 1;
                return Ok(Cow::Owned(owned));
            }
        }
    }

    #[inline]
    fn find_quote_or_backslash(bytes: &[u8], from: usize) -> Result<usize> {
        bytes[from..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\')
            .map(|i| from + i)
            .ok_or(Error::Syntax)
    }

    /// After a backslash: a line break and the white space after it are left out of the
    /// string (`ron`'s `consume_string_continuation`).
    fn string_continuation(&mut self) -> bool {
        let len = if self.bytes()[self.pos..].starts_with(b"\r\n") {
            2
        } else if self.peek() == Some(b'\n') {
            1
        } else {
            return false;
        };
        self.pos += len;
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
        true
    }

    /// The character of an escape, after its backslash (`ron`'s `parse_escape`).
    fn escape(&mut self) -> Result<char> {
        let c = self.peek().ok_or(Error::Syntax)?;
        self.pos += 1;
        Ok(match c {
            b'\'' => '\'',
            b'"' => '"',
            b'\\' => '\\',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'0' => '\0',
            b'x' => {
                let hi = self.peek().and_then(hex).ok_or(Error::Syntax)?;
                let lo = self.peek_at(1).and_then(hex).ok_or(Error::Syntax)?;
                self.pos += 2;
                let b = hi << 4 | lo;
                // Above 0x7F `ron` joins several `\x` escapes into one UTF-8 character.
                if b >= 0x80 {
                    return Err(Error::Unsupported);
                }
                char::from_u32(b).ok_or(Error::Syntax)?
            }
            b'u' => {
                self.expect(b'{')?;
                let mut value = 0_u32;
                let mut digits = 0;
                while digits < 6 {
                    let b = self.peek().ok_or(Error::Syntax)?;
                    if b == b'}' {
                        break;
                    }
                    value = value << 4 | hex(b).ok_or(Error::Syntax)?;
                    self.pos += 1;
                    digits += 1;
                }
                if digits == 0 {
                    return Err(Error::Syntax);
                }
                self.expect(b'}')?;
                char::from_u32(value).ok_or(Error::Syntax)?
            }
            _ => return Err(Error::Syntax),
        })
    }

    /// After the `r` of a raw string: `#`s, a quote, the text, a quote and as many `#`s.
    fn raw_string(&mut self) -> Result<&'de str> {
        let bytes = self.bytes();
        let hashes = bytes[self.pos..].iter().take_while(|&&b| b == b'#').count();
        self.pos += hashes;
        self.expect(b'"')?;
        let start = self.pos;
        let mut at = start;
        loop {
            let quote = bytes[at..]
                .iter()
                .position(|&b| b == b'"')
                .map(|i| at + i)
                .ok_or(Error::Syntax)?;
            let after = &bytes[quote + 1..];
            if after.len() >= hashes && after[..hashes].iter().all(|&b| b == b'#') {
                self.pos = quote + 1 + hashes;
                return Ok(&self.src[start..quote]);
            }
            at = quote + 1;
        }
    }

    /// A char literal: `'x'` or `'\n'`, `'\u{…}'` (`ron`'s `char`).
    pub fn char(&mut self) -> Result<char> {
        self.expect(b'\'')?;
        let c = self.src[self.pos..].chars().next().ok_or(Error::Syntax)?;
        self.pos += c.len_utf8();
        let c = if c == '\\' { self.escape()? } else { c };
        self.expect(b'\'')?;
        Ok(c)
    }

    /// A decimal integer with an optional sign. Other bases, `_`, suffixes (`5u8`) and
    /// byte literals (`b'a'`) are refused.
    #[inline]
    pub fn integer<T: TryFrom<i128>>(&mut self) -> Result<T> {
        let negative = match self.peek() {
            Some(b'+') => {
                self.pos += 1;
                false
            }
            Some(b'-') => {
                self.pos += 1;
                true
            }
            _ => false,
        };
        let bytes = self.bytes();
        let start = self.pos;
        let mut magnitude: u64 = 0;
        while let Some(&b) = bytes.get(self.pos)
            && b.is_ascii_digit()
        {
            magnitude = magnitude
                .checked_mul(10)
                .and_then(|m| m.checked_add(u64::from(b - b'0')))
                .ok_or(Error::Number)?;
            self.pos += 1;
        }
        if self.pos == start {
            return Err(Error::Syntax);
        }
        // A hex digit, `_`, a suffix, `.`, `0x`/`0b`/`0o` or any other identifier character
        // right after the digits: `ron` reads something else or fails.
        if let Some(b) = self.peek()
            && (is_ident_byte(b) || b == b'.' || b >= 0x80)
        {
            return Err(Error::Unsupported);
        }
        let value = if negative {
            -i128::from(magnitude)
        } else {
            i128::from(magnitude)
        };
        T::try_from(value).map_err(|_| Error::Number)
    }

    /// A float as `ron`'s `float` reads it: `inf`, `NaN` with an optional sign, or a run of
    /// `[0-9eE.+-]` that Rust's `from_str` parses. `_`, `..` and `f32`/`f64` suffixes are
    /// refused.
    #[inline]
    pub fn float<T: std::str::FromStr>(&mut self) -> Result<T> {
        for literal in ["inf", "+inf", "-inf", "NaN", "+NaN", "-NaN"] {
            if self.word(literal)? {
                return literal.parse().map_err(|_| Error::Number);
            }
        }
        let bytes = self.bytes();
        let start = self.pos;
        let len = bytes[start..]
            .iter()
            .position(|&b| {
                !(b.is_ascii_digit() || matches!(b, b'e' | b'E' | b'.' | b'+' | b'-' | b'_'))
            })
            .unwrap_or(bytes.len() - start);
        let run = &self.src[start..start + len];
        if len == 0 {
            return Err(Error::Syntax);
        }
        if run.contains(['_']) || run.contains("..") {
            return Err(Error::Unsupported);
        }
        if let Some(&b) = bytes.get(start + len)
            && (is_ident_byte(b) || b >= 0x80)
        {
            return Err(Error::Unsupported);
        }
        let value = run.parse().map_err(|_| Error::Number)?;
        self.pos = start + len;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn string(s: &str) -> Result<String> {
        let mut scan = Scanner::new(s);
        let v = scan.string()?.into_owned();
        assert!(scan.at_end(), "{s}");
        Ok(v)
    }

    #[test]
    fn strings_and_escapes() {
        assert_eq!(string(r#""abc""#), Ok("abc".to_owned()));
        assert_eq!(
            string(r#""a\"b\\c\n\r\t\0\'""#),
            Ok("a\"b\\c\n\r\t\0'".to_owned())
        );
        assert_eq!(string(r#""\u{e5}\u{1F389}\x41""#), Ok("å🎉A".to_owned()));
        assert_eq!(string("\"a\\\n   b\""), Ok("ab".to_owned()));
        assert_eq!(string("\"a\\\r\n\t b\""), Ok("ab".to_owned()));
        assert_eq!(string(r##"r#"a"b"#"##), Ok("a\"b".to_owned()));
        assert_eq!(string(r#"r"a\n""#), Ok("a\\n".to_owned()));
        assert_eq!(string(r#""\u{}""#), Err(Error::Syntax));
        assert_eq!(string(r#""\u{d800}""#), Err(Error::Syntax));
        assert_eq!(string(r#""\u{1234567}""#), Err(Error::Syntax));
        assert_eq!(string(r#""\q""#), Err(Error::Syntax));
        assert_eq!(string(r#""\xC3\xA5""#), Err(Error::Unsupported));
        assert_eq!(string(r#""open"#), Err(Error::Syntax));
    }

    #[test]
    fn numbers() {
        let int = |s: &str| Scanner::new(s).integer::<i32>();
        assert_eq!(int("42"), Ok(42));
        assert_eq!(int("+7"), Ok(7));
        assert_eq!(int("-2147483648"), Ok(i32::MIN));
        assert_eq!(int("2147483648"), Err(Error::Number));
        assert_eq!(int("0x10"), Err(Error::Unsupported));
        assert_eq!(int("1_000"), Err(Error::Unsupported));
        assert_eq!(int("5i32"), Err(Error::Unsupported));
        assert_eq!(Scanner::new("-0").integer::<u8>(), Ok(0));
        assert_eq!(Scanner::new("-1").integer::<u8>(), Err(Error::Number));
        let float = |s: &str| Scanner::new(s).float::<f64>();
        assert_eq!(float("1.5"), Ok(1.5));
        assert_eq!(float("-2e3"), Ok(-2000.0));
        assert_eq!(float(".5"), Ok(0.5));
        assert_eq!(float("-inf"), Ok(f64::NEG_INFINITY));
        assert!(float("NaN").is_ok_and(f64::is_nan));
        assert_eq!(float("1.0f64"), Err(Error::Unsupported));
        assert_eq!(float("1..2"), Err(Error::Unsupported));
        assert_eq!(float("1e"), Err(Error::Number));
    }

    #[test]
    fn comments_nest() {
        let mut scan = Scanner::new("  // line\n /* a /* b */ c */ x");
        assert_eq!(scan.skip_ws(), Ok(()));
        assert_eq!(scan.peek(), Some(b'x'));
        assert_eq!(Scanner::new("/* open").skip_ws(), Err(Error::Syntax));
        assert_eq!(Scanner::new("/x").skip_ws(), Err(Error::Syntax));
    }

    #[test]
    fn identifiers() {
        assert_eq!(Scanner::new("name: 1").identifier(), Ok("name"));
        assert_eq!(Scanner::new("r#type").identifier(), Err(Error::Unsupported));
        assert_eq!(Scanner::new("a-b").identifier(), Err(Error::Unsupported));
        assert_eq!(Scanner::new("åb").identifier(), Err(Error::Unsupported));
        assert_eq!(Scanner::new("Someå").word("Some"), Err(Error::Unsupported));
        assert_eq!(Scanner::new("Somewhere").word("Some"), Ok(false));
    }
}
