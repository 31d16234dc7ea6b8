//! Step 1's rules: engage the key stakeholders. Each rule is a pure function returning
//! findings; [`RULES`] lists them in the order they are shown.

use crate::checks::{AnchorKind, Context, FieldAnchor, Finding, Severity};
use crate::i18n::{fill, StakeholdersText, Text};
use crate::plan::Plan;
use crate::stakeholders::{Activity, Attitude, Category, Stakeholder, HIGH_SCORE};
use crate::steps::StepId;

/// The DOM id of the button that adds a stakeholder (the fix for "nobody of this kind yet").
pub const ADD_ANCHOR: &str = "stakeholder-new-name";

/// The DOM id of a stakeholder's field (`stakeholder-s3-power`).
pub fn field_anchor(s: &Stakeholder, field: &str) -> String {
    FieldAnchor::new(AnchorKind::Stakeholder, &s.id, field).to_string()
}

fn finding(rule: &'static str, severity: Severity, message: String, anchor: String) -> Finding {
    Finding::new(StepId::Stakeholders, rule, severity, message, anchor)
}

/// `finding`, saying that it asks `s` for the field labelled `label`.
fn asks(finding: Finding, s: &Stakeholder, label: StakeholdersText, cx: &Context) -> Finding {
    let heading = crate::checks::still_to_fill(display_name(s), cx.lang);
    finding.needs(s.id, heading, label.text(cx.lang))
}

fn display_name(s: &Stakeholder) -> &str {
    match s.name.trim() {
        "" => "—",
        name => name,
    }
}

/// Whether anything of this step was entered: a stakeholder to analyse (a member of the project
/// team, added from a picker on another step, is not step 1's work).
pub fn started(plan: &Plan) -> bool {
    plan.analysed_stakeholders().next().is_some()
}

/// Blocking: everyone in the register has a name, a member of the project team too: pickers,
/// lists and outputs know people by it. (The forms refuse a blank name; a file may hold one.)
pub fn named(plan: &Plan, cx: &Context) -> Vec<Finding> {
    plan.stakeholders
        .iter()
        .filter(|s| s.name.trim().is_empty())
        .map(|s| {
            asks(
                finding(
                    "stakeholders.name",
                    Severity::Blocking,
                    StakeholdersText::CheckName.text(cx.lang).into(),
                    field_anchor(s, "name"),
                ),
                s,
                StakeholdersText::Name,
                cx,
            )
        })
        .collect()
}

/// Blocking: someone from management is the executive sponsor (a stakeholder, not a member of
/// the project team: the rules of this step apply to the stakeholders it analyses).
pub fn management_sponsor(plan: &Plan, cx: &Context) -> Vec<Finding> {
    let management = plan
        .analysed_stakeholders()
        .filter(|s| s.category == Category::Management);
    if management.clone().any(|s| s.sponsor) {
        return Vec::new();
    }
    // The fix is ticking "sponsor" on a manager, or adding one.
    let anchor = management
        .clone()
        .next()
        .map_or_else(|| ADD_ANCHOR.to_owned(), |s| field_anchor(s, "sponsor"));
    vec![finding(
        "stakeholders.sponsor",
        Severity::Blocking,
        StakeholdersText::CheckSponsor.text(cx.lang).into(),
        anchor,
    )]
}

/// Blocking: at least one stakeholder from the users of the CRM.
pub fn has_user(plan: &Plan, cx: &Context) -> Vec<Finding> {
    if plan
        .analysed_stakeholders()
        .any(|s| s.category == Category::Users)
    {
        return Vec::new();
    }
    vec![finding(
        "stakeholders.users",
        Severity::Blocking,
        StakeholdersText::CheckUsers.text(cx.lang).into(),
        ADD_ANCHOR.to_owned(),
    )]
}

/// Blocking: each stakeholder's expected results are written down.
pub fn expected_results(plan: &Plan, cx: &Context) -> Vec<Finding> {
    plan.analysed_stakeholders()
        .filter(|s| s.expected_results.trim().is_empty())
        .map(|s| {
            asks(
                finding(
                    "stakeholders.expectedResults",
                    Severity::Blocking,
                    fill(
                        StakeholdersText::CheckExpected.text(cx.lang),
                        &[display_name(s)],
                    ),
                    field_anchor(s, "expected"),
                ),
                s,
                StakeholdersText::Expected,
                cx,
            )
        })
        .collect()
}

/// Blocking: each stakeholder's power is scored.
pub fn power_scored(plan: &Plan, cx: &Context) -> Vec<Finding> {
    plan.analysed_stakeholders()
        .filter(|s| s.power.is_none_or(|p| !(1..=5).contains(&p)))
        .map(|s| {
            asks(
                finding(
                    "stakeholders.power",
                    Severity::Blocking,
                    fill(
                        StakeholdersText::CheckPower.text(cx.lang),
                        &[display_name(s)],
                    ),
                    field_anchor(s, "power"),
                ),
                s,
                StakeholdersText::Power,
                cx,
            )
        })
        .collect()
}

/// Blocking: each stakeholder's interest is scored.
pub fn interest_scored(plan: &Plan, cx: &Context) -> Vec<Finding> {
    plan.analysed_stakeholders()
        .filter(|s| s.interest.is_none_or(|p| !(1..=5).contains(&p)))
        .map(|s| {
            asks(
                finding(
                    "stakeholders.interest",
                    Severity::Blocking,
                    fill(
                        StakeholdersText::CheckInterest.text(cx.lang),
                        &[display_name(s)],
                    ),
                    field_anchor(s, "interest"),
                ),
                s,
                StakeholdersText::Interest,
                cx,
            )
        })
        .collect()
}

/// Blocking: each stakeholder's desired attitude is chosen (a new one has none, so that no gap
/// is shown before it is known).
pub fn desired_attitude_chosen(plan: &Plan, cx: &Context) -> Vec<Finding> {
    plan.analysed_stakeholders()
        .filter(|s| s.desired_attitude.is_none())
        .map(|s| {
            asks(
                finding(
                    "stakeholders.desiredAttitude",
                    Severity::Blocking,
                    fill(
                        StakeholdersText::CheckDesiredAttitude.text(cx.lang),
                        &[display_name(s)],
                    ),
                    field_anchor(s, "desired"),
                ),
                s,
                StakeholdersText::DesiredAttitude,
                cx,
            )
        })
        .collect()
}

/// Blocking: each of the text's three activities has at least one participant.
pub fn activities_covered(plan: &Plan, cx: &Context) -> Vec<Finding> {
    Activity::ALL
        .into_iter()
        .filter(|a| !plan.analysed_stakeholders().any(|s| s.takes_part_in(*a)))
        .map(|a| {
            let anchor = plan.analysed_stakeholders().next().map_or_else(
                || ADD_ANCHOR.to_owned(),
                |s| field_anchor(s, &format!("activity-{}", a.code())),
            );
            finding(
                "stakeholders.activity",
                Severity::Blocking,
                fill(
                    StakeholdersText::CheckActivity.text(cx.lang),
                    &[StakeholdersText::activity(a).text(cx.lang)],
                ),
                anchor,
            )
        })
        .collect()
}

/// Warning: no customer among the stakeholders (the text names customers).
pub fn has_customer(plan: &Plan, cx: &Context) -> Vec<Finding> {
    if !started(plan)
        || plan
            .analysed_stakeholders()
            .any(|s| s.category == Category::Customers)
    {
        return Vec::new();
    }
    vec![finding(
        "stakeholders.customers",
        Severity::Warning,
        StakeholdersText::CheckCustomers.text(cx.lang).into(),
        ADD_ANCHOR.to_owned(),
    )]
}

/// Warning: a powerful stakeholder who resists or is unaware has no engagement approach.
pub fn resistance_engaged(plan: &Plan, cx: &Context) -> Vec<Finding> {
    plan.analysed_stakeholders()
        .filter(|s| {
            s.power.is_some_and(|p| p >= HIGH_SCORE)
                && matches!(s.current_attitude, Attitude::Resistant | Attitude::Unaware)
                && s.engagement.trim().is_empty()
        })
        .map(|s| {
            asks(
                finding(
                    "stakeholders.engagement",
                    Severity::Warning,
                    fill(
                        StakeholdersText::CheckEngagement.text(cx.lang),
                        &[
                            display_name(s),
                            StakeholdersText::attitude(s.current_attitude).text(cx.lang),
                        ],
                    ),
                    field_anchor(s, "engagement"),
                ),
                s,
                StakeholdersText::Engagement,
                cx,
            )
        })
        .collect()
}

/// Every rule of this step, in the order they are shown.
pub const RULES: &[fn(&Plan, &Context) -> Vec<Finding>] = &[
    named,
    management_sponsor,
    has_user,
    expected_results,
    power_scored,
    interest_scored,
    desired_attitude_chosen,
    activities_covered,
    has_customer,
    resistance_engaged,
];

/// All findings of this step.
pub fn run(plan: &Plan, cx: &Context) -> Vec<Finding> {
    RULES.iter().flat_map(|rule| rule(plan, cx)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::step_status;
    use crate::i18n::Lang;
    use crate::steps::StepStatus;
    use chrono::NaiveDate;

    fn cx() -> Context {
        Context {
            today: NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
            lang: Lang::En,
        }
    }

    fn person(plan: &mut Plan, name: &str, category: Category) -> crate::Id {
        let id = plan.add_stakeholder(name.into(), category);
        if let Some(s) = plan.stakeholder_mut(&id) {
            s.expected_results = "Faster service".into();
            s.power = Some(2);
            s.interest = Some(4);
            s.current_attitude = Attitude::Supportive;
            s.desired_attitude = Some(Attitude::Leading);
            s.activities = Activity::ALL.to_vec();
        }
        id
    }

    fn complete_plan() -> Plan {
        let mut plan = Plan::new();
        let boss = person(&mut plan, "Chair of the board", Category::Management);
        if let Some(s) = plan.stakeholder_mut(&boss) {
            s.sponsor = true;
        }
        person(&mut plan, "Tellers", Category::Users);
        person(&mut plan, "Retail clients", Category::Customers);
        plan
    }

    fn rules(plan: &Plan) -> Vec<&'static str> {
        run(plan, &cx()).iter().map(|f| f.rule).collect()
    }

    #[test]
    fn a_complete_register_has_no_findings() {
        assert!(rules(&complete_plan()).is_empty());
        assert_eq!(
            step_status(StepId::Stakeholders, &complete_plan(), &cx()),
            StepStatus::Complete
        );
    }

    #[test]
    fn an_empty_register_lists_what_is_missing() {
        let found = rules(&Plan::new());
        assert_eq!(
            found,
            [
                "stakeholders.sponsor",
                "stakeholders.users",
                "stakeholders.activity",
                "stakeholders.activity",
                "stakeholders.activity"
            ]
        );
        assert_eq!(
            step_status(StepId::Stakeholders, &Plan::new(), &cx()),
            StepStatus::NotStarted
        );
    }

    #[test]
    fn the_sponsor_must_come_from_management() {
        let mut plan = complete_plan();
        plan.stakeholders[0].sponsor = false;
        plan.stakeholders[1].sponsor = true;
        let found = run(&plan, &cx());
        assert_eq!(found[0].rule, "stakeholders.sponsor");
        assert_eq!(found[0].target.anchor, "stakeholder-s1-sponsor");
        assert_eq!(
            step_status(StepId::Stakeholders, &plan, &cx()),
            StepStatus::InProgress
        );
    }

    #[test]
    fn a_user_stakeholder_is_required() {
        let mut plan = complete_plan();
        plan.stakeholders[1].category = Category::It;
        assert_eq!(rules(&plan), ["stakeholders.users"]);
    }

    #[test]
    fn expected_results_are_required_and_named() {
        let mut plan = complete_plan();
        plan.stakeholders[1].expected_results = " ".into();
        let found = run(&plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "stakeholders.expectedResults");
        assert!(found[0].message.contains("Tellers"), "{}", found[0].message);
        assert_eq!(found[0].target.anchor, "stakeholder-s2-expected");
    }

    #[test]
    fn power_is_required() {
        let mut plan = complete_plan();
        plan.stakeholders[2].power = None;
        assert_eq!(rules(&plan), ["stakeholders.power"]);
        plan.stakeholders[2].power = Some(9);
        assert_eq!(rules(&plan), ["stakeholders.power"]);
    }

    #[test]
    fn interest_is_required() {
        let mut plan = complete_plan();
        plan.stakeholders[0].interest = None;
        let found = run(&plan, &cx());
        assert_eq!(found[0].rule, "stakeholders.interest");
        assert_eq!(found[0].target.anchor, "stakeholder-s1-interest");
    }

    #[test]
    fn the_desired_attitude_is_required_and_named() {
        let mut plan = complete_plan();
        plan.stakeholders[1].desired_attitude = None;
        let found = run(&plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "stakeholders.desiredAttitude");
        assert_eq!(found[0].severity, Severity::Blocking);
        assert_eq!(
            found[0].message,
            "Tellers: choose the attitude you want from them."
        );
        assert_eq!(found[0].target.anchor, "stakeholder-s2-desired");
        assert_eq!(
            step_status(StepId::Stakeholders, &plan, &cx()),
            StepStatus::InProgress
        );
    }

    #[test]
    fn a_new_stakeholder_is_asked_for_the_desired_attitude_beside_power_and_interest() {
        let mut plan = complete_plan();
        plan.add_stakeholder("Branch managers".into(), Category::Management);
        let found = rules(&plan);
        assert_eq!(
            found,
            [
                "stakeholders.expectedResults",
                "stakeholders.power",
                "stakeholders.interest",
                "stakeholders.desiredAttitude"
            ]
        );
    }

    /// Adds a bare record: a name and nothing else, a project team member or not.
    fn bare(plan: &mut Plan, name: &str, team: bool) -> crate::Id {
        let id = plan.add_stakeholder(name.into(), Category::Users);
        if let Some(s) = plan.stakeholder_mut(&id) {
            s.team = team;
        }
        id
    }

    #[test]
    fn a_project_team_member_with_nothing_but_a_name_has_no_findings() {
        let mut plan = complete_plan();
        bare(&mut plan, "Project manager", true);
        assert!(rules(&plan).is_empty(), "{:?}", rules(&plan));
        assert_eq!(
            step_status(StepId::Stakeholders, &plan, &cx()),
            StepStatus::Complete
        );
    }

    #[test]
    fn the_same_record_without_the_flag_is_asked_for_its_analysis() {
        let mut plan = complete_plan();
        bare(&mut plan, "Project manager", false);
        assert_eq!(
            rules(&plan),
            [
                "stakeholders.expectedResults",
                "stakeholders.power",
                "stakeholders.interest",
                "stakeholders.desiredAttitude"
            ]
        );
        assert_eq!(
            step_status(StepId::Stakeholders, &plan, &cx()),
            StepStatus::InProgress
        );
        // Marked back as project team, the analysis is no longer asked for.
        plan.stakeholders[3].team = true;
        assert!(rules(&plan).is_empty());
    }

    #[test]
    fn a_project_team_member_still_needs_a_name() {
        let mut plan = complete_plan();
        bare(&mut plan, " ", true);
        let found = run(&plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "stakeholders.name");
        assert_eq!(found[0].severity, Severity::Blocking);
        assert_eq!(found[0].target.anchor, "stakeholder-s4-name");
    }

    #[test]
    fn project_team_members_do_not_stand_in_for_stakeholders() {
        // Only team members: step 1 has not begun, and none of them is the sponsor, a user or
        // a participant the method asks for.
        let mut plan = Plan::new();
        let lead = bare(&mut plan, "Project lead", true);
        if let Some(s) = plan.stakeholder_mut(&lead) {
            s.category = Category::Management;
            s.sponsor = true;
            s.activities = Activity::ALL.to_vec();
        }
        assert!(!started(&plan));
        assert_eq!(
            step_status(StepId::Stakeholders, &plan, &cx()),
            StepStatus::NotStarted
        );
        let found = run(&plan, &cx());
        assert_eq!(
            found.iter().map(|f| f.rule).collect::<Vec<_>>(),
            [
                "stakeholders.sponsor",
                "stakeholders.users",
                "stakeholders.activity",
                "stakeholders.activity",
                "stakeholders.activity"
            ]
        );
        // The fixes lead to adding a stakeholder, never to the team member's hidden fields.
        assert!(
            found.iter().all(|f| f.target.anchor == ADD_ANCHOR),
            "{found:?}"
        );
    }

    #[test]
    fn a_project_team_member_added_from_a_picker_is_one_of_the_users() {
        let mut plan = complete_plan();
        let id = plan.add_team_member("  Aziz Karimov ");
        let s = plan.stakeholder(&id).expect("added");
        assert_eq!(s.name, "Aziz Karimov");
        assert!(s.team && s.is_internal() && !s.is_analysed() && !s.is_key());
        assert_eq!(s.category, Category::Users);
        assert!(rules(&plan).is_empty());
    }

    #[test]
    fn each_activity_needs_a_participant() {
        let mut plan = complete_plan();
        for s in &mut plan.stakeholders {
            s.set_activity(Activity::WorkingOutUsageRules, false);
        }
        let found = run(&plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "stakeholders.activity");
        assert!(found[0].message.contains("usage"), "{}", found[0].message);
        assert_eq!(found[0].target.anchor, "stakeholder-s1-activity-rules");
    }

    #[test]
    fn no_customer_is_only_a_warning() {
        let mut plan = complete_plan();
        plan.stakeholders[2].category = Category::Partners;
        let found = run(&plan, &cx());
        assert_eq!(found[0].rule, "stakeholders.customers");
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(
            step_status(StepId::Stakeholders, &plan, &cx()),
            StepStatus::Complete
        );
    }

    #[test]
    fn a_powerful_resister_needs_an_engagement_approach() {
        let mut plan = complete_plan();
        let s = &mut plan.stakeholders[1];
        s.power = Some(4);
        s.current_attitude = Attitude::Resistant;
        let found = run(&plan, &cx());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, "stakeholders.engagement");
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].target.anchor, "stakeholder-s2-engagement");
        plan.stakeholders[1].engagement = "Weekly demo of the pilot".into();
        assert!(rules(&plan).is_empty());
        // Low power: no warning.
        plan.stakeholders[1].engagement.clear();
        plan.stakeholders[1].power = Some(2);
        assert!(rules(&plan).is_empty());
    }
}
