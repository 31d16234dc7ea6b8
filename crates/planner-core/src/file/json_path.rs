//! The JSON path at a position in a JSON text: turns serde_json's "line 40, column 17" into
//! `plan.stakeholders[3].power`, so that import errors name the place in the user's terms.
//!
//! This replaces a path-tracking deserializer wrapper, which doubled the size of every record's
//! deserialisation code in the WebAssembly bundle (about 10 KB gzip); the path is only needed
//! when an import fails, so it is worked out then, from the text.

enum Frame {
    Object { key: Option<String> },
    Array { index: usize },
}

/// The path (such as `plan.profile.units[2].level`) of the value being read at 1-based `line`
/// and `column` (columns count bytes, as serde_json reports them). Empty at the top level.
/// Never panics, whatever the text.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset_of(bytes, line, column).min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    // A string just read that may turn out to be an object key once its ':' follows.
    let mut last_string: Option<String> = None;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'"' => {
                let (s, next) = read_string(bytes, i + 1, end);
                last_string = Some(s);
                i = next;
                continue;
            }
            b':' => {
                if let Some(Frame::Object { key }) = stack.last_mut() {
                    *key = last_string.take();
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key }) => *key = None,
                None => {}
            },
            b'{' => stack.push(Frame::Object { key: None }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            _ => {}
        }
        last_string = None;
        i += 1;
    }
    render(&stack)
}

fn offset_of(bytes: &[u8], line: usize, column: usize) -> usize {
    let mut current = 1;
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if current == line {
            break;
        }
        if b == b'\n' {
            current += 1;
            start = i + 1;
        }
    }
    start + column
}

/// Reads a string body starting after its opening quote; returns it and the index after the
/// closing quote (or `end`).
fn read_string(bytes: &[u8], mut i: usize, end: usize) -> (String, usize) {
    let start = i;
    while i < end {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => {
                let raw = String::from_utf8_lossy(&bytes[start..i]).into_owned();
                return (raw, i + 1);
            }
            _ => i += 1,
        }
    }
    (
        String::from_utf8_lossy(&bytes[start..end.min(bytes.len())]).into_owned(),
        end,
    )
}

fn render(stack: &[Frame]) -> String {
    let mut out = String::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some(key) } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => out.push_str(&format!("[{index}]")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where serde_json reports an error when deserialising `text` into `T`.
    fn error_path<T: serde::de::DeserializeOwned>(text: &str) -> String {
        match serde_json::from_str::<T>(text) {
            Ok(_) => panic!("expected an error"),
            Err(e) => path_at(text, e.line(), e.column()),
        }
    }

    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        plan: Inner,
    }
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        units: Vec<Unit>,
    }
    #[derive(serde::Deserialize)]
    #[allow(dead_code)]
    #[serde(deny_unknown_fields)]
    struct Unit {
        name: String,
        level: u8,
    }

    #[test]
    fn a_wrong_value_is_named_by_its_path() {
        let text = "{\n \"plan\": {\"units\": [\n  {\"name\": \"a\", \"level\": 1},\n  {\"name\": \"b\", \"level\": \"x\"}\n ]}\n}";
        assert_eq!(error_path::<Doc>(text), "plan.units[1].level");
    }

    #[test]
    fn a_missing_field_names_its_record() {
        let text = r#"{"plan": {"units": [{"name": "a", "level": 1}, {"name": "b"}]}}"#;
        assert_eq!(error_path::<Doc>(text), "plan.units[1]");
    }

    #[test]
    fn strings_with_quotes_commas_and_brackets_do_not_confuse_it() {
        let text = r#"{"plan": {"units": [{"name": "a, \"b\" [c] {d}", "level": true}]}}"#;
        assert_eq!(error_path::<Doc>(text), "plan.units[0].level");
    }

    #[test]
    fn multibyte_text_counts_bytes_like_serde_json() {
        let text =
            "{\"plan\": {\"units\": [{\"name\": \"Oʻzbekiston — Тошкент\", \"level\": -1}]}}";
        assert_eq!(error_path::<Doc>(text), "plan.units[0].level");
    }

    #[test]
    fn any_position_in_any_text_gives_a_path_without_panicking() {
        for text in ["", "{", "[[[", "\"", "{\"a\":", "}}]]", "{\"a\\", "ʻʻʻ"] {
            for line in 0..3 {
                for column in 0..12 {
                    let _ = path_at(text, line, column);
                }
            }
        }
    }
}
