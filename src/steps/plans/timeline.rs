//! The timeline (Gantt) as SVG: plans as lanes, the open plan's tasks as bars, milestones as
//! diamonds, dependency arrows, today's line, overdue tasks marked, weekends shaded, zoom by week
//! or month. Every bar is reachable with Tab and opens its task with Enter. The geometry comes
//! from `planner_core::plans::timeline`, where it is tested.

use leptos::prelude::*;
use planner_core::dates::{day_month, month_year, short_date};
use planner_core::i18n::{fill, PlansText, Text};
use planner_core::plans::timeline::{
    layout, rows_in_view, Row, RowKind, Zoom, HEADER_PX, LABEL_PX, ROW_PX,
};
use planner_core::Id;

use super::use_selection;
use crate::i18n::{t, use_language};
use crate::state::{today, use_store};
use crate::widgets::Origin;

/// Longest label drawn in the label column, in characters.
const LABEL_CHARS: usize = 24;
/// The same on a phone, where the column is 120 px (style/plans.css): a task's title, and a
/// plan's name (bold, so fewer letters fit).
const NARROW_TASK_CHARS: usize = 13;
const NARROW_PLAN_CHARS: usize = 11;

fn short_label(text: &str, chars: usize) -> String {
    if text.chars().count() > chars {
        let cut: String = text.chars().take(chars - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        text.to_owned()
    }
}

/// A label shortened for the label column: on a phone, to the narrower column's length (so no
/// letter is cut in half), as a second part the stylesheet shows instead.
fn label_parts(text: &str, kind: RowKind) -> impl IntoView {
    let wide = short_label(text, LABEL_CHARS);
    let narrow = short_label(
        text,
        match kind {
            RowKind::Plan => NARROW_PLAN_CHARS,
            RowKind::Task => NARROW_TASK_CHARS,
        },
    );
    if narrow == wide {
        view! { <tspan>{wide}</tspan> }.into_any()
    } else {
        view! {
            <tspan class="label-wide">{wide}</tspan>
            <tspan class="label-narrow">{narrow}</tspan>
        }
        .into_any()
    }
}

fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
                el.scroll_into_view_with_bool(false);
            }
        }
    });
}

/// The timeline card.
#[component]
pub fn Timeline() -> impl IntoView {
    let store = use_store();
    let selection = use_selection();
    let lang = use_language();
    let plan = store.plan();
    let zoom = RwSignal::new(Zoom::Week);
    // The open plan's tasks, or every plan's at once: the whole programme on one chart.
    let all = RwSignal::new(false);
    let now = today();
    let chart = Memo::new(move |_| {
        plan.with(|p| {
            let expanded: Vec<Id> = if all.get() {
                p.plans.iter().map(|p| p.id).collect()
            } else {
                selection.plan.get().into_iter().collect()
            };
            layout(p, &expanded, zoom.get(), now)
        })
    });
    // A long timeline draws the rows in view in its frame and a margin (see `rows_in_view`),
    // and the next ones as the frame scrolls; printing draws them all.
    let frame = NodeRef::<leptos::html::Div>::new();
    let drawn = RwSignal::new(rows_in_view(0.0, 0.0));
    // Also called from a frame callback, which may run after the timeline has left the page
    // (a quick step change): then the frame and the range are gone and it does nothing.
    let measure = move || {
        let Some(Some(el)) = frame.try_get_untracked() else {
            return;
        };
        let (top, bottom) = in_view(&el);
        let range = rows_in_view(top, bottom);
        if drawn.try_get_untracked().is_some_and(|d| d != range) {
            let _ = drawn.try_set(range);
        }
    };
    let pending = StoredValue::new(false);
    let on_scroll = move |_| {
        if !pending.get_value() {
            pending.set_value(true);
            request_animation_frame(move || {
                let _ = pending.try_set_value(false);
                measure();
            });
        }
    };
    let on_print = leptos::prelude::window_event_listener_untyped("beforeprint", move |_| {
        drawn.set(0..usize::MAX);
    });
    on_cleanup(move || on_print.remove());
    // Each layer re-runs only when its own part of the layout changes: typing a plan's name
    // changes one row, not the grid, the arrows or the size.
    let rows = Memo::new(move |_| {
        let range = drawn.get();
        chart.with(|c| {
            let end = range.end.min(c.rows.len());
            c.rows
                .get(range.start.min(end)..end)
                .map(<[Row]>::to_vec)
                .unwrap_or_default()
        })
    });
    let grid = Memo::new(move |_| {
        chart.with(|c| GridData {
            weekends: c.weekends.clone(),
            ticks: c.ticks.clone(),
            day_px: c.day_px,
            height: c.height,
        })
    });
    // The arrows that cross the drawn rows.
    let arrows = Memo::new(move |_| {
        let range = drawn.get();
        let row_top = |i: usize| HEADER_PX + i as f64 * ROW_PX;
        let (top, bottom) = (row_top(range.start), row_top(range.end));
        chart.with(|c| {
            c.arrows
                .iter()
                .filter(|a| a.from.1.min(a.to.1) <= bottom && a.from.1.max(a.to.1) >= top)
                .copied()
                .collect::<Vec<_>>()
        })
    });
    let width = Memo::new(move |_| chart.with(|c| c.width));
    let height = Memo::new(move |_| chart.with(|c| c.height));
    let today_x = Memo::new(move |_| chart.with(|c| c.today_x.map(|x| x + c.day_px / 2.0)));
    // Bring the open plan's lane and start into view when the plan or the zoom changes (not
    // on every edit: setting the scroll forces a layout); today may lie months before it, and
    // the plan may be far down a long chart.
    Effect::new(move |_| {
        let open = selection.plan.get();
        zoom.track();
        let lane = chart.with_untracked(|c| {
            c.rows
                .iter()
                .find(|r| r.kind == RowKind::Plan && Some(&r.plan) == open.as_ref())
                .map(|r| (r.y, r.bar.map(|b| b.x)))
        });
        if let Some((y, x)) = lane {
            request_animation_frame(move || {
                if let Some(x) = x {
                    if let Some(el) = document().get_element_by_id("timeline-scroll") {
                        el.set_scroll_left((x - 3.0 * ROW_PX).max(0.0) as i32);
                    }
                }
                if let Some(Some(frame)) = frame.try_get_untracked() {
                    let (top, bottom) = in_view(&frame);
                    if y < top || y + 3.0 * ROW_PX > bottom {
                        frame.set_scroll_top((y - HEADER_PX).max(0.0) as i32);
                    }
                }
            });
        }
    });
    view! {
        <section class="card timeline-card deferred" aria-labelledby="timeline-heading">
            <div class="card-head">
                <h2 id="timeline-heading">{t(PlansText::TimelineTitle)} <Origin added=true /></h2>
                <div class="timeline-controls">
                    <div class="choice-group" role="group" aria-label=t(PlansText::TimelineShows)>
                        <span class="control-label" aria-hidden="true">{t(PlansText::TimelineShows)}</span>
                        {choice_button(all, false, "timeline-open-plan", PlansText::TimelineOpenPlan)}
                        {choice_button(all, true, "timeline-all-plans", PlansText::TimelineAllPlans)}
                    </div>
                    <div class="choice-group" role="group" aria-label=t(PlansText::Zoom)>
                        <span class="control-label" aria-hidden="true">{t(PlansText::Zoom)}</span>
                        {choice_button(zoom, Zoom::Week, "timeline-zoom-week", PlansText::ZoomWeek)}
                        {choice_button(zoom, Zoom::Month, "timeline-zoom-month", PlansText::ZoomMonth)}
                    </div>
                </div>
            </div>
            <p class="muted">{t(PlansText::TimelineIntro)}</p>
            <div class="timeline-frame" node_ref=frame on:scroll=on_scroll>
                // The labels stay put while the chart scrolls sideways.
                <svg
                    class="timeline timeline-labels"
                    aria-hidden="true"
                    width=LABEL_PX
                    height=height
                >
                    <rect class="label-column" x="0" y="0" width=LABEL_PX height=height></rect>
                    <For each=move || rows.get() key=Row::key let:row>
                        <RowLabel row=row />
                    </For>
                </svg>
                <div class="timeline-scroll" id="timeline-scroll">
                    <svg
                        class="timeline"
                        id="timeline"
                        role="group"
                        aria-labelledby="timeline-heading"
                        width=width
                        height=height
                    >
                        <defs>
                            <marker id="arrowhead" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                                <path d="M 0 0 L 8 4 L 0 8 z" class="arrowhead"></path>
                            </marker>
                        </defs>
                        <Grid grid=grid zoom=zoom />
                        <g class="rows">
                            <For each=move || rows.get() key=Row::key let:row>
                                <RowBar row=row />
                            </For>
                        </g>
                        <g class="arrows">
                            {move || arrows.with(|list| list.iter().map(|a| {
                                let (x1, y1) = a.from;
                                let (x2, y2) = a.to;
                                let d = format!("M {x1} {y1} h 6 V {y2} H {}", x2 - 1.0);
                                view! { <path class="arrow" class:late=a.late d=d marker-end="url(#arrowhead)"></path> }
                            }).collect_view())}
                        </g>
                        {move || today_x.get().map(|x| {
                            view! {
                                <g class="today" id="timeline-today">
                                    <line x1=x x2=x y1=HEADER_PX - 6.0 y2=height></line>
                                    <text x=x + 3.0 y=HEADER_PX - 8.0>{move || PlansText::Today.text(lang.get())}</text>
                                </g>
                            }
                        })}
                    </svg>
                </div>
            </div>
            <ul class="timeline-legend" aria-label=t(PlansText::TimelineTitle)>
                <li><span class="key key-bar" aria-hidden="true"></span>{t(PlansText::TasksTitle)}</li>
                <li><span class="key key-milestone" aria-hidden="true"></span>{t(PlansText::Milestone)}</li>
                <li><span class="key key-overdue" aria-hidden="true"></span>{t(PlansText::Overdue)}</li>
                <li><span class="key key-dependency" aria-hidden="true"></span>{t(PlansText::Dependency)}</li>
                <li><span class="key key-today" aria-hidden="true"></span>{t(PlansText::Today)}</li>
                <li><span class="key key-weekend" aria-hidden="true"></span>{t(PlansText::Weekend)}</li>
            </ul>
        </section>
    }
}

/// One button of a choice of the timeline's (which tasks, which zoom): pressed while `signal`
/// holds `value`, and a click sets it.
fn choice_button<T>(
    signal: RwSignal<T>,
    value: T,
    id: &'static str,
    key: PlansText,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <button
            type="button"
            class="button"
            id=id
            aria-pressed=move || (signal.get() == value).to_string()
            on:click=move |_| signal.set(value)
        >
            {t(key)}
        </button>
    }
}

/// The part of the chart the frame shows, from its top to its bottom, in pixels from the
/// chart's top edge.
fn in_view(frame: &web_sys::HtmlDivElement) -> (f64, f64) {
    let top = f64::from(frame.scroll_top());
    (top, top + f64::from(frame.client_height()))
}

/// What the grid draws: it changes with the span of the dates and the zoom, not with a name.
#[derive(Clone, PartialEq)]
struct GridData {
    weekends: Vec<f64>,
    ticks: Vec<(f64, chrono::NaiveDate)>,
    day_px: f64,
    height: f64,
}

/// Weekends and date ticks.
#[component]
fn Grid(grid: Memo<GridData>, zoom: RwSignal<Zoom>) -> impl IntoView {
    view! {
        <g class="grid">
            {move || grid.with(|c| {
                // Weekends come every seven days: one band filled with a pattern of one week,
                // not a rectangle per weekend.
                let weekends = (zoom.get() == Zoom::Week)
                    .then(|| c.weekends.first().zip(c.weekends.last()))
                    .flatten()
                    .map(|(first, last)| {
                        let height = c.height - HEADER_PX;
                        let weekend = c.day_px * 2.0;
                        view! {
                            <pattern id="weekend-pattern" patternUnits="userSpaceOnUse" x=*first y=HEADER_PX width=c.day_px * 7.0 height=height>
                                <rect class="weekend" x="0" y="0" width=weekend height=height></rect>
                            </pattern>
                            <rect class="weekends" x=*first y=HEADER_PX width=last - first + weekend height=height fill="url(#weekend-pattern)"></rect>
                        }
                    });
                let ticks = c.ticks.iter().map(|(x, d)| {
                    let label = match zoom.get() {
                        Zoom::Week => day_month(*d),
                        Zoom::Month => month_year(*d),
                    };
                    view! {
                        <line class="tick" x1=*x x2=*x y1=HEADER_PX - 10.0 y2=c.height></line>
                        <text class="tick-label" x=x + 3.0 y=14>{label}</text>
                    }
                }).collect_view();
                view! {
                    {weekends}
                    {ticks}
                }
            })}
        </g>
    }
}

/// A row's label: a plan lane's name (a button that opens the plan) or a task's title.
#[component]
fn RowLabel(row: Row) -> impl IntoView {
    let selection = use_selection();
    let mid = row.y + ROW_PX / 2.0;
    let label = label_parts(&row.label, row.kind);
    let full = row.label.clone();
    match row.kind {
        RowKind::Plan => {
            let plan_id = row.plan;
            let open = move || {
                selection.plan.set(Some(plan_id));
                selection.task.set(None);
            };
            view! {
                <rect class="lane-band" x="0" y=row.y width=LABEL_PX height=ROW_PX></rect>
                <g
                    class="lane-label"
                    data-plan=row.plan.to_string()
                    on:click=move |_| open()
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            open();
                        }
                    }
                >
                    <title>{full}</title>
                    <text x="6" y=mid + 4.0>{label}</text>
                </g>
            }
            .into_any()
        }
        RowKind::Task => view! {
            <text class="task-label" class:overdue=row.overdue x="16" y=mid + 4.0>
                <title>{full}</title>
                {label}
            </text>
        }
        .into_any(),
    }
}

/// A row's bar: a plan's span, or a task's bar (a diamond for a milestone), which Tab reaches
/// and Enter opens.
#[component]
fn RowBar(row: Row) -> impl IntoView {
    let selection = use_selection();
    let lang = use_language();
    let y = row.y;
    let mid = y + ROW_PX / 2.0;
    let full = row.label.clone();
    let id = row.id;
    match row.kind {
        RowKind::Plan => {
            let bar = row.bar.map(|b| view! {
                <rect class="plan-bar" class:overdue=row.overdue x=b.x y=y + 8.0 width=b.width height=ROW_PX - 16.0 rx="3"></rect>
            });
            view! {
                <g class="lane" data-plan=id.to_string()>
                    <rect class="lane-band" x="0" y=y width="100%" height=ROW_PX></rect>
                    {bar}
                </g>
            }
            .into_any()
        }
        RowKind::Task => {
            let dom = id.to_string();
            let plan_id = row.plan;
            let open = {
                let dom = dom.clone();
                move || {
                    selection.open_task(plan_id, id);
                    focus_later(format!("task-{dom}-title"));
                }
            };
            let open_key = open.clone();
            let span = use_store()
                .plan()
                .with_untracked(|p| p.task(&id).and_then(|t| t.first_day().zip(t.last_day())));
            let aria = {
                let full = full.clone();
                move || {
                    let l = lang.get();
                    let mut text = match span {
                        Some((a, b)) => bar_label(&full, a, b, l),
                        None => format!("{full}: {}", PlansText::NoDates.text(l)),
                    };
                    if row.overdue {
                        text = format!("{text} ({})", PlansText::Overdue.text(l));
                    }
                    text
                }
            };
            let dates = row.bar.map(|b| (b.x, b.width));
            let shape = dates.map(|(x, w)| {
                if row.milestone {
                    let cx = x + w - 9.0;
                    let points = format!("{cx},{} {},{mid} {cx},{} {},{mid}", y + 5.0, cx + 9.0, y + ROW_PX - 5.0, cx - 9.0);
                    view! { <polygon class="milestone" points=points></polygon> }.into_any()
                } else {
                    let done = w * f64::from(row.progress) / 100.0;
                    view! {
                        <rect class="task-bar" x=x y=y + 6.0 width=w height=ROW_PX - 12.0 rx="3"></rect>
                        <rect class="task-progress" x=x y=y + 6.0 width=done height=ROW_PX - 12.0 rx="3"></rect>
                    }
                    .into_any()
                }
            });
            let overdue_mark = row.overdue.then(|| {
                let x = dates.map_or(4.0, |(x, w)| x + w + 4.0);
                view! { <text class="overdue-mark" x=x y=mid + 5.0>"!"</text> }
            });
            view! {
                <g
                    class="task"
                    class:overdue=row.overdue
                    class:is-milestone=row.milestone
                    data-task=dom.clone()
                    id=format!("bar-{dom}")
                    tabindex="0"
                    role="button"
                    aria-label=aria
                    on:click=move |_| open()
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            open_key();
                        }
                    }
                >
                    <title>{full}</title>
                    <rect class="row-hit" x="0" y=y width="100%" height=ROW_PX></rect>
                    {shape}
                    {overdue_mark}
                </g>
            }
            .into_any()
        }
    }
}

/// What a bar says to assistive technology: its title and dates.
fn bar_label(
    title: &str,
    start: chrono::NaiveDate,
    due: chrono::NaiveDate,
    lang: planner_core::i18n::Lang,
) -> String {
    fill(
        PlansText::BarLabel.text(lang),
        &[title, &short_date(start, lang), &short_date(due, lang)],
    )
}
