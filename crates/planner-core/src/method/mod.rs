//! The method made visible: every demand of the textbook's section, one by one, and whether the
//! plan meets it, with the evidence and the place to look. A student shows this to a teacher.
//!
//! A demand is met when the plan holds what it asks for and none of the checks guarding it
//! finds anything: the coverage and the checks read the same rules, so they never disagree.

pub mod texts;

use crate::checks::{Context, Finding, Target};
use crate::goals::{checks as goals, Priority, MAIN_AREAS};
use crate::i18n::{fill, GoalsText, Text};
use crate::plan::Plan;
use crate::plans::checks as plans;
use crate::profile::checks as profile;
use crate::stakeholders::checks as stakeholders;
use crate::stakeholders::{Activity, Category};
use crate::steps::StepId;
use crate::strategy::checks as strategy;

pub use texts::MethodText;

/// One demand of the textbook's section "CRM-tizimlarni joriy etish", in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Demand {
    /// Step 1: identify all interested parties (users, customers, management, suppliers, others).
    Parties,
    /// Step 1: assess the results they expect from the implementation.
    ExpectedResults,
    /// Step 1: they take part in assessing the business tasks, working out the strategy and the
    /// rules for using the CRM.
    Participation,
    /// Step 2: bring out the interrelations of business goals, processes, people and software.
    Interrelations,
    /// Step 2: identify the benefits before implementing the software.
    Benefits,
    /// Step 2: define the key performance indicators.
    Indicators,
    /// Step 3: formulate the implementation goals precisely.
    PreciseGoals,
    /// Step 3: take the company's structure, functional levels and resistance to change into
    /// account.
    SocialFactors,
    /// Step 3: priorities cover the main areas of interaction with customers.
    MainAreas,
    /// Step 4: once strategy and goals are defined, work out the plan (several, tied to the
    /// priorities).
    PlansByPriority,
    /// Step 4: a plan includes the responsible person, the key indicators and the deadline.
    PlanContents,
}

impl Demand {
    /// Every demand, in the textbook's order.
    pub const ALL: [Demand; 11] = [
        Demand::Parties,
        Demand::ExpectedResults,
        Demand::Participation,
        Demand::Interrelations,
        Demand::Benefits,
        Demand::Indicators,
        Demand::PreciseGoals,
        Demand::SocialFactors,
        Demand::MainAreas,
        Demand::PlansByPriority,
        Demand::PlanContents,
    ];

    /// The step the demand belongs to.
    pub fn step(self) -> StepId {
        match self {
            Demand::Parties | Demand::ExpectedResults | Demand::Participation => {
                StepId::Stakeholders
            }
            Demand::Interrelations | Demand::Benefits | Demand::Indicators => StepId::Strategy,
            Demand::PreciseGoals | Demand::SocialFactors | Demand::MainAreas => StepId::Goals,
            Demand::PlansByPriority | Demand::PlanContents => StepId::Plans,
        }
    }

    /// A stable code (`parties`), for the page's element ids and tests.
    pub fn code(self) -> &'static str {
        match self {
            Demand::Parties => "parties",
            Demand::ExpectedResults => "expected-results",
            Demand::Participation => "participation",
            Demand::Interrelations => "interrelations",
            Demand::Benefits => "benefits",
            Demand::Indicators => "indicators",
            Demand::PreciseGoals => "precise-goals",
            Demand::SocialFactors => "social-factors",
            Demand::MainAreas => "main-areas",
            Demand::PlansByPriority => "plans-by-priority",
            Demand::PlanContents => "plan-contents",
        }
    }

    /// The demand in the textbook's words.
    pub fn text(self) -> MethodText {
        match self {
            Demand::Parties => MethodText::Parties,
            Demand::ExpectedResults => MethodText::ExpectedResults,
            Demand::Participation => MethodText::Participation,
            Demand::Interrelations => MethodText::Interrelations,
            Demand::Benefits => MethodText::Benefits,
            Demand::Indicators => MethodText::Indicators,
            Demand::PreciseGoals => MethodText::PreciseGoals,
            Demand::SocialFactors => MethodText::SocialFactors,
            Demand::MainAreas => MethodText::MainAreas,
            Demand::PlansByPriority => MethodText::PlansByPriority,
            Demand::PlanContents => MethodText::PlanContents,
        }
    }

    /// What the checks guarding this demand find in `plan`.
    fn findings(self, plan: &Plan, cx: &Context) -> Vec<Finding> {
        let rules: &[fn(&Plan, &Context) -> Vec<Finding>] = match self {
            Demand::Parties => &[
                stakeholders::has_user,
                stakeholders::management_sponsor,
                stakeholders::has_customer,
            ],
            Demand::ExpectedResults => &[stakeholders::expected_results],
            Demand::Participation => &[stakeholders::activities_covered],
            Demand::Interrelations => &[
                strategy::has_goal,
                strategy::goal_has_process,
                strategy::goal_has_people,
                strategy::goal_has_software,
            ],
            Demand::Benefits => &[strategy::has_benefit],
            Demand::Indicators => &[
                strategy::goal_has_kpi,
                strategy::kpi_unit,
                strategy::kpi_baseline,
                strategy::kpi_target,
                strategy::kpi_direction,
            ],
            Demand::PreciseGoals => &[
                goals::has_goals,
                goals::priority_set,
                goals::tied_to_business_goal,
            ],
            Demand::SocialFactors => &[
                |p, cx| profile::has_units(p, cx).into_iter().collect(),
                goals::resistance_set,
                goals::high_resistance_mitigated,
            ],
            Demand::MainAreas => &[
                goals::main_areas_decided,
                goals::out_of_scope_has_reason,
                goals::in_scope_areas_covered,
            ],
            Demand::PlansByPriority => &[plans::has_plans, plans::must_goals_planned],
            Demand::PlanContents => &[
                plans::responsible_named,
                plans::indicators_chosen,
                plans::deadline_set,
            ],
        };
        rules.iter().flat_map(|rule| rule(plan, cx)).collect()
    }

    /// Whether the plan holds anything this demand asks about (a demand about nothing is not met,
    /// even where no check has anything to say yet). The project team's members are not
    /// analysed stakeholders, so they alone do not make step 1's demands present.
    fn present(self, plan: &Plan) -> bool {
        match self {
            Demand::Parties | Demand::ExpectedResults | Demand::Participation => {
                stakeholders::started(plan)
            }
            Demand::Interrelations => !plan.strategy.goals.is_empty(),
            Demand::Benefits => !plan.strategy.benefits.is_empty(),
            Demand::Indicators => !plan.strategy.kpis.is_empty(),
            Demand::PreciseGoals | Demand::SocialFactors => !plan.implementation_goals.is_empty(),
            Demand::MainAreas => !plan.scope.is_empty(),
            Demand::PlansByPriority | Demand::PlanContents => !plan.plans.is_empty(),
        }
    }

    /// The evidence: what the plan holds for this demand, in numbers.
    fn evidence(self, plan: &Plan, cx: &Context, findings: &[Finding]) -> String {
        let lang = cx.lang;
        let n = |x: usize| x.to_string();
        let missing = |rule: &str| findings.iter().filter(|f| f.rule == rule).count();
        // The stakeholders analysed: a member of the project team is not one of the parties.
        let people: Vec<_> = plan.analysed_stakeholders().collect();
        let in_category =
            |c: &[Category]| people.iter().filter(|s| c.contains(&s.category)).count();
        match self {
            Demand::Parties => fill(
                MethodText::EvidenceParties.text(lang),
                &[
                    &n(people.len()),
                    &n(in_category(&[Category::Users])),
                    &n(in_category(&[Category::Customers])),
                    &n(in_category(&[Category::Management])),
                    &n(in_category(&[Category::Suppliers])),
                    &n(in_category(&[
                        Category::Partners,
                        Category::It,
                        Category::Other,
                    ])),
                ],
            ),
            Demand::ExpectedResults => fill(
                MethodText::EvidenceExpected.text(lang),
                &[
                    &n(people.len() - missing("stakeholders.expectedResults").min(people.len())),
                    &n(people.len()),
                ],
            ),
            Demand::Participation => {
                let taking = |a: Activity| n(people.iter().filter(|s| s.takes_part_in(a)).count());
                fill(
                    MethodText::EvidenceParticipation.text(lang),
                    &[
                        &taking(Activity::AssessingBusinessTasks),
                        &taking(Activity::WorkingOutStrategy),
                        &taking(Activity::WorkingOutUsageRules),
                    ],
                )
            }
            Demand::Interrelations => {
                let goals = plan.strategy.goals.len();
                let linked = |rule: &str| n(goals - missing(rule).min(goals));
                fill(
                    MethodText::EvidenceInterrelations.text(lang),
                    &[
                        &n(goals),
                        &linked("strategy.goalProcess"),
                        &linked("strategy.goalPeople"),
                        &linked("strategy.goalSoftware"),
                    ],
                )
            }
            Demand::Benefits => {
                let benefits = &plan.strategy.benefits;
                fill(
                    MethodText::EvidenceBenefits.text(lang),
                    &[
                        &n(benefits.len()),
                        &n(benefits.iter().filter(|b| b.tangible).count()),
                    ],
                )
            }
            Demand::Indicators => {
                let goals = plan.strategy.goals.len();
                fill(
                    MethodText::EvidenceIndicators.text(lang),
                    &[
                        &n(plan.strategy.kpis.len()),
                        &n(goals - missing("strategy.goalKpi").min(goals)),
                        &n(goals),
                    ],
                )
            }
            Demand::PreciseGoals => {
                let priorities = Priority::ALL
                    .into_iter()
                    .map(|p| {
                        let count = plan
                            .implementation_goals
                            .iter()
                            .filter(|g| g.priority == Some(p))
                            .count();
                        format!("{} {count}", GoalsText::priority(p).text(lang))
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                fill(
                    MethodText::EvidenceGoals.text(lang),
                    &[&n(plan.implementation_goals.len()), &priorities],
                )
            }
            Demand::SocialFactors => {
                let units = &plan.profile.units;
                let mut levels: Vec<_> = Vec::new();
                for unit in units {
                    if !levels.contains(&unit.level) {
                        levels.push(unit.level);
                    }
                }
                let goals: Vec<_> = plan
                    .implementation_goals
                    .iter()
                    .filter(|g| g.priority != Some(Priority::Wont))
                    .collect();
                fill(
                    MethodText::EvidenceSocial.text(lang),
                    &[
                        &n(units.len()),
                        &n(levels.len()),
                        &n(goals.iter().filter(|g| g.resistance.is_some()).count()),
                        &n(goals.len()),
                    ],
                )
            }
            Demand::MainAreas => {
                let decided = MAIN_AREAS
                    .into_iter()
                    .filter(|a| plan.scope_decision(*a).is_some())
                    .count();
                let in_scope = plan.scope.iter().filter(|d| d.in_scope).count();
                fill(
                    MethodText::EvidenceAreas.text(lang),
                    &[
                        &n(decided),
                        &n(MAIN_AREAS.len()),
                        &n(in_scope),
                        &n(in_scope - missing("goals.covered").min(in_scope)),
                    ],
                )
            }
            Demand::PlansByPriority => {
                let must = plan
                    .implementation_goals
                    .iter()
                    .filter(|g| g.priority == Some(Priority::Must))
                    .count();
                fill(
                    MethodText::EvidencePlans.text(lang),
                    &[
                        &n(plan.plans.len()),
                        &n(must - missing("plans.mustCovered").min(must)),
                        &n(must),
                    ],
                )
            }
            Demand::PlanContents => {
                let complete = plan
                    .plans
                    .iter()
                    .filter(|p| {
                        let prefix = format!("plan-{}-", p.id);
                        !findings
                            .iter()
                            .any(|f| f.target.anchor.starts_with(&prefix))
                    })
                    .count();
                fill(
                    MethodText::EvidencePlanContents.text(lang),
                    &[&n(complete), &n(plan.plans.len())],
                )
            }
        }
    }
}

/// One line of the coverage: a demand, whether it is met, the evidence, where to look.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The demand.
    pub demand: Demand,
    /// Met: the plan holds what it asks for, and no check guarding it finds anything.
    pub met: bool,
    /// What the plan holds, in numbers, in the interface language.
    pub evidence: String,
    /// Where to look: the first thing to fix when not met, else the demand's step.
    pub target: Target,
}

/// Every demand of the textbook and how the plan meets it.
pub fn coverage(plan: &Plan, cx: &Context) -> Vec<Line> {
    Demand::ALL
        .into_iter()
        .map(|demand| {
            let findings = demand.findings(plan, cx);
            let present = demand.present(plan);
            let target = findings
                .iter()
                .find(|f| f.target.step == demand.step())
                .or(findings.first())
                .map(|f| f.target.clone())
                .unwrap_or(Target {
                    step: demand.step(),
                    anchor: String::new(),
                });
            Line {
                demand,
                met: present && findings.is_empty(),
                evidence: demand.evidence(plan, cx, &findings),
                target,
            }
        })
        .collect()
}

/// How many of the lines are met, and how many there are.
pub fn met_count(lines: &[Line]) -> (usize, usize) {
    (lines.iter().filter(|l| l.met).count(), lines.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use chrono::NaiveDate;

    fn cx(lang: Lang) -> Context {
        Context {
            today: NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
            lang,
        }
    }

    #[test]
    fn the_worked_example_meets_every_demand_in_every_language() {
        for lang in Lang::ALL {
            let plan = crate::example::plan(lang);
            let lines = coverage(&plan, &cx(lang));
            let unmet: Vec<_> = lines.iter().filter(|l| !l.met).map(|l| l.demand).collect();
            assert!(unmet.is_empty(), "{lang:?}: {unmet:?}");
            assert_eq!(met_count(&lines), (11, 11));
        }
    }

    #[test]
    fn an_empty_plan_meets_none_and_each_line_leads_to_its_step() {
        let lines = coverage(&Plan::new(), &cx(Lang::En));
        assert_eq!(met_count(&lines), (0, 11));
        for line in &lines {
            // The company's structure is entered in the profile: its units are the first fix.
            let step = match line.demand {
                Demand::SocialFactors => StepId::Profile,
                demand => demand.step(),
            };
            assert_eq!(line.target.step, step, "{:?}", line.demand);
        }
        assert_eq!(lines[2].evidence, "0 / 0 / 0 people take part");
    }

    #[test]
    fn the_participation_line_counts_each_activity() {
        let plan = crate::example::plan(Lang::En);
        let lines = coverage(&plan, &cx(Lang::En));
        let count = |a: Activity| {
            plan.stakeholders
                .iter()
                .filter(|s| s.takes_part_in(a))
                .count()
        };
        assert_eq!(
            lines[2].evidence,
            format!(
                "{} / {} / {} people take part",
                count(Activity::AssessingBusinessTasks),
                count(Activity::WorkingOutStrategy),
                count(Activity::WorkingOutUsageRules)
            )
        );
    }

    #[test]
    fn project_team_members_are_not_counted_as_analysed_stakeholders() {
        let mut plan = crate::example::plan(Lang::En);
        let before = coverage(&plan, &cx(Lang::En));
        plan.add_team_member("Project coordinator");
        let after = coverage(&plan, &cx(Lang::En));
        assert_eq!(before, after);
        // Team members alone: step 1's demands are about nothing yet.
        let mut team_only = Plan::new();
        team_only.add_team_member("Project coordinator");
        let lines = coverage(&team_only, &cx(Lang::En));
        assert!(!lines[0].met && !lines[1].met && !lines[2].met);
        assert!(lines[0].evidence.starts_with('0'), "{}", lines[0].evidence);
    }

    #[test]
    fn a_demand_is_unmet_exactly_when_a_guarding_check_finds_something() {
        let mut plan = crate::example::plan(Lang::En);
        let first = plan.plans[0].id;
        plan.plan_mut(&first).expect("plan").deadline = None;
        let lines = coverage(&plan, &cx(Lang::En));
        let contents = lines
            .iter()
            .find(|l| l.demand == Demand::PlanContents)
            .expect("line");
        assert!(!contents.met);
        assert_eq!(contents.target.step, StepId::Plans);
        assert!(
            contents.target.anchor.ends_with("-deadline"),
            "{}",
            contents.target.anchor
        );
        assert_eq!(met_count(&lines), (10, 11));
    }
}
