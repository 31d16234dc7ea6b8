//! Derived views of step 1, computed from the plan so that the screens only draw them: the
//! quadrant counts, the attitude gaps, the activities table and the register (the grid's
//! drawing is in [`super::grid`]).

use crate::i18n::{Lang, StakeholdersText, Text};
use crate::ids::Id;
use crate::outputs::report::html::{num, Fragment, Html};
use crate::plan::Plan;
use crate::stakeholders::{Activity, Attitude, Quadrant};

/// How many stakeholders stand in each quadrant, the most engaged first (manage closely, keep
/// satisfied, keep informed, monitor), and how many are not scored yet. Members of the project
/// team are not analysed, so not counted.
pub fn quadrant_counts(plan: &Plan) -> ([(Quadrant, usize); 4], usize) {
    let count = |q: Option<Quadrant>| {
        plan.analysed_stakeholders()
            .filter(|s| s.quadrant() == q)
            .count()
    };
    let counts = [
        Quadrant::ManageClosely,
        Quadrant::KeepSatisfied,
        Quadrant::KeepInformed,
        Quadrant::Monitor,
    ]
    .map(|q| (q, count(Some(q))));
    (counts, count(None))
}

/// Stakeholders not on the grid yet (power or interest missing): (id, name). Members of the
/// project team are not scored, so not missing from it.
pub fn unscored(plan: &Plan) -> Vec<(Id, String)> {
    plan.analysed_stakeholders()
        .filter(|s| s.quadrant().is_none())
        .map(|s| (s.id, s.name.clone()))
        .collect()
}

/// One row of the attitude-gap table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct GapRow {
    /// The stakeholder.
    pub id: Id,
    /// Their name.
    pub name: String,
    /// Attitude today.
    pub current: Attitude,
    /// Attitude the project needs, once chosen.
    pub desired: Option<Attitude>,
}

impl GapRow {
    /// Desired minus current rank: how far they must move (negative: further than needed);
    /// `None` while the desired attitude is not chosen.
    pub fn gap(&self) -> Option<i8> {
        self.desired
            .map(|desired| desired.rank() - self.current.rank())
    }
}

/// The attitude-gap table's rows as document nodes, for step 1's view to draw straight with the
/// DOM: the name, both attitudes and the gap as a bar from today's attitude to the one needed,
/// with its size ("+2", or "on target"); "—" where the desired attitude is not chosen yet.
pub fn gap_rows_html(rows: &[GapRow], lang: Lang) -> Fragment {
    let mut html = Html::default();
    let label = |key: StakeholdersText| key.text(lang);
    for row in rows {
        html.open("tr", &[("data-id", &row.id.to_string())]);
        html.el("th", &[("scope", "row")], &row.name);
        html.el(
            "td",
            &[("data-label", label(StakeholdersText::CurrentAttitude))],
            StakeholdersText::attitude(row.current).text(lang),
        );
        html.el(
            "td",
            &[("data-label", label(StakeholdersText::DesiredAttitude))],
            row.desired
                .map_or("—", |a| StakeholdersText::attitude(a).text(lang)),
        );
        html.open(
            "td",
            &[
                ("class", "gap-cell"),
                ("data-label", label(StakeholdersText::GapColumn)),
            ],
        );
        match (row.desired, row.gap()) {
            (Some(desired), Some(gap)) => {
                // The bar spans the attitude scale (0-4) from current to desired.
                let (current, desired) = (row.current.rank(), desired.rank());
                let (from, to) = (current.min(desired), current.max(desired));
                html.open(
                    "svg",
                    &[
                        ("class", "gap-bar"),
                        ("viewBox", "0 0 100 12"),
                        ("aria-hidden", "true"),
                        ("preserveAspectRatio", "none"),
                    ],
                );
                html.empty(
                    "rect",
                    &[
                        ("class", "gap-track"),
                        ("x", "0"),
                        ("y", "4"),
                        ("width", "100"),
                        ("height", "4"),
                    ],
                );
                html.empty(
                    "rect",
                    &[
                        ("class", if gap < 0 { "gap-span back" } else { "gap-span" }),
                        ("x", &num(f64::from(from) * 25.0)),
                        ("y", "2"),
                        ("width", &num((f64::from(to - from) * 25.0).max(2.0))),
                        ("height", "8"),
                    ],
                );
                html.close("svg");
                let shown = if gap == 0 {
                    StakeholdersText::OnTarget.text(lang).to_owned()
                } else {
                    format!("{gap:+}")
                };
                html.el("span", &[("class", "gap-value")], &shown);
            }
            _ => html.el("span", &[("class", "gap-value")], "—"),
        }
        html.close("td");
        html.close("tr");
    }
    html.finish()
}

/// The activities table's rows as document nodes, for step 1's view: the name, then for each
/// activity a dot or a middle dot, with "yes" or "no" for screen readers.
pub fn activity_rows_html(rows: &[ActivityRow], lang: Lang) -> Fragment {
    let mut html = Html::default();
    for row in rows {
        html.open("tr", &[("data-id", &row.id.to_string())]);
        html.el("th", &[("scope", "row")], &row.name);
        for on in row.takes_part {
            html.open("td", if on { &[("class", "on")] } else { &[] });
            html.el(
                "span",
                &[("aria-hidden", "true")],
                if on { "●" } else { "·" },
            );
            let said = if on {
                StakeholdersText::Yes
            } else {
                StakeholdersText::No
            };
            html.el("span", &[("class", "visually-hidden")], said.text(lang));
            html.close("td");
        }
        html.close("tr");
    }
    html.finish()
}

/// The attitude-gap table: every stakeholder analysed (not the project team's members),
/// largest gap first, register order within a gap; those whose desired attitude is not chosen
/// yet come last.
pub fn attitude_gaps(plan: &Plan) -> Vec<GapRow> {
    let mut rows: Vec<GapRow> = plan
        .analysed_stakeholders()
        .map(|s| GapRow {
            id: s.id,
            name: s.name.clone(),
            current: s.current_attitude,
            desired: s.desired_attitude,
        })
        .collect();
    crate::order::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.gap()));
    rows
}

/// One row of the stakeholders × activities table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ActivityRow {
    /// The stakeholder.
    pub id: Id,
    /// Their name.
    pub name: String,
    /// Whether they take part in each of [`Activity::ALL`], in that order.
    pub takes_part: [bool; 3],
}

/// The stakeholders × activities table, in register order, and how many take part in each;
/// the project team's members are not analysed, so not in it.
pub fn activity_rows(plan: &Plan) -> (Vec<ActivityRow>, [usize; 3]) {
    let mut totals = [0; 3];
    let rows = plan
        .analysed_stakeholders()
        .map(|s| {
            let takes_part = Activity::ALL.map(|a| s.takes_part_in(a));
            for (total, on) in totals.iter_mut().zip(takes_part) {
                *total += usize::from(on);
            }
            ActivityRow {
                id: s.id,
                name: s.name.clone(),
                takes_part,
            }
        })
        .collect();
    (rows, totals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stakeholders::{scored, Category};

    #[test]
    fn unscored_stakeholders_are_listed_apart() {
        let mut plan = Plan::new();
        scored(&mut plan, "A", 1, 1);
        plan.add_stakeholder("B".into(), Category::It);
        assert_eq!(unscored(&plan).len(), 1);
        assert_eq!(unscored(&plan)[0].1, "B");
    }

    #[test]
    fn the_gap_rows_show_both_attitudes_and_the_gap_as_text() {
        let mut plan = Plan::new();
        let a = plan.add_stakeholder("<b>Branch</b>".into(), Category::Users);
        let b = plan.add_stakeholder("Board".into(), Category::Management);
        plan.add_stakeholder("Clerks".into(), Category::Users);
        if let Some(s) = plan.stakeholder_mut(&a) {
            s.current_attitude = Attitude::Resistant;
            s.desired_attitude = Some(Attitude::Supportive);
        }
        if let Some(s) = plan.stakeholder_mut(&b) {
            s.current_attitude = Attitude::Leading;
            s.desired_attitude = Some(Attitude::Leading);
        }
        let html = gap_rows_html(&attitude_gaps(&plan), Lang::En).to_html();
        // The name stays text, the largest gap comes first, and no desired attitude means no gap.
        assert!(html.contains("&lt;b&gt;Branch&lt;/b&gt;"), "{html}");
        assert!(
            html.contains(r#"<span class="gap-value">+2</span>"#),
            "{html}"
        );
        assert!(html.contains(r#"class="gap-span""#), "{html}");
        assert!(html.contains(">on target<"), "{html}");
        assert_eq!(
            html.matches(r#"<span class="gap-value">—</span>"#).count(),
            1
        );
        assert_eq!(html.matches("<tr ").count(), 3);
        let ru = gap_rows_html(&attitude_gaps(&plan), Lang::Ru).to_html();
        assert!(!ru.contains(">on target<"), "{ru}");
    }

    #[test]
    fn the_activity_rows_mark_each_activity_for_eyes_and_screen_readers() {
        let mut plan = Plan::new();
        let a = plan.add_stakeholder("Sales".into(), Category::Users);
        if let Some(s) = plan.stakeholder_mut(&a) {
            s.activities = vec![Activity::ALL[1]];
        }
        let (rows, totals) = activity_rows(&plan);
        assert_eq!(totals, [0, 1, 0]);
        let html = activity_rows_html(&rows, Lang::En).to_html();
        assert_eq!(html.matches(r#"<td class="on">"#).count(), 1, "{html}");
        assert_eq!(html.matches("<td>").count(), 2, "{html}");
        assert!(
            html.contains(r#"<span class="visually-hidden">yes</span>"#),
            "{html}"
        );
        assert_eq!(
            html.matches(r#"<span class="visually-hidden">no</span>"#)
                .count(),
            2
        );
    }
}

/// How the register is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RegisterSort {
    /// In the order entered.
    #[default]
    Entered,
    /// By name, A to Z.
    Name,
    /// By power, highest first.
    Power,
    /// By interest, highest first.
    Interest,
    /// By the gap between current and desired attitude, largest first.
    Gap,
}

impl RegisterSort {
    /// All orders, as the sort menu lists them.
    pub const ALL: [RegisterSort; 5] = [
        RegisterSort::Entered,
        RegisterSort::Name,
        RegisterSort::Power,
        RegisterSort::Interest,
        RegisterSort::Gap,
    ];

    /// The stable code used in form values.
    pub fn code(self) -> &'static str {
        match self {
            RegisterSort::Entered => "entered",
            RegisterSort::Name => "name",
            RegisterSort::Power => "power",
            RegisterSort::Interest => "interest",
            RegisterSort::Gap => "gap",
        }
    }

    /// The order with this code.
    pub fn from_code(code: &str) -> Option<RegisterSort> {
        RegisterSort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// What the register shows: a name search, filters and an order.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RegisterFilter {
    /// Part of the name, any case.
    pub search: String,
    /// Only this category.
    pub category: Option<crate::stakeholders::Category>,
    /// Only this current attitude.
    pub attitude: Option<crate::stakeholders::Attitude>,
    /// Only this quadrant (`Some(None)`: only the stakeholders not yet scored, never a member
    /// of the project team, who is not scored at all).
    pub quadrant: Option<Option<Quadrant>>,
    /// Only the members of the project team.
    pub team: bool,
    /// The order.
    pub sort: RegisterSort,
}

/// The ids of the stakeholders the register shows, in order.
pub fn register(plan: &Plan, filter: &RegisterFilter) -> Vec<Id> {
    let needle = filter.search.trim().to_lowercase();
    let mut shown: Vec<_> = plan
        .stakeholders
        .iter()
        .filter(|s| needle.is_empty() || s.name.to_lowercase().contains(&needle))
        .filter(|s| filter.category.is_none_or(|c| s.category == c))
        .filter(|s| filter.attitude.is_none_or(|a| s.current_attitude == a))
        .filter(|s| {
            filter
                .quadrant
                .is_none_or(|q| s.quadrant() == q && (q.is_some() || s.is_analysed()))
        })
        .filter(|s| !filter.team || s.team)
        .collect();
    // Stable sorts: ties keep the order entered.
    match filter.sort {
        RegisterSort::Entered => {}
        RegisterSort::Name => crate::order::sort_by_key(&mut shown, |s| s.name.to_lowercase()),
        RegisterSort::Power => {
            crate::order::sort_by_key(&mut shown, |s| std::cmp::Reverse(s.power))
        }
        RegisterSort::Interest => {
            crate::order::sort_by_key(&mut shown, |s| std::cmp::Reverse(s.interest))
        }
        // No desired attitude yet: no gap, so last (`Reverse(None)` sorts after every gap).
        RegisterSort::Gap => {
            crate::order::sort_by_key(&mut shown, |s| std::cmp::Reverse(s.attitude_gap()))
        }
    }
    shown.into_iter().map(|s| s.id).collect()
}

/// The people an owner or responsible picker offers, (id, name): everyone in step 1's
/// register, the organisation's own people (the project team's members among them) first (see
/// [`Stakeholder::is_internal`]), then customers, suppliers and other outsiders, each group in
/// the register's order.
///
/// [`Stakeholder::is_internal`]: crate::stakeholders::Stakeholder::is_internal
pub fn people(plan: &Plan) -> Vec<(Id, String)> {
    let (inside, outside): (Vec<_>, Vec<_>) =
        plan.stakeholders.iter().partition(|s| s.is_internal());
    inside
        .into_iter()
        .chain(outside)
        .map(|s| (s.id, s.name.clone()))
        .collect()
}

/// The name a people picker offers to add to the project team for what was typed: the typed
/// text, trimmed, when it is not empty and is nobody's name in `people` (compared without
/// regard to case and runs of spaces, so that no one is added twice); else none.
pub fn new_team_name(people: &[(Id, String)], typed: &str) -> Option<String> {
    let key = |name: &str| {
        name.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let wanted = key(typed);
    if wanted.is_empty() || people.iter().any(|(_, name)| key(name) == wanted) {
        return None;
    }
    Some(typed.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod register_tests {
    #[test]
    fn pickers_offer_the_organisations_own_people_first_in_register_order() {
        use crate::stakeholders::Category;
        let mut plan = Plan::new();
        let clients = plan.add_stakeholder("Retail clients".into(), Category::Customers);
        let ceo = plan.add_stakeholder("Chief executive".into(), Category::Management);
        let vendor = plan.add_stakeholder("Integrator".into(), Category::Partners);
        let unit = plan.add_unit(
            "Retail".into(),
            crate::profile::FunctionalLevel::Tactical,
            true,
        );
        let placed = plan.add_stakeholder("Branch network".into(), Category::Other);
        if let Some(s) = plan.stakeholder_mut(&placed) {
            s.unit = Some(unit);
        }
        let agents = plan.add_stakeholder("Call-centre agents".into(), Category::Users);
        let order: Vec<Id> = super::people(&plan).into_iter().map(|(id, _)| id).collect();
        assert_eq!(order, [ceo, placed, agents, clients, vendor]);
    }

    #[test]
    fn the_project_team_is_offered_among_the_organisations_own_people_and_left_out_of_the_analysis()
    {
        use crate::stakeholders::Category;
        let mut plan = Plan::new();
        let clients = plan.add_stakeholder("Retail clients".into(), Category::Customers);
        let lead = plan.add_team_member("Project lead");
        // A team member of an outside category is still one of the project's own people.
        let consultant = plan.add_team_member("Integrator's consultant");
        plan.stakeholder_mut(&consultant).expect("added").category = Category::Partners;
        let order: Vec<Id> = super::people(&plan).into_iter().map(|(id, _)| id).collect();
        assert_eq!(order, [lead, consultant, clients]);
        // Not on the grid, and not missing from it either; in no analysis table.
        let unscored: Vec<Id> = super::unscored(&plan)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(unscored, [clients]);
        assert_eq!(super::quadrant_counts(&plan).1, 1);
        let gaps: Vec<Id> = super::attitude_gaps(&plan).iter().map(|r| r.id).collect();
        assert_eq!(gaps, [clients]);
        let (rows, _) = super::activity_rows(&plan);
        assert_eq!(rows.len(), 1);
    }

    #[test]
    fn the_register_shows_the_project_team_on_its_own_and_not_among_the_unscored() {
        let mut p = plan();
        p.add_team_member("Project lead");
        let team = RegisterFilter {
            team: true,
            ..Default::default()
        };
        assert_eq!(names(&p, &team), ["Project lead"]);
        let unscored = RegisterFilter {
            quadrant: Some(None),
            ..Default::default()
        };
        assert_eq!(names(&p, &unscored), ["Unscored"]);
        assert_eq!(names(&p, &RegisterFilter::default()).len(), 5);
    }

    #[test]
    fn a_new_team_name_is_offered_only_for_a_name_nobody_has() {
        let people = vec![
            (Id::from("s1"), "Malika Rahimova".to_owned()),
            (Id::from("s2"), "Tellers".to_owned()),
        ];
        assert_eq!(
            super::new_team_name(&people, "  Aziz   Karimov "),
            Some("Aziz Karimov".to_owned())
        );
        // Part of a name is a search, and still offers the new name.
        assert_eq!(
            super::new_team_name(&people, "Malika"),
            Some("Malika".to_owned())
        );
        assert_eq!(super::new_team_name(&people, "malika  rahimova"), None);
        assert_eq!(super::new_team_name(&people, "TELLERS"), None);
        assert_eq!(super::new_team_name(&people, "   "), None);
        assert_eq!(super::new_team_name(&[], "Aziz"), Some("Aziz".to_owned()));
    }

    #[test]
    fn gap_rows_put_the_largest_gap_first_and_keep_register_order_within_a_gap() {
        use crate::stakeholders::{Attitude, Category};
        let mut plan = Plan::new();
        for (name, current, desired) in [
            ("A", Attitude::Neutral, Attitude::Neutral),
            ("B", Attitude::Resistant, Attitude::Leading),
            ("C", Attitude::Supportive, Attitude::Neutral),
            ("D", Attitude::Unaware, Attitude::Supportive),
        ] {
            let id = plan.add_stakeholder(name.into(), Category::Users);
            let s = plan.stakeholder_mut(&id).expect("just added");
            s.current_attitude = current;
            s.desired_attitude = Some(desired);
        }
        let rows = super::attitude_gaps(&plan);
        let order: Vec<_> = rows.iter().map(|r| (r.name.as_str(), r.gap())).collect();
        assert_eq!(
            order,
            [
                ("B", Some(3)),
                ("D", Some(3)),
                ("A", Some(0)),
                ("C", Some(-1))
            ]
        );
    }

    #[test]
    fn a_stakeholder_without_a_desired_attitude_has_no_gap_and_comes_last() {
        use crate::stakeholders::{Attitude, Category};
        let mut plan = Plan::new();
        let new = plan.add_stakeholder("New".into(), Category::Users);
        let known = plan.add_stakeholder("Known".into(), Category::Users);
        plan.stakeholder_mut(&known)
            .expect("known")
            .desired_attitude = Some(Attitude::Unaware);
        // A new stakeholder: nothing chosen, so no gap at all, not "on target".
        assert_eq!(plan.stakeholder(&new).expect("new").attitude_gap(), None);
        let rows = super::attitude_gaps(&plan);
        let order: Vec<_> = rows.iter().map(|r| (r.name.as_str(), r.gap())).collect();
        assert_eq!(order, [("Known", Some(0)), ("New", None)]);
    }

    #[test]
    fn activity_rows_count_the_participants_of_each_activity() {
        use crate::stakeholders::{Activity, Category};
        let mut plan = Plan::new();
        let a = plan.add_stakeholder("A".into(), Category::Users);
        plan.add_stakeholder("B".into(), Category::Users);
        plan.stakeholder_mut(&a).expect("a").activities = vec![Activity::ALL[0], Activity::ALL[2]];
        let (rows, totals) = super::activity_rows(&plan);
        assert_eq!(rows[0].takes_part, [true, false, true]);
        assert_eq!(rows[1].takes_part, [false, false, false]);
        assert_eq!(totals, [1, 0, 1]);
    }

    use super::*;
    use crate::stakeholders::{Attitude, Category};

    fn plan() -> Plan {
        let mut plan = Plan::new();
        for (name, cat, p, i, att) in [
            ("Zafar", Category::Users, 2, 5, Attitude::Resistant),
            ("aziza", Category::Management, 5, 4, Attitude::Supportive),
            ("Bank clients", Category::Customers, 2, 1, Attitude::Unaware),
        ] {
            let id = plan.add_stakeholder(name.into(), cat);
            if let Some(s) = plan.stakeholder_mut(&id) {
                s.power = Some(p);
                s.interest = Some(i);
                s.current_attitude = att;
                s.desired_attitude = Some(Attitude::Leading);
            }
        }
        plan.add_stakeholder("Unscored".into(), Category::It);
        plan
    }

    fn names(plan: &Plan, f: &RegisterFilter) -> Vec<String> {
        register(plan, f)
            .iter()
            .filter_map(|id| plan.stakeholder_name(id).map(str::to_owned))
            .collect()
    }

    #[test]
    fn search_is_by_name_in_any_case() {
        let f = RegisterFilter {
            search: "ZA".into(),
            ..Default::default()
        };
        assert_eq!(names(&plan(), &f), ["Zafar", "aziza"]);
    }

    #[test]
    fn filters_combine() {
        let p = plan();
        let by_cat = RegisterFilter {
            category: Some(Category::Customers),
            ..Default::default()
        };
        assert_eq!(names(&p, &by_cat), ["Bank clients"]);
        let by_att = RegisterFilter {
            attitude: Some(Attitude::Resistant),
            ..Default::default()
        };
        assert_eq!(names(&p, &by_att), ["Zafar"]);
        let by_q = RegisterFilter {
            quadrant: Some(Some(Quadrant::ManageClosely)),
            ..Default::default()
        };
        assert_eq!(names(&p, &by_q), ["aziza"]);
        let unscored = RegisterFilter {
            quadrant: Some(None),
            ..Default::default()
        };
        assert_eq!(names(&p, &unscored), ["Unscored"]);
    }

    #[test]
    fn sorts_keep_ties_in_entered_order() {
        let p = plan();
        let sort = |sort| {
            names(
                &p,
                &RegisterFilter {
                    sort,
                    ..Default::default()
                },
            )
        };
        assert_eq!(
            sort(RegisterSort::Name),
            ["aziza", "Bank clients", "Unscored", "Zafar"]
        );
        assert_eq!(sort(RegisterSort::Power)[0], "aziza");
        assert_eq!(sort(RegisterSort::Interest)[0], "Zafar");
        assert_eq!(sort(RegisterSort::Gap)[0], "Bank clients");
        assert_eq!(sort(RegisterSort::Gap)[3], "Unscored");
    }
}
