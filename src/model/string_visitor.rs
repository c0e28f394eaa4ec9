//! Every string of a document visited in place, with the path to it, by serialising the
//! document into nothing: a serde serializer that only remembers where it is and hands each
//! string to a callback. No copy of the document is made, so searching a large document for
//! a name costs one walk.

use super::strings::Seg;
use serde::ser::{self, Serialize};
use std::fmt;

/// Call `f` with every string in `value` (as its serde form has them) and the path to it.
pub fn visit_strings<T: Serialize + ?Sized>(value: &T, f: &mut dyn FnMut(&[Seg<'_>], &str)) {
    let mut v = Visitor {
        path: Vec::new(),
        f,
    };
    // Visiting cannot fail: every method returns Ok.
    let _ = value.serialize(&mut v);
}

struct Visitor<'f> {
    path: Vec<Seg<'static>>,
    f: &'f mut dyn FnMut(&[Seg<'_>], &str),
}

/// Never made: the visitor does not fail.
#[derive(Debug)]
pub struct Never;

impl fmt::Display for Never {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("never")
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Never
    }
}

type R = Result<(), Never>;

impl Visitor<'_> {
    fn nested<T: Serialize + ?Sized>(&mut self, seg: Seg<'static>, value: &T) -> R {
        self.path.push(seg);
        let r = value.serialize(&mut *self);
        self.path.pop();
        r
    }
}

/// A list, tuple or map: counts its elements for the path.
struct Seq<'a, 'f> {
    v: &'a mut Visitor<'f>,
    index: usize,
    /// A variant's name, pushed before the elements and popped at the end.
    variant: bool,
}

impl Seq<'_, '_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        let i = self.index;
        self.index += 1;
        self.v.nested(Seg::Index(i), value)
    }

    fn finish(self) {
        if self.variant {
            self.v.path.pop();
        }
    }
}

impl<'a, 'f> ser::Serializer for &'a mut Visitor<'f> {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Seq<'a, 'f>;
    type SerializeTuple = Seq<'a, 'f>;
    type SerializeTupleStruct = Seq<'a, 'f>;
    type SerializeTupleVariant = Seq<'a, 'f>;
    type SerializeMap = Seq<'a, 'f>;
    type SerializeStruct = Seq<'a, 'f>;
    type SerializeStructVariant = Seq<'a, 'f>;

    fn serialize_bool(self, _: bool) -> R {
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> R {
        Ok(())
    }
    fn serialize_i16(self, _: i16) -> R {
        Ok(())
    }
    fn serialize_i32(self, _: i32) -> R {
        Ok(())
    }
    fn serialize_i64(self, _: i64) -> R {
        Ok(())
    }
    fn serialize_u8(self, _: u8) -> R {
        Ok(())
    }
    fn serialize_u16(self, _: u16) -> R {
        Ok(())
    }
    fn serialize_u32(self, _: u32) -> R {
        Ok(())
    }
    fn serialize_u64(self, _: u64) -> R {
        Ok(())
    }
    fn serialize_f32(self, _: f32) -> R {
        Ok(())
    }
    fn serialize_f64(self, _: f64) -> R {
        Ok(())
    }
    fn serialize_char(self, _: char) -> R {
        Ok(())
    }
    fn serialize_str(self, s: &str) -> R {
        (self.f)(&self.path, s);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> R {
        Ok(())
    }
    fn serialize_none(self) -> R {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> R {
        value.serialize(self)
    }
    fn serialize_unit(self) -> R {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> R {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> R {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> R {
        self.nested(Seg::Key(variant), value)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Never> {
        Ok(Seq {
            v: self,
            index: 0,
            variant: false,
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Never> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Never> {
        self.serialize_seq(None)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Never> {
        self.path.push(Seg::Key(variant));
        Ok(Seq {
            v: self,
            index: 0,
            variant: true,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Never> {
        self.serialize_seq(None)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Never> {
        self.serialize_seq(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Never> {
        self.path.push(Seg::Key(variant));
        Ok(Seq {
            v: self,
            index: 0,
            variant: true,
        })
    }
}

/// The serde traits for lists, tuples and tuple structs and variants: each element one
/// step further along the path.
macro_rules! elements {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Seq<'_, '_> {
            type Ok = ();
            type Error = Never;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
                self.element(value)
            }
            fn end(self) -> R {
                self.finish();
                Ok(())
            }
        }
    )*};
}

elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Seq<'_, '_> {
    type Ok = ();
    type Error = Never;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> R {
        key.serialize(&mut *self.v)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> R {
        self.element(value)
    }
    fn end(self) -> R {
        self.finish();
        Ok(())
    }
}

/// Structs and struct variants: each field a named step along the path.
macro_rules! fields {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Seq<'_, '_> {
            type Ok = ();
            type Error = Never;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> R {
                self.v.nested(Seg::Key(key), value)
            }
            fn end(self) -> R {
                self.finish();
                Ok(())
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::strings::{each_string, to_tree};

    /// The visitor sees the same strings at the same paths as the tree of values.
    #[test]
    fn the_visitor_and_the_tree_agree_on_the_sample() {
        let doc = crate::sample::sample_document().expect("sample");
        let mut from_visitor: Vec<(String, String)> = Vec::new();
        visit_strings(&doc, &mut |path, s| {
            from_visitor.push((format!("{path:?}"), s.to_owned()));
        });
        let tree = to_tree(&doc).expect("tree");
        let mut from_tree: Vec<(String, String)> = Vec::new();
        each_string(&tree, &mut |path, s| {
            from_tree.push((format!("{path:?}"), s.to_owned()));
        });
        // serde_json orders an object's keys; compare as sets. The tree also holds the
        // names of enums' unit variants ("Municipality") as strings: those are not text.
        from_visitor.sort();
        from_tree.sort();
        let extra: Vec<&(String, String)> = from_tree
            .iter()
            .filter(|x| from_visitor.binary_search(x).is_err())
            .collect();
        assert!(
            extra
                .iter()
                .all(|(_, s)| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphabetic())),
            "{extra:?}"
        );
        assert!(
            from_visitor
                .iter()
                .all(|x| from_tree.binary_search(x).is_ok())
        );
    }
}
