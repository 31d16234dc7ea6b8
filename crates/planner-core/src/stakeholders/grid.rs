//! The power/interest grid's drawing: its geometry (a wide one for screens and paper, a narrow
//! one for phones), the quadrants' areas and names, and where each stakeholder's point stands.
//! Step 1 and the report draw from it, so both show the same grid.

use crate::i18n::{fill, Lang, StakeholdersText, Text};
use crate::ids::Id;
use crate::plan::Plan;
use crate::stakeholders::Quadrant;

/// The fewest characters worth writing beside a point. A cell so crowded that its labels would
/// be shorter draws dots alone; a point's name shows when it is hovered or focused.
pub const MIN_LABEL_CHARS: usize = 4;

/// The drawing area of the grid, in SVG user units, and how much text it has room for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    /// Width of the whole drawing.
    pub width: f64,
    /// Height of the whole drawing.
    pub height: f64,
    /// Left edge of the plot (room for the power axis).
    pub left: f64,
    /// Top edge of the plot.
    pub top: f64,
    /// Width of one score cell (interest, x axis).
    pub cell_w: f64,
    /// Height of one score cell (power, y axis).
    pub cell_h: f64,
    /// Points per column inside a cell before another column starts.
    pub rows: usize,
    /// The band at the top of the plot and at its bottom where the quadrant names stand.
    pub label_band: f64,
    /// How many lines a quadrant's name may take.
    pub name_lines: usize,
    /// About how wide a character of a quadrant's name is drawn: bold capitals on the wide
    /// grid, bold as written on the narrow one.
    pub name_char: f64,
    /// About how wide a character of a point's label is drawn.
    pub label_char: f64,
    /// How far left of the plot the power scores end.
    pub tick_gap: f64,
    /// Where the power axis's name (drawn upwards) stands: its baseline's x.
    pub power_label_x: f64,
}

impl Geometry {
    /// The grid on a wide screen and on paper.
    pub const WIDE: Geometry = Geometry {
        width: 640.0,
        height: 560.0,
        left: 64.0,
        top: 16.0,
        cell_w: 112.0,
        cell_h: 96.0,
        rows: 4,
        label_band: 22.0,
        name_lines: 1,
        name_char: 10.5,
        label_char: 6.5,
        tick_gap: 10.0,
        power_label_x: 16.0,
    };

    /// The grid on a phone: drawn at about its own size in a 300 px column (the last column's labels
    /// and their ellipses keep a margin at the right), so that its text
    /// stays readable, with the quadrant names on two lines and fewer points per column.
    pub const NARROW: Geometry = Geometry {
        width: 304.0,
        height: 476.0,
        left: 28.0,
        top: 8.0,
        cell_w: 54.0,
        cell_h: 84.0,
        rows: 3,
        label_band: 32.0,
        name_lines: 2,
        name_char: 6.6,
        label_char: 6.9,
        tick_gap: 4.0,
        power_label_x: 13.0,
    };

    /// The narrowest box, in CSS pixels, the wide grid is drawn in: narrower, its 11 px labels
    /// would shrink under 10 px, so the narrow grid is drawn instead.
    pub const WIDE_FROM_PX: f64 = 560.0;

    /// The geometry for a box `px` CSS pixels wide.
    pub fn for_width(px: f64) -> Geometry {
        if px >= Self::WIDE_FROM_PX {
            Self::WIDE
        } else {
            Self::NARROW
        }
    }

    /// Whether this is the phone's drawing.
    pub fn is_narrow(&self) -> bool {
        self.name_lines > 1
    }

    /// The plot's right edge.
    pub fn right(&self) -> f64 {
        self.left + 5.0 * self.cell_w
    }

    /// The plot's bottom edge.
    pub fn bottom(&self) -> f64 {
        self.top + 5.0 * self.cell_h
    }

    /// The x of the left edge of an interest score's cell.
    pub fn cell_left(&self, interest: u8) -> f64 {
        self.left + f64::from(interest.clamp(1, 5) - 1) * self.cell_w
    }

    /// The y of the top edge of a power score's cell (power 5 at the top).
    pub fn cell_top(&self, power: u8) -> f64 {
        self.top + f64::from(5 - power.clamp(1, 5)) * self.cell_h
    }

    /// Each quadrant's area: (quadrant, x, y, width, height). Power runs up, interest right,
    /// split between scores 2 and 3 of each.
    pub fn quadrants(&self) -> [(Quadrant, f64, f64, f64, f64); 4] {
        let (left, top) = (self.left, self.top);
        let (right, bottom) = (self.right(), self.bottom());
        let (mid_x, mid_y) = (self.cell_left(3), self.cell_top(2));
        [
            (
                Quadrant::KeepSatisfied,
                left,
                top,
                mid_x - left,
                mid_y - top,
            ),
            (
                Quadrant::ManageClosely,
                mid_x,
                top,
                right - mid_x,
                mid_y - top,
            ),
            (Quadrant::Monitor, left, mid_y, mid_x - left, bottom - mid_y),
            (
                Quadrant::KeepInformed,
                mid_x,
                mid_y,
                right - mid_x,
                bottom - mid_y,
            ),
        ]
    }

    /// A quadrant's name laid out in its band: the top quadrants' along the plot's top edge,
    /// the bottom ones' along its bottom edge. It takes up to [`Geometry::name_lines`] lines,
    /// broken between words; a line still too long for the quadrant is fitted to it.
    pub fn quadrant_name(&self, name: &str, (x, y, w, h): (f64, f64, f64, f64)) -> Vec<NameLine> {
        const LINE: f64 = 13.0;
        let room = w - if self.is_narrow() { 8.0 } else { 12.0 };
        let per_line = (room / self.name_char).floor().max(1.0) as usize;
        let lines = wrap(name, per_line, self.name_lines);
        let first = if y <= self.top {
            y + 16.0
        } else {
            y + h - 7.0 - LINE * (lines.len() - 1) as f64
        };
        lines
            .into_iter()
            .enumerate()
            .map(|(i, text)| {
                let fit = (text.chars().count() as f64 * self.name_char > room).then_some(room);
                NameLine {
                    text,
                    x: x + w / 2.0,
                    y: first + LINE * i as f64,
                    fit,
                }
            })
            .collect()
    }
}

/// One line of a quadrant's name, centred on `x` with its baseline at `y`.
#[derive(Clone, Debug, PartialEq)]
pub struct NameLine {
    /// The words on this line.
    pub text: String,
    /// The line's centre.
    pub x: f64,
    /// The line's baseline.
    pub y: f64,
    /// The length the line is squeezed to when it would not fit its quadrant as it is.
    pub fit: Option<f64>,
}

/// `text`'s words in at most `lines` lines of about `per_line` characters, filled in order; what
/// does not fit the last line stays on it.
fn wrap(text: &str, per_line: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let full = out.len() == lines.max(1);
        match out.last_mut() {
            Some(line) if full || line.chars().count() + 1 + word.chars().count() <= per_line => {
                line.push(' ');
                line.push_str(word);
            }
            _ => out.push(word.to_owned()),
        }
    }
    out
}

/// One stakeholder drawn on the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct GridPoint {
    /// The stakeholder.
    pub id: Id,
    /// The full name (for the tooltip and screen readers).
    pub name: String,
    /// The label drawn beside the point, shortened to fit its cell; empty when the cell is
    /// too crowded for a readable one (see [`MIN_LABEL_CHARS`]).
    pub label: String,
    /// Power 1-5.
    pub power: u8,
    /// Interest 1-5.
    pub interest: u8,
    /// The quadrant.
    pub quadrant: Quadrant,
    /// Centre of the point, x.
    pub x: f64,
    /// Centre of the point, y.
    pub y: f64,
}

/// `name` trimmed and cut to `max` characters, the last of them an ellipsis when cut: a label
/// that must fit a chart.
pub(crate) fn shorten(name: &str, max: usize) -> String {
    let name = name.trim();
    if name.chars().count() <= max {
        name.to_owned()
    } else {
        let cut: String = name.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// `name` cut to the whole words that fit `max` characters with an ellipsis; only when not even
/// its first word fits, cut mid-word ([`shorten`]). A point's accessible name begins with the
/// whole name, and speech input matches whole words: a label cut mid-word ("Dilnoza Karim…") is
/// not part of that name (WCAG 2.5.3, "label in name"), a label of whole words is.
fn whole_words(name: &str, max: usize) -> String {
    let name = name.trim();
    if name.chars().count() <= max {
        return name.to_owned();
    }
    // The last space within the first `max` characters ends the words that fit with the
    // ellipsis.
    let head = name
        .char_indices()
        .nth(max)
        .map_or(name, |(at, _)| &name[..at]);
    match head.rfind(char::is_whitespace) {
        Some(at) => format!("{}…", name[..at].trim_end()),
        None => shorten(name, max),
    }
}

/// Lays out every scored stakeholder: stakeholders sharing a cell stand in rows (and, past
/// [`Geometry::rows`], in more columns) so that no two points or labels overlap.
pub fn grid_points(plan: &Plan, geometry: &Geometry) -> Vec<GridPoint> {
    let g = geometry;
    let scored: Vec<_> = plan
        .stakeholders
        .iter()
        // The project team is not analysed: scores kept from before they joined it stay off.
        .filter(|s| s.is_analysed())
        .filter_map(|s| Some((s, s.power?.clamp(1, 5), s.interest?.clamp(1, 5))))
        .collect();
    let mut points = Vec::with_capacity(scored.len());
    for &(s, power, interest) in &scored {
        let same: Vec<_> = scored
            .iter()
            .filter(|(_, p, i)| *p == power && *i == interest)
            .map(|(o, _, _)| &o.id)
            .collect();
        let n = same.len().max(1);
        let k = same.iter().position(|id| **id == s.id).unwrap_or(0);
        let columns = n.div_ceil(g.rows);
        let rows = n.min(g.rows);
        let (col, row) = (k / g.rows, k % g.rows);
        let col_w = g.cell_w / columns as f64;
        // The outer rows keep a band free for the quadrant names drawn there.
        let top_pad = if power == 5 { g.label_band } else { 4.0 };
        let bottom_pad = if power == 1 { g.label_band } else { 4.0 };
        let row_h = (g.cell_h - top_pad - bottom_pad) / rows as f64;
        let x = g.cell_left(interest) + col as f64 * col_w + 9.0;
        let y = g.cell_top(power) + top_pad + row_h * (row as f64 + 0.5);
        let max_chars = ((col_w - 18.0) / g.label_char).floor().max(0.0) as usize;
        points.push(GridPoint {
            id: s.id,
            name: s.name.clone(),
            label: Some(whole_words(&s.name, max_chars))
                .filter(|label| {
                    max_chars >= MIN_LABEL_CHARS && label.chars().count() >= MIN_LABEL_CHARS
                })
                .unwrap_or_default(),
            power,
            interest,
            quadrant: Quadrant::of(power, interest),
            x,
            y,
        });
    }
    points
}

/// What a point of the grid says to assistive technology and in its tooltip: the name, the
/// scores and the quadrant.
pub fn point_label(point: &GridPoint, lang: Lang) -> String {
    fill(
        StakeholdersText::PointLabel.text(lang),
        &[
            &point.name,
            &point.power.to_string(),
            &point.interest.to_string(),
            StakeholdersText::quadrant(point.quadrant).text(lang),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stakeholders::scored;

    const BOTH: [Geometry; 2] = [Geometry::WIDE, Geometry::NARROW];

    #[test]
    fn a_cut_label_keeps_whole_words() {
        assert_eq!(whole_words("Dilnoza Karimova", 20), "Dilnoza Karimova");
        assert_eq!(whole_words("Dilnoza Karimova", 14), "Dilnoza…");
        assert_eq!(whole_words("  Board of directors  ", 15), "Board of…");
        assert_eq!(whole_words("Компания Узтелеком", 12), "Компания…");
        assert_eq!(whole_words("Superintendent", 8), "Superin…");
    }

    #[test]
    fn a_points_label_names_it_its_scores_and_its_quadrant() {
        let mut plan = Plan::new();
        scored(&mut plan, "Akmal <Boss>", 5, 4);
        let points = grid_points(&plan, &Geometry::WIDE);
        assert_eq!(
            point_label(&points[0], Lang::En),
            "Akmal <Boss>: power 5, interest 4 — Manage closely"
        );
        assert_eq!(
            point_label(&points[0], Lang::Ru),
            "Akmal <Boss>: влияние 5, интерес 4 — Тесно работать"
        );
    }

    #[test]
    fn quadrants_follow_power_and_interest() {
        assert_eq!(Quadrant::of(5, 5), Quadrant::ManageClosely);
        assert_eq!(Quadrant::of(3, 3), Quadrant::ManageClosely);
        assert_eq!(Quadrant::of(4, 2), Quadrant::KeepSatisfied);
        assert_eq!(Quadrant::of(2, 4), Quadrant::KeepInformed);
        assert_eq!(Quadrant::of(1, 2), Quadrant::Monitor);
    }

    #[test]
    fn a_box_narrower_than_the_wide_grid_gets_the_narrow_one() {
        assert_eq!(Geometry::for_width(900.0), Geometry::WIDE);
        assert_eq!(Geometry::for_width(560.0), Geometry::WIDE);
        assert_eq!(Geometry::for_width(310.0), Geometry::NARROW);
        for g in BOTH {
            // Ticks under the plot and the axis's name under them stay inside the drawing.
            assert!(g.bottom() + 36.0 + 4.0 <= g.height, "{g:?}");
            assert!(g.right() <= g.width, "{g:?}");
        }
    }

    #[test]
    fn points_sit_inside_their_cell() {
        let mut plan = Plan::new();
        scored(&mut plan, "Board", 5, 2);
        for g in BOTH {
            let p = &grid_points(&plan, &g)[0];
            assert!(p.x > g.cell_left(2) && p.x < g.cell_left(3), "{p:?}");
            assert!(p.y > g.cell_top(5) && p.y < g.cell_top(4), "{p:?}");
            assert_eq!(p.quadrant, Quadrant::KeepSatisfied);
        }
    }

    #[test]
    fn points_sharing_a_cell_do_not_overlap() {
        let mut plan = Plan::new();
        for i in 0..7 {
            scored(&mut plan, &format!("Branch manager {i}"), 4, 4);
        }
        for g in BOTH {
            let points = grid_points(&plan, &g);
            for (i, a) in points.iter().enumerate() {
                assert!(a.x > g.cell_left(4) && a.x < g.cell_left(5));
                assert!(a.y > g.cell_top(4) && a.y < g.cell_top(3));
                for b in &points[..i] {
                    // A labelled point keeps its label's room; a dot alone, its own.
                    let room = if b.label.is_empty() { 12.0 } else { 40.0 };
                    let apart = (a.x - b.x).abs() >= room || (a.y - b.y).abs() >= 14.0;
                    assert!(apart, "{a:?} overlaps {b:?}");
                }
            }
            assert!(points
                .iter()
                .all(|p| p.label.chars().count() < p.name.chars().count()));
        }
    }

    #[test]
    fn a_label_ends_inside_its_cell() {
        let mut plan = Plan::new();
        scored(&mut plan, "Central bank supervision", 4, 5);
        scored(&mut plan, "Retail customers", 2, 3);
        for g in BOTH {
            for p in grid_points(&plan, &g) {
                let end = p.x + 10.0 + p.label.chars().count() as f64 * g.label_char;
                assert!(end <= g.cell_left(p.interest) + g.cell_w, "{g:?} {p:?}");
                assert!(p.label.chars().count() >= MIN_LABEL_CHARS, "{p:?}");
            }
        }
    }

    #[test]
    fn a_crowded_cell_draws_dots_without_labels_and_a_roomy_one_keeps_them() {
        let mut plan = Plan::new();
        for i in 0..12 {
            scored(&mut plan, &format!("Operator {i}"), 2, 2);
        }
        for i in 0..8 {
            scored(&mut plan, &format!("Manager {i}"), 4, 4);
        }
        let points = grid_points(&plan, &Geometry::WIDE);
        let crowded: Vec<_> = points.iter().filter(|p| p.power == 2).collect();
        assert_eq!(crowded.len(), 12);
        assert!(crowded.iter().all(|p| p.label.is_empty()), "{crowded:?}");
        for p in points.iter().filter(|p| p.power == 4) {
            assert!(p.label.chars().count() >= MIN_LABEL_CHARS, "{p:?}");
        }
    }

    #[test]
    fn points_leave_the_quadrant_names_free() {
        let mut plan = Plan::new();
        for i in 0..4 {
            scored(&mut plan, &format!("Top {i}"), 5, 5);
            scored(&mut plan, &format!("Bottom {i}"), 1, 1);
        }
        for g in BOTH {
            for p in grid_points(&plan, &g) {
                if p.power == 5 {
                    assert!(p.y - 6.0 > g.cell_top(5) + g.label_band - 4.0, "{p:?}");
                } else {
                    assert!(
                        p.y + 6.0 < g.cell_top(1) + g.cell_h - g.label_band + 4.0,
                        "{p:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_long_quadrant_name_takes_two_lines_in_its_band_on_a_phone() {
        let g = Geometry::NARROW;
        let [top, _, bottom, _] = g.quadrants();
        let area = |(_, x, y, w, h): (Quadrant, f64, f64, f64, f64)| (x, y, w, h);
        let lines = g.quadrant_name("Поддерживать удовлетворённость", area(top));
        let texts: Vec<_> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Поддерживать", "удовлетворённость"]);
        // The second line is squeezed a little to its quadrant; both stay in the band.
        assert!(lines[0].fit.is_none(), "{lines:?}");
        let natural = 17.0 * g.name_char;
        assert!(
            lines[1].fit.is_some_and(|fit| fit / natural > 0.85),
            "{lines:?}"
        );
        assert!(
            lines.iter().all(|l| l.y < g.top + g.label_band),
            "{lines:?}"
        );
        let lines = g.quadrant_name("Xabardor qilib turish", area(bottom));
        assert_eq!(lines.len(), 2);
        assert!(lines[0].y > g.bottom() - g.label_band && lines[1].y < g.bottom());
        // On the wide grid a name is one line, fitted when too long.
        let wide = Geometry::WIDE;
        let [top, ..] = wide.quadrants();
        let lines = wide.quadrant_name("ПОДДЕРЖИВАТЬ УДОВЛЕТВОРЁННОСТЬ", area(top));
        assert_eq!(lines.len(), 1);
        assert!(lines[0].fit.is_some());
        assert!(wide.quadrant_name("MONITOR", area(top))[0].fit.is_none());
    }

    #[test]
    fn the_project_team_is_not_on_the_grid_even_with_scores_kept() {
        let mut plan = Plan::new();
        let id = scored(&mut plan, "Analyst", 4, 4);
        scored(&mut plan, "Board", 5, 5);
        if let Some(s) = plan.stakeholder_mut(&id) {
            s.team = true;
        }
        let points = grid_points(&plan, &Geometry::WIDE);
        assert_eq!(points.len(), 1);
        assert_eq!(points[0].name, "Board");
    }

    #[test]
    fn words_wrap_into_at_most_the_lines_allowed() {
        assert_eq!(wrap("a bb ccc", 4, 2), ["a bb", "ccc"]);
        assert_eq!(wrap("a bb ccc dd", 4, 2), ["a bb", "ccc dd"]);
        assert_eq!(wrap("a bb ccc", 4, 1), ["a bb ccc"]);
        assert!(wrap("  ", 4, 2).is_empty());
    }
}
