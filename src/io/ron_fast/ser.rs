//! The fast writer as a `serde::Serializer`: the bytes of `ron` 0.12's pretty serializer
//! (`ser/mod.rs`) with the configuration of [`crate::io::format::to_string`] — new line
//! `\n`, four spaces of indentation, separator ` `, no struct names, tuples on one line, no
//! array enumeration, arrays and structs one item a line, no extensions, escaped strings.
//!
//! What it does not reproduce it refuses with [`Error::Unsupported`] (maps, bytes, a
//! sequence of unknown length, a length hint that is not the number of items, identifiers
//! `ron` would write as `r#…`), and the caller then writes with `ron`. `ron`'s recursion
//! limit is counted the same way, so a value `ron` refuses to write is refused here too.

use super::error::{Error, Result};
use super::write::{write_escaped, write_float, write_i64, write_u64};
use serde::ser::{self, Serialize};
use std::fmt::Write as _;

/// `ron::Options::default().recursion_limit`, which `ron::ser::to_string_pretty` uses.
const RON_DEFAULT_RECURSION_LIMIT: usize = 128;

const INDENT: &str = "    ";
/// Indentation up to 16 levels in one piece.
const SPACES: &str = "                                                                ";

pub(super) struct Serializer {
    pub(super) out: String,
    indent: usize,
    /// Levels left before `ron`'s recursion limit.
    depth_left: usize,
    /// Reused for `collect_str` (dates and times).
    scratch: String,
}

impl Serializer {
    pub fn new(capacity: usize) -> Self {
        Self {
            out: String::with_capacity(capacity),
            indent: 0,
            depth_left: RON_DEFAULT_RECURSION_LIMIT,
            scratch: String::new(),
        }
    }

    /// One level down, as `ron`'s `guard_recursion!` enters one.
    #[inline]
    fn enter(&mut self) -> Result<()> {
        self.depth_left = self.depth_left.checked_sub(1).ok_or(Error::TooDeep)?;
        Ok(())
    }

    #[inline]
    fn leave(&mut self) {
        self.depth_left = self.depth_left.saturating_add(1);
    }

    #[inline]
    fn write_indent(&mut self) {
        match SPACES.get(..self.indent * INDENT.len()) {
            Some(spaces) => self.out.push_str(spaces),
            None => {
                for _ in 0..self.indent {
                    self.out.push_str(INDENT);
                }
            }
        }
    }

    /// A field or variant name as `ron`'s `write_identifier` writes it, when that is the
    /// name itself; names `ron` writes as raw identifiers are refused.
    #[inline]
    fn write_identifier(&mut self, name: &str) -> Result<()> {
        if !is_plain_identifier(name) {
            return Err(Error::Unsupported);
        }
        self.out.push_str(name);
        Ok(())
    }

    /// Open a struct-like or seq block: `open`, and a new line unless it stays empty.
    fn open_block(&mut self, open: char, len: usize) -> Block<'_> {
        self.out.push(open);
        self.indent += 1;
        if len > 0 {
            self.out.push('\n');
        }
        Block {
            ser: self,
            empty: len == 0,
            first: true,
        }
    }
}

/// `ron`'s `write_identifier` writes the name as it is: a plain ASCII identifier that is
/// not one of RON's words. (`validate_identifier` accepts it too.)
fn is_plain_identifier(name: &str) -> bool {
    let bytes = name.as_bytes();
    let Some(&first) = bytes.first() else {
        return false;
    };
    (first.is_ascii_alphabetic() || first == b'_')
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'_')
        && !(bytes.len() <= 6
            && matches!(first, b't' | b'f' | b'S' | b'N' | b'i')
            && matches!(
                name,
                "true"
                    | "false"
                    | "Some"
                    | "None"
                    | "inf"
                    | "inff32"
                    | "inff64"
                    | "NaN"
                    | "NaNf32"
                    | "NaNf64"
            ))
}

/// `ron`'s `validate_identifier` for type names, which are checked but not written: plain
/// ASCII names pass; anything else is left to `ron`.
fn check_type_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'+' | b'-'));
    if ok { Ok(()) } else { Err(Error::Unsupported) }
}

impl<'a> ser::Serializer for &'a mut Serializer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Block<'a>;
    type SerializeTuple = Tuple<'a>;
    type SerializeTupleStruct = Tuple<'a>;
    type SerializeTupleVariant = Tuple<'a>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = Block<'a>;
    type SerializeStructVariant = Block<'a>;

    fn serialize_bool(self, v: bool) -> Result<()> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result<()> {
        write_i64(&mut self.out, i64::from(v));
        Ok(())
    }

    fn serialize_i16(self, v: i16) -> Result<()> {
        write_i64(&mut self.out, i64::from(v));
        Ok(())
    }

    fn serialize_i32(self, v: i32) -> Result<()> {
        write_i64(&mut self.out, i64::from(v));
        Ok(())
    }

    fn serialize_i64(self, v: i64) -> Result<()> {
        write_i64(&mut self.out, v);
        Ok(())
    }

    fn serialize_u8(self, v: u8) -> Result<()> {
        write_u64(&mut self.out, u64::from(v));
        Ok(())
    }

    fn serialize_u16(self, v: u16) -> Result<()> {
        write_u64(&mut self.out, u64::from(v));
        Ok(())
    }

    fn serialize_u32(self, v: u32) -> Result<()> {
        write_u64(&mut self.out, u64::from(v));
        Ok(())
    }

    fn serialize_u64(self, v: u64) -> Result<()> {
        write_u64(&mut self.out, v);
        Ok(())
    }

    fn serialize_f32(self, v: f32) -> Result<()> {
        write_float(&mut self.out, v, v.is_nan() && v.is_sign_negative())
    }

    fn serialize_f64(self, v: f64) -> Result<()> {
        write_float(&mut self.out, v, v.is_nan() && v.is_sign_negative())
    }

    fn serialize_char(self, v: char) -> Result<()> {
        self.out.push('\'');
        if v == '\\' || v == '\'' {
            self.out.push('\\');
        }
        self.out.push(v);
        self.out.push('\'');
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<()> {
        write_escaped(&mut self.out, v);
        Ok(())
    }

    fn collect_str<T: ?Sized + std::fmt::Display>(self, value: &T) -> Result<()> {
        // The default (`serialize_str(&value.to_string())`) without an allocation each time.
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.clear();
        write!(scratch, "{value}")?;
        write_escaped(&mut self.out, &scratch);
        self.scratch = scratch;
        Ok(())
    }

    fn serialize_bytes(self, _v: &[u8]) -> Result<()> {
        Err(Error::Unsupported)
    }

    fn serialize_none(self) -> Result<()> {
        self.out.push_str("None");
        Ok(())
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<()> {
        self.out.push_str("Some(");
        self.enter()?;
        value.serialize(&mut *self)?;
        self.leave();
        self.out.push(')');
        Ok(())
    }

    fn serialize_unit(self) -> Result<()> {
        self.out.push_str("()");
        Ok(())
    }

    fn serialize_unit_struct(self, name: &'static str) -> Result<()> {
        check_type_name(name)?;
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<()> {
        check_type_name(name)?;
        self.write_identifier(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<()> {
        // `ron::value::RawValue` is written as its text.
        check_type_name(name)?;
        self.out.push('(');
        self.enter()?;
        value.serialize(&mut *self)?;
        self.leave();
        self.out.push(')');
        Ok(())
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<()> {
        check_type_name(name)?;
        self.write_identifier(variant)?;
        self.out.push('(');
        self.enter()?;
        value.serialize(&mut *self)?;
        self.leave();
        self.out.push(')');
        Ok(())
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Block<'a>> {
        // Without a length `ron` decides the layout from state left by earlier values.
        let len = len.ok_or(Error::Unsupported)?;
        Ok(self.open_block('[', len))
    }

    fn serialize_tuple(self, _len: usize) -> Result<Tuple<'a>> {
        self.out.push('(');
        Ok(Tuple {
            ser: self,
            first: true,
        })
    }

    fn serialize_tuple_struct(self, name: &'static str, len: usize) -> Result<Tuple<'a>> {
        check_type_name(name)?;
        self.serialize_tuple(len)
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Tuple<'a>> {
        check_type_name(name)?;
        self.write_identifier(variant)?;
        self.serialize_tuple(len)
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Err(Error::Unsupported)
    }

    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Block<'a>> {
        // `ron` writes ranges as structs too unless `compact_ranges` is set, which it is not.
        check_type_name(name)?;
        Ok(self.open_block('(', len))
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Block<'a>> {
        check_type_name(name)?;
        self.write_identifier(variant)?;
        Ok(self.open_block('(', len))
    }
}

/// A seq or struct being written, one item a line. `empty` is what the length hint said;
/// `ron` lays the block out by the hint, so a hint that is wrong is refused.
pub(super) struct Block<'a> {
    ser: &'a mut Serializer,
    empty: bool,
    first: bool,
}

impl Block<'_> {
    #[inline]
    fn item_start(&mut self) -> Result<()> {
        if self.empty {
            return Err(Error::Unsupported);
        }
        if self.first {
            self.first = false;
        } else {
            self.ser.out.push_str(",\n");
        }
        self.ser.write_indent();
        Ok(())
    }

    #[inline]
    fn item<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.ser.enter()?;
        value.serialize(&mut *self.ser)?;
        self.ser.leave();
        Ok(())
    }

    fn close(self, close: char) -> Result<()> {
        if !self.empty {
            if self.first {
                return Err(Error::Unsupported);
            }
            self.ser.out.push_str(",\n");
        }
        self.ser.indent -= 1;
        if !self.empty {
            self.ser.write_indent();
        }
        self.ser.out.push(close);
        Ok(())
    }
}

/// `ron`'s `Compound` gives back one level of the recursion limit when it is dropped.
impl Drop for Block<'_> {
    fn drop(&mut self) {
        self.ser.leave();
    }
}

impl ser::SerializeSeq for Block<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.item_start()?;
        self.item(value)
    }

    fn end(self) -> Result<()> {
        self.close(']')
    }
}

impl ser::SerializeStruct for Block<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        self.item_start()?;
        self.ser.write_identifier(key)?;
        self.ser.out.push_str(": ");
        self.item(value)
    }

    fn end(self) -> Result<()> {
        self.close(')')
    }
}

impl ser::SerializeStructVariant for Block<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }

    fn end(self) -> Result<()> {
        self.close(')')
    }
}

/// A tuple, tuple struct or tuple variant, on one line: `(a, b)`.
pub(super) struct Tuple<'a> {
    ser: &'a mut Serializer,
    first: bool,
}

impl Drop for Tuple<'_> {
    fn drop(&mut self) {
        self.ser.leave();
    }
}

impl Tuple<'_> {
    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        if self.first {
            self.first = false;
        } else {
            self.ser.out.push_str(", ");
        }
        self.ser.enter()?;
        value.serialize(&mut *self.ser)?;
        self.ser.leave();
        Ok(())
    }

    fn close(self) {
        self.ser.out.push(')');
    }
}

impl ser::SerializeTuple for Tuple<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }

    fn end(self) -> Result<()> {
        self.close();
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Tuple<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }

    fn end(self) -> Result<()> {
        self.close();
        Ok(())
    }
}

impl ser::SerializeTupleVariant for Tuple<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.element(value)
    }

    fn end(self) -> Result<()> {
        self.close();
        Ok(())
    }
}
