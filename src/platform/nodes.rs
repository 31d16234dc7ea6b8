//! Elements built from the domain's document nodes (`planner_core::outputs::report::html`):
//! each element made with `createElement` (`createElementNS` inside an `<svg>`), each
//! attribute set with `setAttribute`, each text added as text. Nothing is parsed as markup, so
//! nothing the user typed can become an element.

use planner_core::outputs::report::html::{Fragment, Node};

const SVG: &str = "http://www.w3.org/2000/svg";

/// Appends `fragment`'s elements to `parent`, in order. Stops at the first thing the browser
/// refuses (it would be a bug of the writer, such as an invalid tag name).
pub fn append(parent: &web_sys::Element, fragment: &Fragment) -> Option<()> {
    let document = parent.owner_document()?;
    // The open elements, each with whether it is SVG; the bottom one is `parent`, which may
    // be an SVG element itself (a chart's layer), whose children are SVG too.
    let parent_svg = parent.namespace_uri().as_deref() == Some(SVG);
    let mut open: Vec<(web_sys::Element, bool)> = vec![(parent.clone(), parent_svg)];
    for node in &fragment.0 {
        match node {
            Node::Open { tag, attrs } => {
                let (top, in_svg) = open.last()?;
                let svg = *in_svg || *tag == "svg";
                let el = if svg {
                    document.create_element_ns(Some(SVG), tag).ok()?
                } else {
                    document.create_element(tag).ok()?
                };
                for (name, value) in attrs {
                    el.set_attribute(name, value).ok()?;
                }
                top.append_child(&el).ok()?;
                open.push((el, svg));
            }
            Node::Text(text) => {
                open.last()?.0.append_with_str_1(text).ok()?;
            }
            Node::Close => {
                if open.len() > 1 {
                    open.pop();
                }
            }
        }
    }
    Some(())
}

/// Keeps `target`'s content drawn from the fragment `write` returns: drawn once `target` is
/// in the page, and again, whole, whenever what `write` reads changes. For the parts of a
/// screen that show and are not edited (a chart's frame, a read-only table's rows): plain DOM
/// from the domain's writers costs a fraction of the bytes of `view!` code for the same rows.
pub fn keep_drawn<E>(target: leptos::prelude::NodeRef<E>, write: impl Fn() -> Fragment + 'static)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    use leptos::prelude::Get;
    leptos::prelude::Effect::new(move |_| {
        let fragment = write();
        if let Some(el) = target.get() {
            let el: &web_sys::Element = wasm_bindgen::JsCast::unchecked_ref(&el);
            el.set_text_content(None);
            let _ = append(el, &fragment);
        }
    });
}
