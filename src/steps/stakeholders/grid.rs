//! The power/interest grid as SVG: four labelled quadrants, axes, and each stakeholder a point,
//! labelled where its cell has room; hovering or focusing a point shows its name and scores,
//! and a click (or Enter) on it opens that stakeholder.

use leptos::prelude::*;
use planner_core::i18n::{Lang, StakeholdersText, Text};
use planner_core::stakeholders::views::grid_geometry::{CELL_H, CELL_W, HEIGHT, LEFT, TOP, WIDTH};
use planner_core::stakeholders::views::{
    cell_left, cell_top, fitted_name, grid_points, grid_quadrants, point_label, unscored, GridPoint,
};
use planner_core::steps::StepId;
use planner_core::Id;

use super::use_register;
use crate::i18n::{t, use_language};
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
    /// A group with a dot and a label.
    labelled: web_sys::Element,
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
        let text = element("text", &[])?;
        labelled.append_child(&circle).ok()?;
        labelled.append_child(&text).ok()?;
        Some(Stamps {
            dot: element("circle", &dot)?,
            labelled,
        })
    }
}

/// One point of the grid as plain DOM nodes: a focusable group with its dot and label, or where
/// its cell has no room for a label, a focusable dot. Names are set as text content and
/// attribute values, never parsed as markup.
fn draw_point(
    stamps: &Stamps,
    point: &GridPoint,
    open: bool,
    lang: Lang,
) -> Option<web_sys::Element> {
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
        ("data-quadrant", point.quadrant.code()),
        ("aria-label", label.as_str()),
    ];
    let centre = [("cx", x.as_str()), ("cy", y.as_str())];
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
        let text = group.last_element_child()?;
        set(
            &text,
            &[
                ("x", &(point.x + 10.0).to_string()),
                ("y", &(point.y + 4.0).to_string()),
            ],
        )?;
        text.set_text_content(Some(&point.label));
        group
    };
    if open {
        let _ = el.class_list().add_1("selected");
    }
    Some(el)
}

/// The point an event came from, if any.
fn point_of(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .and_then(|el| el.closest(".grid-point").ok().flatten())
}

/// Shows the callout over the point an event came from (hover or focus) with the point's
/// accessible name; when the event came from elsewhere on the chart, or `from_event` is false
/// (the pointer or the focus left), over the point in focus, if any; else hides it. One
/// callout for the whole chart, not a tooltip per point: a crowded grid draws dots alone.
fn show_callout(ev: &web_sys::Event, callout: NodeRef<leptos::svg::Text>, from_event: bool) {
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
        let label = point.get_attribute("aria-label")?;
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
            let (anchor, x) = if x < WIDTH / 3.0 {
                ("start", x + 10.0)
            } else if x > WIDTH * 2.0 / 3.0 {
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

/// The grid.
#[component]
pub fn StakeholderGrid() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let state = use_register();
    let route = use_route();
    let plan = store.plan();
    let points = Memo::new(move |_| plan.with(grid_points));
    let missing = Memo::new(move |_| plan.with(unscored));
    let (right, bottom) = (LEFT + 5.0 * CELL_W, TOP + 5.0 * CELL_H);
    let areas = grid_quadrants();
    let quadrants = areas
        .into_iter()
        .map(|(q, x, y, w, h)| {
            let fit = move || {
                fitted_name(StakeholdersText::quadrant(q).text(lang.get()), w)
                    .map(|room| room.to_string())
            };
            view! {
                <g class=format!("quadrant q-{}", q.code())>
                    <rect x=x y=y width=w height=h></rect>
                    // Top quadrants name themselves along the top edge, bottom ones along the
                    // bottom edge: the bands the point layout keeps free.
                    <text
                        class="quadrant-name"
                        class:long=move || fit().is_some()
                        x=x + w / 2.0
                        y=if y <= TOP { y + 16.0 } else { y + h - 7.0 }
                        text-anchor="middle"
                        textLength=fit
                        lengthAdjust="spacingAndGlyphs"
                    >
                        {t(StakeholdersText::quadrant(q))}
                    </text>
                </g>
            }
        })
        .collect_view();
    let ticks = (1u8..=5)
        .map(|n| {
            view! {
                <text class="tick" x=cell_left(n) + CELL_W / 2.0 y=bottom + 16.0 text-anchor="middle">{n}</text>
                <text class="tick" x=LEFT - 10.0 y=cell_top(n) + CELL_H / 2.0 + 4.0 text-anchor="end">{n}</text>
            }
        })
        .collect_view();
    let title = move || StakeholdersText::GridTitle.text(lang.get());
    let layer = NodeRef::<leptos::svg::G>::new();
    let callout = NodeRef::<leptos::svg::Text>::new();
    // Drawn whole at first and when points come or go or the language changes; when only some
    // points changed (a name being typed), only those are redrawn. The open
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
                match changed {
                    Some(changed) => {
                        let Some(stamps) = Stamps::new() else {
                            return;
                        };
                        for point in changed {
                            let old =
                                document().get_element_by_id(&format!("grid-point-{}", point.id));
                            let new = draw_point(&stamps, &point, open == Some(&point.id), lang);
                            if let (Some(old), Some(new)) = (old, new) {
                                let _ = old.replace_with_with_node_1(&new);
                            }
                        }
                    }
                    None => {
                        layer.set_text_content(None);
                        let Some(stamps) = Stamps::new() else {
                            return;
                        };
                        for point in now {
                            if let Some(el) =
                                draw_point(&stamps, point, open == Some(&point.id), lang)
                            {
                                let _ = layer.append_child(&el);
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
    view! {
        <figure class="grid-figure">
            <svg
                class="stakeholder-grid"
                id="stakeholder-grid"
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="group"
                aria-labelledby="grid-title grid-desc"
                on:click=move |ev| on_point(&ev, state, route)
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        on_point(&ev, state, route);
                    }
                }
                on:pointerover=move |ev| show_callout(&ev, callout, true)
                on:pointerleave=move |ev| show_callout(&ev, callout, false)
                on:focusin=move |ev| show_callout(&ev, callout, true)
                on:focusout=move |ev| show_callout(&ev, callout, false)
            >
                <title id="grid-title">{title}</title>
                <desc id="grid-desc">{t(StakeholdersText::GridDesc)}</desc>
                {quadrants}
                <line class="axis" x1=LEFT y1=bottom x2=right y2=bottom></line>
                <line class="axis" x1=LEFT y1=TOP x2=LEFT y2=bottom></line>
                {ticks}
                <text class="axis-label" x=(LEFT + right) / 2.0 y=bottom + 36.0 text-anchor="middle">
                    {t(StakeholdersText::AxisInterest)} " →"
                </text>
                <text
                    class="axis-label"
                    x=16.0
                    y=(TOP + bottom) / 2.0
                    text-anchor="middle"
                    transform=format!("rotate(-90 16 {})", (TOP + bottom) / 2.0)
                >
                    {t(StakeholdersText::AxisPower)} " →"
                </text>
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
