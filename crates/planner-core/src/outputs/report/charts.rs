//! The report's charts: the app's own drawings (the same geometry and CSS classes as the step
//! screens), written as static SVG and sized for paper by the stylesheet.

use chrono::NaiveDate;

use super::html::{num, Fragment, Html};
use crate::dates::{long_date, month_year};
use crate::goals::matrix::{self, name_place, quadrant_areas};
use crate::i18n::{fill, GoalsText, Lang, PlansText, ReportText, StakeholdersText, Text};
use crate::plan::Plan;
use crate::plans::timeline::{self, Layout, RowKind, Zoom, HEADER_PX, ROW_PX};
use crate::stakeholders::grid::{grid_points, shorten, Geometry};

/// Opens a figure's `<svg>` with its title for assistive technology.
fn open_svg(html: &mut Html, class: &str, width: f64, height: f64, title: &str) {
    let view_box = format!("0 0 {} {}", num(width), num(height));
    html.open(
        "svg",
        &[
            ("class", class),
            ("viewBox", &view_box),
            ("role", "img"),
            ("aria-label", title),
        ],
    );
    html.el("title", &[], title);
}

/// `<text>` at a point.
fn text(html: &mut Html, class: &str, x: f64, y: f64, anchor: &str, content: &str) {
    html.el(
        "text",
        &[
            ("class", class),
            ("x", &num(x)),
            ("y", &num(y)),
            ("text-anchor", anchor),
        ],
        content,
    );
}

/// The power/interest grid with every scored stakeholder, named beside its point where the
/// cell has room (as on step 1).
/// Drawn twice: wide for paper and wide screens, narrow for a phone, which the stylesheet shows
/// instead below 640 px so that the names stay readable there.
pub fn power_interest_grid(html: &mut Html, plan: &Plan, lang: Lang) {
    grid_drawing(
        html,
        plan,
        lang,
        Geometry::WIDE,
        "stakeholder-grid grid-wide",
    );
    grid_drawing(
        html,
        plan,
        lang,
        Geometry::NARROW,
        "stakeholder-grid narrow grid-narrow",
    );
}

/// The grid's frame in the geometry `g`: the four quadrants with their names, the axes, the
/// scores along them and the axes' names. Step 1 draws its live grid's frame from this too.
pub fn grid_frame(html: &mut Html, lang: Lang, g: Geometry) {
    let t = |key: StakeholdersText| key.text(lang);
    let (left, top, right, bottom) = (g.left, g.top, g.right(), g.bottom());
    for (q, x, y, w, h) in g.quadrants() {
        html.open("g", &[("class", &format!("quadrant q-{}", q.code()))]);
        html.empty(
            "rect",
            &[
                ("x", &num(x)),
                ("y", &num(y)),
                ("width", &num(w)),
                ("height", &num(h)),
            ],
        );
        let name = StakeholdersText::quadrant(q).text(lang);
        for line in g.quadrant_name(name, (x, y, w, h)) {
            let fit = line.fit.map(num);
            let (tx, ty) = (num(line.x), num(line.y));
            let mut attrs = vec![
                (
                    "class",
                    if fit.is_some() {
                        "quadrant-name long"
                    } else {
                        "quadrant-name"
                    },
                ),
                ("text-anchor", "middle"),
                ("x", &tx),
                ("y", &ty),
            ];
            if let Some(fit) = &fit {
                attrs.push(("textLength", fit));
                attrs.push(("lengthAdjust", "spacingAndGlyphs"));
            }
            html.el("text", &attrs, &line.text);
        }
        html.close("g");
    }
    let axis = |html: &mut Html, x1: f64, y1: f64, x2: f64, y2: f64| {
        html.empty(
            "line",
            &[
                ("class", "axis"),
                ("x1", &num(x1)),
                ("y1", &num(y1)),
                ("x2", &num(x2)),
                ("y2", &num(y2)),
            ],
        );
    };
    axis(html, left, bottom, right, bottom);
    axis(html, left, top, left, bottom);
    for n in 1u8..=5 {
        let label = n.to_string();
        text(
            html,
            "tick",
            g.cell_left(n) + g.cell_w / 2.0,
            bottom + 16.0,
            "middle",
            &label,
        );
        text(
            html,
            "tick",
            left - g.tick_gap,
            g.cell_top(n) + g.cell_h / 2.0 + 4.0,
            "end",
            &label,
        );
    }
    let interest = format!("{} →", t(StakeholdersText::AxisInterest));
    text(
        html,
        "axis-label",
        (left + right) / 2.0,
        bottom + 36.0,
        "middle",
        &interest,
    );
    let mid = (top + bottom) / 2.0;
    html.el(
        "text",
        &[
            ("class", "axis-label"),
            ("x", &num(g.power_label_x)),
            ("y", &num(mid)),
            ("text-anchor", "middle"),
            (
                "transform",
                &format!("rotate(-90 {} {})", num(g.power_label_x), num(mid)),
            ),
        ],
        &format!("{} →", t(StakeholdersText::AxisPower)),
    );
}

/// One drawing of the power/interest grid in the geometry `g`.
fn grid_drawing(html: &mut Html, plan: &Plan, lang: Lang, g: Geometry, class: &str) {
    let t = |key: StakeholdersText| key.text(lang);
    open_svg(
        html,
        class,
        g.width,
        g.height,
        t(StakeholdersText::GridTitle),
    );
    grid_frame(html, lang, g);
    html.open("g", &[("class", "grid-points")]);
    for point in grid_points(plan, &g) {
        html.open(
            "g",
            &[
                ("class", "grid-point"),
                ("data-quadrant", point.quadrant.code()),
            ],
        );
        html.el("title", &[], &point.name);
        html.empty(
            "circle",
            &[("cx", &num(point.x)), ("cy", &num(point.y)), ("r", "5")],
        );
        if !point.label.is_empty() {
            text(
                html,
                "",
                point.x + 10.0,
                point.y + 4.0,
                "start",
                &point.label,
            );
        }
        html.close("g");
    }
    html.close("g");
    html.close("svg");
}

/// The value/effort matrix: each scored goal as a dot with its rank (as on step 3).
pub fn value_effort_matrix(html: &mut Html, plan: &Plan, lang: Lang) {
    use matrix::geometry::{HEIGHT, WIDTH};
    open_svg(
        html,
        "matrix",
        WIDTH,
        HEIGHT,
        GoalsText::MatrixTitle.text(lang),
    );
    matrix_drawing(html, plan, lang);
    html.close("svg");
}

/// What the value/effort matrix's `<svg>` holds: the quadrants with their names, the axes and
/// their scores, and a dot per scored goal with its rank, the goal's number and name as its
/// title. Step 3 draws its matrix from this too.
pub fn matrix_drawing(html: &mut Html, plan: &Plan, lang: Lang) {
    use matrix::geometry::{CELL, LEFT, TOP};
    for (q, x, y, w, h) in quadrant_areas() {
        html.empty(
            "rect",
            &[
                ("class", &format!("quadrant {}", q.class())),
                ("x", &num(x)),
                ("y", &num(y)),
                ("width", &num(w)),
                ("height", &num(h)),
            ],
        );
    }
    // The names over every area, so that a long one may run on into its neighbour's.
    for (q, x, y, w, h) in quadrant_areas() {
        let (tx, ty, anchor) = name_place(x, y, w, h);
        text(
            html,
            "quadrant-label",
            tx,
            ty,
            anchor,
            GoalsText::quadrant(q).text(lang),
        );
    }
    let size = CELL * 5.0;
    for n in 1u8..=5 {
        let c = f64::from(n) - 0.5;
        let label = n.to_string();
        text(
            html,
            "tick",
            LEFT + c * CELL,
            TOP + size + 16.0,
            "middle",
            &label,
        );
        text(
            html,
            "tick",
            LEFT - 8.0,
            TOP + (5.0 - c) * CELL + 4.0,
            "end",
            &label,
        );
    }
    let effort = GoalsText::AxisEffort.text(lang);
    text(
        html,
        "axis",
        LEFT + size / 2.0,
        TOP + size + 36.0,
        "middle",
        effort,
    );
    html.el(
        "text",
        &[
            ("class", "axis"),
            ("x", "0"),
            ("y", "0"),
            ("text-anchor", "middle"),
            (
                "transform",
                &format!("translate(16 {}) rotate(-90)", num(TOP + size / 2.0)),
            ),
        ],
        GoalsText::AxisValue.text(lang),
    );
    for dot in matrix::dots(plan) {
        let name = plan
            .implementation_goal(&dot.id)
            .map(|g| g.name.as_str())
            .unwrap_or_default();
        let (cx, cy) = dot.centre();
        let wont = if dot.wont { " wont" } else { "" };
        html.open(
            "g",
            &[
                ("class", &format!("dot {}{wont}", dot.quadrant.class())),
                ("data-goal", &dot.id.to_string()),
            ],
        );
        html.el("title", &[], &format!("{}. {name}", dot.rank));
        html.empty(
            "circle",
            &[
                ("cx", &num(cx)),
                ("cy", &num(cy)),
                ("r", &num(matrix::DOT_R)),
            ],
        );
        text(html, "", cx, cy + 4.0, "middle", &dot.rank.to_string());
        html.close("g");
    }
}

/// Rows per drawing of the timeline: a part fits on a page with room for its heading.
pub const TIMELINE_ROWS: usize = 24;
/// The paper timeline's width in user units: the label column and the chart.
const PAPER_WIDTH: f64 = 1000.0;
/// The label column of the paper timeline.
const PAPER_LABELS: f64 = 250.0;
/// Characters of a row's label that fit the label column (at the label's size).
const LABEL_CHARS: usize = 30;
/// The least room between two month labels.
const MONTH_LABEL_ROOM: f64 = 66.0;

/// The timeline by month: every plan as a lane from its start to its deadline and, when
/// `tasks`, its tasks below it; drawn in parts of [`TIMELINE_ROWS`] rows, all on one time scale,
/// so that a long plan breaks between pages at a part's edge rather than through a row. Each
/// part is a `<figure>` of its own.
pub fn timeline(plan: &Plan, lang: Lang, today: NaiveDate, tasks: bool) -> Vec<Fragment> {
    let expanded: Vec<_> = if tasks {
        plan.plans.iter().map(|p| p.id).collect()
    } else {
        Vec::new()
    };
    let layout = timeline::layout(plan, &expanded, Zoom::Month, today);
    let parts: Vec<_> = layout.rows.chunks(TIMELINE_ROWS).collect();
    let title = PlansText::TimelineTitle.text(lang);
    let mut figures = Vec::with_capacity(parts.len());
    for (i, rows) in parts.iter().enumerate() {
        let mut html = Html::default();
        let label = if parts.len() > 1 {
            let part = fill(
                ReportText::TimelinePart.text(lang),
                &[&(i + 1).to_string(), &parts.len().to_string()],
            );
            format!("{title}, {part}")
        } else {
            title.to_owned()
        };
        html.open("figure", &[("class", "report-figure report-timeline")]);
        timeline_part(&mut html, &layout, rows, &label, lang);
        html.close("figure");
        figures.push(html.finish());
    }
    figures
}

/// One part of the timeline: its rows, redrawn from the top of the part.
fn timeline_part(
    html: &mut Html,
    layout: &Layout,
    rows: &[timeline::Row],
    title: &str,
    lang: Lang,
) {
    let scale = (PAPER_WIDTH - PAPER_LABELS) / layout.width.max(1.0);
    let x = |chart_x: f64| PAPER_LABELS + chart_x * scale;
    let first_y = rows.first().map_or(HEADER_PX, |r| r.y);
    let y = |row_y: f64| row_y - first_y + HEADER_PX;
    let height = HEADER_PX + rows.len() as f64 * ROW_PX + 4.0;
    open_svg(
        html,
        "timeline report-timeline-chart",
        PAPER_WIDTH,
        height,
        title,
    );
    // Month lines, and a label on as many as have room.
    let mut last_label = f64::NEG_INFINITY;
    for &(tick_x, date) in &layout.ticks {
        let tx = x(tick_x);
        html.empty(
            "line",
            &[
                ("class", "tick"),
                ("x1", &num(tx)),
                ("y1", "0"),
                ("x2", &num(tx)),
                ("y2", &num(height)),
            ],
        );
        if tx - last_label >= MONTH_LABEL_ROOM && tx + MONTH_LABEL_ROOM <= PAPER_WIDTH {
            text(
                html,
                "tick-label",
                tx + 3.0,
                20.0,
                "start",
                &month_year(date),
            );
            last_label = tx;
        }
    }
    for row in rows {
        let top = y(row.y);
        let mid = top + ROW_PX / 2.0;
        let (class, indent) = match row.kind {
            RowKind::Plan => ("report-lane", 0.0),
            RowKind::Task => ("task", 14.0),
        };
        html.open("g", &[("class", class)]);
        let label = shorten(&row.label, LABEL_CHARS - (indent / 8.0) as usize);
        let label_class = match row.kind {
            RowKind::Plan => "lane-name",
            RowKind::Task => "task-label",
        };
        text(html, label_class, 4.0 + indent, mid + 4.0, "start", &label);
        if let Some(bar) = row.bar {
            let (bx, bw) = (x(bar.x), (bar.width * scale).max(2.0));
            let mut title = row.label.clone();
            if row.overdue {
                title = format!("{title} ({})", PlansText::Overdue.text(lang));
            }
            match row.kind {
                RowKind::Plan => {
                    let class = if row.overdue {
                        "plan-bar overdue"
                    } else {
                        "plan-bar"
                    };
                    html.open(
                        "rect",
                        &[
                            ("class", class),
                            ("x", &num(bx)),
                            ("y", &num(top + 6.0)),
                            ("width", &num(bw)),
                            ("height", &num(ROW_PX - 12.0)),
                        ],
                    );
                    html.el("title", &[], &title);
                    html.close("rect");
                }
                RowKind::Task if row.milestone => {
                    let cx = bx + bw;
                    let points = format!(
                        "{},{} {},{} {},{} {},{}",
                        num(cx),
                        num(mid - 7.0),
                        num(cx + 7.0),
                        num(mid),
                        num(cx),
                        num(mid + 7.0),
                        num(cx - 7.0),
                        num(mid)
                    );
                    html.open("polygon", &[("class", "milestone"), ("points", &points)]);
                    html.el("title", &[], &title);
                    html.close("polygon");
                }
                RowKind::Task => {
                    let class = if row.overdue {
                        "task-bar overdue"
                    } else {
                        "task-bar"
                    };
                    html.open(
                        "rect",
                        &[
                            ("class", class),
                            ("x", &num(bx)),
                            ("y", &num(top + 8.0)),
                            ("width", &num(bw)),
                            ("height", &num(ROW_PX - 16.0)),
                        ],
                    );
                    html.el("title", &[], &title);
                    html.close("rect");
                    if row.progress > 0 {
                        let done = bw * f64::from(row.progress.min(100)) / 100.0;
                        html.empty(
                            "rect",
                            &[
                                ("class", "task-progress"),
                                ("x", &num(bx)),
                                ("y", &num(top + 8.0)),
                                ("width", &num(done)),
                                ("height", &num(ROW_PX - 16.0)),
                            ],
                        );
                    }
                }
            }
        }
        html.close("g");
    }
    if let Some(today_x) = layout.today_x {
        let tx = x(today_x);
        html.open(
            "line",
            &[
                ("class", "today"),
                ("x1", &num(tx)),
                ("y1", &num(HEADER_PX - 6.0)),
                ("x2", &num(tx)),
                ("y2", &num(height)),
            ],
        );
        let day = layout.start + chrono::Duration::days((today_x / layout.day_px).round() as i64);
        html.el("title", &[], &long_date(day, lang));
        html.close("line");
    }
    html.close("svg");
}
