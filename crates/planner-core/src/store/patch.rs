//! Changes as data: what one edit did to the plan, record by record.
//!
//! [`Patch::between`] compares two plans and keeps only what differs: for each list of records,
//! the one run of records that changed ([`Splice`]), and for the plans of step 4, the tasks that
//! changed inside a plan rather than the whole plan. A patch goes both ways ([`Patch::apply`]
//! and [`Patch::revert`]), so the undo history keeps patches, which cost the size of the change,
//! not the size of the plan. [`Patch::touched`] says which parts of the plan and which records
//! changed, so that the app notifies only what reads them.
//!
//! Applying checks that the plan holds what the patch replaces; a patch applied to another
//! plan than the one it was made from is refused ([`Mismatch`]) rather than corrupting it.

use crate::goals::{AreaDecision, ImplementationGoal};
use crate::ids::Id;
use crate::plan::Plan;
use crate::plans::{ImplementationPlan, Task};
use crate::profile::Profile;
use crate::stakeholders::Stakeholder;
use crate::strategy::{
    Benefit, BusinessGoal, BusinessProcess, Kpi, Link, PeopleGroup, SoftwareItem, Strategy,
};

/// The parts of the plan that the app tracks separately: a step's screen and checks read a few
/// of them, and a change notifies only the readers of the parts it changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// Step 0: the profile and its units.
    Profile,
    /// Step 1: the stakeholder register.
    Stakeholders,
    /// Step 2: the strategy (vision, business goals, processes, people, software, links,
    /// benefits, KPIs).
    Strategy,
    /// Step 3: implementation goals and the scope decisions.
    Goals,
    /// Step 4: the implementation plans and their tasks.
    Plans,
}

impl Part {
    /// Every part.
    pub const ALL: [Part; 5] = [
        Part::Profile,
        Part::Stakeholders,
        Part::Strategy,
        Part::Goals,
        Part::Plans,
    ];

    /// The part's position in [`Part::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    fn bit(self) -> u8 {
        1 << self.index()
    }
}

/// A set of [`Part`]s.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Parts(u8);

impl Parts {
    /// No part.
    pub const NONE: Parts = Parts(0);

    /// Every part.
    pub fn all() -> Parts {
        Parts::of(&Part::ALL)
    }

    /// The set of the given parts.
    pub fn of(parts: &[Part]) -> Parts {
        Parts(parts.iter().fold(0, |bits, p| bits | p.bit()))
    }

    /// This set with `part` added.
    pub fn with(self, part: Part) -> Parts {
        Parts(self.0 | part.bit())
    }

    /// Whether `part` is in the set.
    pub fn contains(self, part: Part) -> bool {
        self.0 & part.bit() != 0
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The parts in the set, in [`Part::ALL`]'s order.
    pub fn iter(self) -> impl Iterator<Item = Part> {
        Part::ALL.into_iter().filter(move |p| self.contains(*p))
    }
}

/// A patch was applied to a plan it was not made from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mismatch;

/// A value replaced as a whole (the profile, the vision, the id counter).
#[derive(Clone, Debug, PartialEq)]
pub struct Swap<T> {
    before: T,
    after: T,
}

impl<T: Clone + PartialEq> Swap<T> {
    fn between(old: &T, new: &T) -> Option<Swap<T>> {
        (old != new).then(|| Swap {
            before: old.clone(),
            after: new.clone(),
        })
    }

    fn sides(&self, forward: bool) -> (&T, &T) {
        if forward {
            (&self.before, &self.after)
        } else {
            (&self.after, &self.before)
        }
    }

    fn fits(&self, value: &T, forward: bool) -> bool {
        value == self.sides(forward).0
    }

    fn put(&self, value: &mut T, forward: bool) {
        *value = self.sides(forward).1.clone();
    }

    /// `self` then `next`, as one swap.
    fn then(&self, next: &Swap<T>) -> Option<Swap<T>> {
        (self.after == next.before).then(|| Swap {
            before: self.before.clone(),
            after: next.after.clone(),
        })
    }
}

/// The id counter. Undo and redo never lower it, so an id handed out once is never handed out
/// again, even after the record that had it was undone.
#[derive(Clone, Debug, PartialEq)]
pub struct Counter(Swap<u64>);

impl Counter {
    fn between(old: &u64, new: &u64) -> Option<Counter> {
        Swap::between(old, new).map(Counter)
    }

    fn fits(&self, _: &u64, _: bool) -> bool {
        true
    }

    fn put(&self, value: &mut u64, forward: bool) {
        *value = (*value).max(*self.0.sides(forward).1);
    }

    fn then(&self, next: &Counter) -> Option<Counter> {
        Some(Counter(Swap {
            before: self.0.before,
            after: next.0.after,
        }))
    }
}

/// One run of a list replaced by another: `before`, found at `at`, became `after`. Records
/// before and after the run are untouched.
#[derive(Clone, Debug, PartialEq)]
pub struct Splice<T> {
    at: usize,
    before: Vec<T>,
    after: Vec<T>,
}

impl<T: Clone + PartialEq> Splice<T> {
    /// The smallest run that turns `old` into `new`, or `None` when they are equal.
    pub fn between(old: &[T], new: &[T]) -> Option<Splice<T>> {
        let head = old.iter().zip(new).take_while(|(a, b)| a == b).count();
        if head == old.len() && head == new.len() {
            return None;
        }
        let room = old.len().min(new.len()) - head;
        let tail = old[head..]
            .iter()
            .rev()
            .zip(new[head..].iter().rev())
            .take(room)
            .take_while(|(a, b)| a == b)
            .count();
        Some(Splice {
            at: head,
            before: old[head..old.len() - tail].to_vec(),
            after: new[head..new.len() - tail].to_vec(),
        })
    }

    fn sides(&self, forward: bool) -> (&[T], &[T]) {
        if forward {
            (&self.before, &self.after)
        } else {
            (&self.after, &self.before)
        }
    }

    fn fits(&self, list: &[T], forward: bool) -> bool {
        let from = self.sides(forward).0;
        list.get(self.at..self.at + from.len()) == Some(from)
    }

    /// Replaces the run; only after [`Splice::fits`] said yes (out of range does nothing).
    fn put(&self, list: &mut Vec<T>, forward: bool) {
        let (from, to) = self.sides(forward);
        let end = self.at + from.len();
        if end <= list.len() {
            // Lighter than `Vec::splice` in wasm, and the same result.
            let rest = list.split_off(end);
            list.truncate(self.at);
            list.extend_from_slice(to);
            list.extend(rest);
        }
    }

    /// `self` then `next`, as one splice, when `next` replaces exactly what `self` wrote (typing
    /// on in the same record). Other pairs stay two steps.
    fn then(&self, next: &Splice<T>) -> Option<Splice<T>> {
        (self.at == next.at && self.after == next.before).then(|| Splice {
            at: self.at,
            before: self.before.clone(),
            after: next.after.clone(),
        })
    }

    fn records(&self) -> impl Iterator<Item = &T> {
        self.before.iter().chain(&self.after)
    }
}

/// A record with an id, which a change can name.
trait Keyed {
    fn key(&self) -> &Id;
}

macro_rules! keyed {
    ($($t:ty),*) => {$(
        impl Keyed for $t {
            fn key(&self) -> &Id {
                &self.id
            }
        }
    )*};
}

keyed!(
    Stakeholder,
    BusinessGoal,
    BusinessProcess,
    PeopleGroup,
    SoftwareItem,
    Link,
    Benefit,
    Kpi,
    ImplementationGoal,
    ImplementationPlan,
    Task
);

/// What changed inside one implementation plan whose place in the list stayed.
#[derive(Clone, Debug, PartialEq)]
struct PlanEdit {
    index: usize,
    id: Id,
    /// The plan's own fields (its `tasks` empty in both).
    head: Option<Swap<ImplementationPlan>>,
    tasks: Option<Splice<Task>>,
}

/// The plan's fields without its tasks.
fn head_of(plan: &ImplementationPlan) -> ImplementationPlan {
    let ImplementationPlan {
        id,
        name,
        goals,
        responsible,
        indicators,
        start,
        deadline,
        status,
        budget,
        tasks: _,
    } = plan;
    ImplementationPlan {
        id: *id,
        name: name.clone(),
        goals: goals.clone(),
        responsible: *responsible,
        indicators: indicators.clone(),
        start: *start,
        deadline: *deadline,
        status: *status,
        budget: *budget,
        tasks: Vec::new(),
    }
}

/// How step 4's list of plans changed.
#[derive(Clone, Debug, PartialEq)]
enum PlansPatch {
    /// Plans were added, removed or moved: the run of plans that changed, whole.
    Run(Splice<ImplementationPlan>),
    /// The same plans in the same order: what changed inside each.
    Inside(Vec<PlanEdit>),
}

impl PlansPatch {
    fn between(old: &[ImplementationPlan], new: &[ImplementationPlan]) -> Option<PlansPatch> {
        let same_plans = old.len() == new.len() && old.iter().zip(new).all(|(a, b)| a.id == b.id);
        if !same_plans {
            return Splice::between(old, new).map(PlansPatch::Run);
        }
        let edits: Vec<PlanEdit> = old
            .iter()
            .zip(new)
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .map(|(index, (a, b))| PlanEdit {
                index,
                id: b.id,
                head: Swap::between(&head_of(a), &head_of(b)),
                tasks: Splice::between(&a.tasks, &b.tasks),
            })
            .collect();
        (!edits.is_empty()).then_some(PlansPatch::Inside(edits))
    }

    fn fits(&self, plans: &[ImplementationPlan], forward: bool) -> bool {
        match self {
            PlansPatch::Run(splice) => splice.fits(plans, forward),
            PlansPatch::Inside(edits) => edits.iter().all(|edit| {
                plans.get(edit.index).is_some_and(|plan| {
                    plan.id == edit.id
                        && edit
                            .head
                            .as_ref()
                            .is_none_or(|head| head.fits(&head_of(plan), forward))
                        && edit
                            .tasks
                            .as_ref()
                            .is_none_or(|tasks| tasks.fits(&plan.tasks, forward))
                })
            }),
        }
    }

    fn put(&self, plans: &mut Vec<ImplementationPlan>, forward: bool) {
        match self {
            PlansPatch::Run(splice) => splice.put(plans, forward),
            PlansPatch::Inside(edits) => {
                for edit in edits {
                    let Some(plan) = plans.get_mut(edit.index) else {
                        continue;
                    };
                    if let Some(head) = &edit.head {
                        let mut own = head.sides(forward).1.clone();
                        own.tasks = std::mem::take(&mut plan.tasks);
                        *plan = own;
                    }
                    if let Some(tasks) = &edit.tasks {
                        tasks.put(&mut plan.tasks, forward);
                    }
                }
            }
        }
    }

    fn then(&self, next: &PlansPatch) -> Option<PlansPatch> {
        match (self, next) {
            (PlansPatch::Run(a), PlansPatch::Run(b)) => a.then(b).map(PlansPatch::Run),
            (PlansPatch::Inside(a), PlansPatch::Inside(b)) if a.len() == b.len() => {
                let edits = a
                    .iter()
                    .zip(b)
                    .map(|(x, y)| {
                        if x.index != y.index || x.id != y.id {
                            return None;
                        }
                        Some(PlanEdit {
                            index: x.index,
                            id: x.id,
                            head: then_opt(&x.head, &y.head, Swap::then)?,
                            tasks: then_opt(&x.tasks, &y.tasks, Splice::then)?,
                        })
                    })
                    .collect::<Option<Vec<_>>>()?;
                Some(PlansPatch::Inside(edits))
            }
            _ => None,
        }
    }

    fn touched(&self, ids: &mut Vec<Id>) {
        match self {
            PlansPatch::Run(splice) => {
                for plan in splice.records() {
                    ids.push(plan.id);
                    ids.extend(plan.tasks.iter().map(|t| t.id));
                }
            }
            PlansPatch::Inside(edits) => {
                for edit in edits {
                    ids.push(edit.id);
                    if let Some(tasks) = &edit.tasks {
                        ids.extend(tasks.records().map(|t| t.id));
                    }
                }
            }
        }
    }
}

/// Composes two optional changes of one component: either alone is kept; both must compose.
fn then_opt<T>(a: &Option<T>, b: &Option<T>, then: fn(&T, &T) -> Option<T>) -> Option<Option<T>>
where
    T: Clone,
{
    match (a, b) {
        (None, None) => Some(None),
        (Some(x), None) | (None, Some(x)) => Some(Some(x.clone())),
        (Some(x), Some(y)) => then(x, y).map(Some),
    }
}

/// What one change did to the plan.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Patch {
    profile: Option<Swap<Profile>>,
    stakeholders: Option<Splice<Stakeholder>>,
    vision: Option<Swap<String>>,
    business_goals: Option<Splice<BusinessGoal>>,
    processes: Option<Splice<BusinessProcess>>,
    people: Option<Splice<PeopleGroup>>,
    software: Option<Splice<SoftwareItem>>,
    links: Option<Splice<Link>>,
    benefits: Option<Splice<Benefit>>,
    kpis: Option<Splice<Kpi>>,
    implementation_goals: Option<Splice<ImplementationGoal>>,
    scope: Option<Splice<AreaDecision>>,
    plans: Option<PlansPatch>,
    next_id: Option<Counter>,
}

/// What a patch changed: the parts, and the ids of the records whose value may differ. A
/// record's value includes what it holds: a task's change touches its plan too.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Touched {
    /// The parts that changed.
    pub parts: Parts,
    /// The records that changed, were added, removed or moved (possibly with repeats).
    pub records: Vec<Id>,
}

/// Every component of a patch, with its apply and compose functions: one list, so that
/// `apply`, `revert` and `then` cannot forget one.
macro_rules! each_component {
    ($m:ident) => {
        $m!(profile, [profile]);
        $m!(stakeholders, [stakeholders]);
        $m!(vision, [strategy.vision]);
        $m!(business_goals, [strategy.goals]);
        $m!(processes, [strategy.processes]);
        $m!(people, [strategy.people]);
        $m!(software, [strategy.software]);
        $m!(links, [strategy.links]);
        $m!(benefits, [strategy.benefits]);
        $m!(kpis, [strategy.kpis]);
        $m!(implementation_goals, [implementation_goals]);
        $m!(scope, [scope]);
        $m!(plans, [plans]);
        $m!(next_id, [next_id]);
    };
}

impl Patch {
    /// What turns `old` into `new`; `None` when they are equal.
    #[inline(never)]
    pub fn between(old: &Plan, new: &Plan) -> Option<Patch> {
        // Destructured so that a field added to the plan or the strategy fails to compile here
        // until the patch knows it.
        let Plan {
            profile,
            stakeholders,
            strategy,
            implementation_goals,
            scope,
            plans,
            next_id,
        } = new;
        let Strategy {
            vision,
            goals,
            processes,
            people,
            software,
            links,
            benefits,
            kpis,
        } = strategy;
        let o = &old.strategy;
        let patch = Patch {
            profile: Swap::between(&old.profile, profile),
            stakeholders: Splice::between(&old.stakeholders, stakeholders),
            vision: Swap::between(&o.vision, vision),
            business_goals: Splice::between(&o.goals, goals),
            processes: Splice::between(&o.processes, processes),
            people: Splice::between(&o.people, people),
            software: Splice::between(&o.software, software),
            links: Splice::between(&o.links, links),
            benefits: Splice::between(&o.benefits, benefits),
            kpis: Splice::between(&o.kpis, kpis),
            implementation_goals: Splice::between(&old.implementation_goals, implementation_goals),
            scope: Splice::between(&old.scope, scope),
            plans: PlansPatch::between(&old.plans, plans),
            next_id: Counter::between(&old.next_id, next_id),
        };
        (patch != Patch::default()).then_some(patch)
    }

    /// Makes the change on `plan` (which must be the patch's "before").
    pub fn apply(&self, plan: &mut Plan) -> Result<(), Mismatch> {
        self.run(plan, true)
    }

    /// Takes the change back on `plan` (which must be the patch's "after").
    pub fn revert(&self, plan: &mut Plan) -> Result<(), Mismatch> {
        self.run(plan, false)
    }

    // Not inlined: `apply` and `revert` share one copy of the per-list code (wasm size).
    #[inline(never)]
    fn run(&self, plan: &mut Plan, forward: bool) -> Result<(), Mismatch> {
        // All or nothing: every component is checked against the plan before any is written.
        let mut fits = true;
        macro_rules! check_one {
            ($field:ident, [$($path:ident).+]) => {
                if let Some(change) = &self.$field {
                    fits = fits && change.fits(&plan.$($path).+, forward);
                }
            };
        }
        each_component!(check_one);
        if !fits {
            return Err(Mismatch);
        }
        macro_rules! put_one {
            ($field:ident, [$($path:ident).+]) => {
                if let Some(change) = &self.$field {
                    change.put(&mut plan.$($path).+, forward);
                }
            };
        }
        each_component!(put_one);
        Ok(())
    }

    /// `self` then `next` as one patch, when every component composes (typing on in the same
    /// field); `None` when they must stay two undo steps.
    pub fn then(&self, next: &Patch) -> Option<Patch> {
        let mut out = Patch::default();
        macro_rules! then_one {
            ($field:ident, [$($path:ident).+]) => {
                out.$field = then_opt(&self.$field, &next.$field, |a, b| a.then(b))?;
            };
        }
        each_component!(then_one);
        Some(out)
    }

    /// The parts and records the patch changes.
    pub fn touched(&self) -> Touched {
        let mut t = Touched::default();
        let mut part = |p: Part, changed: bool| {
            if changed {
                t.parts = t.parts.with(p);
            }
        };
        part(Part::Profile, self.profile.is_some());
        part(Part::Stakeholders, self.stakeholders.is_some());
        part(
            Part::Strategy,
            self.vision.is_some()
                || self.business_goals.is_some()
                || self.processes.is_some()
                || self.people.is_some()
                || self.software.is_some()
                || self.links.is_some()
                || self.benefits.is_some()
                || self.kpis.is_some(),
        );
        part(
            Part::Goals,
            self.implementation_goals.is_some() || self.scope.is_some(),
        );
        part(Part::Plans, self.plans.is_some());
        fn ids<T: Keyed + Clone + PartialEq>(out: &mut Vec<Id>, splice: &Option<Splice<T>>) {
            if let Some(s) = splice {
                out.extend(s.records().map(|r| *r.key()));
            }
        }
        let r = &mut t.records;
        if let Some(profile) = &self.profile {
            let units = profile.before.units.iter().chain(&profile.after.units);
            r.extend(units.map(|u| u.id));
        }
        ids(r, &self.stakeholders);
        ids(r, &self.business_goals);
        ids(r, &self.processes);
        ids(r, &self.people);
        ids(r, &self.software);
        ids(r, &self.links);
        ids(r, &self.benefits);
        ids(r, &self.kpis);
        ids(r, &self.implementation_goals);
        if let Some(plans) = &self.plans {
            plans.touched(r);
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::FunctionalLevel;
    use crate::stakeholders::Category;
    use crate::strategy::InteractionArea;

    /// A small plan with two units, three stakeholders, a vision, two KPIs, two implementation
    /// goals and two plans (two tasks, then one).
    fn sample() -> Plan {
        let mut plan = Plan::new();
        plan.profile.name = "CRM".into();
        plan.add_unit("Retail".into(), FunctionalLevel::Operational, true);
        plan.add_unit("Board".into(), FunctionalLevel::Strategic, false);
        plan.add_stakeholder("Ann".into(), Category::Management);
        plan.add_stakeholder("Bob".into(), Category::Users);
        plan.add_stakeholder("Cyd".into(), Category::Customers);
        plan.strategy.vision = "Every customer known".into();
        for (name, target) in [("Growth", 7.0), ("Churn", 2.0)] {
            let id = plan.fresh_id("k");
            plan.strategy.kpis.push(Kpi {
                id,
                name: name.into(),
                target: Some(target),
                ..Kpi::default()
            });
        }
        plan.add_implementation_goal("One card".into());
        plan.add_implementation_goal("Mobile sales".into());
        let pilot = plan.add_plan("Pilot".into());
        plan.add_task(&pilot, "Train".into());
        plan.add_task(&pilot, "Go live".into());
        let rollout = plan.add_plan("Roll-out".into());
        plan.add_task(&rollout, "Migrate".into());
        plan
    }

    /// A change to make on a plan.
    type Change = Box<dyn Fn(&mut Plan)>;

    /// `plan` changed by `change`.
    fn changed(plan: &Plan, change: impl FnOnce(&mut Plan)) -> Plan {
        let mut new = plan.clone();
        change(&mut new);
        new
    }

    /// The patch from `old` to `new`, which must differ.
    fn patch(old: &Plan, new: &Plan) -> Patch {
        Patch::between(old, new).expect("the plans differ")
    }

    fn ids(list: &[&str]) -> Vec<Id> {
        list.iter().map(|s| Id::from(*s)).collect()
    }

    /// Whether `touched` names every id in `expected`.
    fn names_all(touched: &Touched, expected: &[Id]) -> bool {
        expected.iter().all(|id| touched.records.contains(id))
    }

    fn splice(at: usize, before: &[i32], after: &[i32]) -> Splice<i32> {
        Splice {
            at,
            before: before.to_vec(),
            after: after.to_vec(),
        }
    }

    #[test]
    fn a_splice_keeps_only_the_run_that_changed() {
        // An edit in the middle.
        assert_eq!(
            Splice::between(&[1, 2, 3, 4, 5], &[1, 2, 9, 4, 5]),
            Some(splice(2, &[3], &[9]))
        );
        // An insertion, in the middle and at both ends.
        assert_eq!(
            Splice::between(&[1, 2, 3], &[1, 2, 7, 3]),
            Some(splice(2, &[], &[7]))
        );
        assert_eq!(
            Splice::between(&[1, 2], &[0, 1, 2]),
            Some(splice(0, &[], &[0]))
        );
        assert_eq!(
            Splice::between(&[1, 2], &[1, 2, 3]),
            Some(splice(2, &[], &[3]))
        );
        assert_eq!(Splice::between(&[], &[1]), Some(splice(0, &[], &[1])));
        // A deletion.
        assert_eq!(
            Splice::between(&[1, 2, 3, 4], &[1, 3, 4]),
            Some(splice(1, &[2], &[]))
        );
        assert_eq!(Splice::between(&[1], &[]), Some(splice(0, &[1], &[])));
        // Repeated values: the run is still one record, and the head and tail never overlap.
        assert_eq!(
            Splice::between(&[1, 1, 1], &[1, 1]),
            Some(splice(2, &[1], &[]))
        );
        assert_eq!(
            Splice::between(&[1, 1], &[1, 1, 1]),
            Some(splice(2, &[], &[1]))
        );
        // Two records swapped: the run from the one to the other.
        assert_eq!(
            Splice::between(&[1, 2, 3, 4, 5], &[1, 4, 3, 2, 5]),
            Some(splice(1, &[2, 3, 4], &[4, 3, 2]))
        );
        // Everything different.
        assert_eq!(
            Splice::between(&[1, 2, 3], &[4, 5]),
            Some(splice(0, &[1, 2, 3], &[4, 5]))
        );
        // Equal lists.
        assert_eq!(Splice::between(&[1, 2, 3], &[1, 2, 3]), None);
        assert_eq!(Splice::<i32>::between(&[], &[]), None);
    }

    #[test]
    fn a_splice_goes_both_ways_and_checks_what_it_replaces() {
        let cases: [(&[i32], &[i32]); 6] = [
            (&[1, 2, 3, 4, 5], &[1, 2, 9, 4, 5]),
            (&[1, 2, 3], &[1, 2, 7, 3]),
            (&[1, 2, 3, 4], &[1, 3, 4]),
            (&[1, 2, 3], &[4, 5]),
            (&[], &[1, 2]),
            (&[1, 1, 1], &[1, 1]),
        ];
        for (old, new) in cases {
            let s = Splice::between(old, new).expect("the lists differ");
            let mut list = old.to_vec();
            assert!(s.fits(&list, true));
            s.put(&mut list, true);
            assert_eq!(list, new, "{old:?} -> {new:?}");
            assert!(s.fits(&list, false));
            s.put(&mut list, false);
            assert_eq!(list, old, "{new:?} -> {old:?}");
        }
        // A run beyond the end does not fit.
        assert!(!splice(5, &[1], &[]).fits(&[1, 2], true));
        assert!(!splice(3, &[], &[1]).fits(&[1, 2], true));
        assert!(splice(2, &[], &[1]).fits(&[1, 2], true));
    }

    #[test]
    fn apply_then_revert_is_the_identity() {
        let old = sample();
        let changes: Vec<(&str, Change)> = vec![
            (
                "profile name",
                Box::new(|p| p.profile.name = "CRM 2".into()),
            ),
            (
                "unit name",
                Box::new(|p| p.profile.units[1].name = "B".into()),
            ),
            (
                "stakeholder name",
                Box::new(|p| p.stakeholders[1].name = "Bo".into()),
            ),
            (
                "stakeholder score",
                Box::new(|p| p.stakeholders[2].power = Some(4)),
            ),
            (
                "stakeholder added",
                Box::new(|p| {
                    p.add_stakeholder("Dan".into(), Category::It);
                }),
            ),
            (
                "stakeholder removed",
                Box::new(|p| drop(p.stakeholders.remove(0))),
            ),
            (
                "stakeholders swapped",
                Box::new(|p| p.stakeholders.swap(0, 2)),
            ),
            ("vision", Box::new(|p| p.strategy.vision.clear())),
            ("KPI target", Box::new(|p| p.strategy.kpis[1].target = None)),
            (
                "implementation goal name",
                Box::new(|p| p.implementation_goals[0].name = "Card".into()),
            ),
            (
                "scope",
                Box::new(|p| p.decide_area(InteractionArea::Sales, Some(false))),
            ),
            ("plan name", Box::new(|p| p.plans[1].name = "Wave 2".into())),
            (
                "task title",
                Box::new(|p| p.plans[0].tasks[1].title = "Live".into()),
            ),
            (
                "task progress",
                Box::new(|p| p.plans[1].tasks[0].progress = 50),
            ),
            (
                "task added",
                Box::new(|p| {
                    let id = p.plans[1].id;
                    p.add_task(&id, "Check".into());
                }),
            ),
            (
                "task moved to the other plan",
                Box::new(|p| {
                    let t = p.plans[0].tasks.remove(0);
                    p.plans[1].tasks.insert(0, t);
                }),
            ),
            (
                "plan name and tasks",
                Box::new(|p| {
                    p.plans[0].name = "P".into();
                    p.plans[0].tasks.swap(0, 1);
                    p.plans[1].tasks.clear();
                }),
            ),
            ("plans swapped", Box::new(|p| p.plans.swap(0, 1))),
            ("plan removed", Box::new(|p| drop(p.plans.remove(0)))),
            (
                "plan added",
                Box::new(|p| {
                    p.add_plan("Wave 3".into());
                }),
            ),
            ("counter", Box::new(|p| p.next_id += 10)),
            (
                "everything at once",
                Box::new(|p| {
                    p.profile.industry = "Retail".into();
                    p.stakeholders.reverse();
                    p.strategy.vision = "V".into();
                    p.strategy.kpis.clear();
                    p.implementation_goals.swap(0, 1);
                    p.decide_area(InteractionArea::Service, Some(true));
                    p.plans[0].tasks[0].title = "T".into();
                    p.next_id += 1;
                }),
            ),
            ("to an empty plan", Box::new(|p| *p = Plan::new())),
        ];
        for (what, change) in &changes {
            let new = changed(&old, change);
            let patch = patch(&old, &new);
            let mut plan = old.clone();
            assert_eq!(patch.apply(&mut plan), Ok(()), "{what}");
            let new_raised = Plan {
                next_id: old.next_id.max(new.next_id),
                ..new.clone()
            };
            assert_eq!(plan, new_raised, "{what}: apply");
            // The id counter never goes down: everything else is as it was.
            let old_raised = Plan {
                next_id: old.next_id.max(new.next_id),
                ..old.clone()
            };
            assert_eq!(patch.revert(&mut plan), Ok(()), "{what}");
            assert_eq!(plan, old_raised, "{what}: revert");
            // And the other way round.
            let back = Patch::between(&new, &old).expect("the plans differ");
            let mut plan = new.clone();
            assert_eq!(back.apply(&mut plan), Ok(()), "{what}");
            assert_eq!(plan, old_raised, "{what}: apply back");
        }
        assert_eq!(Patch::between(&old, &old.clone()), None);
    }

    #[test]
    fn a_patch_applied_to_another_plan_is_refused_and_changes_nothing() {
        let old = sample();
        // Touches the stakeholders and a task inside the first plan.
        let new = changed(&old, |p| {
            p.stakeholders[0].name = "Anna".into();
            p.plans[0].tasks[1].title = "Launch".into();
        });
        let patch = patch(&old, &new);
        // Only the plans part differs from the patch's "before": the stakeholders would fit.
        let other = changed(&old, |p| p.plans[0].tasks[1].title = "Elsewhere".into());
        let mut plan = other.clone();
        assert_eq!(patch.apply(&mut plan), Err(Mismatch));
        assert_eq!(plan, other, "nothing is written when one part mismatches");
        // Only the stakeholders differ; the plans would fit.
        let other = changed(&old, |p| p.stakeholders[0].name = "Someone".into());
        let mut plan = other.clone();
        assert_eq!(patch.apply(&mut plan), Err(Mismatch));
        assert_eq!(plan, other);
        // Reverting on the "before", or applying twice, is refused too.
        let mut plan = old.clone();
        assert_eq!(patch.revert(&mut plan), Err(Mismatch));
        assert_eq!(plan, old);
        assert_eq!(patch.apply(&mut plan), Ok(()));
        assert_eq!(patch.apply(&mut plan), Err(Mismatch));
        assert_eq!(plan, new);
        // The plan at the edit's index is another plan (same tasks, another id).
        let other = changed(&old, |p| p.plans[0].id = Id::from("p99"));
        let mut plan = other.clone();
        assert_eq!(patch.apply(&mut plan), Err(Mismatch));
        assert_eq!(plan, other);
        // The plan at the edit's index is missing.
        let other = changed(&old, |p| p.plans.clear());
        let mut plan = other.clone();
        assert_eq!(patch.apply(&mut plan), Err(Mismatch));
        assert_eq!(plan, other);
        // A plan's own fields: the name must be what the patch replaces.
        let renamed = changed(&old, |p| p.plans[1].name = "Wave 2".into());
        let head = Patch::between(&old, &renamed).expect("differs");
        let other = changed(&old, |p| p.plans[1].name = "Other".into());
        let mut plan = other.clone();
        assert_eq!(head.apply(&mut plan), Err(Mismatch));
        assert_eq!(plan, other);
        // A run of whole plans (one added) beside a vision change: the vision fits, the run
        // does not.
        let added = changed(&old, |p| {
            p.strategy.vision = "New".into();
            p.plans.remove(1);
        });
        let run = Patch::between(&old, &added).expect("differs");
        let other = changed(&old, |p| p.plans[1].name = "Changed".into());
        let mut plan = other.clone();
        assert_eq!(run.apply(&mut plan), Err(Mismatch));
        assert_eq!(plan, other);
        // A swap (the profile), with the counter beside it, which never refuses (it only rises).
        let bumped = changed(&old, |p| {
            p.profile.name = "X".into();
            p.next_id += 1;
        });
        let swap = Patch::between(&old, &bumped).expect("differs");
        let other = changed(&old, |p| p.profile.name = "Other".into());
        let mut plan = other.clone();
        assert_eq!(swap.apply(&mut plan), Err(Mismatch));
        assert_eq!(plan, other);
    }

    /// The patches of typing `steps` one after another, each made with `change(plan, step)`.
    fn typing(
        start: &Plan,
        steps: &[&str],
        change: impl Fn(&mut Plan, &str),
    ) -> (Vec<Patch>, Plan) {
        let mut plan = start.clone();
        let mut patches = Vec::new();
        for step in steps {
            let next = changed(&plan, |p| change(p, step));
            patches.push(patch(&plan, &next));
            plan = next;
        }
        (patches, plan)
    }

    #[test]
    fn then_joins_typing_in_the_same_record() {
        let old = sample();
        type Typing = fn(&mut Plan, &str);
        let fields: [(&str, Typing); 7] = [
            ("stakeholder name", |p, s| p.stakeholders[1].name = s.into()),
            ("KPI name", |p, s| p.strategy.kpis[0].name = s.into()),
            ("goal name", |p, s| {
                p.implementation_goals[1].name = s.into()
            }),
            ("plan name", |p, s| p.plans[0].name = s.into()),
            ("task title", |p, s| p.plans[0].tasks[1].title = s.into()),
            ("vision", |p, s| p.strategy.vision = s.into()),
            ("unit name", |p, s| p.profile.units[0].name = s.into()),
        ];
        for (what, change) in fields {
            let (patches, end) = typing(&old, &["C", "CR", "CRM"], change);
            let joined = patches[0]
                .then(&patches[1])
                .and_then(|p| p.then(&patches[2]))
                .unwrap_or_else(|| panic!("{what}: typing joins"));
            // The same patch as the whole change made at once.
            assert_eq!(Some(&joined), Patch::between(&old, &end).as_ref(), "{what}");
            let mut plan = old.clone();
            assert_eq!(joined.apply(&mut plan), Ok(()));
            assert_eq!(plan, end, "{what}");
            assert_eq!(joined.revert(&mut plan), Ok(()));
            assert_eq!(plan, old, "{what}");
        }
        // Typing and deleting it again joins into a step that changes nothing.
        let (patches, end) = typing(&old, &["Bobby", "Bob"], |p, s| {
            p.stakeholders[1].name = s.into()
        });
        assert_eq!(end, old);
        let joined = patches[0].then(&patches[1]).expect("joins");
        let mut plan = old.clone();
        assert_eq!(joined.apply(&mut plan), Ok(()));
        assert_eq!(plan, old);
        assert_eq!(joined.revert(&mut plan), Ok(()));
        assert_eq!(plan, old);
        // A plan's name and then its task: one plan edit with both.
        let a = changed(&old, |p| p.plans[1].name = "W".into());
        let b = changed(&a, |p| p.plans[1].tasks[0].title = "M".into());
        let joined = patch(&old, &a).then(&patch(&a, &b)).expect("joins");
        let mut plan = old.clone();
        assert_eq!(joined.apply(&mut plan), Ok(()));
        assert_eq!(plan, b);
    }

    #[test]
    fn then_refuses_edits_of_different_records() {
        let old = sample();
        let pairs: Vec<(&str, Change, Change)> = vec![
            (
                "two stakeholders",
                Box::new(|p| p.stakeholders[0].name = "A".into()),
                Box::new(|p| p.stakeholders[1].name = "B".into()),
            ),
            (
                "two KPIs",
                Box::new(|p| p.strategy.kpis[0].target = Some(1.0)),
                Box::new(|p| p.strategy.kpis[1].target = Some(1.0)),
            ),
            (
                "two tasks of one plan",
                Box::new(|p| p.plans[0].tasks[0].title = "A".into()),
                Box::new(|p| p.plans[0].tasks[1].title = "B".into()),
            ),
            (
                "tasks of two plans",
                Box::new(|p| p.plans[0].tasks[0].title = "A".into()),
                Box::new(|p| p.plans[1].tasks[0].title = "B".into()),
            ),
            (
                "two plans' names",
                Box::new(|p| p.plans[0].name = "A".into()),
                Box::new(|p| p.plans[1].name = "B".into()),
            ),
            (
                "a plan added, then a task typed",
                Box::new(|p| {
                    p.add_plan("New".into());
                }),
                Box::new(|p| p.plans[0].tasks[0].title = "B".into()),
            ),
            (
                "a stakeholder removed, then the next one typed at its place",
                Box::new(|p| drop(p.stakeholders.remove(0))),
                Box::new(|p| p.stakeholders[0].name = "B".into()),
            ),
            (
                "a stakeholder typed, then one added",
                Box::new(|p| p.stakeholders[2].name = "C".into()),
                Box::new(|p| {
                    p.add_stakeholder("D".into(), Category::It);
                }),
            ),
        ];
        for (what, first, second) in &pairs {
            let a = changed(&old, first);
            let b = changed(&a, second);
            assert_eq!(patch(&old, &a).then(&patch(&a, &b)), None, "{what}");
        }
        // Patches that do not follow one another (the second made from another plan) do not
        // join either.
        let a = changed(&old, |p| p.stakeholders[0].name = "A".into());
        let elsewhere = changed(&old, |p| p.stakeholders[0].name = "Z".into());
        let b = changed(&elsewhere, |p| p.stakeholders[0].name = "ZZ".into());
        assert_eq!(patch(&old, &a).then(&patch(&elsewhere, &b)), None);
    }

    #[test]
    fn then_keeps_changes_of_different_components_side_by_side() {
        // `then` joins what touches different lists: whether two edits belong together is the
        // history's call (the same field, soon after).
        let old = sample();
        let a = changed(&old, |p| p.stakeholders[0].name = "A".into());
        let b = changed(&a, |p| p.strategy.vision = "V".into());
        let joined = patch(&old, &a).then(&patch(&a, &b)).expect("joins");
        assert_eq!(Some(joined.clone()), Patch::between(&old, &b));
        let mut plan = b.clone();
        assert_eq!(joined.revert(&mut plan), Ok(()));
        assert_eq!(plan, old);
    }

    #[test]
    fn a_task_change_touches_the_task_and_its_plan() {
        let old = sample();
        let new = changed(&old, |p| p.plans[1].tasks[0].progress = 30);
        let t = patch(&old, &new).touched();
        assert_eq!(t.parts, Parts::of(&[Part::Plans]));
        let task = old.plans[1].tasks[0].id;
        let plan = old.plans[1].id;
        assert!(names_all(&t, &[task, plan]), "{t:?}");
        // Nothing of the other plan.
        assert!(!t.records.contains(&old.plans[0].id));
        assert!(!old.plans[0].tasks.iter().any(|x| t.records.contains(&x.id)));
        // A task moved from one plan to the other touches both plans.
        let moved = changed(&old, |p| {
            let x = p.plans[0].tasks.remove(1);
            p.plans[1].tasks.push(x);
        });
        let t = patch(&old, &moved).touched();
        assert_eq!(t.parts, Parts::of(&[Part::Plans]));
        let expected = [old.plans[0].id, old.plans[1].id, old.plans[0].tasks[1].id];
        assert!(names_all(&t, &expected), "{t:?}");
        // A plan removed touches it and its tasks.
        let removed = changed(&old, |p| drop(p.plans.remove(0)));
        let t = patch(&old, &removed).touched();
        let mut expected = vec![old.plans[0].id];
        expected.extend(old.plans[0].tasks.iter().map(|x| x.id));
        assert!(names_all(&t, &expected), "{t:?}");
        assert_eq!(t.parts, Parts::of(&[Part::Plans]));
    }

    #[test]
    fn touched_names_the_parts_and_the_records_that_changed() {
        let old = sample();
        let cases: Vec<(&str, Change, Vec<Part>, Vec<Id>)> = vec![
            (
                "stakeholders swapped",
                Box::new(|p| p.stakeholders.swap(0, 2)),
                vec![Part::Stakeholders],
                ids(&["s3", "s5"]),
            ),
            (
                "stakeholder renamed",
                Box::new(|p| p.stakeholders[1].name = "B".into()),
                vec![Part::Stakeholders],
                ids(&["s4"]),
            ),
            (
                "KPI added",
                Box::new(|p| {
                    let id = p.fresh_id("k");
                    p.strategy.kpis.push(Kpi {
                        id,
                        ..Kpi::default()
                    });
                }),
                vec![Part::Strategy],
                ids(&["k15"]),
            ),
            (
                "KPI removed",
                Box::new(|p| drop(p.strategy.kpis.remove(0))),
                vec![Part::Strategy],
                ids(&["k6"]),
            ),
            (
                "vision",
                Box::new(|p| p.strategy.vision = "V".into()),
                vec![Part::Strategy],
                vec![],
            ),
            (
                "implementation goal removed",
                Box::new(|p| drop(p.implementation_goals.remove(1))),
                vec![Part::Goals],
                ids(&["g9"]),
            ),
            (
                "scope",
                Box::new(|p| p.decide_area(InteractionArea::Sales, Some(true))),
                vec![Part::Goals],
                vec![],
            ),
            (
                "unit renamed",
                Box::new(|p| p.profile.units[1].name = "B".into()),
                vec![Part::Profile],
                ids(&["u2"]),
            ),
            (
                "unit removed",
                Box::new(|p| {
                    p.remove_unit(&Id::from("u1"));
                }),
                vec![Part::Profile],
                ids(&["u1"]),
            ),
            (
                "plans swapped",
                Box::new(|p| p.plans.swap(0, 1)),
                vec![Part::Plans],
                ids(&["p10", "t11", "t12", "p13", "t14"]),
            ),
            (
                "plan added",
                Box::new(|p| {
                    p.add_plan("New".into());
                }),
                vec![Part::Plans],
                ids(&["p15"]),
            ),
            (
                "stakeholder and task",
                Box::new(|p| {
                    p.stakeholders[0].name = "A".into();
                    p.plans[0].tasks[0].title = "T".into();
                }),
                vec![Part::Stakeholders, Part::Plans],
                ids(&["s3", "p10", "t11"]),
            ),
            (
                "only the counter",
                Box::new(|p| p.next_id += 1),
                vec![],
                vec![],
            ),
        ];
        // The ids in `sample` (the counter runs over every kind).
        assert_eq!(old.stakeholders[0].id, Id::from("s3"));
        assert_eq!(old.plans[0].id, Id::from("p10"));
        assert_eq!(old.next_id, 14);
        for (what, change, parts, expected) in &cases {
            let new = changed(&old, change);
            let t = patch(&old, &new).touched();
            assert_eq!(t.parts, Parts::of(parts), "{what}");
            assert!(names_all(&t, expected), "{what}: {t:?}");
            if expected.is_empty() {
                assert!(t.records.is_empty(), "{what}: {t:?}");
            }
        }
        // The records of one list outside the run are not named.
        let new = changed(&old, |p| p.stakeholders[1].name = "B".into());
        let t = patch(&old, &new).touched();
        assert!(!t.records.contains(&Id::from("s3")) && !t.records.contains(&Id::from("s5")));
    }

    #[test]
    fn parts_is_a_set() {
        assert!(Parts::NONE.is_empty());
        assert_eq!(Parts::default(), Parts::NONE);
        let all = Parts::all();
        assert!(Part::ALL.iter().all(|p| all.contains(*p)));
        assert_eq!(all.iter().collect::<Vec<_>>(), Part::ALL.to_vec());
        let some = Parts::NONE.with(Part::Plans).with(Part::Profile);
        assert_eq!(some, Parts::of(&[Part::Profile, Part::Plans]));
        assert_eq!(
            some.iter().collect::<Vec<_>>(),
            vec![Part::Profile, Part::Plans]
        );
        assert!(!some.contains(Part::Goals));
        for (i, p) in Part::ALL.iter().enumerate() {
            assert_eq!(p.index(), i);
        }
    }
}
