//! The value/effort matrix of step 3: which quadrant each goal falls in, and where its dot goes.

use crate::goals::ImplementationGoal;
use crate::ids::Id;
use crate::plan::Plan;

/// Scores at or above this are high (on the 1-5 scale).
pub const HIGH: u8 = 3;

/// The four quadrants of the value/effort matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quadrant {
    /// High value, low effort: do first.
    QuickWin,
    /// High value, high effort: plan carefully.
    MajorProject,
    /// Low value, low effort: when there is time.
    FillIn,
    /// Low value, high effort: avoid.
    Avoid,
}

impl Quadrant {
    /// The CSS class the matrix draws the quadrant with (step 3 and the report).
    pub fn class(self) -> &'static str {
        match self {
            Quadrant::QuickWin => "q-quick",
            Quadrant::MajorProject => "q-major",
            Quadrant::FillIn => "q-fill",
            Quadrant::Avoid => "q-avoid",
        }
    }

    /// The quadrant of a value and an effort.
    pub fn of(value: u8, effort: u8) -> Quadrant {
        match (value >= HIGH, effort >= HIGH) {
            (true, false) => Quadrant::QuickWin,
            (true, true) => Quadrant::MajorProject,
            (false, false) => Quadrant::FillIn,
            (false, true) => Quadrant::Avoid,
        }
    }
}

/// A goal's dot: its scores, its quadrant, and its place among goals with the same scores.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Dot {
    /// The goal.
    pub id: Id,
    /// Its number in the ranked list (1-based), the label drawn in the dot.
    pub rank: usize,
    /// Value 1-5.
    pub value: u8,
    /// Effort 1-5.
    pub effort: u8,
    /// The quadrant.
    pub quadrant: Quadrant,
    /// Index among the goals sharing this cell, so that dots do not hide each other.
    pub stack: usize,
    /// Won't have this time: drawn greyed out, and left out of the quadrants' counts.
    pub wont: bool,
}

/// The drawing of the matrix, in SVG user units: the app's step 3 and the report draw the same.
pub mod geometry {
    /// Width of the whole drawing.
    pub const WIDTH: f64 = 340.0;
    /// Height of the whole drawing.
    pub const HEIGHT: f64 = 360.0;
    /// Left edge of the plot (room for the value axis).
    pub const LEFT: f64 = 56.0;
    /// Top edge of the plot (room for the upper quadrants' names).
    pub const TOP: f64 = 26.0;
    /// Side of one score cell.
    pub const CELL: f64 = 54.0;
}

/// The radius of a goal's dot.
pub const DOT_R: f64 = 8.5;

/// Each quadrant's area on the drawing: (quadrant, x, y, width, height). Value runs up, effort
/// right, split at [`HIGH`]: quick wins top left.
pub fn quadrant_areas() -> [(Quadrant, f64, f64, f64, f64); 4] {
    use geometry::{CELL, LEFT, TOP};
    let split_x = LEFT + CELL * f64::from(HIGH - 1);
    let split_y = TOP + CELL * f64::from(6 - HIGH);
    let (right, bottom) = (LEFT + CELL * 5.0, TOP + CELL * 5.0);
    [
        (Quadrant::QuickWin, LEFT, TOP, split_x - LEFT, split_y - TOP),
        (
            Quadrant::MajorProject,
            split_x,
            TOP,
            right - split_x,
            split_y - TOP,
        ),
        (
            Quadrant::FillIn,
            LEFT,
            split_y,
            split_x - LEFT,
            bottom - split_y,
        ),
        (
            Quadrant::Avoid,
            split_x,
            split_y,
            right - split_x,
            bottom - split_y,
        ),
    ]
}

/// Where a quadrant's name stands: (x, y, text-anchor). Upper names sit above the plot and
/// lower ones on its bottom edge, where no dot's centre comes close, so no name hides a dot.
pub fn name_place(x: f64, y: f64, width: f64, height: f64) -> (f64, f64, &'static str) {
    use geometry::{LEFT, TOP};
    let (tx, anchor) = if x > LEFT {
        (x + width - 4.0, "end")
    } else {
        (x + 4.0, "start")
    };
    let ty = if y > TOP { y + height - 5.0 } else { TOP - 8.0 };
    (tx, ty, anchor)
}

impl Dot {
    /// The centre of the dot: the first of a cell at its centre, the next ones around it.
    pub fn centre(&self) -> (f64, f64) {
        use geometry::{CELL, LEFT, TOP};
        // Far enough apart that two dots of radius [`DOT_R`] do not touch, near enough that
        // the outer ones stay in their cell.
        const D: f64 = 18.0;
        const AROUND: [(f64, f64); 9] = [
            (0.0, 0.0),
            (D, 0.0),
            (-D, 0.0),
            (0.0, D),
            (0.0, -D),
            (D, D),
            (-D, -D),
            (D, -D),
            (-D, D),
        ];
        let (dx, dy) = AROUND[self.stack % AROUND.len()];
        (
            LEFT + (f64::from(self.effort) - 0.5) * CELL + dx,
            TOP + (5.5 - f64::from(self.value)) * CELL + dy,
        )
    }
}

/// The dots of every goal that has both a value and an effort.
pub fn dots(plan: &Plan) -> Vec<Dot> {
    let ranked: Vec<&ImplementationGoal> = crate::goals::ranking::ranked(plan);
    let mut out: Vec<Dot> = Vec::new();
    for (i, g) in ranked.iter().enumerate() {
        let (Some(value), Some(effort)) = (g.value, g.effort) else {
            continue;
        };
        let stack = out
            .iter()
            .filter(|d| d.value == value && d.effort == effort)
            .count();
        out.push(Dot {
            id: g.id,
            rank: i + 1,
            value,
            effort,
            quadrant: Quadrant::of(value, effort),
            stack,
            wont: g.priority == Some(crate::goals::Priority::Wont),
        });
    }
    out
}

/// The ranks of the goals in each quadrant, the most valuable first, leaving out won't-have
/// goals: they stay on the matrix, greyed, but are not part of what will be done.
pub fn legend<'a>(dots: impl Iterator<Item = &'a Dot> + Clone) -> [(Quadrant, Vec<usize>); 4] {
    [
        Quadrant::QuickWin,
        Quadrant::MajorProject,
        Quadrant::FillIn,
        Quadrant::Avoid,
    ]
    .map(|q| {
        let ranks = dots
            .clone()
            .filter(|d| d.quadrant == q && !d.wont)
            .map(|d| d.rank)
            .collect();
        (q, ranks)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quadrants_follow_value_and_effort() {
        assert_eq!(Quadrant::of(5, 1), Quadrant::QuickWin);
        assert_eq!(Quadrant::of(3, 3), Quadrant::MajorProject);
        assert_eq!(Quadrant::of(2, 2), Quadrant::FillIn);
        assert_eq!(Quadrant::of(1, 5), Quadrant::Avoid);
    }

    #[test]
    fn dots_in_one_cell_are_stacked_and_unscored_goals_skipped() {
        let mut plan = Plan::new();
        for name in ["a", "b", "c"] {
            let id = plan.add_implementation_goal(name.into());
            let g = plan.implementation_goal_mut(&id).expect("goal");
            if name != "c" {
                g.value = Some(4);
                g.effort = Some(2);
            }
        }
        let dots = dots(&plan);
        assert_eq!(dots.len(), 2);
        assert_eq!((dots[0].stack, dots[1].stack), (0, 1));
        assert_eq!(dots[1].rank, 2);
        assert_eq!(dots[0].quadrant, Quadrant::QuickWin);
    }

    #[test]
    fn nine_goals_in_one_cell_neither_touch_nor_leave_it() {
        use geometry::{CELL, LEFT, TOP};
        let at = |stack| Dot {
            id: Id::from("g1"),
            rank: stack + 1,
            value: 5,
            effort: 3,
            quadrant: Quadrant::MajorProject,
            stack,
            wont: false,
        };
        let centres: Vec<_> = (0..9).map(|k| at(k).centre()).collect();
        for (i, &(x, y)) in centres.iter().enumerate() {
            assert!(x - DOT_R > LEFT + 2.0 * CELL && x + DOT_R < LEFT + 3.0 * CELL);
            assert!(y - DOT_R > TOP && y + DOT_R < TOP + CELL);
            for &(ox, oy) in &centres[..i] {
                assert!(
                    (x - ox).hypot(y - oy) > 2.0 * DOT_R,
                    "dot {i} touches another"
                );
            }
        }
    }

    #[test]
    fn a_wont_have_goal_is_greyed_and_left_out_of_the_legend() {
        let mut plan = Plan::new();
        for (name, priority) in [
            ("now", crate::goals::Priority::Must),
            ("later", crate::goals::Priority::Wont),
        ] {
            let id = plan.add_implementation_goal(name.into());
            let g = plan.implementation_goal_mut(&id).expect("goal");
            g.priority = Some(priority);
            g.value = Some(5);
            g.effort = Some(1);
        }
        let dots = dots(&plan);
        assert_eq!(
            dots.iter().map(|d| d.wont).collect::<Vec<_>>(),
            [false, true]
        );
        let legend = legend(dots.iter());
        assert_eq!(legend[0], (Quadrant::QuickWin, vec![1]));
        assert!(legend[1..].iter().all(|(_, ranks)| ranks.is_empty()));
    }
}
