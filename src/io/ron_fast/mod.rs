//! A fast reader and writer for the RON that Samverkan writes and that people commonly
//! edit by hand, several times faster than the `ron` crate.
//!
//! Both are held to one rule: they give what `ron` gives, or give up. The reader returns a
//! value only where `ron` would return the same value; on anything else it returns an
//! error, and [`crate::io::format`] then reads the text with `ron`, which reports the
//! error with line, column and field path as before. The writer gives the bytes of
//! `ron::ser::to_string_pretty` with the configuration of [`crate::io::format::to_string`],
//! or an error on what it does not reproduce, and the format then writes with `ron`.
//!
//! - `scan`: the tokens (white space, comments, identifiers, strings, numbers).
//! - `de`: the `serde::Deserializer` on top of them.
//! - `write`: the scalars of the writer (escaped strings, integers, floats).
//! - `ser`: the `serde::Serializer`, the pretty layout.

mod de;
mod error;
mod scan;
mod ser;
mod write;

pub use error::{Error, Rejected};

/// Read `text` as a `T` like `ron` with `recursion_limit`, or refuse. A document that
/// starts with attributes (`#![enable(…)]`) is refused: `ron` deals with those.
pub fn from_str<'a, T: serde::Deserialize<'a>>(
    text: &'a str,
    recursion_limit: usize,
) -> Result<T, Rejected> {
    let mut de = de::Deserializer::new(text, recursion_limit);
    let rejected = |de: &de::Deserializer<'_>, error| Rejected {
        error,
        at: de.scan.pos(),
    };
    if let Err(e) = de.scan.skip_ws() {
        return Err(rejected(&de, e));
    }
    if de.scan.peek() == Some(b'#') {
        return Err(rejected(&de, Error::Unsupported));
    }
    let value = match T::deserialize(&mut de) {
        Ok(value) => value,
        Err(e) => return Err(rejected(&de, e)),
    };
    if let Err(e) = de.scan.skip_ws() {
        return Err(rejected(&de, e));
    }
    if !de.scan.at_end() {
        return Err(rejected(&de, Error::Trailing));
    }
    Ok(value)
}

/// Write `value` as `ron::ser::to_string_pretty` does with the format's configuration
/// (without the final newline the format adds), or refuse.
pub fn to_string<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    to_string_with_capacity(value, 1 << 16)
}

/// [`to_string`] into a buffer that starts with `capacity` bytes.
pub fn to_string_with_capacity<T: serde::Serialize + ?Sized>(
    value: &T,
    capacity: usize,
) -> Result<String, Error> {
    let mut ser = ser::Serializer::new(capacity);
    value.serialize(&mut ser)?;
    Ok(ser.out)
}
