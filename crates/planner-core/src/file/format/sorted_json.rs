//! JSON text with the keys of every object in sorted order, written straight from `Serialize`.
//!
//! Files and stored copies keep their keys sorted, so that they are byte-stable and diff well
//! whatever order the records declare their fields in. Going through `serde_json::Value` sorts
//! them too, but builds a tree of the whole plan first (a node, a key and a map entry per
//! field): about five times the time of writing the text directly. Here each object's fields
//! are written as they come into a scratch buffer, then copied into place in key order; lists
//! stream straight through. The output is byte for byte what `serde_json::to_string(_pretty)`
//! gives for the same value's `Value` (tests compare the two on large plans).
//!
//! Pretty and compact are one runtime flag, not two types, so that the records' serialisation
//! code exists once in the bundle.

use std::borrow::Cow;
use std::ops::Range;

use serde::ser::{self, Error as _, Serialize};

type Error = serde_json::Error;

/// Writes `value` as JSON with sorted keys: indented by two spaces when `pretty`, else compact.
pub fn to_string<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Result<String, Error> {
    let mut buf = Vec::with_capacity(4096);
    value.serialize(Writer {
        buf: &mut buf,
        pretty,
        depth: 0,
    })?;
    // Every byte came from serde_json's writers or from `&str`s: valid UTF-8.
    String::from_utf8(buf).map_err(Error::custom)
}

/// Writes one value at `depth` (objects and lists inside it are indented one more).
struct Writer<'a> {
    buf: &'a mut Vec<u8>,
    pretty: bool,
    depth: usize,
}

impl Writer<'_> {
    /// Scalars are written by serde_json itself: the same number and string formatting, and
    /// the same escapes, as every other JSON this app writes.
    fn scalar<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        serde_json::to_writer(&mut *self.buf, value)
    }

    fn child(&mut self) -> Writer<'_> {
        Writer {
            buf: self.buf,
            pretty: self.pretty,
            depth: self.depth + 1,
        }
    }
}

fn indent(buf: &mut Vec<u8>, depth: usize) {
    for _ in 0..depth {
        buf.extend_from_slice(b"  ");
    }
}

/// Starts the next item of an object or list: the separator, then the indentation.
fn item(buf: &mut Vec<u8>, first: bool, pretty: bool, depth: usize) {
    if !first {
        buf.push(b',');
    }
    if pretty {
        buf.push(b'\n');
        indent(buf, depth + 1);
    }
}

/// Closes an object or list opened at `depth`.
fn close(buf: &mut Vec<u8>, empty: bool, pretty: bool, depth: usize, bracket: u8) {
    if pretty && !empty {
        buf.push(b'\n');
        indent(buf, depth);
    }
    buf.push(bracket);
}

fn key(buf: &mut Vec<u8>, key: &str, pretty: bool) -> Result<(), Error> {
    serde_json::to_writer(&mut *buf, key)?;
    buf.extend_from_slice(if pretty { b": " } else { b":" });
    Ok(())
}

/// A list: items go straight to the output, in their order.
struct List<'a> {
    writer: Writer<'a>,
    first: bool,
    /// A variant name when this list is the value of `{"Variant": [...]}`.
    variant: bool,
}

impl List<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let (pretty, depth) = (self.writer.pretty, self.writer.depth);
        item(self.writer.buf, self.first, pretty, depth);
        self.first = false;
        value.serialize(self.writer.child())
    }

    fn finish(self) -> Result<(), Error> {
        let Writer { buf, pretty, depth } = self.writer;
        close(buf, self.first, pretty, depth, b']');
        if self.variant {
            close(buf, false, pretty, depth - 1, b'}');
        }
        Ok(())
    }
}

/// An object: each value is written to `scratch` as it comes, then all are copied to the
/// output in key order.
struct Object<'a> {
    writer: Writer<'a>,
    scratch: Vec<u8>,
    entries: Vec<(Cow<'static, str>, Range<usize>)>,
    /// The key of a map entry whose value has not come yet.
    pending: Option<String>,
    /// Whether this object is the value of `{"Variant": {...}}`.
    variant: bool,
}

impl<'a> Object<'a> {
    fn new(writer: Writer<'a>, len: usize, variant: bool) -> Self {
        Object {
            writer,
            scratch: Vec::new(),
            entries: Vec::with_capacity(len),
            pending: None,
            variant,
        }
    }

    fn value<T: Serialize + ?Sized>(
        &mut self,
        name: Cow<'static, str>,
        value: &T,
    ) -> Result<(), Error> {
        let start = self.scratch.len();
        value.serialize(Writer {
            buf: &mut self.scratch,
            pretty: self.writer.pretty,
            depth: self.writer.depth + 1,
        })?;
        self.entries.push((name, start..self.scratch.len()));
        Ok(())
    }

    fn finish(mut self) -> Result<(), Error> {
        // Keys are unique (struct fields, map keys), so an unstable sort gives one order.
        self.entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let Writer { buf, pretty, depth } = self.writer;
        buf.push(b'{');
        for (i, (name, range)) in self.entries.iter().enumerate() {
            item(buf, i == 0, pretty, depth);
            key(buf, name, pretty)?;
            buf.extend_from_slice(&self.scratch[range.clone()]);
        }
        close(buf, self.entries.is_empty(), pretty, depth, b'}');
        if self.variant {
            close(buf, false, pretty, depth - 1, b'}');
        }
        Ok(())
    }
}

/// Opens `{"variant": ` and gives the writer of its value.
fn open_variant<'a>(writer: Writer<'a>, variant: &str) -> Result<Writer<'a>, Error> {
    let Writer { buf, pretty, depth } = writer;
    buf.push(b'{');
    item(buf, true, pretty, depth);
    key(buf, variant, pretty)?;
    Ok(Writer {
        buf,
        pretty,
        depth: depth + 1,
    })
}

impl<'a> ser::Serializer for Writer<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = List<'a>;
    type SerializeTuple = List<'a>;
    type SerializeTupleStruct = List<'a>;
    type SerializeTupleVariant = List<'a>;
    type SerializeMap = Object<'a>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = Object<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.scalar(&v)
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.scalar(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut list = self.serialize_seq(Some(v.len()))?;
        for byte in v {
            ser::SerializeSeq::serialize_element(&mut list, byte)?;
        }
        list.finish()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.scalar(&())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.scalar(&())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.scalar(&())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.scalar(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let Writer { buf, pretty, depth } = open_variant(self, variant)?;
        value.serialize(Writer {
            buf: &mut *buf,
            pretty,
            depth,
        })?;
        close(buf, false, pretty, depth - 1, b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<List<'a>, Error> {
        self.buf.push(b'[');
        Ok(List {
            writer: self,
            first: true,
            variant: false,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<List<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<List<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<List<'a>, Error> {
        let inner = open_variant(self, variant)?;
        inner.buf.push(b'[');
        Ok(List {
            writer: inner,
            first: true,
            variant: true,
        })
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Object<'a>, Error> {
        Ok(Object::new(self, len.unwrap_or(0), false))
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Object<'a>, Error> {
        Ok(Object::new(self, len, false))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Object<'a>, Error> {
        let inner = open_variant(self, variant)?;
        Ok(Object::new(inner, len, true))
    }
}

impl ser::SerializeSeq for List<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTuple for List<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for List<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for List<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeMap for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        // JSON keys are strings; serde_json's `Value` turns number keys into strings too.
        let text = match serde_json::to_value(key)? {
            serde_json::Value::String(s) => s,
            serde_json::Value::Number(n) => n.to_string(),
            _ => return Err(Error::custom("key must be a string")),
        };
        self.pending = Some(text);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let name = self
            .pending
            .take()
            .ok_or_else(|| Error::custom("a map value without its key"))?;
        self.value(Cow::Owned(name), value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStruct for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.value(Cow::Borrowed(key), value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.value(Cow::Borrowed(key), value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, HashMap};

    use serde::Serialize;

    use super::to_string;

    /// What serialising through `serde_json::Value` gives: the reference for the order.
    fn via_value<T: Serialize>(value: &T, pretty: bool) -> String {
        let value = serde_json::to_value(value).expect("a value");
        if pretty {
            serde_json::to_string_pretty(&value).expect("text")
        } else {
            serde_json::to_string(&value).expect("text")
        }
    }

    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Record {
        zeta: u32,
        alpha: Vec<Inner>,
        empty_list: Vec<u8>,
        middle: Option<String>,
        none: Option<String>,
        map: HashMap<String, f64>,
        empty_map: BTreeMap<String, u8>,
        kinds: Vec<Kind>,
        pair: (i8, char),
    }

    #[derive(Serialize)]
    struct Inner {
        y: bool,
        x: &'static str,
    }

    #[derive(Serialize)]
    enum Kind {
        Unit,
        Newtype(Inner),
        Tuple(u8, u8),
        Struct { b: u8, a: Vec<u8> },
    }

    fn record() -> Record {
        Record {
            zeta: 1,
            alpha: vec![
                Inner {
                    y: true,
                    x: "quote \" and ʻ",
                },
                Inner { y: false, x: "" },
            ],
            empty_list: Vec::new(),
            middle: Some("m".into()),
            none: None,
            map: [("b".to_owned(), 1.5), ("a".to_owned(), -0.1)].into(),
            empty_map: BTreeMap::new(),
            kinds: vec![
                Kind::Unit,
                Kind::Newtype(Inner { y: true, x: "n" }),
                Kind::Tuple(1, 2),
                Kind::Struct {
                    b: 2,
                    a: vec![3, 4],
                },
                Kind::Struct {
                    b: 0,
                    a: Vec::new(),
                },
            ],
            pair: (-3, 'c'),
        }
    }

    #[test]
    fn every_shape_comes_out_as_through_a_value() {
        for pretty in [false, true] {
            assert_eq!(
                to_string(&record(), pretty).expect("text"),
                via_value(&record(), pretty),
                "pretty: {pretty}"
            );
        }
    }

    #[test]
    fn scalars_at_the_top() {
        assert_eq!(to_string(&5u8, true).expect("text"), "5");
        assert_eq!(to_string("a\nb", false).expect("text"), "\"a\\nb\"");
        assert_eq!(to_string(&f64::NAN, false).expect("text"), "null");
        assert_eq!(to_string(&Vec::<u8>::new(), true).expect("text"), "[]");
    }
}
