//! The rules an imported plan must keep beyond its shape: every id unique, every reference
//! naming a record that exists, every date in range, every score in its scale.
//!
//! A file that breaks them would make the screens show ghosts (an owner nobody can find) or
//! mix up two records with one id, so the importer refuses it and names the place.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate};

use crate::file::limits::MAX_COUNTER;
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
    /// An id that ends in a number over [`MAX_COUNTER`]: the plan's id counter would have to
    /// go past it to stay ahead of the id.
    IdNumberTooLarge {
        /// The id.
        id: String,
        /// Where it is.
        path: String,
    },
}

/// Every id of the plan, by kind. The path of a record is written out only when something is
/// wrong there: a valid plan (the usual case) costs no strings at all.
#[derive(Default)]
struct Ids {
    seen: HashSet<Id>,
    by_kind: HashMap<&'static str, HashSet<Id>>,
    problem: Option<Problem>,
}

impl Ids {
    fn add(&mut self, kind: &'static str, id: Id, path: impl FnOnce() -> String) {
        let first = self.seen.insert(id);
        if self.problem.is_none() {
            if !first {
                self.problem = Some(Problem::DuplicateId {
                    id: id.as_str().to_owned(),
                    path: path(),
                });
            } else if id_number(&id).is_some_and(|n| n > MAX_COUNTER) {
                self.problem = Some(Problem::IdNumberTooLarge {
                    id: id.as_str().to_owned(),
                    path: path(),
                });
            }
        }
        self.by_kind.entry(kind).or_default().insert(id);
    }

    fn all<T>(
        &mut self,
        kind: &'static str,
        records: &[T],
        id: impl Fn(&T) -> Id,
        list: impl Fn() -> String,
    ) {
        for (i, x) in records.iter().enumerate() {
            self.add(kind, id(x), || format!("{}[{i}].id", list()));
        }
    }
}

/// The reference, date and scale rules; keeps the first problem (in the order of the file).
struct Refs<'a> {
    ids: &'a Ids,
    problem: Option<Problem>,
}

impl Refs<'_> {
    fn found(&mut self, problem: impl FnOnce() -> Problem) {
        if self.problem.is_none() {
            self.problem = Some(problem());
        }
    }

    fn one(&mut self, kind: &str, id: Option<&Id>, path: impl FnOnce() -> String) {
        if let Some(id) = id {
            let known = self.ids.by_kind.get(kind).is_some_and(|s| s.contains(id));
            if !known {
                self.found(|| Problem::BrokenReference {
                    id: id.as_str().to_owned(),
                    path: path(),
                });
            }
        }
    }

    fn many(&mut self, kind: &str, ids: &[Id], path: impl Fn() -> String) {
        for (i, id) in ids.iter().enumerate() {
            self.one(kind, Some(id), || format!("{}[{i}]", path()));
        }
    }

    fn date(&mut self, date: Option<NaiveDate>, path: impl FnOnce() -> String) {
        if let Some(d) = date {
            if !(MIN_YEAR..=MAX_YEAR).contains(&d.year()) {
                self.found(|| Problem::DateOutOfRange { path: path() });
            }
        }
    }

    fn score(&mut self, value: Option<u8>, path: impl FnOnce() -> String) {
        if let Some(v) = value {
            if !(1..=5).contains(&v) {
                self.found(|| Problem::OutOfRange { path: path() });
            }
        }
    }
}

/// Checks a plan read from a file; the first problem found, if any. `root` is the plan's own
/// path in the file (`plan`).
pub fn check(plan: &Plan, root: &str) -> Result<(), Problem> {
    let mut ids = Ids::default();
    let s = &plan.strategy;
    ids.all(
        "unit",
        &plan.profile.units,
        |x| x.id,
        || format!("{root}.profile.units"),
    );
    ids.all(
        "stakeholder",
        &plan.stakeholders,
        |x| x.id,
        || format!("{root}.stakeholders"),
    );
    ids.all(
        "goal",
        &s.goals,
        |x| x.id,
        || format!("{root}.strategy.goals"),
    );
    ids.all(
        "process",
        &s.processes,
        |x| x.id,
        || format!("{root}.strategy.processes"),
    );
    ids.all(
        "people",
        &s.people,
        |x| x.id,
        || format!("{root}.strategy.people"),
    );
    ids.all(
        "software",
        &s.software,
        |x| x.id,
        || format!("{root}.strategy.software"),
    );
    ids.all(
        "link",
        &s.links,
        |x| x.id,
        || format!("{root}.strategy.links"),
    );
    ids.all(
        "benefit",
        &s.benefits,
        |x| x.id,
        || format!("{root}.strategy.benefits"),
    );
    ids.all("kpi", &s.kpis, |x| x.id, || format!("{root}.strategy.kpis"));
    ids.all(
        "igoal",
        &plan.implementation_goals,
        |x| x.id,
        || format!("{root}.implementationGoals"),
    );
    for (i, x) in plan.plans.iter().enumerate() {
        ids.add("plan", x.id, || format!("{root}.plans[{i}].id"));
        ids.all(
            "task",
            &x.tasks,
            |t| t.id,
            || format!("{root}.plans[{i}].tasks"),
        );
    }
    if let Some(problem) = ids.problem.take() {
        return Err(problem);
    }

    let mut r = Refs {
        ids: &ids,
        problem: None,
    };
    r.date(plan.profile.go_live, || format!("{root}.profile.goLive"));
    for (i, x) in plan.stakeholders.iter().enumerate() {
        let p = || format!("{root}.stakeholders[{i}]");
        r.one("unit", x.unit.as_ref(), || format!("{}.unit", p()));
        r.score(x.power, || format!("{}.power", p()));
        r.score(x.interest, || format!("{}.interest", p()));
    }
    for (i, x) in s.goals.iter().enumerate() {
        r.many("stakeholder", &x.stakeholders, || {
            format!("{root}.strategy.goals[{i}].stakeholders")
        });
    }
    for (i, x) in s.links.iter().enumerate() {
        let p = || format!("{root}.strategy.links[{i}]");
        r.one("goal", Some(&x.goal), || format!("{}.goal", p()));
        r.one("process", Some(&x.process), || format!("{}.process", p()));
        r.many("people", &x.people, || format!("{}.people", p()));
        r.many("software", &x.software, || format!("{}.software", p()));
    }
    for (i, x) in s.benefits.iter().enumerate() {
        r.many("goal", &x.goals, || {
            format!("{root}.strategy.benefits[{i}].goals")
        });
    }
    for (i, x) in s.kpis.iter().enumerate() {
        let p = || format!("{root}.strategy.kpis[{i}]");
        r.one("stakeholder", x.owner.as_ref(), || format!("{}.owner", p()));
        r.many("goal", &x.goals, || format!("{}.goals", p()));
        r.date(x.target_date, || format!("{}.targetDate", p()));
    }
    for (i, x) in plan.implementation_goals.iter().enumerate() {
        let p = || format!("{root}.implementationGoals[{i}]");
        r.one("goal", x.business_goal.as_ref(), || {
            format!("{}.businessGoal", p())
        });
        r.many("kpi", &x.kpis, || format!("{}.kpis", p()));
        r.many("unit", &x.units, || format!("{}.units", p()));
        r.score(x.value, || format!("{}.value", p()));
        r.score(x.effort, || format!("{}.effort", p()));
        r.date(x.target_date, || format!("{}.targetDate", p()));
    }
    for (i, x) in plan.plans.iter().enumerate() {
        let p = || format!("{root}.plans[{i}]");
        r.many("igoal", &x.goals, || format!("{}.goals", p()));
        r.one("stakeholder", x.responsible.as_ref(), || {
            format!("{}.responsible", p())
        });
        r.many("kpi", &x.indicators, || format!("{}.indicators", p()));
        r.date(x.start, || format!("{}.start", p()));
        r.date(x.deadline, || format!("{}.deadline", p()));
        for (j, t) in x.tasks.iter().enumerate() {
            let p = || format!("{}.tasks[{j}]", p());
            r.one("stakeholder", t.owner.as_ref(), || format!("{}.owner", p()));
            r.many("task", &t.depends_on, || format!("{}.dependsOn", p()));
            r.date(t.start, || format!("{}.start", p()));
            r.date(t.due, || format!("{}.due", p()));
            if t.progress > 100 {
                r.found(|| Problem::OutOfRange {
                    path: format!("{}.progress", p()),
                });
            }
        }
    }
    match r.problem {
        Some(problem) => Err(problem),
        None => Ok(()),
    }
}

/// The number an id ends in (`12` of `s12`), if it ends in digits; [`u64::MAX`] for a number
/// beyond it.
pub fn id_number(id: &Id) -> Option<u64> {
    let text = id.as_str();
    let digits = &text[text.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
    if digits.is_empty() {
        return None;
    }
    Some(digits.parse::<u64>().unwrap_or(u64::MAX))
}

/// The largest number at the end of any id in the plan, up to [`MAX_COUNTER`]: `next_id` must
/// not be below it, or a new record could take an id already in use. A larger number (which
/// [`check`] refuses in a file, but a stored copy may hold) is passed over: the counter never
/// gets there, so no id it makes can be that id (an id it makes is a prefix of letters and the
/// counter's digits).
pub fn highest_id_number(plan: &Plan) -> u64 {
    plan.ids()
        .filter_map(id_number)
        .filter(|n| *n <= MAX_COUNTER)
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
            id: s,
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
            responsible: Some(s),
            tasks: vec![
                Task {
                    id: t1,
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
    fn an_id_may_end_in_a_number_up_to_the_largest_counter() {
        let mut plan = sample();
        plan.plans[0].tasks[1].id = Id::from("t9007199254740991");
        plan.plans[0].tasks[0].depends_on.clear();
        assert_eq!(check(&plan, "plan"), Ok(()));
        assert_eq!(highest_id_number(&plan), MAX_COUNTER);
        // Any text before the number, and leading zeros, count as they read.
        plan.profile.units[0].id = Id::from("unit 007");
        assert_eq!(id_number(&plan.profile.units[0].id), Some(7));
        assert_eq!(id_number(&Id::from("u")), None);
    }

    #[test]
    fn an_id_that_ends_in_a_larger_number_is_named() {
        for id in [
            "s9007199254740992",
            "s18446744073709551615",
            "s18446744073709551616",
            "s123456789012345678901234567890",
        ] {
            let mut plan = sample();
            plan.stakeholders[0].id = Id::from(id);
            plan.stakeholders[0].unit = None;
            plan.plans[0].responsible = None;
            plan.plans[0].tasks[0].owner = None;
            assert_eq!(
                check(&plan, "plan"),
                Err(Problem::IdNumberTooLarge {
                    id: id.into(),
                    path: "plan.stakeholders[0].id".into()
                })
            );
            // Never a counter the plan could not count on from.
            assert_eq!(highest_id_number(&plan), 5, "{id}");
        }
        // Leading zeros do not make a number large.
        assert_eq!(
            id_number(&Id::from("s0000000000000000000000000000000000012")),
            Some(12)
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
