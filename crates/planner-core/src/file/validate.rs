//! The rules an imported plan must keep beyond its shape: every id unique, every reference
//! naming a record that exists, every date in range, every score in its scale.
//!
//! A file that breaks them would make the screens show ghosts (an owner nobody can find) or
//! mix up two records with one id, so the importer refuses it and names the place.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate};

use crate::ids::Id;
use crate::plan::Plan;
use crate::profile::{MAX_YEAR, MIN_YEAR};

/// What is wrong with an imported plan, and where (a JSON path such as `plan.plans[0].tasks[1].owner`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Two records share an id; `path` is the second one.
    DuplicateId {
        /// The id.
        id: String,
        /// Where the second use is.
        path: String,
    },
    /// A reference names no record of the kind it must.
    BrokenReference {
        /// The id that names nothing.
        id: String,
        /// Where the reference is.
        path: String,
    },
    /// A date outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    DateOutOfRange {
        /// Where the date is.
        path: String,
    },
    /// A number outside its scale (1-5 scores, 0-100 percent).
    OutOfRange {
        /// Where the number is.
        path: String,
    },
}

#[derive(Default)]
struct Ids {
    seen: HashSet<String>,
    by_kind: HashMap<&'static str, HashSet<String>>,
    problem: Option<Problem>,
}

impl Ids {
    fn add(&mut self, kind: &'static str, id: &Id, path: String) {
        if !self.seen.insert(id.0.clone()) && self.problem.is_none() {
            self.problem = Some(Problem::DuplicateId {
                id: id.0.clone(),
                path,
            });
        }
        self.by_kind.entry(kind).or_default().insert(id.0.clone());
    }
}

struct Refs<'a> {
    ids: &'a Ids,
    problems: Vec<Problem>,
}

impl Refs<'_> {
    fn one(&mut self, kind: &str, id: Option<&Id>, path: String) {
        if let Some(id) = id {
            let known = self
                .ids
                .by_kind
                .get(kind)
                .is_some_and(|s| s.contains(&id.0));
            if !known {
                self.problems.push(Problem::BrokenReference {
                    id: id.0.clone(),
                    path,
                });
            }
        }
    }

    fn many(&mut self, kind: &str, ids: &[Id], path: &str) {
        for (i, id) in ids.iter().enumerate() {
            self.one(kind, Some(id), format!("{path}[{i}]"));
        }
    }

    fn date(&mut self, date: Option<NaiveDate>, path: String) {
        if let Some(d) = date {
            if !(MIN_YEAR..=MAX_YEAR).contains(&d.year()) {
                self.problems.push(Problem::DateOutOfRange { path });
            }
        }
    }

    fn score(&mut self, value: Option<u8>, path: String) {
        if let Some(v) = value {
            if !(1..=5).contains(&v) {
                self.problems.push(Problem::OutOfRange { path });
            }
        }
    }
}

/// Checks a plan read from a file; the first problem found, if any. `root` is the plan's own
/// path in the file (`plan`).
pub fn check(plan: &Plan, root: &str) -> Result<(), Problem> {
    let mut ids = Ids::default();
    let s = &plan.strategy;
    for (i, u) in plan.profile.units.iter().enumerate() {
        ids.add("unit", &u.id, format!("{root}.profile.units[{i}].id"));
    }
    for (i, x) in plan.stakeholders.iter().enumerate() {
        ids.add("stakeholder", &x.id, format!("{root}.stakeholders[{i}].id"));
    }
    for (i, x) in s.goals.iter().enumerate() {
        ids.add("goal", &x.id, format!("{root}.strategy.goals[{i}].id"));
    }
    for (i, x) in s.processes.iter().enumerate() {
        ids.add(
            "process",
            &x.id,
            format!("{root}.strategy.processes[{i}].id"),
        );
    }
    for (i, x) in s.people.iter().enumerate() {
        ids.add("people", &x.id, format!("{root}.strategy.people[{i}].id"));
    }
    for (i, x) in s.software.iter().enumerate() {
        ids.add(
            "software",
            &x.id,
            format!("{root}.strategy.software[{i}].id"),
        );
    }
    for (i, x) in s.links.iter().enumerate() {
        ids.add("link", &x.id, format!("{root}.strategy.links[{i}].id"));
    }
    for (i, x) in s.benefits.iter().enumerate() {
        ids.add(
            "benefit",
            &x.id,
            format!("{root}.strategy.benefits[{i}].id"),
        );
    }
    for (i, x) in s.kpis.iter().enumerate() {
        ids.add("kpi", &x.id, format!("{root}.strategy.kpis[{i}].id"));
    }
    for (i, x) in plan.implementation_goals.iter().enumerate() {
        ids.add(
            "igoal",
            &x.id,
            format!("{root}.implementationGoals[{i}].id"),
        );
    }
    for (i, x) in plan.plans.iter().enumerate() {
        ids.add("plan", &x.id, format!("{root}.plans[{i}].id"));
        for (j, t) in x.tasks.iter().enumerate() {
            ids.add("task", &t.id, format!("{root}.plans[{i}].tasks[{j}].id"));
        }
    }
    if let Some(problem) = ids.problem.take() {
        return Err(problem);
    }

    let mut r = Refs {
        ids: &ids,
        problems: Vec::new(),
    };
    r.date(plan.profile.go_live, format!("{root}.profile.goLive"));
    for (i, x) in plan.stakeholders.iter().enumerate() {
        let p = format!("{root}.stakeholders[{i}]");
        r.one("unit", x.unit.as_ref(), format!("{p}.unit"));
        r.score(x.power, format!("{p}.power"));
        r.score(x.interest, format!("{p}.interest"));
    }
    for (i, x) in s.goals.iter().enumerate() {
        let p = format!("{root}.strategy.goals[{i}].stakeholders");
        r.many("stakeholder", &x.stakeholders, &p);
    }
    for (i, x) in s.links.iter().enumerate() {
        let p = format!("{root}.strategy.links[{i}]");
        r.one("goal", Some(&x.goal), format!("{p}.goal"));
        r.one("process", Some(&x.process), format!("{p}.process"));
        r.many("people", &x.people, &format!("{p}.people"));
        r.many("software", &x.software, &format!("{p}.software"));
    }
    for (i, x) in s.benefits.iter().enumerate() {
        r.many(
            "goal",
            &x.goals,
            &format!("{root}.strategy.benefits[{i}].goals"),
        );
    }
    for (i, x) in s.kpis.iter().enumerate() {
        let p = format!("{root}.strategy.kpis[{i}]");
        r.one("stakeholder", x.owner.as_ref(), format!("{p}.owner"));
        r.many("goal", &x.goals, &format!("{p}.goals"));
        r.date(x.target_date, format!("{p}.targetDate"));
    }
    for (i, x) in plan.implementation_goals.iter().enumerate() {
        let p = format!("{root}.implementationGoals[{i}]");
        r.one(
            "goal",
            x.business_goal.as_ref(),
            format!("{p}.businessGoal"),
        );
        r.many("kpi", &x.kpis, &format!("{p}.kpis"));
        r.many("unit", &x.units, &format!("{p}.units"));
        r.score(x.value, format!("{p}.value"));
        r.score(x.effort, format!("{p}.effort"));
        r.date(x.target_date, format!("{p}.targetDate"));
    }
    for (i, x) in plan.plans.iter().enumerate() {
        let p = format!("{root}.plans[{i}]");
        r.many("igoal", &x.goals, &format!("{p}.goals"));
        r.one(
            "stakeholder",
            x.responsible.as_ref(),
            format!("{p}.responsible"),
        );
        r.many("kpi", &x.indicators, &format!("{p}.indicators"));
        r.date(x.start, format!("{p}.start"));
        r.date(x.deadline, format!("{p}.deadline"));
        for (j, t) in x.tasks.iter().enumerate() {
            let p = format!("{p}.tasks[{j}]");
            r.one("stakeholder", t.owner.as_ref(), format!("{p}.owner"));
            r.many("task", &t.depends_on, &format!("{p}.dependsOn"));
            r.date(t.start, format!("{p}.start"));
            r.date(t.due, format!("{p}.due"));
            if t.progress > 100 {
                r.problems.push(Problem::OutOfRange {
                    path: format!("{p}.progress"),
                });
            }
        }
    }
    match r.problems.into_iter().next() {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

/// The largest number at the end of any id in the plan: `next_id` must not be below it, or a
/// new record could take an id already in use.
pub fn highest_id_number(plan: &Plan) -> u64 {
    let mut all: Vec<&Id> = Vec::new();
    all.extend(plan.profile.units.iter().map(|x| &x.id));
    all.extend(plan.stakeholders.iter().map(|x| &x.id));
    let s = &plan.strategy;
    all.extend(s.goals.iter().map(|x| &x.id));
    all.extend(s.processes.iter().map(|x| &x.id));
    all.extend(s.people.iter().map(|x| &x.id));
    all.extend(s.software.iter().map(|x| &x.id));
    all.extend(s.links.iter().map(|x| &x.id));
    all.extend(s.benefits.iter().map(|x| &x.id));
    all.extend(s.kpis.iter().map(|x| &x.id));
    all.extend(plan.implementation_goals.iter().map(|x| &x.id));
    for p in &plan.plans {
        all.push(&p.id);
        all.extend(p.tasks.iter().map(|t| &t.id));
    }
    all.into_iter()
        .filter_map(|id| {
            let digits: String =
                id.0.chars()
                    .rev()
                    .take_while(char::is_ascii_digit)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
            digits.parse::<u64>().ok()
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plans::{ImplementationPlan, Task};
    use crate::profile::FunctionalLevel;
    use crate::stakeholders::Stakeholder;

    fn sample() -> Plan {
        let mut plan = Plan::new();
        let unit = plan.add_unit("Sales".into(), FunctionalLevel::Operational, true);
        let s = plan.fresh_id("s");
        plan.stakeholders.push(Stakeholder {
            id: s.clone(),
            name: "Dilnoza".into(),
            unit: Some(unit),
            power: Some(4),
            ..Stakeholder::default()
        });
        let p = plan.fresh_id("p");
        let t1 = plan.fresh_id("t");
        let t2 = plan.fresh_id("t");
        plan.plans.push(ImplementationPlan {
            id: p,
            name: "Pilot".into(),
            responsible: Some(s.clone()),
            tasks: vec![
                Task {
                    id: t1.clone(),
                    title: "Train".into(),
                    owner: Some(s),
                    ..Task::default()
                },
                Task {
                    id: t2,
                    title: "Go".into(),
                    depends_on: vec![t1],
                    ..Task::default()
                },
            ],
            ..ImplementationPlan::default()
        });
        plan
    }

    #[test]
    fn a_consistent_plan_passes() {
        assert_eq!(check(&sample(), "plan"), Ok(()));
        assert_eq!(highest_id_number(&sample()), 5);
    }

    #[test]
    fn an_owner_who_is_no_stakeholder_is_named() {
        let mut plan = sample();
        plan.plans[0].tasks[1].owner = Some(Id::from("s99"));
        assert_eq!(
            check(&plan, "plan"),
            Err(Problem::BrokenReference {
                id: "s99".into(),
                path: "plan.plans[0].tasks[1].owner".into()
            })
        );
    }

    #[test]
    fn a_reference_to_a_record_of_another_kind_is_broken() {
        let mut plan = sample();
        // u1 exists, but it is a unit, not a stakeholder.
        plan.plans[0].responsible = Some(Id::from("u1"));
        assert!(matches!(
            check(&plan, "plan"),
            Err(Problem::BrokenReference { path, .. }) if path == "plan.plans[0].responsible"
        ));
    }

    #[test]
    fn ids_must_be_unique_across_the_plan() {
        let mut plan = sample();
        plan.plans[0].tasks[1].id = Id::from("s2");
        assert_eq!(
            check(&plan, "plan"),
            Err(Problem::DuplicateId {
                id: "s2".into(),
                path: "plan.plans[0].tasks[1].id".into()
            })
        );
    }

    #[test]
    fn dates_and_scores_must_be_in_range() {
        let mut plan = sample();
        plan.plans[0].tasks[0].due = NaiveDate::from_ymd_opt(3000, 1, 1);
        assert_eq!(
            check(&plan, "plan"),
            Err(Problem::DateOutOfRange {
                path: "plan.plans[0].tasks[0].due".into()
            })
        );
        let mut plan = sample();
        plan.stakeholders[0].power = Some(9);
        assert_eq!(
            check(&plan, "plan"),
            Err(Problem::OutOfRange {
                path: "plan.stakeholders[0].power".into()
            })
        );
    }
}
