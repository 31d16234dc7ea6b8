//! The timeline (Gantt) layout: where each plan lane and task bar goes for given dates and zoom.
//! The screen draws exactly these numbers as SVG, so the geometry is tested here, natively.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::ids::Id;
use crate::plan::Plan;

/// How much time a screen width shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Zoom {
    /// Days are wide enough to read weeks and weekends.
    #[default]
    Week,
    /// Months at a glance.
    Month,
}

impl Zoom {
    /// Pixels per day.
    pub fn day_px(self) -> f64 {
        match self {
            Zoom::Week => 18.0,
            Zoom::Month => 4.0,
        }
    }
}

/// Height of one row.
pub const ROW_PX: f64 = 28.0;
/// Height of the date header above the rows.
pub const HEADER_PX: f64 = 32.0;
/// Width of the label column left of the chart.
pub const LABEL_PX: f64 = 190.0;
/// The longest span drawn, so that a far-off date cannot make the chart endless.
pub const MAX_DAYS: i64 = 1_500;

/// What a row shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// A plan's lane: its start to its deadline.
    Plan,
    /// A task of an expanded plan.
    Task,
}

/// A horizontal span on the chart, in pixels from the chart's first day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    /// Left edge.
    pub x: f64,
    /// Width (at least one day).
    pub width: f64,
}

/// One row of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Plan or task.
    pub kind: RowKind,
    /// The record's id.
    pub id: Id,
    /// The plan the row belongs to.
    pub plan: Id,
    /// The label (plan name or task title).
    pub label: String,
    /// Top of the row, below the header.
    pub y: f64,
    /// The bar, when the record has dates.
    pub bar: Option<Bar>,
    /// A milestone: drawn as a diamond at the bar's end.
    pub milestone: bool,
    /// Not done and due before today.
    pub overdue: bool,
    /// Percent done.
    pub progress: u8,
}

/// A dependency arrow from the end of one task to the start of another.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Arrow {
    /// Where it leaves (end of the task depended on).
    pub from: (f64, f64),
    /// Where it arrives (start of the dependent task).
    pub to: (f64, f64),
    /// The dependency ends after the dependent task starts.
    pub late: bool,
}

/// The whole timeline, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The chart's first day (a Monday).
    pub start: NaiveDate,
    /// Number of days shown.
    pub days: i64,
    /// Pixels per day.
    pub day_px: f64,
    /// Width of the chart area (without the label column).
    pub width: f64,
    /// Height of header and rows.
    pub height: f64,
    /// The rows, top to bottom.
    pub rows: Vec<Row>,
    /// Header ticks: Mondays (week zoom) or firsts of the month (month zoom).
    pub ticks: Vec<(f64, NaiveDate)>,
    /// Left edges of weekends (two days wide each).
    pub weekends: Vec<f64>,
    /// Where today is, when on the chart.
    pub today_x: Option<f64>,
    /// Dependency arrows between visible task rows.
    pub arrows: Vec<Arrow>,
}

/// Everything a drawn row shows, comparable and hashable: the chart keys its rows by it, so a
/// change redraws the rows it touched and no others.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RowKey {
    kind: RowKind,
    id: Id,
    label: String,
    /// `y`, bar x and bar width as bits (no bar: `u64::MAX`).
    geometry: [u64; 3],
    milestone: bool,
    overdue: bool,
    progress: u8,
}

impl Row {
    /// This row's key (see [`RowKey`]).
    pub fn key(&self) -> RowKey {
        RowKey {
            kind: self.kind,
            id: self.id,
            label: self.label.clone(),
            geometry: [
                self.y.to_bits(),
                self.bar.map_or(u64::MAX, |b| b.x.to_bits()),
                self.bar.map_or(u64::MAX, |b| b.width.to_bits()),
            ],
            milestone: self.milestone,
            overdue: self.overdue,
            progress: self.progress,
        }
    }
}

impl Layout {
    /// The x of the start of a day.
    pub fn x_of(&self, date: NaiveDate) -> f64 {
        (date - self.start).num_days() as f64 * self.day_px
    }
}

fn monday_on_or_before(d: NaiveDate) -> NaiveDate {
    d - Duration::days(i64::from(d.weekday().num_days_from_monday()))
}

/// Lays out the plans as lanes, with the tasks of the `expanded` plans as rows below their lane.
pub fn layout(plan: &Plan, expanded: &[Id], zoom: Zoom, today: NaiveDate) -> Layout {
    let mut dates: Vec<NaiveDate> = vec![today];
    for p in &plan.plans {
        dates.extend(p.start);
        dates.extend(p.deadline);
        if expanded.contains(&p.id) {
            for t in &p.tasks {
                dates.extend(t.start);
                dates.extend(t.due);
            }
        }
    }
    let min = dates.iter().copied().min().unwrap_or(today);
    let max = dates.iter().copied().max().unwrap_or(today);
    let start = monday_on_or_before(min - Duration::days(3));
    let days = ((max - start).num_days() + 14).clamp(28, MAX_DAYS);
    let end = start + Duration::days(days);
    let day_px = zoom.day_px();
    let x = |d: NaiveDate| (d.clamp(start, end) - start).num_days() as f64 * day_px;
    let span = |a: Option<NaiveDate>, b: Option<NaiveDate>| match (a.or(b), b.or(a)) {
        (Some(first), Some(last)) if last >= first => Some(Bar {
            x: x(first),
            width: (x(last) - x(first) + day_px).max(day_px),
        }),
        // Dates the wrong way round are a finding; draw the single day they name.
        (Some(first), Some(_)) => Some(Bar {
            x: x(first),
            width: day_px,
        }),
        _ => None,
    };

    let mut rows = Vec::new();
    let mut y = HEADER_PX;
    for p in &plan.plans {
        rows.push(Row {
            kind: RowKind::Plan,
            id: p.id,
            plan: p.id,
            label: p.name.clone(),
            y,
            bar: span(p.start, p.deadline),
            milestone: false,
            overdue: p.tasks.iter().any(|t| t.is_overdue(today)),
            progress: 0,
        });
        y += ROW_PX;
        if expanded.contains(&p.id) {
            for t in &p.tasks {
                rows.push(Row {
                    kind: RowKind::Task,
                    id: t.id,
                    plan: p.id,
                    label: t.title.clone(),
                    y,
                    bar: span(t.start, t.due),
                    milestone: t.milestone,
                    overdue: t.is_overdue(today),
                    progress: t.progress.min(100),
                });
                y += ROW_PX;
            }
        }
    }

    let positions: HashMap<&Id, (&Row, Option<NaiveDate>, Option<NaiveDate>)> = rows
        .iter()
        .filter(|r| r.kind == RowKind::Task)
        .filter_map(|r| {
            plan.task(&r.id)
                .map(|t| (&r.id, (r, t.first_day(), t.last_day())))
        })
        .collect();
    let mut arrows = Vec::new();
    for row in rows.iter().filter(|r| r.kind == RowKind::Task) {
        let Some(task) = plan.task(&row.id) else {
            continue;
        };
        let Some(to_bar) = row.bar else { continue };
        for dep in &task.depends_on {
            let Some((dep_row, _, dep_last)) = positions.get(dep) else {
                continue;
            };
            let Some(from_bar) = dep_row.bar else {
                continue;
            };
            arrows.push(Arrow {
                from: (from_bar.x + from_bar.width, dep_row.y + ROW_PX / 2.0),
                to: (to_bar.x, row.y + ROW_PX / 2.0),
                late: matches!((dep_last, task.first_day()), (Some(a), Some(b)) if *a >= b),
            });
        }
    }

    let mut ticks = Vec::new();
    let mut weekends = Vec::new();
    let mut d = start;
    while d < end {
        let first = match zoom {
            Zoom::Week => d.weekday() == Weekday::Mon,
            Zoom::Month => d.day() == 1,
        };
        if first {
            ticks.push((x(d), d));
        }
        if d.weekday() == Weekday::Sat {
            weekends.push(x(d));
        }
        d += Duration::days(1);
    }

    Layout {
        start,
        days,
        day_px,
        width: days as f64 * day_px,
        height: y + 4.0,
        rows,
        ticks,
        weekends,
        today_x: (today >= start && today < end).then(|| x(today)),
        arrows,
    }
}

/// Rows drawn past the visible ones, above and below, so that scrolling and Tab find them
/// drawn already.
pub const OVERSCAN_ROWS: usize = 6;
/// The drawn rows move in steps of this many, so that scrolling redraws now and then, not at
/// every pixel.
pub const CHUNK_ROWS: usize = 8;
/// Rows always drawn: a chart of up to this many rows is drawn whole.
pub const MIN_DRAWN_ROWS: usize = 32;

/// The rows worth drawing, as a range of row indices, when the part of the chart from `top` to
/// `bottom` (pixels from the chart's top edge, its date header included) is in view. A long
/// timeline draws the rows in view and a margin, not all of them; the range may run past the
/// last row.
pub fn rows_in_view(top: f64, bottom: f64) -> std::ops::Range<usize> {
    // A float's `as usize` saturates (NaN gives 0): any scroll position is safe.
    let row = |px: f64| ((px - HEADER_PX) / ROW_PX).floor().max(0.0) as usize;
    let first = row(top).saturating_sub(OVERSCAN_ROWS) / CHUNK_ROWS * CHUNK_ROWS;
    let last = row(bottom)
        .saturating_add(1 + OVERSCAN_ROWS)
        .div_ceil(CHUNK_ROWS)
        .saturating_mul(CHUNK_ROWS);
    first..last.max(first.saturating_add(MIN_DRAWN_ROWS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plans::TaskStatus;

    #[test]
    fn a_short_chart_is_drawn_whole_and_a_long_one_around_the_rows_in_view() {
        // At the top, or with the chart not scrolled into view at all.
        assert_eq!(rows_in_view(0.0, 500.0), 0..MIN_DRAWN_ROWS);
        assert_eq!(rows_in_view(-900.0, -400.0), 0..MIN_DRAWN_ROWS);
        // Scrolled to rows 60-77: they and a margin of at least OVERSCAN_ROWS each side.
        let top = HEADER_PX + 60.0 * ROW_PX;
        let range = rows_in_view(top, top + 18.0 * ROW_PX);
        assert!(range.start <= 60 - OVERSCAN_ROWS, "{range:?}");
        assert!(range.end >= 78 + OVERSCAN_ROWS, "{range:?}");
        assert!(range.len() <= 18 + 2 * OVERSCAN_ROWS + 2 * CHUNK_ROWS + MIN_DRAWN_ROWS);
        assert_eq!(range.start % CHUNK_ROWS, 0);
        // A few pixels of scrolling keep the same rows: no redraw.
        assert_eq!(rows_in_view(top + 5.0, top + 5.0 + 18.0 * ROW_PX), range);
        // Nonsense from the browser draws something rather than panicking.
        assert_eq!(rows_in_view(f64::NAN, f64::NAN), 0..MIN_DRAWN_ROWS);
        assert!(rows_in_view(f64::INFINITY, f64::INFINITY).start > 1_000_000);
    }

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, day).expect("date")
    }

    /// A plan from Wed 3 March to Fri 30 April 2027 with two tasks, the second after the first.
    fn sample() -> (Plan, Id, Id, Id) {
        let mut plan = Plan::new();
        let p = plan.add_plan("Pilot".into());
        let a = plan.add_task(&p, "Set up".into()).expect("task");
        let b = plan.add_task(&p, "Train".into()).expect("task");
        {
            let pl = plan.plan_mut(&p).expect("plan");
            pl.start = Some(d(3, 3));
            pl.deadline = Some(d(4, 30));
        }
        let t = plan.task_mut(&a).expect("a");
        t.start = Some(d(3, 3));
        t.due = Some(d(3, 12));
        let t = plan.task_mut(&b).expect("b");
        t.start = Some(d(3, 15));
        t.due = Some(d(3, 15));
        t.milestone = true;
        plan.add_dependency(&b, &a).expect("no cycle");
        (plan, p, a, b)
    }

    #[test]
    fn bars_sit_at_their_dates() {
        let (plan, p, a, b) = sample();
        let today = d(3, 10);
        let l = layout(&plan, std::slice::from_ref(&p), Zoom::Week, today);
        // 3 March minus 3 days is Sunday 28 February; the Monday before is 22 February.
        assert_eq!(l.start, d(2, 22));
        assert_eq!(l.day_px, 18.0);
        let row = |id: &Id| l.rows.iter().find(|r| &r.id == id).expect("row");
        let lane = row(&p);
        assert_eq!(lane.y, HEADER_PX);
        // 3 March is 9 days after 22 February; the lane runs through 30 April (58 days, inclusive).
        assert_eq!(
            lane.bar,
            Some(Bar {
                x: 9.0 * 18.0,
                width: 59.0 * 18.0
            })
        );
        let task = row(&a);
        assert_eq!(task.y, HEADER_PX + ROW_PX);
        assert_eq!(
            task.bar,
            Some(Bar {
                x: 162.0,
                width: 10.0 * 18.0
            })
        );
        let milestone = row(&b);
        assert!(milestone.milestone);
        assert_eq!(
            milestone.bar,
            Some(Bar {
                x: 21.0 * 18.0,
                width: 18.0
            })
        );
        assert_eq!(l.today_x, Some(16.0 * 18.0));
        assert_eq!(l.x_of(d(3, 10)), 288.0);
    }

    #[test]
    fn month_zoom_is_narrower_with_monthly_ticks() {
        let (plan, p, a, _) = sample();
        let l = layout(&plan, &[p], Zoom::Month, d(3, 10));
        let task = l.rows.iter().find(|r| r.id == a).expect("row");
        assert_eq!(
            task.bar,
            Some(Bar {
                x: 36.0,
                width: 40.0
            })
        );
        let months: Vec<_> = l.ticks.iter().map(|(_, d)| d.month()).collect();
        assert_eq!(&months[..3], [3, 4, 5]);
        assert_eq!(l.ticks[0].0, 7.0 * 4.0);
    }

    #[test]
    fn collapsed_plans_show_only_their_lane() {
        let (plan, _, _, _) = sample();
        let l = layout(&plan, &[], Zoom::Week, d(3, 10));
        assert_eq!(l.rows.len(), 1);
        assert!(l.arrows.is_empty());
    }

    #[test]
    fn dependencies_are_arrows_from_end_to_start() {
        let (plan, p, _, _) = sample();
        let l = layout(&plan, &[p], Zoom::Week, d(3, 10));
        assert_eq!(l.arrows.len(), 1);
        let arrow = l.arrows[0];
        assert_eq!(arrow.from, (162.0 + 180.0, HEADER_PX + ROW_PX * 1.5));
        assert_eq!(arrow.to, (378.0, HEADER_PX + ROW_PX * 2.5));
        assert!(!arrow.late);
    }

    #[test]
    fn overdue_tasks_and_weekends_are_marked() {
        let (mut plan, p, a, _) = sample();
        let l = layout(&plan, std::slice::from_ref(&p), Zoom::Week, d(3, 13));
        assert!(l.rows.iter().any(|r| r.id == a && r.overdue));
        assert!(l.rows.iter().any(|r| r.id == p && r.overdue));
        // The first Saturday is 27 February, 5 days in.
        assert_eq!(l.weekends[0], 5.0 * 18.0);
        plan.task_mut(&a).expect("a").status = TaskStatus::Done;
        let l = layout(&plan, &[p], Zoom::Week, d(3, 13));
        assert!(!l.rows.iter().any(|r| r.overdue));
    }

    #[test]
    fn far_dates_are_clamped() {
        let (mut plan, p, a, _) = sample();
        plan.task_mut(&a).expect("a").due = NaiveDate::from_ymd_opt(2099, 1, 1);
        let l = layout(&plan, &[p], Zoom::Month, d(3, 10));
        assert_eq!(l.days, MAX_DAYS);
        assert!(l
            .rows
            .iter()
            .all(|r| r.bar.is_none_or(|b| b.x + b.width <= l.width + 4.0)));
    }
}
