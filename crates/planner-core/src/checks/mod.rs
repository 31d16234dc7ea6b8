//! Checks: what the method still needs. Each rule is a small pure function over the plan that
//! returns findings; each step lists its rules in one module; a step's status follows from them.

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::ids::Id;
use crate::plan::Plan;
use crate::steps::{StepId, StepStatus};
use crate::store::patch::{Part, Parts};

mod anchor;

pub use anchor::{AnchorKind, FieldAnchor, NotAFieldAnchor};

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The step cannot be complete while this fails.
    Blocking,
    /// Worth attention; the step can still be complete.
    Warning,
}

/// Where a finding is fixed: a step, and the DOM id of the field (or record) to focus there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The step whose page holds the field.
    pub step: StepId,
    /// The `id` attribute of the element to focus.
    pub anchor: String,
}

/// One thing a check found.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Blocking or warning.
    pub severity: Severity,
    /// A stable code naming the rule (`profile.name`), for tests and keys.
    pub rule: &'static str,
    /// The message, in the interface language, naming the record concerned.
    pub message: String,
    /// Where to fix it.
    pub target: Target,
    /// When the finding asks one thing of one record, that thing in a few words, so that a
    /// list can gather a record's findings into one line (see [`gather`]).
    pub need: Option<Need>,
}

/// One thing a record still needs, said short: the record's findings gathered read "Goal
/// “Faster loans” still needs: a KPI · a process · a people group", each part a link to its
/// own field.
#[derive(Clone, Debug, PartialEq)]
pub struct Need {
    /// The record the finding is about.
    pub record: Id,
    /// The line's start, naming the record ("Goal “Faster loans” still needs:").
    pub heading: String,
    /// What this finding asks for ("a KPI").
    pub what: String,
}

/// How a line gathering the findings about one record starts: "{named} — still to fill in:",
/// where `named` names the record ("Goal “Faster loans”", or a stakeholder's name).
pub fn still_to_fill(named: &str, lang: Lang) -> String {
    use crate::i18n::{fill, Text, WidgetText};
    fill(WidgetText::StillToFill.text(lang), &[named])
}

/// A list's entry: one finding as it is, or the findings about one record gathered.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    /// A finding alone.
    One(Finding),
    /// Two or more findings of the same severity about one record, in their order.
    Record {
        /// The line's start ("Goal “Faster loans” still needs:").
        heading: String,
        /// The findings, each with its [`Need`].
        findings: Vec<Finding>,
    },
}

impl Entry {
    /// The findings of this entry.
    pub fn findings(&self) -> &[Finding] {
        match self {
            Entry::One(finding) => std::slice::from_ref(finding),
            Entry::Record { findings, .. } => findings,
        }
    }
}

/// Gathers the findings about one record (of one severity) into one entry, where the first of
/// them stood: four lines about one goal become one line naming what it still needs. A record
/// with one finding keeps its whole sentence.
pub fn gather(findings: Vec<Finding>) -> Vec<Entry> {
    let mut lists: Vec<Vec<Finding>> = Vec::new();
    let mut place: std::collections::HashMap<(Severity, Id), usize> =
        std::collections::HashMap::new();
    for finding in findings {
        let key = finding.need.as_ref().map(|n| (finding.severity, n.record));
        match key.and_then(|k| place.get(&k).copied()) {
            Some(i) if i < lists.len() => lists[i].push(finding),
            _ => {
                if let Some(k) = key {
                    place.insert(k, lists.len());
                }
                lists.push(vec![finding]);
            }
        }
    }
    lists
        .into_iter()
        .filter_map(|mut list| match list.len() {
            1 => list.pop().map(Entry::One),
            _ => {
                let heading = list.first()?.need.as_ref()?.heading.clone();
                Some(Entry::Record {
                    heading,
                    findings: list,
                })
            }
        })
        .collect()
}

impl Finding {
    /// A finding of `step`'s rule `rule`, fixed at the element with id `anchor`.
    pub fn new(
        step: StepId,
        rule: &'static str,
        severity: Severity,
        message: String,
        anchor: impl Into<String>,
    ) -> Finding {
        Finding {
            severity,
            rule,
            message,
            target: Target {
                step,
                anchor: anchor.into(),
            },
            need: None,
        }
    }

    /// This finding, saying also what it asks of `record` in a few words (`what`) and how a
    /// line of that record's findings starts (`heading`).
    pub fn needs(mut self, record: Id, heading: String, what: &str) -> Finding {
        self.need = Some(Need {
            record,
            heading,
            what: what.to_owned(),
        });
        self
    }
}

/// What the checks need besides the plan.
#[derive(Clone, Copy, Debug)]
pub struct Context {
    /// Today's local date, for overdue and past-date rules.
    pub today: NaiveDate,
    /// The interface language of the messages.
    pub lang: Lang,
}

/// The findings of one step.
pub fn run_step(step: StepId, plan: &Plan, cx: &Context) -> Vec<Finding> {
    match step {
        StepId::Profile => crate::profile::checks::run(plan, cx),
        StepId::Stakeholders => crate::stakeholders::checks::run(plan, cx),
        StepId::Strategy => crate::strategy::checks::run(plan, cx),
        StepId::Goals => crate::goals::checks::run(plan, cx),
        StepId::Plans => crate::plans::checks::run(plan, cx),
    }
}

/// The parts of the plan a step's checks and status read: a change elsewhere leaves its
/// findings as they were, so the app re-runs a step's checks only when one of these changed.
/// (`tests::a_step_reads_only_its_parts` guards the list.)
pub fn reads(step: StepId) -> Parts {
    use Part::*;
    match step {
        StepId::Profile => Parts::of(&[Profile]),
        StepId::Stakeholders => Parts::of(&[Stakeholders, Profile]),
        StepId::Strategy => Parts::of(&[Strategy, Stakeholders]),
        StepId::Goals => Parts::of(&[Goals, Strategy]),
        StepId::Plans => Parts::of(&[Plans, Goals, Profile, Stakeholders]),
    }
}

/// Whether anything was entered in a step.
pub fn step_started(step: StepId, plan: &Plan) -> bool {
    match step {
        StepId::Profile => crate::profile::checks::started(plan),
        StepId::Stakeholders => crate::stakeholders::checks::started(plan),
        StepId::Strategy => crate::strategy::checks::started(plan),
        StepId::Goals => crate::goals::checks::started(plan),
        StepId::Plans => crate::plans::checks::started(plan),
    }
}

/// A step's status, from its findings.
pub fn step_status(step: StepId, plan: &Plan, cx: &Context) -> StepStatus {
    status_of(step, plan, &run_step(step, plan, cx))
}

/// A step's status, from findings already computed.
pub fn status_of(step: StepId, plan: &Plan, findings: &[Finding]) -> StepStatus {
    let started = step_started(step, plan);
    if !started && findings.is_empty() {
        return StepStatus::NotStarted;
    }
    status_from_findings(started, findings)
}

/// The status of a step with the given findings; `started` says whether anything was entered.
pub fn status_from_findings(started: bool, findings: &[Finding]) -> StepStatus {
    if findings.iter().any(|f| f.severity == Severity::Blocking) {
        if started {
            StepStatus::InProgress
        } else {
            StepStatus::NotStarted
        }
    } else {
        StepStatus::Complete
    }
}

/// Says a finding about a field the user typed a refused value into (`refused`: by field id,
/// what was typed) as that: the value typed is not valid yet, rather than "the field is empty",
/// which the user, looking at their text in it, would read as a contradiction.
pub fn say_refused(
    findings: &mut [Finding],
    refused: &std::collections::BTreeMap<String, String>,
    lang: crate::i18n::Lang,
) {
    if refused.is_empty() {
        return;
    }
    for finding in findings {
        if let Some(typed) = refused.get(&finding.target.anchor) {
            // Said whole, on its own line: "Target" alone would hide what was typed.
            finding.need = None;
            finding.message = crate::i18n::fill(
                crate::i18n::Text::text(crate::i18n::WidgetText::RefusedValue, lang),
                &[typed],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::format;
    use crate::generate::{large_plan, LARGE};

    const EXAMPLE: &str = include_str!("../../../../examples/tashkent-bank.crmplan.json");

    /// `base` with `part` taken from `from`.
    fn mixed(base: &Plan, from: &Plan, part: Part) -> Plan {
        let mut out = base.clone();
        match part {
            Part::Profile => out.profile = from.profile.clone(),
            Part::Stakeholders => out.stakeholders = from.stakeholders.clone(),
            Part::Strategy => out.strategy = from.strategy.clone(),
            Part::Goals => {
                out.implementation_goals = from.implementation_goals.clone();
                out.scope = from.scope.clone();
            }
            Part::Plans => out.plans = from.plans.clone(),
        }
        out
    }

    #[test]
    fn a_step_reads_only_its_parts() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let example = format::import(EXAMPLE).expect("the example opens");
        let large = large_plan(LARGE, today);
        let plans = [example, large, Plan::default()];
        let cx = Context {
            today,
            lang: Lang::En,
        };
        let mut compared = 0;
        for step in StepId::ALL {
            for base in &plans {
                let findings = run_step(step, base, &cx);
                let started = step_started(step, base);
                for from in &plans {
                    for part in Part::ALL.into_iter().filter(|p| !reads(step).contains(*p)) {
                        let other = mixed(base, from, part);
                        assert_eq!(
                            run_step(step, &other, &cx),
                            findings,
                            "{step:?} reads {part:?}"
                        );
                        assert_eq!(
                            step_started(step, &other),
                            started,
                            "{step:?} starts on {part:?}"
                        );
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 50);
    }

    #[test]
    fn the_guard_sees_a_part_read() {
        // Step 4 reads the stakeholders (owners): taking them from another plan changes its
        // findings, so the guard above would catch a list that forgot them.
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let example = format::import(EXAMPLE).expect("the example opens");
        let cx = Context {
            today,
            lang: Lang::En,
        };
        let other = mixed(&example, &Plan::default(), Part::Stakeholders);
        assert_ne!(
            run_step(StepId::Plans, &other, &cx),
            run_step(StepId::Plans, &example, &cx)
        );
    }

    #[test]
    fn a_refused_value_is_said_in_place_of_the_empty_field() {
        let mut findings = vec![
            Finding::new(
                StepId::Strategy,
                "strategy.kpiTarget",
                Severity::Blocking,
                "Set the target.".into(),
                "kpi-k1-target",
            )
            .needs(
                Id::new("k1"),
                "KPI “k1” — still to fill in:".into(),
                "Target",
            ),
            Finding::new(
                StepId::Strategy,
                "strategy.kpiUnit",
                Severity::Blocking,
                "Set the unit.".into(),
                "kpi-k1-unit",
            ),
        ];
        let refused = [("kpi-k1-target".to_owned(), "15 %%".to_owned())]
            .into_iter()
            .collect();
        say_refused(&mut findings, &refused, crate::i18n::Lang::En);
        assert_eq!(
            findings[0].message,
            "“15 %%” was typed here, but it is not a valid value: correct it or clear the field."
        );
        assert_eq!(findings[0].severity, Severity::Blocking);
        assert_eq!(findings[0].need, None, "said whole, not gathered");
        assert_eq!(findings[1].message, "Set the unit.");
    }

    #[test]
    fn a_records_findings_are_gathered_into_one_line() {
        let mut plan = Plan::default();
        for (id, name) in [("g1", "Faster loans"), ("g2", "One client view")] {
            plan.implementation_goals
                .push(crate::goals::ImplementationGoal {
                    id: Id::new(id),
                    name: name.into(),
                    ..Default::default()
                });
        }
        let cx = Context {
            today: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default(),
            lang: Lang::En,
        };
        let findings = run_step(StepId::Goals, &plan, &cx);
        let entries = gather(findings.clone());
        // Nothing is lost or repeated, and the order of first appearance is kept.
        let flat: Vec<&Finding> = entries.iter().flat_map(Entry::findings).collect();
        assert_eq!(flat.len(), findings.len());
        let records: Vec<(&str, Vec<&str>)> = entries
            .iter()
            .filter_map(|e| match e {
                Entry::Record { heading, findings } => Some((
                    heading.as_str(),
                    findings
                        .iter()
                        .filter_map(|f| f.need.as_ref().map(|n| n.what.as_str()))
                        .collect(),
                )),
                Entry::One(_) => None,
            })
            .collect();
        let blocking = vec![
            "Priority",
            "Value (1-5)",
            "Effort (1-5)",
            "Resistance to change",
        ];
        let warnings = vec!["Business goal it serves", "KPIs it moves"];
        assert_eq!(
            records,
            vec![
                ("Goal “Faster loans” — still to fill in:", blocking.clone()),
                ("Goal “One client view” — still to fill in:", blocking),
                ("Goal “Faster loans” — still to fill in:", warnings.clone()),
                ("Goal “One client view” — still to fill in:", warnings),
            ]
        );
        // The findings that ask nothing of a record (the areas to decide) stay whole sentences.
        assert!(entries
            .iter()
            .any(|e| matches!(e, Entry::One(f) if f.rule == "goals.decide" && f.need.is_none())));
    }

    #[test]
    fn a_record_with_one_finding_keeps_its_sentence() {
        let example = format::import(EXAMPLE).expect("the example opens");
        let mut plan = example.clone();
        if let Some(kpi) = plan.strategy.kpis.first_mut() {
            kpi.unit.clear();
        }
        let cx = Context {
            today: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default(),
            lang: Lang::Ru,
        };
        let entries = gather(run_step(StepId::Strategy, &plan, &cx));
        match entries.as_slice() {
            [Entry::One(f)] => {
                assert_eq!(f.rule, "strategy.kpiUnit");
                assert!(f.message.contains("нет единицы измерения"), "{}", f.message);
            }
            other => panic!("one finding expected, got {other:?}"),
        }
    }
}
