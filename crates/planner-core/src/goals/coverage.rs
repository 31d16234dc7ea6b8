//! Step 3's coverage views: interaction areas × functional levels, and resistance by unit.

use crate::goals::{Priority, Resistance};
use crate::i18n::{GoalsText, Lang, Text};
use crate::ids::Id;
use crate::outputs::report::html::{Fragment, Html};
use crate::plan::Plan;
use crate::profile::FunctionalLevel;
use crate::strategy::InteractionArea;

/// How many goals (other than won't-have) cover an area at a level.
pub fn cell(plan: &Plan, area: InteractionArea, level: FunctionalLevel) -> usize {
    plan.implementation_goals
        .iter()
        .filter(|g| g.priority != Some(Priority::Wont))
        .filter(|g| g.areas.contains(&area) && g.touched_levels(plan).contains(&level))
        .count()
}

/// The areas the coverage grid shows: those in scope, then any a goal names.
pub fn areas(plan: &Plan) -> Vec<InteractionArea> {
    InteractionArea::ALL
        .into_iter()
        .filter(|a| {
            plan.scope_decision(*a).is_some_and(|d| d.in_scope)
                || plan
                    .implementation_goals
                    .iter()
                    .any(|g| g.areas.contains(a))
        })
        .collect()
}

/// The coverage table's rows as document nodes, for step 3's view to draw with the DOM: an area
/// a row with the goals at each level, a cell with goals marked covered and an empty one in
/// scope marked as a gap.
pub fn coverage_rows_html(plan: &Plan, lang: Lang) -> Fragment {
    let mut html = Html::default();
    for area in areas(plan) {
        let in_scope = plan.scope_decision(area).is_some_and(|d| d.in_scope);
        html.open("tr", &[]);
        html.el("th", &[("scope", "row")], GoalsText::area(area).text(lang));
        for level in FunctionalLevel::ALL {
            let n = cell(plan, area, level);
            let class = match (n, in_scope) {
                (0, true) => Some("gap"),
                (0, false) => None,
                _ => Some("covered"),
            };
            let attrs = class.map(|c| ("class", c));
            html.el("td", attrs.as_slice(), &n.to_string());
        }
        html.close("tr");
    }
    html.finish()
}

/// The resistance a unit meets: how many goals touching it expect low, medium and high.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitResistance {
    /// The unit.
    pub unit: Id,
    /// Goals with low, medium and high resistance touching it.
    pub counts: [usize; 3],
    /// High-resistance goals without a mitigation.
    pub unmitigated: usize,
}

/// Resistance by unit, in the profile's unit order.
pub fn resistance_by_unit(plan: &Plan) -> Vec<UnitResistance> {
    plan.profile
        .units
        .iter()
        .map(|u| {
            let mut counts = [0; 3];
            let mut unmitigated = 0;
            for g in plan
                .implementation_goals
                .iter()
                .filter(|g| g.units.contains(&u.id))
            {
                if let Some(r) = g.resistance {
                    counts[r as usize] += 1;
                    if r == Resistance::High && g.mitigation.trim().is_empty() {
                        unmitigated += 1;
                    }
                }
            }
            UnitResistance {
                unit: u.id,
                counts,
                unmitigated,
            }
        })
        .collect()
}

/// The resistance table's rows as document nodes, for step 3's view: a unit a row with its
/// goals of low, medium and high resistance and the high ones without a mitigation, the last
/// two marked when not zero.
pub fn resistance_rows_html(plan: &Plan) -> Fragment {
    let mut html = Html::default();
    for row in resistance_by_unit(plan) {
        let name = plan
            .profile
            .units
            .iter()
            .find(|u| u.id == row.unit)
            .map_or("", |u| u.name.as_str());
        let [low, medium, high] = row.counts;
        html.open("tr", &[]);
        html.el("th", &[("scope", "row")], name);
        html.el("td", &[], &low.to_string());
        html.el("td", &[], &medium.to_string());
        let marked = |on: bool, class: &'static str| on.then_some(("class", class));
        html.el("td", marked(high > 0, "high").as_slice(), &high.to_string());
        let open = row.unmitigated;
        html.el("td", marked(open > 0, "gap").as_slice(), &open.to_string());
        html.close("tr");
    }
    html.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_count_goals_by_area_and_level() {
        let mut plan = Plan::new();
        let branch = plan.add_unit("Branches".into(), FunctionalLevel::Operational, true);
        let g = plan.add_implementation_goal("Leads".into());
        {
            let g = plan.implementation_goal_mut(&g).expect("goal");
            g.areas = vec![InteractionArea::Sales];
            g.units = vec![branch];
            g.levels = vec![FunctionalLevel::Tactical];
            g.resistance = Some(Resistance::High);
        }
        assert_eq!(
            cell(&plan, InteractionArea::Sales, FunctionalLevel::Operational),
            1
        );
        assert_eq!(
            cell(&plan, InteractionArea::Sales, FunctionalLevel::Tactical),
            1
        );
        assert_eq!(
            cell(&plan, InteractionArea::Sales, FunctionalLevel::Strategic),
            0
        );
        assert_eq!(
            cell(
                &plan,
                InteractionArea::Service,
                FunctionalLevel::Operational
            ),
            0
        );
        assert_eq!(areas(&plan), [InteractionArea::Sales]);
        let r = resistance_by_unit(&plan);
        assert_eq!(r[0].counts, [0, 0, 1]);
        assert_eq!(r[0].unmitigated, 1);
        let rows = coverage_rows_html(&plan, Lang::En).to_html();
        // Sales is named by a goal, not in scope: its empty levels are not gaps.
        assert_eq!(rows.matches("<tr>").count(), 1, "{rows}");
        assert_eq!(
            rows.matches(r#"<td class="covered">1</td>"#).count(),
            2,
            "{rows}"
        );
        assert_eq!(rows.matches("<td>0</td>").count(), 1, "{rows}");
        let units = resistance_rows_html(&plan).to_html();
        assert!(
            units.contains(r#"<th scope="row">Branches</th><td>0</td><td>0</td><td class="high">1</td><td class="gap">1</td>"#),
            "{units}"
        );
        plan.implementation_goal_mut(&g).expect("goal").priority = Some(Priority::Wont);
        assert_eq!(
            cell(&plan, InteractionArea::Sales, FunctionalLevel::Operational),
            0
        );
    }
}
