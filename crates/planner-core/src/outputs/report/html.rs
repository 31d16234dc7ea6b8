//! A small document writer for the report: elements, attributes and text as a list of
//! [`Node`]s, never as markup to parse. The app builds the page's elements from them (text
//! as text nodes, values through `setAttribute`), so nothing the user typed can become markup;
//! [`Fragment::to_html`] writes them out escaped, for the tests and for reading.

/// Text made safe inside an element or a double-quoted attribute: `& < > " '` become entities.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// A CSS string literal of `text`, quotes included: `"` and `\` escaped, a line break or other
/// control character as its hexadecimal escape, so that the text cannot end the string.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\{:x} ", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One step of a document: an element opens (its tag and attributes, the program's own names
/// with values that may be the user's), a text, or the innermost open element closes.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// `<tag name="value" ...>`.
    Open {
        /// The element's name.
        tag: &'static str,
        /// Its attributes, in order.
        attrs: Vec<(&'static str, String)>,
    },
    /// Text, shown as it is.
    Text(String),
    /// The end of the innermost open element.
    Close,
}

/// A written piece of the report: whole elements, each closed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fragment(pub Vec<Node>);

impl Fragment {
    /// Whether nothing was written.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The fragment as HTML, every text and attribute value escaped.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        let mut open: Vec<&str> = Vec::new();
        for node in &self.0 {
            match node {
                Node::Open { tag, attrs } => {
                    out.push('<');
                    out.push_str(tag);
                    for (name, value) in attrs {
                        out.push(' ');
                        out.push_str(name);
                        out.push_str("=\"");
                        push_escaped(&mut out, value);
                        out.push('"');
                    }
                    out.push('>');
                    open.push(tag);
                }
                Node::Text(text) => push_escaped(&mut out, text),
                Node::Close => {
                    if let Some(tag) = open.pop() {
                        out.push_str("</");
                        out.push_str(tag);
                        out.push('>');
                    }
                }
            }
        }
        out
    }
}

/// A document being written. Tag and attribute names are the program's own.
#[derive(Default)]
pub struct Html {
    nodes: Vec<Node>,
}

impl Html {
    /// What was written.
    pub fn finish(self) -> Fragment {
        Fragment(self.nodes)
    }

    /// `<tag a="v" ...>`.
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.nodes.push(Node::Open {
            tag,
            attrs: attrs
                .iter()
                .map(|(name, value)| (*name, (*value).to_owned()))
                .collect(),
        });
    }

    /// Closes the innermost open element (`tag` says which, for the reader).
    pub fn close(&mut self, _tag: &'static str) {
        self.nodes.push(Node::Close);
    }

    /// Text.
    pub fn text(&mut self, text: &str) {
        self.nodes.push(Node::Text(text.to_owned()));
    }

    /// `<tag attrs>text</tag>`.
    pub fn el(&mut self, tag: &'static str, attrs: &[(&'static str, &str)], text: &str) {
        self.open(tag, attrs);
        if !text.is_empty() {
            self.text(text);
        }
        self.close(tag);
    }

    /// An element without content (`<rect .../>`, SVG only).
    pub fn empty(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.open(tag, attrs);
        self.close(tag);
    }
}

/// A number for an SVG attribute: at most two decimals, no trailing zeros. Written from whole
/// hundredths, not with the float formatter's precision, which would ship a second float
/// printer in the WASM.
pub fn num(value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let (sign, abs) = if hundredths < 0 {
        ("-", -hundredths)
    } else {
        ("", hundredths)
    };
    let (whole, part) = (abs / 100, abs % 100);
    match part {
        0 => format!("{sign}{whole}"),
        p if p % 10 == 0 => format!("{sign}{whole}.{}", p / 10),
        p => format!("{sign}{whole}.{p:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_become_markup() {
        let mut html = Html::default();
        html.el(
            "p",
            &[("title", "\"><script>x</script>")],
            "<img src=x onerror=alert(1)> & 'q'",
        );
        let out = html.finish().to_html();
        assert_eq!(
            out,
            "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;</p>"
        );
    }

    #[test]
    fn css_strings_cannot_be_ended_by_their_text() {
        assert_eq!(css_string("Plan"), "\"Plan\"");
        assert_eq!(css_string("a\"} body{x"), "\"a\\\"} body{x\"");
        assert_eq!(css_string("back\\slash"), "\"back\\\\slash\"");
        assert_eq!(css_string("two\nlines"), "\"two\\a lines\"");
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(1.0 / 3.0), "0.33");
        assert_eq!(num(-0.004), "0");
        assert_eq!(num(-2.5), "-2.5");
        assert_eq!(num(3.05), "3.05");
    }
}
