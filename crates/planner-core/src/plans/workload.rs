//! Workload per person: how many unfinished tasks each owner has running on the same day.

use chrono::NaiveDate;

use crate::ids::Id;
use crate::plan::Plan;
use crate::plans::cycles::IdTable;
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

/// An unfinished, dated task: its owner's number, its first and last day (in order), its id.
#[derive(Clone, Copy)]
struct Span<'a> {
    owner: usize,
    first: NaiveDate,
    last: NaiveDate,
    task: &'a Id,
}

/// Scratch space for [`Owner::peak`]: first days and last days.
type Days = (Vec<NaiveDate>, Vec<NaiveDate>);

/// The owner of unfinished tasks.
struct Owner<'a> {
    person: &'a Id,
    open_tasks: usize,
    /// Where their dated tasks start among all the spans, grouped by owner.
    spans_from: usize,
    /// How many of their tasks are dated.
    dated: usize,
}

impl Owner<'_> {
    /// The most tasks running on one day, and the first such day, from the owner's dated
    /// tasks; `days` is scratch space, reused from one owner to the next.
    fn peak(spans: &[Span], days: &mut Days) -> (usize, Option<NaiveDate>) {
        // The count only rises on a task's first day. So take the first days in order and,
        // at each, count the tasks started so far less those whose last day is past (a task
        // ending the day another starts overlaps it).
        let (starts, ends) = days;
        starts.clear();
        starts.extend(spans.iter().map(|s| s.first));
        starts.sort_unstable();
        ends.clear();
        ends.extend(spans.iter().map(|s| s.last));
        ends.sort_unstable();
        let (mut ended, mut peak, mut peak_day) = (0usize, 0usize, None);
        for (started, &day) in starts.iter().enumerate() {
            while ends.get(ended).is_some_and(|&end| end < day) {
                ended += 1;
            }
            let now = (started + 1).saturating_sub(ended);
            if now > peak {
                peak = now;
                peak_day = Some(day);
            }
        }
        (peak, peak_day)
    }

    /// The owner's load, given their dated tasks in plan order and their peak.
    fn load(&self, spans: &[Span], (peak, peak_day): (usize, Option<NaiveDate>)) -> Load {
        let peak_tasks = peak_day
            .map(|d| {
                spans
                    .iter()
                    .filter(|s| s.first <= d && d <= s.last)
                    .map(|s| *s.task)
                    .collect()
            })
            .unwrap_or_default();
        Load {
            person: *self.person,
            open_tasks: self.open_tasks,
            peak,
            peak_day,
            peak_tasks,
        }
    }
}

/// Every task owner's load, the most loaded first (then the most open tasks first, then by
/// person id).
pub fn workload(plan: &Plan) -> Vec<Load> {
    loads(plan, |_| true)
}

/// The loads of the overloaded people (see [`Load::overloaded`]), the most loaded first: the
/// same as `workload(plan)` without the others, and quicker, as their loads are never built.
pub fn overloads(plan: &Plan) -> Vec<Load> {
    loads(plan, |peak| peak > MAX_PARALLEL)
}

/// The loads of the task owners whose peak passes `keep`, in [`workload`]'s order.
fn loads(plan: &Plan, keep: impl Fn(usize) -> bool) -> Vec<Load> {
    let count = plan.plans.iter().map(|p| p.tasks.len()).sum();
    // The owners of unfinished tasks, numbered in the order first met (usually stakeholders,
    // hence the room), and their dated unfinished tasks in plan order.
    let mut owners: IdTable<Owner> = IdTable::with_capacity(plan.stakeholders.len());
    let mut spans: Vec<Span> = Vec::with_capacity(count);
    for t in plan.plans.iter().flat_map(|p| p.tasks.iter()) {
        let (Some(person), true) = (&t.owner, t.status != TaskStatus::Done) else {
            continue;
        };
        let new = || Owner {
            person,
            open_tasks: 0,
            spans_from: 0,
            dated: 0,
        };
        let Some((number, owner)) = owners.entry(person.as_str(), new) else {
            continue;
        };
        owner.open_tasks += 1;
        if let (Some(a), Some(b)) = (t.first_day(), t.last_day()) {
            owner.dated += 1;
            spans.push(Span {
                owner: number,
                first: a.min(b),
                last: a.max(b),
                task: &t.id,
            });
        }
    }
    // Each owner's spans side by side, in owner number order, each still in plan order: a
    // counting sort, as the counts are known.
    let mut next: Vec<usize> = Vec::with_capacity(owners.len());
    let mut from = 0;
    for owner in owners.values_mut() {
        owner.spans_from = from;
        next.push(from);
        from += owner.dated;
    }
    let mut grouped = spans.clone();
    for span in &spans {
        if let Some(at) = next.get_mut(span.owner) {
            if let Some(slot) = grouped.get_mut(*at) {
                *slot = *span;
            }
            *at += 1;
        }
    }
    // By person id first, so that the stable sort below leaves ties in that order.
    let mut by_person: Vec<&Owner> = owners.values().collect();
    crate::order::sort_by(&mut by_person, |a, b| a.person.cmp(b.person));
    let mut days = Days::default();
    let mut loads: Vec<Load> = by_person
        .iter()
        .filter_map(|o| {
            let mine = grouped
                .get(o.spans_from..o.spans_from + o.dated)
                .unwrap_or_default();
            let (peak, day) = Owner::peak(mine, &mut days);
            keep(peak).then(|| o.load(mine, (peak, day)))
        })
        .collect();
    crate::order::sort_by(&mut loads, |a, b| {
        b.peak.cmp(&a.peak).then(b.open_tasks.cmp(&a.open_tasks))
    });
    loads
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;
    use std::collections::BTreeMap;

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
        let first = plan.plans[0].tasks[0].id;
        plan.task_mut(&first).expect("t").status = TaskStatus::Done;
        assert!(!workload(&plan)[0].overloaded());
    }

    #[test]
    fn extreme_dates_do_not_panic() {
        let mut plan = plan_with(&[(1, 2)], "s1");
        let p = plan.plans[0].id;
        let (min, max) = (NaiveDate::MIN, NaiveDate::MAX);
        for (start, due) in [(min, max), (max, max), (max, min)] {
            let id = plan.add_task(&p, "far".into()).expect("task");
            let t = plan.task_mut(&id).expect("task");
            t.owner = Some(Id::from("s1"));
            t.start = Some(start);
            t.due = Some(due);
        }
        let loads = workload(&plan);
        // On 1 March: the first task and the two spanning all time.
        assert_eq!(loads[0].peak, 3);
        assert_eq!(loads[0].peak_day, Some(d(1)));
        let ids: Vec<Id> = plan.plans[0].tasks.iter().map(|t| t.id).collect();
        assert_eq!(loads[0].peak_tasks, [ids[0], ids[1], ids[3]]);
    }

    /// [`workload`] as it was before it was made fast: the reference the fast one must match.
    fn reference(plan: &Plan) -> Vec<Load> {
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
                let mut events: Vec<(NaiveDate, i32)> = list
                    .iter()
                    .flat_map(|(a, b, _)| [(*a, 1), (*b + Duration::days(1), -1)])
                    .collect();
                crate::order::sort(&mut events);
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
                            .map(|(_, _, id)| *(*id))
                            .collect()
                    })
                    .unwrap_or_default();
                Load {
                    person: *person,
                    open_tasks,
                    peak: peak.max(0) as usize,
                    peak_day,
                    peak_tasks,
                }
            })
            .collect();
        crate::order::sort_by(&mut loads, |a, b| {
            b.peak.cmp(&a.peak).then(b.open_tasks.cmp(&a.open_tasks))
        });
        loads
    }

    #[test]
    fn odd_plans_match_the_reference() {
        let mut overloaded = 0;
        for seed in 0..3_000 {
            let plan = crate::plans::cycles::samples::random_plan(seed);
            let loads = workload(&plan);
            overloaded += usize::from(loads.iter().any(Load::overloaded));
            assert_eq!(loads, reference(&plan), "seed {seed}");
            let over: Vec<Load> = loads.into_iter().filter(Load::overloaded).collect();
            assert_eq!(overloads(&plan), over, "seed {seed}");
        }
        // Both kinds are exercised.
        assert!(
            (300..2_700).contains(&overloaded),
            "{overloaded} overloaded"
        );
    }

    #[test]
    fn the_large_plans_match_the_reference() {
        use crate::plans::cycles::samples;
        let today = samples::base();
        let plan = crate::generate::large_plan(crate::generate::LARGE, today);
        let loads = workload(&plan);
        assert_eq!(loads.len(), 200);
        assert!(!loads.iter().any(Load::overloaded));
        assert_eq!(loads, reference(&plan));
        let troubled = samples::troubled_large_plan(today);
        let loads = workload(&troubled);
        assert_eq!(loads[0].peak, 5);
        assert_eq!(loads[0].peak_tasks.len(), 5);
        assert_eq!(loads, reference(&troubled));
        assert_eq!(overloads(&troubled), loads[..1]);
    }
}
