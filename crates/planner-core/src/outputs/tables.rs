//! The four spreadsheets of a plan, each a header row and data rows of [`Cell`]s that
//! [`crate::outputs::csv::write`] turns into a file of its own:
//!
//! - [`Table::Stakeholders`]: the stakeholder register, every field of step 1, with the grid
//!   quadrant and the attitude gap;
//! - [`Table::Kpis`]: the KPIs of step 2, each also as the text's sentence, with its owner and
//!   business goals by name;
//! - [`Table::Goals`]: the implementation goals of step 3 in ranked order;
//! - [`Table::Tasks`]: every task of every plan of step 4, with its plan by name.
//!
//! Headers are the labels the app's screens use for the same fields; enum values are in the
//! interface language; records are named by their names (the id only in a last column), and a
//! reference to a record that no longer exists is left out (an unknown owner is an empty
//! cell). Lists in one cell are joined by "; ".

use crate::goals::matrix::Quadrant as GoalQuadrant;
use crate::goals::ranking::ranked;
use crate::i18n::{GoalsText, Lang, PlansText, ProfileText, StakeholdersText, StrategyText, Text};
use crate::ids::Id;
use crate::outputs::csv::{self, Cell};
use crate::outputs::file_stem;
use crate::outputs::texts::OutputText;
use crate::plan::Plan;
use crate::stakeholders::Activity;
use crate::strategy::views::kpi_sentence;

/// One of the plan's spreadsheets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Table {
    /// Step 1: the stakeholder register.
    Stakeholders,
    /// Step 2: the key performance indicators.
    Kpis,
    /// Step 3: the implementation goals, ranked.
    Goals,
    /// Step 4: the tasks of every implementation plan.
    Tasks,
}

impl Table {
    /// The four tables, in the steps' order.
    pub const ALL: [Table; 4] = [Table::Stakeholders, Table::Kpis, Table::Goals, Table::Tasks];

    /// The table's stable ASCII name, as its file name carries it.
    pub fn slug(self) -> &'static str {
        match self {
            Table::Stakeholders => "stakeholders",
            Table::Kpis => "kpis",
            Table::Goals => "goals",
            Table::Tasks => "tasks",
        }
    }
}

/// The table's header row and data rows, in `lang`. Every row has as many cells as the header.
pub fn build(plan: &Plan, table: Table, lang: Lang) -> Vec<Vec<Cell>> {
    match table {
        Table::Stakeholders => stakeholders(plan, lang),
        Table::Kpis => kpis(plan, lang),
        Table::Goals => goals(plan, lang),
        Table::Tasks => tasks(plan, lang),
    }
}

/// The table as a CSV file's text in `lang` (see [`csv::write`]).
pub fn csv(plan: &Plan, table: Table, lang: Lang) -> String {
    csv::write(&build(plan, table, lang), lang)
}

/// The table's file name: `<plan-name>.<table>.csv`, ASCII only (see
/// [`file_stem`]), e.g. `CRM-roll-out-2027.stakeholders.csv`.
pub fn file_name(plan: &Plan, table: Table) -> String {
    format!("{}.{}.csv", file_stem(plan), table.slug())
}

/// A localized label cell.
fn label(key: impl Text, lang: Lang) -> Cell {
    Cell::text(key.text(lang))
}

/// "yes" or "no", as the stakeholder views write them.
fn yes_no(on: bool, lang: Lang) -> Cell {
    label(
        if on {
            StakeholdersText::Yes
        } else {
            StakeholdersText::No
        },
        lang,
    )
}

/// A score or count as a number cell.
fn score(value: Option<u8>) -> Cell {
    Cell::number(value.map(f64::from))
}

/// Names joined by "; ", or an empty cell for none.
fn joined<'a>(names: impl IntoIterator<Item = &'a str>) -> Cell {
    let names: Vec<&str> = names
        .into_iter()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        Cell::Empty
    } else {
        Cell::text(names.join("; "))
    }
}

/// A user's text: trimmed, or an empty cell.
fn user(text: &str) -> Cell {
    match text.trim() {
        "" => Cell::Empty,
        t => Cell::text(t),
    }
}

/// The name of the stakeholder with this id, or an empty cell.
fn stakeholder(plan: &Plan, id: Option<&Id>) -> Cell {
    joined(id.and_then(|id| plan.stakeholder_name(id)))
}

/// The name of the unit with this id.
fn unit_name<'a>(plan: &'a Plan, id: &Id) -> Option<&'a str> {
    plan.profile
        .units
        .iter()
        .find(|u| &u.id == id)
        .map(|u| u.name.as_str())
}

/// The id's cell, last in every row.
fn id(id: &Id) -> Cell {
    Cell::text(id.as_str())
}

fn stakeholders(plan: &Plan, lang: Lang) -> Vec<Vec<Cell>> {
    let mut rows = vec![vec![
        label(StakeholdersText::Name, lang),
        label(StakeholdersText::Category, lang),
        label(StakeholdersText::TeamBadge, lang),
        label(StakeholdersText::Unit, lang),
        label(StakeholdersText::Organisation, lang),
        label(StakeholdersText::Position, lang),
        label(StakeholdersText::Expected, lang),
        label(StakeholdersText::Concerns, lang),
        label(StakeholdersText::Power, lang),
        label(StakeholdersText::Interest, lang),
        label(StakeholdersText::FilterQuadrant, lang),
        label(StakeholdersText::CurrentAttitude, lang),
        label(StakeholdersText::DesiredAttitude, lang),
        label(StakeholdersText::TabGap, lang),
        label(StakeholdersText::ActTasks, lang),
        label(StakeholdersText::ActStrategy, lang),
        label(StakeholdersText::ActRules, lang),
        label(StakeholdersText::Sponsor, lang),
        label(StakeholdersText::Engagement, lang),
        label(OutputText::Id, lang),
    ]];
    for s in &plan.stakeholders {
        let mut row = vec![
            Cell::text(s.name.trim()),
            label(StakeholdersText::category(s.category), lang),
            yes_no(s.team, lang),
            joined(s.unit.as_ref().and_then(|u| unit_name(plan, u))),
            user(&s.organisation),
            user(&s.position),
            user(&s.expected_results),
            user(&s.concerns),
            score(s.power),
            score(s.interest),
            s.quadrant()
                .map_or(Cell::Empty, |q| label(StakeholdersText::quadrant(q), lang)),
            label(StakeholdersText::attitude(s.current_attitude), lang),
            // Not chosen yet: both cells empty (an import reads an empty cell as not chosen).
            s.desired_attitude
                .map_or(Cell::Empty, |a| label(StakeholdersText::attitude(a), lang)),
            Cell::number(s.attitude_gap().map(f64::from)),
        ];
        row.extend(Activity::ALL.map(|a| yes_no(s.takes_part_in(a), lang)));
        row.extend([yes_no(s.sponsor, lang), user(&s.engagement), id(&s.id)]);
        rows.push(row);
    }
    rows
}

fn kpis(plan: &Plan, lang: Lang) -> Vec<Vec<Cell>> {
    let strategy = &plan.strategy;
    let mut rows = vec![vec![
        label(StrategyText::Kpi, lang),
        label(OutputText::KpiStatement, lang),
        label(StrategyText::Unit, lang),
        label(StrategyText::Direction, lang),
        label(StrategyText::Baseline, lang),
        label(StrategyText::Target, lang),
        label(StrategyText::TargetDate, lang),
        label(StrategyText::Frequency, lang),
        label(StrategyText::Owner, lang),
        label(StrategyText::KpiGoals, lang),
        label(OutputText::Id, lang),
    ]];
    for k in &strategy.kpis {
        rows.push(vec![
            Cell::text(k.name.trim()),
            kpi_sentence(k, lang).map_or(Cell::Empty, Cell::Text),
            user(&k.unit),
            label(StrategyText::direction(k.direction), lang),
            Cell::number(k.baseline),
            Cell::number(k.target),
            Cell::date(k.target_date),
            label(StrategyText::frequency(k.frequency), lang),
            stakeholder(plan, k.owner.as_ref()),
            joined(
                k.goals
                    .iter()
                    .filter_map(|g| strategy.goal(g).map(|g| g.name.as_str())),
            ),
            id(&k.id),
        ]);
    }
    rows
}

fn goals(plan: &Plan, lang: Lang) -> Vec<Vec<Cell>> {
    let strategy = &plan.strategy;
    let mut rows = vec![vec![
        label(OutputText::Rank, lang),
        label(GoalsText::Name, lang),
        label(GoalsText::Description, lang),
        label(GoalsText::Priority, lang),
        label(GoalsText::Value, lang),
        label(GoalsText::Effort, lang),
        label(OutputText::GoalQuadrant, lang),
        label(GoalsText::Resistance, lang),
        label(GoalsText::Causes, lang),
        label(GoalsText::Mitigation, lang),
        label(GoalsText::BusinessGoal, lang),
        label(GoalsText::Kpis, lang),
        label(GoalsText::Areas, lang),
        label(GoalsText::Units, lang),
        label(GoalsText::Levels, lang),
        label(GoalsText::TargetDate, lang),
        label(OutputText::Id, lang),
    ]];
    for (i, g) in ranked(plan).into_iter().enumerate() {
        let quadrant = match (g.value, g.effort) {
            (Some(v), Some(e)) => label(GoalsText::quadrant(GoalQuadrant::of(v, e)), lang),
            _ => Cell::Empty,
        };
        rows.push(vec![
            Cell::Number(i as f64 + 1.0),
            Cell::text(g.name.trim()),
            user(&g.description),
            g.priority
                .map_or(Cell::Empty, |p| label(GoalsText::priority(p), lang)),
            score(g.value),
            score(g.effort),
            quadrant,
            g.resistance
                .map_or(Cell::Empty, |r| label(GoalsText::resistance(r), lang)),
            user(&g.resistance_causes),
            user(&g.mitigation),
            joined(
                g.business_goal
                    .as_ref()
                    .and_then(|b| strategy.goal(b))
                    .map(|b| b.name.as_str()),
            ),
            joined(g.kpis.iter().filter_map(|k| {
                strategy
                    .kpis
                    .iter()
                    .find(|x| &x.id == k)
                    .map(|x| x.name.as_str())
            })),
            joined(g.areas.iter().map(|a| GoalsText::area(*a).text(lang))),
            joined(g.units.iter().filter_map(|u| unit_name(plan, u))),
            joined(g.levels.iter().map(|l| ProfileText::level(*l).text(lang))),
            Cell::date(g.target_date),
            id(&g.id),
        ]);
    }
    rows
}

fn tasks(plan: &Plan, lang: Lang) -> Vec<Vec<Cell>> {
    let mut rows = vec![vec![
        label(PlansText::PlanName, lang),
        label(PlansText::TaskTitle, lang),
        label(PlansText::Owner, lang),
        label(PlansText::Start, lang),
        label(PlansText::Due, lang),
        label(PlansText::Status, lang),
        label(PlansText::Progress, lang),
        label(PlansText::Milestone, lang),
        label(PlansText::DependsOn, lang),
        label(PlansText::Deliverable, lang),
        label(OutputText::Id, lang),
    ]];
    for p in &plan.plans {
        for t in &p.tasks {
            rows.push(vec![
                Cell::text(p.name.trim()),
                Cell::text(t.title.trim()),
                stakeholder(plan, t.owner.as_ref()),
                Cell::date(t.start),
                Cell::date(t.due),
                label(PlansText::task_status(t.status), lang),
                Cell::Number(f64::from(t.progress)),
                yes_no(t.milestone, lang),
                joined(
                    t.depends_on
                        .iter()
                        .filter_map(|d| plan.task(d).map(|d| d.title.as_str())),
                ),
                user(&t.deliverable),
                id(&t.id),
            ]);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example;
    use crate::plans::{ImplementationPlan, Task, TaskStatus};
    use crate::stakeholders::{Attitude, Category};

    fn texts(row: &[Cell]) -> Vec<String> {
        row.iter()
            .map(|c| match c {
                Cell::Text(t) => t.clone(),
                Cell::Empty => String::new(),
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn every_row_has_the_header_s_width_in_every_table_and_language() {
        for lang in Lang::ALL {
            let plan = example::plan(lang);
            for table in Table::ALL {
                let rows = build(&plan, table, lang);
                let width = rows[0].len();
                assert!(rows.len() > 1, "{table:?} {lang:?} is empty");
                for row in &rows {
                    assert_eq!(row.len(), width, "{table:?} {lang:?}");
                }
                // Headers are texts, and none is repeated.
                let headers = texts(&rows[0]);
                let mut unique = headers.clone();
                crate::order::sort(&mut unique);
                unique.dedup();
                assert_eq!(unique.len(), headers.len(), "{headers:?}");
            }
        }
    }

    #[test]
    fn the_tables_count_the_plan_s_records() {
        let plan = example::plan(Lang::En);
        let count = |t| build(&plan, t, Lang::En).len() - 1;
        assert_eq!(count(Table::Stakeholders), plan.stakeholders.len());
        assert_eq!(count(Table::Kpis), plan.strategy.kpis.len());
        assert_eq!(count(Table::Goals), plan.implementation_goals.len());
        let tasks: usize = plan.plans.iter().map(|p| p.tasks.len()).sum();
        assert_eq!(count(Table::Tasks), tasks);
    }

    #[test]
    fn the_stakeholder_register_names_everything_in_the_language() {
        let plan = example::plan(Lang::Ru);
        let rows = build(&plan, Table::Stakeholders, Lang::Ru);
        assert_eq!(texts(&rows[0])[0], "Имя или название");
        let s = &plan.stakeholders[0];
        let row = texts(&rows[1]);
        assert_eq!(row[0], s.name);
        assert_eq!(
            row[1],
            StakeholdersText::category(s.category).text(Lang::Ru)
        );
        assert_eq!(texts(&rows[0])[2], "Команда проекта");
        assert_eq!(row[2], "нет");
        assert_eq!(row[10], "Тесно работать");
        assert!(["да", "нет"].contains(&row[14].as_str()), "{row:?}");
        assert_eq!(row.last().map(String::as_str), Some(s.id.as_str()));
        assert_eq!(rows[1][8], Cell::Number(f64::from(s.power.unwrap_or(0))));
    }

    #[test]
    fn a_project_team_member_is_marked_in_the_register() {
        let mut plan = Plan::new();
        plan.add_team_member("Aziz Karimov");
        let rows = build(&plan, Table::Stakeholders, Lang::En);
        assert_eq!(texts(&rows[0])[2], "Project team");
        assert_eq!(texts(&rows[1])[..3], ["Aziz Karimov", "Users", "yes"]);
    }

    #[test]
    fn owners_goals_and_dependencies_are_named_and_unknown_ids_left_out() {
        let mut plan = Plan::new();
        let ann = plan.add_stakeholder("Ann".into(), Category::Users);
        plan.stakeholder_mut(&ann).expect("ann").desired_attitude = Some(Attitude::Unaware);
        plan.stakeholder_mut(&ann).expect("ann").current_attitude = Attitude::Neutral;
        let a = plan.fresh_id("t");
        let b = plan.fresh_id("t");
        let p = plan.fresh_id("p");
        plan.plans.push(ImplementationPlan {
            id: p,
            name: "Pilot".into(),
            tasks: vec![
                Task {
                    id: a,
                    title: "Design".into(),
                    owner: Some(Id::from("gone")),
                    ..Task::default()
                },
                Task {
                    id: b,
                    title: "Build".into(),
                    owner: Some(ann),
                    depends_on: vec![a, Id::from("ghost")],
                    status: TaskStatus::Blocked,
                    progress: 40,
                    milestone: true,
                    ..Task::default()
                },
            ],
            ..ImplementationPlan::default()
        });
        let rows = build(&plan, Table::Tasks, Lang::En);
        assert_eq!(
            texts(&rows[1])[..3],
            ["Pilot".to_owned(), "Design".into(), String::new()]
        );
        let build_row = texts(&rows[2]);
        assert_eq!(build_row[2], "Ann");
        assert_eq!(build_row[5], "Blocked");
        assert_eq!(rows[2][6], Cell::Number(40.0));
        assert_eq!(build_row[7], "yes");
        assert_eq!(build_row[8], "Design");
        // The attitude gap is a signed number: Ann should move two steps down.
        let register = build(&plan, Table::Stakeholders, Lang::En);
        assert_eq!(register[1][13], Cell::Number(-2.0));
        assert_eq!(register[1][10], Cell::Empty, "not scored: no quadrant");
        // A desired attitude not chosen yet: no attitude and no gap, not "0".
        plan.stakeholder_mut(&ann).expect("ann").desired_attitude = None;
        let register = build(&plan, Table::Stakeholders, Lang::En);
        assert_eq!(register[1][12], Cell::Empty);
        assert_eq!(register[1][13], Cell::Empty);
    }

    #[test]
    fn kpis_carry_their_sentence_and_goals_are_ranked() {
        let plan = example::plan(Lang::En);
        let rows = build(&plan, Table::Kpis, Lang::En);
        let first = texts(&rows[1]);
        assert!(
            first[1].starts_with("Improve products per retail client from 1.4"),
            "{first:?}"
        );
        assert_eq!(rows[1][4], Cell::Number(1.4));
        assert!(matches!(rows[1][6], Cell::Date(_)));
        assert!(
            !first[8].is_empty() && !first[8].starts_with('s'),
            "owner by name: {first:?}"
        );
        let goals = build(&plan, Table::Goals, Lang::En);
        assert_eq!(goals[1][0], Cell::Number(1.0));
        assert_eq!(texts(&goals[1])[3], "Must have");
        let last = goals.last().expect("a goal");
        assert_eq!(texts(last)[3], "Won't have this time");
    }

    #[test]
    fn file_names_are_ascii_and_name_the_table() {
        let plan = example::plan(Lang::Ru);
        for table in Table::ALL {
            let name = file_name(&plan, table);
            assert!(name.is_ascii(), "{name}");
            assert!(name.ends_with(&format!(".{}.csv", table.slug())), "{name}");
            assert!(!name.contains(['/', '\\', ' ', ':']), "{name}");
        }
        assert_eq!(file_name(&Plan::new(), Table::Kpis), "crm-plan.kpis.csv");
        let en = example::plan(Lang::En);
        assert_eq!(
            file_name(&en, Table::Stakeholders),
            "CRM-roll-out-2027.stakeholders.csv"
        );
    }
}
