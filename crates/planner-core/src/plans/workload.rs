//! Workload per person: how many unfinished tasks each owner has running on the same day.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};

use crate::ids::Id;
use crate::plan::Plan;
use crate::plans::TaskStatus;

/// More unfinished tasks than this on one day overloads a person.
pub const MAX_PARALLEL: usize = 3;

/// One person's load.
#[derive(Clone, Debug, PartialEq)]
pub struct Load {
    /// The stakeholder.
    pub person: Id,
    /// Unfinished tasks they own.
    pub open_tasks: usize,
    /// The most tasks they have running on one day.
    pub peak: usize,
    /// The first day of that peak.
    pub peak_day: Option<NaiveDate>,
    /// The tasks running on that day, in plan order.
    pub peak_tasks: Vec<Id>,
}

impl Load {
    /// Whether the person has more than [`MAX_PARALLEL`] tasks at once.
    pub fn overloaded(&self) -> bool {
        self.peak > MAX_PARALLEL
    }
}

/// Every task owner's load, the most loaded first.
pub fn workload(plan: &Plan) -> Vec<Load> {
    // Per person: (first day, last day, task id) of each unfinished task.
    let mut spans: BTreeMap<&Id, Vec<(NaiveDate, NaiveDate, &Id)>> = BTreeMap::new();
    let mut open: BTreeMap<&Id, usize> = BTreeMap::new();
    for t in plan.plans.iter().flat_map(|p| p.tasks.iter()) {
        let (Some(owner), true) = (&t.owner, t.status != TaskStatus::Done) else {
            continue;
        };
        *open.entry(owner).or_default() += 1;
        if let (Some(a), Some(b)) = (t.first_day(), t.last_day()) {
            spans
                .entry(owner)
                .or_default()
                .push((a.min(b), a.max(b), &t.id));
        }
    }
    let mut loads: Vec<Load> = open
        .into_iter()
        .map(|(person, open_tasks)| {
            let list = spans.get(person).map(Vec::as_slice).unwrap_or(&[]);
            // Sweep: +1 on a first day, -1 the day after a last day; ends sort before starts.
            let mut events: Vec<(NaiveDate, i32)> = list
                .iter()
                .flat_map(|(a, b, _)| [(*a, 1), (*b + Duration::days(1), -1)])
                .collect();
            events.sort();
            let (mut now, mut peak, mut peak_day) = (0i32, 0i32, None);
            for (day, delta) in events {
                now += delta;
                if now > peak {
                    peak = now;
                    peak_day = Some(day);
                }
            }
            let peak_tasks = peak_day
                .map(|d| {
                    list.iter()
                        .filter(|(a, b, _)| *a <= d && d <= *b)
                        .map(|(_, _, id)| (*id).clone())
                        .collect()
                })
                .unwrap_or_default();
            Load {
                person: person.clone(),
                open_tasks,
                peak: peak.max(0) as usize,
                peak_day,
                peak_tasks,
            }
        })
        .collect();
    loads.sort_by(|a, b| b.peak.cmp(&a.peak).then(b.open_tasks.cmp(&a.open_tasks)));
    loads
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, day).expect("date")
    }

    fn plan_with(spans: &[(u32, u32)], owner: &str) -> Plan {
        let mut plan = Plan::new();
        let p = plan.add_plan("P".into());
        for (i, (a, b)) in spans.iter().enumerate() {
            let id = plan.add_task(&p, format!("T{i}")).expect("task");
            let t = plan.task_mut(&id).expect("task");
            t.owner = Some(Id::from(owner));
            t.start = Some(d(*a));
            t.due = Some(d(*b));
        }
        plan
    }

    #[test]
    fn the_peak_counts_overlapping_days() {
        // 1-10, 5-12, 9-9, 11-20: three run on the 9th.
        let plan = plan_with(&[(1, 10), (5, 12), (9, 9), (11, 20)], "s1");
        let loads = workload(&plan);
        assert_eq!(loads.len(), 1);
        assert_eq!(loads[0].peak, 3);
        assert_eq!(loads[0].peak_day, Some(d(9)));
        assert_eq!(loads[0].peak_tasks.len(), 3);
        assert!(!loads[0].overloaded());
    }

    #[test]
    fn back_to_back_tasks_do_not_overlap() {
        let plan = plan_with(&[(1, 4), (5, 8), (9, 12)], "s1");
        assert_eq!(workload(&plan)[0].peak, 1);
    }

    #[test]
    fn four_at_once_is_overload_and_done_tasks_do_not_count() {
        let mut plan = plan_with(&[(1, 10), (2, 10), (3, 10), (4, 10)], "s1");
        assert!(workload(&plan)[0].overloaded());
        let first = plan.plans[0].tasks[0].id.clone();
        plan.task_mut(&first).expect("t").status = TaskStatus::Done;
        assert!(!workload(&plan)[0].overloaded());
    }
}
