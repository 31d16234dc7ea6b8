//! The power/interest grid as SVG: four labelled quadrants, axes, and each stakeholder a point,
//! labelled where its cell has room; hovering or focusing a point shows its name and scores,
//! and a click (or Enter) on it opens that stakeholder. The drawing fits its box: a box too
//! narrow for the wide grid (a phone) gets the narrow one, with its text at a readable size.

use leptos::prelude::*;
use planner_core::i18n::{Lang, StakeholdersText, Text};
use planner_core::outputs::report::{grid_frame, html::Html};
use planner_core::stakeholders::grid::{grid_points, point_label, Geometry, GridPoint};
use planner_core::stakeholders::views::unscored;
use planner_core::steps::StepId;
use planner_core::Id;

use super::use_register;
use crate::i18n::{t, use_language};
use crate::platform::nodes;
use crate::route::{href, use_route, CurrentRoute};
use crate::state::use_store;

/// Opens a stakeholder's editor and moves focus to its name (through the address, as a
/// finding's link does).
fn open_stakeholder(route: CurrentRoute, id: &Id) {
    let field = format!("stakeholder-{id}-name");
    route.follow(&href(StepId::Stakeholders, Some(&field)));
}

/// Opens the stakeholder whose point an event came from (a click, or Enter or Space on a
/// focused point); events elsewhere on the chart are left alone.
fn on_point(ev: &web_sys::Event, state: super::RegisterState, route: CurrentRoute) {
    let id = point_of(ev).and_then(|point| point.get_attribute("data-id"));
    if let Some(id) = id {
        ev.prevent_default();
        let id = Id::from(id.as_str());
        state.row.open.set(Some(id));
        open_stakeholder(route, &id);
    }
}

const SVG: Option<&str> = Some("http://www.w3.org/2000/svg");

/// The parts every point shares, made once per drawing and cloned for each point: a clone
/// copies its class, role, focusability and radius without a call from WebAssembly for each.
struct Stamps {
    /// A dot alone: the point itself.
    dot: web_sys::Element,
    /// A group with a dot, which its label follows.
    labelled: web_sys::Element,
    /// The label after a labelled point.
    label: web_sys::Element,
}

impl Stamps {
    fn new() -> Option<Stamps> {
        let doc = document();
        let element = |tag: &str, attrs: &[(&str, &str)]| {
            let el = doc.create_element_ns(SVG, tag).ok()?;
            for (name, value) in attrs {
                el.set_attribute(name, value).ok()?;
            }
            Some(el)
        };
        let focusable = [
            ("class", "grid-point"),
            ("tabindex", "0"),
            ("role", "button"),
        ];
        // A dot alone stands in a crowded cell: smaller, so that its neighbours overlap it less.
        let dot: Vec<_> = focusable.iter().copied().chain([("r", "4.5")]).collect();
        let labelled = element("g", &focusable)?;
        let circle = element("circle", &[("r", "6")])?;
        labelled.append_child(&circle).ok()?;
        // The label stands beside the focusable point, not inside it: it may be the name cut
        // short, and the point's accessible name (the whole name, its scores and quadrant)
        // must contain all of a control's visible text (WCAG 2.5.3). It is not read twice.
        let label = element("text", &[("class", "grid-label"), ("aria-hidden", "true")])?;
        Some(Stamps {
            dot: element("circle", &dot)?,
            labelled,
            label,
        })
    }
}

/// One point of the grid as plain DOM nodes: a focusable group with its dot, and its label to
/// go right after it; or where its cell has no room for a label, a focusable dot. Names are set as text content and
/// attribute values, never parsed as markup.
fn draw_point(
    stamps: &Stamps,
    point: &GridPoint,
    open: bool,
    lang: Lang,
) -> Option<(web_sys::Element, Option<web_sys::Element>)> {
    let clone = |stamp: &web_sys::Element| {
        stamp
            .clone_node_with_deep(true)
            .ok()
            .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
    };
    let set = |el: &web_sys::Element, attrs: &[(&str, &str)]| {
        for (name, value) in attrs {
            el.set_attribute(name, value).ok()?;
        }
        Some(())
    };
    let id = point.id.to_string();
    let (x, y) = (point.x.to_string(), point.y.to_string());
    let dom_id = format!("grid-point-{id}");
    let label = point_label(point, lang);
    let own = [
        ("id", dom_id.as_str()),
        ("data-id", id.as_str()),
        ("data-name", point.name.as_str()),
        ("data-quadrant", point.quadrant.code()),
        ("aria-label", label.as_str()),
    ];
    let centre = [("cx", x.as_str()), ("cy", y.as_str())];
    let mut label = None;
    // A dot alone (a crowded cell) is the point itself: one node, not three.
    let el = if point.label.is_empty() {
        let dot = clone(&stamps.dot)?;
        set(&dot, &own)?;
        set(&dot, &centre)?;
        dot
    } else {
        let group = clone(&stamps.labelled)?;
        set(&group, &own)?;
        set(&group.first_element_child()?, &centre)?;
        let text = clone(&stamps.label)?;
        set(
            &text,
            &[
                ("x", &(point.x + 10.0).to_string()),
                ("y", &(point.y + 4.0).to_string()),
            ],
        )?;
        text.set_text_content(Some(&point.label));
        label = Some(text);
        group
    };
    if open {
        let _ = el.class_list().add_1("selected");
    }
    Some((el, label))
}

/// Puts a drawn point (and its label, right after it) at the end of `layer`.
fn append_point(
    layer: &web_sys::Element,
    (point, label): (web_sys::Element, Option<web_sys::Element>),
) {
    let _ = layer.append_child(&point);
    if let Some(label) = label {
        let _ = layer.append_child(&label);
    }
}

/// The label drawn right after a point, if it has one.
fn label_of(point: &web_sys::Element) -> Option<web_sys::Element> {
    point
        .next_element_sibling()
        .filter(|next| next.class_list().contains("grid-label"))
}

/// The point an event came from (the point, its dot or its label), if any.
fn point_of(ev: &web_sys::Event) -> Option<web_sys::Element> {
    let el = ev
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())?;
    if el.class_list().contains("grid-label") {
        return el.previous_element_sibling();
    }
    el.closest(".grid-point").ok().flatten()
}

/// Shows the callout over the point an event came from (hover or focus) with the point's
/// accessible name; when the event came from elsewhere on the chart, or `from_event` is false
/// (the pointer or the focus left), over the point in focus, if any; else hides it. One
/// callout for the whole chart, not a tooltip per point: a crowded grid draws dots alone.
fn show_callout(
    ev: &web_sys::Event,
    callout: NodeRef<leptos::svg::Text>,
    geometry: Geometry,
    from_event: bool,
) {
    let Some(callout) = callout.get_untracked() else {
        return;
    };
    let focused = || {
        document()
            .active_element()
            .and_then(|el| el.closest(".grid-point").ok().flatten())
    };
    let point = from_event.then(|| point_of(ev)).flatten().or_else(focused);
    let shown = point.and_then(|point| {
        // The narrow grid has room for the name only; its place tells the scores.
        let label = if geometry.is_narrow() {
            point.get_attribute("data-name")?
        } else {
            point.get_attribute("aria-label")?
        };
        // A labelled point's dot, or the point itself when it is a dot alone.
        let circle = point
            .query_selector("circle")
            .ok()
            .flatten()
            .unwrap_or(point);
        let number = |name: &str| circle.get_attribute(name)?.parse::<f64>().ok();
        Some((label, number("cx")?, number("cy")?))
    });
    match shown {
        Some((label, x, y)) => {
            // Starting at points in the chart's left third, ending at those in its right
            // third, centred between: inside the chart either way.
            let width = geometry.width;
            let (anchor, x) = if x < width / 3.0 {
                ("start", x + 10.0)
            } else if x > width * 2.0 / 3.0 {
                ("end", x - 10.0)
            } else {
                ("middle", x)
            };
            callout.set_text_content(Some(&label));
            for (name, value) in [
                ("x", x.to_string()),
                ("y", (y - 12.0).max(14.0).to_string()),
                ("text-anchor", anchor.to_owned()),
            ] {
                let _ = callout.set_attribute(name, &value);
            }
            let _ = callout.remove_attribute("visibility");
        }
        None => {
            let _ = callout.set_attribute("visibility", "hidden");
        }
    }
}

/// The geometry for the figure's box; none while it is not laid out (a hidden tab).
fn fitting(figure: &web_sys::Element) -> Option<Geometry> {
    let width = figure.client_width();
    (width > 0).then(|| Geometry::for_width(f64::from(width)))
}

/// A first guess before the figure is laid out, from the window: a phone gets the narrow grid
/// straight away, so that it is not drawn twice.
fn first_guess() -> Geometry {
    let width = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(1280.0);
    // The page's margins and the card's padding take about 80 px on a phone.
    Geometry::for_width(width - 80.0)
}

/// The grid.
#[component]
pub fn StakeholderGrid() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let state = use_register();
    let route = use_route();
    let plan = store.plan();
    let figure = NodeRef::<leptos::html::Figure>::new();
    let geometry = RwSignal::new(first_guess());
    // The guess is put right once the figure is laid out, and again when the window's width
    // changes (a phone turned, a window resized); a set to the same geometry notifies no one.
    let refit = move || {
        let fitted = figure.get_untracked().and_then(|figure| fitting(&figure));
        if let Some(fitted) = fitted {
            if geometry.get_untracked() != fitted {
                geometry.set(fitted);
            }
        }
    };
    Effect::new(move |_| {
        if figure.get().is_some() {
            refit();
        }
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| refit());
    on_cleanup(move || on_resize.remove());
    let points = Memo::new(move |_| {
        let g = geometry.get();
        plan.with(|plan| grid_points(plan, &g))
    });
    let missing = Memo::new(move |_| plan.with(unscored));
    let title = move || StakeholdersText::GridTitle.text(lang.get());
    let frame_layer = NodeRef::<leptos::svg::G>::new();
    // The frame (the quadrants with their names, the axes and the scores along them) is drawn
    // from the document nodes the report's grid is written with, anew when the language or the
    // geometry changes.
    nodes::keep_drawn(frame_layer, move || {
        let mut html = Html::default();
        grid_frame(&mut html, lang.get(), geometry.get());
        html.finish()
    });
    let layer = NodeRef::<leptos::svg::G>::new();
    let callout = NodeRef::<leptos::svg::Text>::new();
    // Drawn whole at first and when points come or go, the language or the geometry changes;
    // when only some points changed (a name being typed), only those are redrawn. The open
    // stakeholder is marked as it is at that moment, and from then on by the effect below.
    let drawn = StoredValue::new(None::<(Lang, Vec<GridPoint>)>);
    Effect::new(move |_| {
        let lang = lang.get();
        let Some(layer) = layer.get() else {
            return;
        };
        points.with(|now| {
            state.row.open.with_untracked(|open| {
                let open = open.as_ref();
                let changed = drawn.with_value(|drawn| match drawn {
                    Some((l, before))
                        if *l == lang
                            && before.len() == now.len()
                            && before.iter().zip(now).all(|(a, b)| a.id == b.id) =>
                    {
                        Some(
                            before
                                .iter()
                                .zip(now)
                                .filter(|(a, b)| a != b)
                                .map(|(_, b)| b.clone())
                                .collect::<Vec<_>>(),
                        )
                    }
                    _ => None,
                });
                let Some(stamps) = Stamps::new() else {
                    return;
                };
                // A new geometry moves every point: drawing them afresh is cheaper than
                // replacing each.
                match changed.filter(|changed| changed.len() < now.len().max(1)) {
                    Some(changed) => {
                        for point in changed {
                            let old =
                                document().get_element_by_id(&format!("grid-point-{}", point.id));
                            let new = draw_point(&stamps, &point, open == Some(&point.id), lang);
                            if let (Some(old), Some((new, new_label))) = (old, new) {
                                if let Some(old_label) = label_of(&old) {
                                    old_label.remove();
                                }
                                let _ = old.replace_with_with_node_1(&new);
                                if let Some(new_label) = new_label {
                                    let _ = new.after_with_node_1(&new_label);
                                }
                            }
                        }
                    }
                    None => {
                        layer.set_text_content(None);
                        for point in now {
                            if let Some(drawn) =
                                draw_point(&stamps, point, open == Some(&point.id), lang)
                            {
                                append_point(&layer, drawn);
                            }
                        }
                    }
                }
            });
            drawn.set_value(Some((lang, now.clone())));
        });
    });
    // Opening another stakeholder moves the mark: two class changes, not a redraw.
    Effect::new(move |before: Option<Option<Id>>| {
        let now = state.row.open.get();
        let mark = |id: &Option<Id>, on: bool| {
            let point = id
                .as_ref()
                .and_then(|id| document().get_element_by_id(&format!("grid-point-{id}")));
            if let Some(point) = point {
                let _ = point.class_list().toggle_with_force("selected", on);
            }
        };
        if let Some(before) = before {
            mark(&before, false);
        }
        mark(&now, true);
        now
    });
    let callout_at = move |ev: &web_sys::Event, shown: bool| {
        show_callout(ev, callout, geometry.get_untracked(), shown);
    };
    view! {
        <figure class="grid-figure" node_ref=figure>
            <svg
                class="stakeholder-grid"
                class:narrow=move || geometry.get().is_narrow()
                id="stakeholder-grid"
                viewBox=move || {
                    let g = geometry.get();
                    format!("0 0 {} {}", g.width, g.height)
                }
                role="group"
                aria-labelledby="grid-title grid-desc"
                on:click=move |ev| on_point(&ev, state, route)
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        on_point(&ev, state, route);
                    }
                }
                on:pointerover=move |ev| callout_at(&ev, true)
                on:pointerleave=move |ev| callout_at(&ev, false)
                on:focusin=move |ev| callout_at(&ev, true)
                on:focusout=move |ev| callout_at(&ev, false)
            >
                <title id="grid-title">{title}</title>
                <desc id="grid-desc">{t(StakeholdersText::GridDesc)}</desc>
                <g class="grid-frame" node_ref=frame_layer></g>
                // The points, drawn straight with the DOM (see `draw_point`): 300 on the large
                // plan, and as reactive views they took most of the step's render. Clicks and
                // keys are handled once, on the whole chart (see `on_point`).
                <g class="grid-points" node_ref=layer></g>
                // Over the points: the name and scores of the point under the pointer or in
                // focus. Screen readers hear the point's own name instead.
                <text class="grid-callout" aria-hidden="true" visibility="hidden" node_ref=callout></text>
            </svg>
            <Show when=move || !missing.with(Vec::is_empty)>
                <figcaption class="muted" id="grid-unscored">
                    {t(StakeholdersText::NotOnGrid)} " "
                    {move || missing.get().into_iter().map(|(_, n)| n).collect::<Vec<_>>().join(", ")}
                </figcaption>
            </Show>
        </figure>
    }
}
