//! The fast reader as a `serde::Deserializer`: the same calls into the visitor, in the same
//! order and with the same values, as `ron` 0.12's `Deserializer` (`de/mod.rs`) makes for
//! the typed model, for the RON that people write without extensions.
//!
//! It mirrors `ron` step by step: where `ron` skips white space, this does; where `ron`
//! counts a level against the recursion limit (`guard_recursion!`), this does. What the
//! model never asks for (`deserialize_any`, maps, bytes) and what `ron` reads with its
//! extensions or special cases (struct names, ranges, raw values) is refused, so that
//! whatever this accepts, `ron` accepts with the same value.

use super::error::{Error, Result};
use super::scan::Scanner;
use serde::de::{self, DeserializeSeed, Visitor};
use std::borrow::Cow;

pub(super) struct Deserializer<'de> {
    pub(super) scan: Scanner<'de>,
    /// Levels left before the recursion limit (`ron`'s `recursion_limit`).
    depth_left: usize,
}

impl<'de> Deserializer<'de> {
    pub fn new(src: &'de str, recursion_limit: usize) -> Self {
        Self {
            scan: Scanner::new(src),
            depth_left: recursion_limit,
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
        self.depth_left += 1;
    }

    /// `( fields )` after an absent struct name (`ron`'s `handle_struct_after_name`).
    fn struct_body<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        self.scan.expect(b'(')?;
        self.enter()?;
        let value = visitor.visit_map(CommaSeparated::new(self, b')'))?;
        self.leave();
        self.scan.skip_ws()?;
        self.scan.expect(b')')?;
        Ok(value)
    }

    /// A struct, tuple struct or newtype struct written with its name is not read here;
    /// the text must go on with the opening parenthesis.
    fn no_struct_name(&self) -> Result<()> {
        if self.scan.peek() == Some(b'(') {
            Ok(())
        } else {
            Err(Error::Unsupported)
        }
    }
}

impl<'de> de::Deserializer<'de> for &mut Deserializer<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        // Self-describing reading (untagged enums, `serde_json::Value`, ignored fields) is
        // `ron`'s business: its guesses are not repeated here.
        Err(Error::Unsupported)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.scan.word("true")? {
            visitor.visit_bool(true)
        } else if self.scan.word("false")? {
            visitor.visit_bool(false)
        } else {
            Err(Error::Syntax)
        }
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_i8(self.scan.integer()?)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_i16(self.scan.integer()?)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_i32(self.scan.integer()?)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_i64(self.scan.integer()?)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_u8(self.scan.integer()?)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_u16(self.scan.integer()?)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_u32(self.scan.integer()?)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_u64(self.scan.integer()?)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f32(self.scan.float()?)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f64(self.scan.float()?)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_char(self.scan.char()?)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.scan.string()? {
            Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
            Cow::Owned(s) => visitor.visit_string(s),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        Err(Error::Unsupported)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        Err(Error::Unsupported)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.scan.word("None")? {
            visitor.visit_none()
        } else if self.scan.word("Some")? {
            self.scan.skip_ws()?;
            self.scan.expect(b'(')?;
            self.scan.skip_ws()?;
            self.enter()?;
            let value = visitor.visit_some(&mut *self)?;
            self.leave();
            self.scan.comma()?;
            self.scan.expect(b')')?;
            Ok(value)
        } else {
            Err(Error::Syntax)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.scan.eat_str("()") {
            visitor.visit_unit()
        } else {
            Err(Error::Syntax)
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        if name == "RangeFull" {
            return Err(Error::Unsupported);
        }
        self.no_struct_name()?;
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        // `ron::value::RawValue` and friends.
        if name.starts_with('$') {
            return Err(Error::Unsupported);
        }
        self.no_struct_name()?;
        self.scan.expect(b'(')?;
        self.scan.skip_ws()?;
        self.enter()?;
        let value = visitor.visit_newtype_struct(&mut *self)?;
        self.leave();
        self.scan.comma()?;
        self.scan.expect(b')')?;
        Ok(value)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.scan.expect(b'[')?;
        self.enter()?;
        let value = visitor.visit_seq(CommaSeparated::new(self, b']'))?;
        self.leave();
        self.scan.skip_ws()?;
        self.scan.expect(b']')?;
        Ok(value)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.scan.expect(b'(')?;
        self.enter()?;
        let value = visitor.visit_seq(CommaSeparated::new(self, b')'))?;
        self.leave();
        self.scan.skip_ws()?;
        self.scan.expect(b')')?;
        Ok(value)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.no_struct_name()?;
        self.deserialize_tuple(len, visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        // The model has no maps, and `ron` reads flattened structs as maps specially.
        Err(Error::Unsupported)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        // `ron` reads these from `1..5` as well.
        if matches!(
            name,
            "Range" | "RangeInclusive" | "RangeFrom" | "RangeTo" | "RangeToInclusive"
        ) {
            return Err(Error::Unsupported);
        }
        self.no_struct_name()?;
        self.struct_body(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.enter()?;
        let value = visitor.visit_enum(Enum { de: &mut *self })?;
        self.leave();
        Ok(value)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.scan.identifier()?)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        Err(Error::Unsupported)
    }
}

/// The elements of a seq or tuple, or the fields of a struct, up to `terminator`
/// (`ron`'s `CommaSeparated`): a comma after each, optional after the last.
struct CommaSeparated<'a, 'de> {
    de: &'a mut Deserializer<'de>,
    terminator: u8,
    had_comma: bool,
}

impl<'a, 'de> CommaSeparated<'a, 'de> {
    fn new(de: &'a mut Deserializer<'de>, terminator: u8) -> Self {
        Self {
            de,
            terminator,
            had_comma: true,
        }
    }

    #[inline]
    fn has_element(&mut self) -> Result<bool> {
        self.de.scan.skip_ws()?;
        let at_end = self.de.scan.peek() == Some(self.terminator);
        match (self.had_comma, at_end) {
            (true, at_end) => Ok(!at_end),
            (false, true) => Ok(false),
            (false, false) => Err(Error::Syntax),
        }
    }
}

impl<'de> de::SeqAccess<'de> for CommaSeparated<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if !self.has_element()? {
            return Ok(None);
        }
        self.de.enter()?;
        let value = seed.deserialize(&mut *self.de)?;
        self.de.leave();
        self.had_comma = self.de.scan.comma()?;
        Ok(Some(value))
    }
}

impl<'de> de::MapAccess<'de> for CommaSeparated<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if !self.has_element()? {
            return Ok(None);
        }
        self.de.enter()?;
        let key = seed.deserialize(FieldName { de: &mut *self.de })?;
        self.de.leave();
        Ok(Some(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        self.de.scan.skip_ws()?;
        self.de.scan.expect(b':')?;
        self.de.scan.skip_ws()?;
        self.de.enter()?;
        let value = seed.deserialize(&mut *self.de)?;
        self.de.leave();
        self.had_comma = self.de.scan.comma()?;
        Ok(value)
    }
}

/// A field name of a struct: an identifier, never a string (`ron`'s `id::Deserializer`).
struct FieldName<'a, 'de> {
    de: &'a mut Deserializer<'de>,
}

impl<'de> de::Deserializer<'de> for FieldName<'_, 'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
        Err(Error::Unsupported)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.de.scan.identifier()?)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_identifier(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_identifier(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum ignored_any
    }
}

/// An enum value: the variant's identifier, then what the variant holds.
struct Enum<'a, 'de> {
    de: &'a mut Deserializer<'de>,
}

impl<'de> de::EnumAccess<'de> for Enum<'_, 'de> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        self.de.scan.skip_ws()?;
        self.de.enter()?;
        let variant = seed.deserialize(&mut *self.de)?;
        self.de.leave();
        Ok((variant, self))
    }
}

impl<'de> de::VariantAccess<'de> for Enum<'_, 'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<()> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        self.de.scan.skip_ws()?;
        self.de.scan.expect(b'(')?;
        self.de.scan.skip_ws()?;
        self.de.enter()?;
        let value = seed.deserialize(&mut *self.de)?;
        self.de.leave();
        self.de.scan.comma()?;
        self.de.scan.expect(b')')?;
        Ok(value)
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value> {
        self.de.scan.skip_ws()?;
        de::Deserializer::deserialize_tuple(&mut *self.de, len, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.de.scan.skip_ws()?;
        self.de.struct_body(visitor)
    }
}
