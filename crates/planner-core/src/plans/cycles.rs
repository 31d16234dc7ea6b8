//! Dependency cycles between tasks: a task cannot wait, through any chain, for itself.
//!
//! Step 4's checks look for a cycle on every keystroke, in plans of thousands of tasks, so the
//! graph is walked by number rather than by id: [`TaskIndex`] looks each task id up once in
//! an [`IdTable`] and gives each task a node number; the walks then keep their state in plain
//! vectors indexed by node. Every walk is iterative, so a long chain cannot overflow the wasm
//! stack.

use crate::ids::Id;
use crate::plan::Plan;
use crate::plans::Task;

/// A map from id texts to values, each id numbered `0..len()` in the order first added; also
/// used by [`crate::plans::workload`] and the step's checks.
///
/// A small open-addressing hash table, because step 4's checks look ids up by the thousand on
/// every keystroke, and std's `HashMap` costs several times more on short ids (`t123`) in this
/// workspace's size-optimised builds. Its hash makes no attempt to resist ids crafted to
/// collide: such a file could only slow its own checks down.
pub(crate) struct IdTable<'a, V> {
    /// Each id's hash, text and value, by number.
    entries: Vec<(u64, &'a str, V)>,
    /// Per slot: 0 when empty, else an id's number + 1. A power of two long and at most half
    /// full, so a probe (from the slot the hash picks, onwards) soon meets an empty slot.
    slots: Vec<u32>,
}

/// Slots of the smallest table.
const MIN_SLOTS: usize = 8;

/// Mixes `word` into `hash`. Each multiplication spreads a bit to the bits above it and each
/// shift brings high bits back down, so every bit of both reaches the low bits, which pick the
/// slot. (64-bit operations only: WebAssembly has no 128-bit multiplication.)
// The workspace builds with opt-level "z", which inlines next to nothing by itself: the few
// small functions on the lookup path ask for it.
#[inline(always)]
fn mix(hash: u64, word: u64) -> u64 {
    let x = (hash ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let x = (x ^ (x >> 32)).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    x ^ (x >> 29)
}

/// The last 0-7 bytes of an id, after its whole eight-byte words, in one word. Given their
/// count the word tells them apart: 4-7 bytes as their first four and their last four
/// (overlapping), 1-3 as their first, middle and last byte.
#[inline(always)]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let four = |from: usize| {
        rest.get(from..)
            .and_then(|r| r.first_chunk::<4>())
            .map_or(0, |w| u64::from(u32::from_le_bytes(*w)))
    };
    let byte = |at: usize| rest.get(at).map_or(0, |b| u64::from(*b));
    match n {
        0 => 0,
        1..=3 => byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16),
        _ => four(0) | (four(n - 4) << 32),
    }
}

/// The hash of an id text, eight bytes at a time; the length seeds it.
#[inline(always)]
fn hash(id: &str) -> u64 {
    let mut hash = id.len() as u64;
    let mut rest = id.as_bytes();
    while let Some((word, tail)) = rest.split_first_chunk::<8>() {
        hash = mix(hash, u64::from_le_bytes(*word));
        rest = tail;
    }
    mix(hash, tail_word(rest))
}

/// Whether two ids are the same text: `a == b`, compared a word at a time in place, where
/// `==` would call out to `memcmp` (these builds do not inline it).
#[inline(always)]
fn same(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    while let (Some((x, rest_a)), Some((y, rest_b))) =
        (a.split_first_chunk::<8>(), b.split_first_chunk::<8>())
    {
        if u64::from_ne_bytes(*x) != u64::from_ne_bytes(*y) {
            return false;
        }
        (a, b) = (rest_a, rest_b);
    }
    // As long as each other, so their tails are too.
    tail_word(a) == tail_word(b)
}

impl<'a, V> IdTable<'a, V> {
    /// An empty table with room for `ids` ids before it grows.
    pub(crate) fn with_capacity(ids: usize) -> IdTable<'a, V> {
        let slots = ids
            .saturating_mul(2)
            .checked_next_power_of_two()
            .unwrap_or(MIN_SLOTS)
            .max(MIN_SLOTS);
        IdTable {
            entries: Vec::with_capacity(ids),
            slots: vec![0; slots],
        }
    }

    /// How many ids there are.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Where `id` (whose hash is `hash`) is: `Ok` with its number, or `Err` with the empty slot
    /// where it would go.
    #[inline(always)]
    fn find(&self, id: &str, hash: u64) -> Result<usize, usize> {
        // The length is a power of two: the mask keeps the probe in the table.
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = hash as usize & mask;
        // At most half the slots are full, so the probe ends well within a turn of the table.
        for _ in 0..self.slots.len() {
            let slot = self.slots.get(at).copied().unwrap_or(0);
            if slot == 0 {
                break;
            }
            let number = slot as usize - 1;
            if let Some((h, text, _)) = self.entries.get(number) {
                if *h == hash && same(text, id) {
                    return Ok(number);
                }
            }
            at = (at + 1) & mask;
        }
        Err(at)
    }

    /// The number of `id`, if it has one.
    #[inline(always)]
    pub(crate) fn number(&self, id: &str) -> Option<usize> {
        self.find(id, hash(id)).ok()
    }

    /// The value of `id`, if it has one.
    #[inline(always)]
    pub(crate) fn get(&self, id: &str) -> Option<&V> {
        self.number(id).and_then(|n| self.value(n))
    }

    /// The value of the id numbered `number`.
    pub(crate) fn value(&self, number: usize) -> Option<&V> {
        self.entries.get(number).map(|(_, _, value)| value)
    }

    /// The number and value of `id`, first adding it with the value `new` makes if it is not
    /// there yet; `None` only should the table have no room left (it grows before that).
    #[inline(always)]
    pub(crate) fn entry(
        &mut self,
        id: &'a str,
        new: impl FnOnce() -> V,
    ) -> Option<(usize, &mut V)> {
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let hash = hash(id);
        let number = match self.find(id, hash) {
            Ok(number) => number,
            Err(at) => {
                let number = self.entries.len();
                // Numbers fit in the slots' u32: a plan holds far fewer ids than that.
                let stored = u32::try_from(number + 1).ok()?;
                *self.slots.get_mut(at)? = stored;
                self.entries.push((hash, id, new()));
                number
            }
        };
        let (_, _, value) = self.entries.get_mut(number)?;
        Some((number, value))
    }

    /// The values, by number.
    pub(crate) fn values(&self) -> impl Iterator<Item = &V> + use<'_, 'a, V> {
        self.entries.iter().map(|(_, _, value)| value)
    }

    /// The values, by number, to change.
    pub(crate) fn values_mut(&mut self) -> impl Iterator<Item = &mut V> + use<'_, 'a, V> {
        self.entries.iter_mut().map(|(_, _, value)| value)
    }

    /// Doubles the slots and puts every id back.
    fn grow(&mut self) {
        let len = self.slots.len().saturating_mul(2).max(MIN_SLOTS);
        let mask = len - 1;
        let mut slots = vec![0; len];
        for (number, (hash, _, _)) in self.entries.iter().enumerate() {
            let mut at = *hash as usize & mask;
            while slots.get(at).is_some_and(|s| *s != 0) {
                at = (at + 1) & mask;
            }
            if let (Some(slot), Ok(stored)) = (slots.get_mut(at), u32::try_from(number + 1)) {
                *slot = stored;
            }
        }
        self.slots = slots;
    }
}

/// The tasks of a plan numbered `0..len()`: the nodes of the dependency graph.
///
/// Nodes are numbered in plan order (plans in order, each plan's tasks in order). Task ids are
/// unique in any plan the app makes or imports; should two tasks share one anyway, they are
/// one node, numbered where the id first appears and standing for the last task with it (as a
/// map collected from the tasks in order would keep).
pub(crate) struct TaskIndex<'a>(IdTable<'a, &'a Task>);

impl<'a> TaskIndex<'a> {
    /// Numbers the tasks of `plan`.
    pub(crate) fn new(plan: &'a Plan) -> TaskIndex<'a> {
        let count = plan.plans.iter().map(|p| p.tasks.len()).sum();
        let mut nodes = IdTable::with_capacity(count);
        for task in plan.plans.iter().flat_map(|p| p.tasks.iter()) {
            if let Some((_, last)) = nodes.entry(task.id.as_str(), || task) {
                *last = task;
            }
        }
        TaskIndex(nodes)
    }

    /// How many nodes there are.
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// The node of the task with this id, if there is one.
    #[inline(always)]
    pub(crate) fn node(&self, id: &Id) -> Option<usize> {
        self.0.number(id.as_str())
    }

    /// The task with this id, if there is one.
    #[inline(always)]
    pub(crate) fn get(&self, id: &Id) -> Option<&'a Task> {
        self.0.get(id.as_str()).copied()
    }

    /// The ids a node depends on (none for a node out of range).
    fn depends_on(&self, node: usize) -> &'a [Id] {
        self.0.value(node).map_or(&[], |t| t.depends_on.as_slice())
    }

    /// A node's task id (empty for a node out of range).
    fn id(&self, node: usize) -> Id {
        self.0.value(node).map(|t| t.id).unwrap_or_default()
    }
}

/// A path of dependencies from node `from` to node `to` (both included), as task ids, if there
/// is one: depth-first, dependencies pushed in order, each node reached once.
fn path(index: &TaskIndex, from: usize, to: usize) -> Option<Vec<Id>> {
    // Per node: whether it was reached, and from which node.
    let mut seen = vec![false; index.len()];
    let mut parent: Vec<Option<usize>> = vec![None; index.len()];
    *seen.get_mut(from)? = true;
    let mut stack = vec![from];
    while let Some(node) = stack.pop() {
        if node == to {
            let mut out = vec![index.id(node)];
            let mut cur = node;
            while let Some(p) = parent.get(cur).copied().flatten() {
                out.push(index.id(p));
                cur = p;
            }
            out.reverse();
            return Some(out);
        }
        for dep in index.depends_on(node) {
            let Some(dep) = index.node(dep) else { continue };
            if let (Some(seen), Some(parent)) = (seen.get_mut(dep), parent.get_mut(dep)) {
                if !*seen {
                    *seen = true;
                    *parent = Some(node);
                    stack.push(dep);
                }
            }
        }
    }
    None
}

/// The cycle that making `task` depend on `on` would close: task ids in order, from `task`
/// through `on` and back to `task`.
pub fn cycle_if_added(plan: &Plan, task: &Id, on: &Id) -> Option<Vec<Id>> {
    if task == on {
        return Some(vec![*task, *task]);
    }
    let index = TaskIndex::new(plan);
    // A missing `on` depends on nothing, and nothing leads to a missing `task`.
    let (from, to) = (index.node(on)?, index.node(task)?);
    let mut back = path(&index, from, to)?;
    back.insert(0, *task);
    Some(back)
}

/// A node's place in the depth-first walk of [`find_cycle`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    /// Not reached yet.
    New,
    /// On the current path: reaching it again closes a cycle.
    OnPath,
    /// Finished: no cycle through it.
    Done,
}

/// The first dependency cycle in the plan (as it may arrive in an imported file): task ids in
/// order, the first repeated at the end.
///
/// "First": the walk starts from each task in plan order and follows its dependencies in the
/// order they are listed, depth-first; dependencies on missing tasks are skipped.
pub fn find_cycle(plan: &Plan) -> Option<Vec<Id>> {
    let index = TaskIndex::new(plan);
    let mut visit = vec![Visit::New; index.len()];
    // Each frame: a node and the position of its next dependency to look at.
    let mut path: Vec<(usize, usize)> = Vec::new();
    // Nodes are numbered in plan order, so this starts from each task in plan order.
    for start in 0..index.len() {
        if visit.get(start) != Some(&Visit::New) {
            continue;
        }
        if let Some(v) = visit.get_mut(start) {
            *v = Visit::OnPath;
        }
        path.push((start, 0));
        while let Some(frame) = path.last_mut() {
            let (node, next) = *frame;
            let Some(dep) = index.depends_on(node).get(next) else {
                if let Some(v) = visit.get_mut(node) {
                    *v = Visit::Done;
                }
                path.pop();
                continue;
            };
            frame.1 += 1;
            let Some(dep) = index.node(dep) else { continue };
            match visit.get_mut(dep) {
                Some(v @ Visit::New) => {
                    *v = Visit::OnPath;
                    path.push((dep, 0));
                }
                Some(Visit::OnPath) => {
                    let from = path.iter().position(|&(n, _)| n == dep).unwrap_or(0);
                    let mut cycle: Vec<Id> = path
                        .get(from..)
                        .unwrap_or_default()
                        .iter()
                        .map(|&(n, _)| index.id(n))
                        .collect();
                    cycle.push(index.id(dep));
                    return Some(cycle);
                }
                _ => {}
            }
        }
    }
    None
}

/// A cycle written with task titles: "A → B → A".
pub fn describe(plan: &Plan, cycle: &[Id]) -> String {
    // A cycle can run through thousands of tasks: titles are looked up by number, not by a
    // scan per task. The first task with an id gives its title, as `Plan::task` does.
    let count = plan.plans.iter().map(|p| p.tasks.len()).sum();
    let mut titles = IdTable::with_capacity(count);
    for t in plan.plans.iter().flat_map(|p| p.tasks.iter()) {
        titles.entry(t.id.as_str(), || t.title.trim());
    }
    cycle
        .iter()
        .map(|id| {
            titles
                .get(id.as_str())
                .map_or_else(|| id.to_string(), |title| (*title).to_owned())
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

/// Plans of odd shapes for the tests of this module, [`crate::plans::workload`] and
/// [`crate::plans::checks`], which compare the fast versions with simple reference versions.
#[cfg(test)]
pub(crate) mod samples {
    use chrono::{Duration, NaiveDate};

    use crate::generate::{large_plan, LARGE};
    use crate::ids::Id;
    use crate::plan::Plan;
    use crate::plans::{Task, TaskStatus};
    use crate::stakeholders::Stakeholder;

    /// SplitMix64: a tiny deterministic generator, so a failure reproduces from its seed.
    pub(crate) struct Rng(u64);

    impl Rng {
        pub(crate) fn new(seed: u64) -> Rng {
            Rng(seed)
        }

        pub(crate) fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        /// A number in `0..n` (0 when `n` is 0).
        pub(crate) fn below(&mut self, n: usize) -> usize {
            if n == 0 {
                0
            } else {
                (self.next() % n as u64) as usize
            }
        }

        /// True `percent` times in a hundred.
        pub(crate) fn chance(&mut self, percent: u64) -> bool {
            self.next() % 100 < percent
        }
    }

    /// The day the sample plans' dates are counted from.
    pub(crate) fn base() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, 1).expect("date")
    }

    /// A small plan of odd shape: tasks spread over a few plans, with or without dates (some
    /// due before they start), owned by people in the register, out of it or nobody, done or
    /// open; dependencies on earlier tasks, later ones (cycles), themselves and missing ids;
    /// now and then two tasks sharing an id.
    pub(crate) fn random_plan(seed: u64) -> Plan {
        let mut rng = Rng::new(seed);
        let mut plan = Plan::new();
        for i in 0..4 {
            plan.stakeholders.push(Stakeholder {
                id: Id::from(format!("s{i}")),
                name: format!(" Person {i} "),
                ..Stakeholder::default()
            });
        }
        let plans = 1 + rng.below(3);
        for i in 0..plans {
            plan.add_plan(format!("P{i}"));
        }
        let n = rng.below(40);
        let acyclic = rng.chance(50);
        let ids: Vec<Id> = (0..n).map(|i| Id::from(format!("t{i}"))).collect();
        for i in 0..n {
            let id = if i > 0 && rng.chance(3) {
                ids[rng.below(i)]
            } else {
                ids[i]
            };
            let start = (!rng.chance(20)).then(|| base() + Duration::days(rng.below(30) as i64));
            let due = match (start, rng.below(10)) {
                (_, 0) => None,
                (Some(s), 1) => Some(s - Duration::days(rng.below(5) as i64)),
                (Some(s), _) => Some(s + Duration::days(rng.below(12) as i64)),
                (None, _) => Some(base() + Duration::days(rng.below(40) as i64)),
            };
            let depends_on = (0..rng.below(4))
                .map(|_| match rng.below(12) {
                    0 => Id::from("missing"),
                    1 if !acyclic => ids[i],
                    _ if acyclic => ids
                        .get(rng.below(i.max(1)))
                        .filter(|_| i > 0)
                        .cloned()
                        .unwrap_or_else(|| Id::from("missing")),
                    _ => ids[rng.below(n)],
                })
                .collect();
            let owner = match rng.below(10) {
                0 => None,
                1 => Some(Id::from("ghost")),
                k => Some(Id::from(format!("s{}", k % 4))),
            };
            let status = TaskStatus::ALL[rng.below(4)];
            let at = rng.below(plans);
            plan.plans[at].tasks.push(Task {
                id,
                title: format!(" Task {i} "),
                owner,
                start,
                due,
                status,
                depends_on,
                ..Task::default()
            });
        }
        plan
    }

    /// The benchmark's large plan, dated around `today`, plus trouble: the first plan's tasks
    /// all owned by one person (overload), a cycle through the second plan's lane, a task of
    /// the third plan starting before the task it depends on ends, a dangling and a self
    /// dependency.
    pub(crate) fn troubled_large_plan(today: NaiveDate) -> Plan {
        let mut plan = large_plan(LARGE, today);
        let person = plan.stakeholders[1].id;
        for t in &mut plan.plans[0].tasks {
            t.owner = Some(person);
        }
        let back = plan.plans[1].tasks[70].id;
        plan.plans[1].tasks[0].depends_on.push(back);
        let t = &mut plan.plans[2].tasks[10];
        t.start = t.start.map(|d| d - Duration::days(3));
        let t = &mut plan.plans[3].tasks[7];
        t.depends_on.push(Id::from("missing"));
        t.depends_on.push(t.id);
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: usize) -> (Plan, Vec<Id>) {
        let mut plan = Plan::new();
        let p = plan.add_plan("P".into());
        let ids: Vec<Id> = (0..n)
            .map(|i| plan.add_task(&p, format!("T{i}")).expect("task"))
            .collect();
        // Set directly: add_dependency's own check is tested in plans.rs.
        for w in ids.windows(2) {
            plan.task_mut(&w[1]).expect("task").depends_on.push(w[0]);
        }
        (plan, ids)
    }

    #[test]
    fn a_chain_has_no_cycle() {
        let (plan, _) = chain(5);
        assert_eq!(find_cycle(&plan), None);
    }

    #[test]
    fn an_imported_cycle_is_found_and_named() {
        let (mut plan, ids) = chain(3);
        // Bypass add_dependency, as a hand-edited file would.
        plan.task_mut(&ids[0]).expect("t0").depends_on.push(ids[2]);
        let cycle = find_cycle(&plan).expect("a cycle");
        assert_eq!(cycle.first(), cycle.last());
        assert_eq!(cycle.len(), 4);
        assert_eq!(describe(&plan, &cycle), "T0 → T2 → T1 → T0");
    }

    #[test]
    fn long_chains_do_not_overflow() {
        let (plan, ids) = chain(3_000);
        assert_eq!(find_cycle(&plan), None);
        let last = ids.last().expect("last");
        let cycle = cycle_if_added(&plan, &ids[0], last).expect("cycle");
        assert_eq!(cycle.len(), 3_001);
    }

    /// The module as it was before it was made fast: the reference the fast versions must match.
    mod reference {
        use std::collections::HashMap;

        use crate::ids::Id;
        use crate::plan::Plan;
        use crate::plans::Task;

        fn index(plan: &Plan) -> HashMap<&Id, &Task> {
            plan.plans
                .iter()
                .flat_map(|p| p.tasks.iter())
                .map(|t| (&t.id, t))
                .collect()
        }

        fn path(tasks: &HashMap<&Id, &Task>, from: &Id, to: &Id) -> Option<Vec<Id>> {
            let mut parent: HashMap<&Id, &Id> = HashMap::new();
            let mut stack = vec![from];
            let mut seen = std::collections::HashSet::from([from]);
            while let Some(id) = stack.pop() {
                if id == to {
                    let mut out = vec![*id];
                    let mut cur = id;
                    while let Some(p) = parent.get(cur) {
                        out.push(*(*p));
                        cur = p;
                    }
                    out.reverse();
                    return Some(out);
                }
                for dep in tasks
                    .get(id)
                    .map(|t| t.depends_on.as_slice())
                    .unwrap_or(&[])
                {
                    if let Some((key, _)) = tasks.get_key_value(dep) {
                        if seen.insert(*key) {
                            parent.insert(*key, id);
                            stack.push(*key);
                        }
                    }
                }
            }
            None
        }

        pub fn cycle_if_added(plan: &Plan, task: &Id, on: &Id) -> Option<Vec<Id>> {
            if task == on {
                return Some(vec![*task, *task]);
            }
            let tasks = index(plan);
            let mut back = path(&tasks, on, task)?;
            back.insert(0, *task);
            Some(back)
        }

        pub fn find_cycle(plan: &Plan) -> Option<Vec<Id>> {
            let tasks = index(plan);
            let mut state: HashMap<&Id, u8> = HashMap::new();
            for start in plan.plans.iter().flat_map(|p| p.tasks.iter()) {
                if state.get(&start.id).copied().unwrap_or(0) != 0 {
                    continue;
                }
                let mut path: Vec<(&Id, usize)> = vec![(&start.id, 0)];
                state.insert(&start.id, 1);
                while let Some((id, next)) = path.last().copied() {
                    let deps = tasks
                        .get(id)
                        .map(|t| t.depends_on.as_slice())
                        .unwrap_or(&[]);
                    if let Some(dep) = deps.get(next) {
                        if let Some(frame) = path.last_mut() {
                            frame.1 += 1;
                        }
                        let Some((key, _)) = tasks.get_key_value(dep) else {
                            continue;
                        };
                        match state.get(key).copied().unwrap_or(0) {
                            0 => {
                                state.insert(key, 1);
                                path.push((key, 0));
                            }
                            1 => {
                                let from = path.iter().position(|(p, _)| p == key).unwrap_or(0);
                                let mut cycle: Vec<Id> =
                                    path[from..].iter().map(|(p, _)| *(*p)).collect();
                                cycle.push(*(*key));
                                return Some(cycle);
                            }
                            _ => {}
                        }
                    } else {
                        state.insert(id, 2);
                        path.pop();
                    }
                }
            }
            None
        }

        pub fn describe(plan: &Plan, cycle: &[Id]) -> String {
            cycle
                .iter()
                .map(|id| {
                    plan.task(id)
                        .map(|t| t.title.trim().to_owned())
                        .unwrap_or_else(|| id.to_string())
                })
                .collect::<Vec<_>>()
                .join(" → ")
        }
    }

    /// Compares every public function of the module with the reference on `plan`, asking
    /// [`cycle_if_added`] about `pairs` (indices into the plan's task ids, or a missing id).
    fn assert_matches_reference(plan: &Plan, pairs: &[(usize, usize)], what: &str) {
        let cycle = find_cycle(plan);
        assert_eq!(cycle, reference::find_cycle(plan), "{what}");
        if let Some(cycle) = &cycle {
            assert_eq!(
                describe(plan, cycle),
                reference::describe(plan, cycle),
                "{what}"
            );
        }
        let ids: Vec<Id> = plan
            .plans
            .iter()
            .flat_map(|p| p.tasks.iter().map(|t| t.id))
            .chain([Id::from("missing")])
            .collect();
        for &(a, b) in pairs {
            let (a, b) = (&ids[a % ids.len()], &ids[b % ids.len()]);
            assert_eq!(
                cycle_if_added(plan, a, b),
                reference::cycle_if_added(plan, a, b),
                "{what}: {a} on {b}"
            );
        }
        let some: Vec<Id> = ids.iter().step_by(7).cloned().collect();
        assert_eq!(
            describe(plan, &some),
            reference::describe(plan, &some),
            "{what}"
        );
    }

    #[test]
    fn self_and_dangling_dependencies() {
        let (mut plan, ids) = chain(3);
        plan.task_mut(&ids[1])
            .expect("t1")
            .depends_on
            .insert(0, Id::from("gone"));
        assert_eq!(find_cycle(&plan), None);
        assert_eq!(cycle_if_added(&plan, &ids[0], &Id::from("gone")), None);
        assert_eq!(cycle_if_added(&plan, &Id::from("gone"), &ids[2]), None);
        plan.task_mut(&ids[2]).expect("t2").depends_on.push(ids[2]);
        assert_eq!(find_cycle(&plan), Some(vec![ids[2], ids[2]]));
    }

    #[test]
    fn ids_are_told_apart_at_every_length() {
        let ids: Vec<String> = (0..40)
            .flat_map(|n| {
                let base: String = (0..n).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
                // The same length differing at each place, and one byte longer or shorter.
                let mut near: Vec<String> = (0..n)
                    .map(|i| {
                        let mut b = base.clone().into_bytes();
                        b[i] = b'#';
                        String::from_utf8(b).expect("ascii")
                    })
                    .collect();
                near.push(format!("{base}\0"));
                near.push(base.clone());
                near
            })
            .collect();
        for a in &ids {
            for b in &ids {
                assert_eq!(same(a, b), a == b, "{a:?} {b:?}");
            }
        }
        // Starting small, so that it grows.
        let mut table = IdTable::with_capacity(0);
        for (i, id) in ids.iter().enumerate() {
            let (n, first) = table.entry(id, || i).expect("room");
            let first = *first;
            assert_eq!(table.number(id), Some(n));
            assert_eq!(table.get(id), Some(&first));
            assert_eq!(ids[first], *id);
            assert_eq!(first == i, !ids[..i].contains(id), "{id:?}");
        }
        let distinct: std::collections::HashSet<&String> = ids.iter().collect();
        assert_eq!(table.len(), distinct.len());
        assert_eq!(table.get("missing"), None);
        // Numbers in the order first added.
        for (n, (_, id, _)) in table.entries.iter().enumerate() {
            assert_eq!(table.number(id), Some(n));
        }
    }

    #[test]
    fn odd_plans_match_the_reference() {
        let mut found = 0;
        for seed in 0..1_500 {
            let plan = samples::random_plan(seed);
            found += usize::from(find_cycle(&plan).is_some());
            let mut rng = samples::Rng::new(seed ^ 0xC0FFEE);
            let pairs: Vec<(usize, usize)> =
                (0..8).map(|_| (rng.below(50), rng.below(50))).collect();
            assert_matches_reference(&plan, &pairs, &format!("seed {seed}"));
        }
        // Both kinds are exercised.
        assert!((250..1_250).contains(&found), "{found} plans with a cycle");
    }

    #[test]
    fn the_large_plans_match_the_reference() {
        let today = samples::base();
        let pairs: Vec<(usize, usize)> = (0..3_001)
            .step_by(331)
            .flat_map(|i| [(i, 2_999 - i % 3_000), (i, i + 5), (i + 5, i), (i, 3_000)])
            .collect();
        let plan = crate::generate::large_plan(crate::generate::LARGE, today);
        assert_eq!(find_cycle(&plan), None);
        assert_matches_reference(&plan, &pairs, "large");
        let troubled = samples::troubled_large_plan(today);
        assert_eq!(find_cycle(&troubled).map(|c| c.len()), Some(16));
        assert_matches_reference(&troubled, &pairs, "troubled");
        // One cycle through every task.
        let (mut ring, ids) = chain(3_000);
        ring.task_mut(&ids[0])
            .expect("t0")
            .depends_on
            .push(ids[2_999]);
        assert_eq!(find_cycle(&ring).map(|c| c.len()), Some(3_001));
        assert_matches_reference(&ring, &pairs, "ring");
    }
}
