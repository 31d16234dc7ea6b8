//! Dependency cycles between tasks: a task cannot wait, through any chain, for itself.

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

/// A path of dependencies from `from` to `to` (both included), if there is one.
fn path(tasks: &HashMap<&Id, &Task>, from: &Id, to: &Id) -> Option<Vec<Id>> {
    // Depth-first with an explicit stack, so a long chain cannot overflow the wasm stack.
    let mut parent: HashMap<&Id, &Id> = HashMap::new();
    let mut stack = vec![from];
    let mut seen = std::collections::HashSet::from([from]);
    while let Some(id) = stack.pop() {
        if id == to {
            let mut out = vec![id.clone()];
            let mut cur = id;
            while let Some(p) = parent.get(cur) {
                out.push((*p).clone());
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

/// The cycle that making `task` depend on `on` would close: task ids in order, from `task`
/// through `on` and back to `task`.
pub fn cycle_if_added(plan: &Plan, task: &Id, on: &Id) -> Option<Vec<Id>> {
    if task == on {
        return Some(vec![task.clone(), task.clone()]);
    }
    let tasks = index(plan);
    let mut back = path(&tasks, on, task)?;
    back.insert(0, task.clone());
    Some(back)
}

/// The first dependency cycle in the plan (as it may arrive in an imported file): task ids in
/// order, the first repeated at the end.
pub fn find_cycle(plan: &Plan) -> Option<Vec<Id>> {
    let tasks = index(plan);
    // 0 = unvisited, 1 = on the current path, 2 = done.
    let mut state: HashMap<&Id, u8> = HashMap::new();
    for start in plan.plans.iter().flat_map(|p| p.tasks.iter()) {
        if state.get(&start.id).copied().unwrap_or(0) != 0 {
            continue;
        }
        // Each frame: a task and the index of the next dependency to look at.
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
                            path[from..].iter().map(|(p, _)| (*p).clone()).collect();
                        cycle.push((*key).clone());
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

/// A cycle written with task titles: "A → B → A".
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
            plan.task_mut(&w[1])
                .expect("task")
                .depends_on
                .push(w[0].clone());
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
        plan.task_mut(&ids[0])
            .expect("t0")
            .depends_on
            .push(ids[2].clone());
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
}
