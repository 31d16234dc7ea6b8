//! Step 0's rules.

use crate::checks::{AnchorKind, Context, FieldAnchor, Finding, Severity};
use crate::i18n::{fill, ProfileText, Text};
use crate::plan::Plan;
use crate::steps::StepId;

fn finding(rule: &'static str, severity: Severity, message: String, anchor: &str) -> Finding {
    Finding::new(StepId::Profile, rule, severity, message, anchor)
}

/// Whether anything of the profile was entered.
pub fn started(plan: &Plan) -> bool {
    let p = &plan.profile;
    !(p.name.is_empty()
        && p.organisation.is_empty()
        && p.industry.is_empty()
        && p.go_live.is_none()
        && p.units.is_empty())
}

/// Blocking: the project has a name.
pub fn name_given(plan: &Plan, cx: &Context) -> Option<Finding> {
    plan.profile.name.trim().is_empty().then(|| {
        finding(
            "profile.name",
            Severity::Blocking,
            ProfileText::CheckName.text(cx.lang).into(),
            "profile-name",
        )
    })
}

/// Blocking: the organisation is named.
pub fn organisation_given(plan: &Plan, cx: &Context) -> Option<Finding> {
    plan.profile.organisation.trim().is_empty().then(|| {
        finding(
            "profile.organisation",
            Severity::Blocking,
            ProfileText::CheckOrganisation.text(cx.lang).into(),
            "profile-organisation",
        )
    })
}

/// Blocking: at least one unit, since step 3 weighs goals against the company's structure.
pub fn has_units(plan: &Plan, cx: &Context) -> Option<Finding> {
    plan.profile.units.is_empty().then(|| {
        finding(
            "profile.units",
            Severity::Blocking,
            ProfileText::CheckUnits.text(cx.lang).into(),
            "unit-new-name",
        )
    })
}

/// Warning: no planned go-live date yet.
pub fn go_live_given(plan: &Plan, cx: &Context) -> Option<Finding> {
    plan.profile.go_live.is_none().then(|| {
        finding(
            "profile.goLive",
            Severity::Warning,
            ProfileText::CheckGoLive.text(cx.lang).into(),
            "profile-go-live",
        )
    })
}

/// Warning: the planned go-live date has passed.
pub fn go_live_not_past(plan: &Plan, cx: &Context) -> Option<Finding> {
    let date = plan.profile.go_live?;
    (date < cx.today).then(|| {
        finding(
            "profile.goLivePast",
            Severity::Warning,
            ProfileText::CheckGoLivePast.text(cx.lang).into(),
            "profile-go-live",
        )
    })
}

/// Warning: units exist but none faces customers.
pub fn has_customer_facing_unit(plan: &Plan, cx: &Context) -> Option<Finding> {
    let units = &plan.profile.units;
    (!units.is_empty() && !units.iter().any(|u| u.customer_facing)).then(|| {
        finding(
            "profile.customerFacing",
            Severity::Warning,
            ProfileText::CheckCustomerFacing.text(cx.lang).into(),
            "unit-new-name",
        )
    })
}

/// Warning: two units share a name.
pub fn unit_names_unique(plan: &Plan, cx: &Context) -> Option<Finding> {
    let units = &plan.profile.units;
    units.iter().enumerate().find_map(|(i, u)| {
        let name = u.name.trim().to_lowercase();
        units[..i]
            .iter()
            .any(|v| v.name.trim().to_lowercase() == name)
            .then(|| {
                finding(
                    "profile.unitDuplicate",
                    Severity::Warning,
                    fill(
                        ProfileText::CheckUnitDuplicate.text(cx.lang),
                        &[u.name.trim()],
                    ),
                    &FieldAnchor::new(AnchorKind::Unit, &u.id, "name").to_string(),
                )
            })
    })
}

/// Every rule of step 0, in the order they are shown.
pub const RULES: &[fn(&Plan, &Context) -> Option<Finding>] = &[
    name_given,
    organisation_given,
    has_units,
    go_live_given,
    go_live_not_past,
    has_customer_facing_unit,
    unit_names_unique,
];

/// All findings of step 0.
pub fn run(plan: &Plan, cx: &Context) -> Vec<Finding> {
    RULES.iter().filter_map(|rule| rule(plan, cx)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::step_status;
    use crate::i18n::Lang;
    use crate::profile::FunctionalLevel;
    use crate::steps::StepStatus;
    use chrono::NaiveDate;

    fn cx() -> Context {
        Context {
            today: NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
            lang: Lang::En,
        }
    }

    fn complete_plan() -> Plan {
        let mut plan = Plan::new();
        plan.profile.name = "CRM roll-out".into();
        plan.profile.organisation = "Bank".into();
        plan.profile.go_live = NaiveDate::from_ymd_opt(2027, 6, 1);
        plan.add_unit("Retail".into(), FunctionalLevel::Operational, true);
        plan
    }

    fn rules(plan: &Plan) -> Vec<&'static str> {
        run(plan, &cx()).iter().map(|f| f.rule).collect()
    }

    #[test]
    fn a_complete_profile_has_no_findings() {
        assert!(rules(&complete_plan()).is_empty());
        assert_eq!(
            step_status(StepId::Profile, &complete_plan(), &cx()),
            StepStatus::Complete
        );
    }

    #[test]
    fn an_empty_profile_is_not_started() {
        assert_eq!(
            step_status(StepId::Profile, &Plan::new(), &cx()),
            StepStatus::NotStarted
        );
    }

    #[test]
    fn the_name_is_required() {
        let mut plan = complete_plan();
        plan.profile.name = "  ".into();
        assert_eq!(rules(&plan), ["profile.name"]);
        assert_eq!(
            step_status(StepId::Profile, &plan, &cx()),
            StepStatus::InProgress
        );
    }

    #[test]
    fn the_organisation_is_required() {
        let mut plan = complete_plan();
        plan.profile.organisation.clear();
        assert_eq!(rules(&plan), ["profile.organisation"]);
    }

    #[test]
    fn a_unit_is_required() {
        let mut plan = complete_plan();
        plan.profile.units.clear();
        assert_eq!(rules(&plan), ["profile.units"]);
    }

    #[test]
    fn a_missing_go_live_is_a_warning_only() {
        let mut plan = complete_plan();
        plan.profile.go_live = None;
        let found = run(&plan, &cx());
        assert_eq!(found[0].rule, "profile.goLive");
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(
            step_status(StepId::Profile, &plan, &cx()),
            StepStatus::Complete
        );
    }

    #[test]
    fn a_past_go_live_is_a_warning() {
        let mut plan = complete_plan();
        plan.profile.go_live = NaiveDate::from_ymd_opt(2026, 11, 26);
        assert_eq!(rules(&plan), ["profile.goLivePast"]);
    }

    #[test]
    fn no_customer_facing_unit_is_a_warning() {
        let mut plan = complete_plan();
        plan.profile.units[0].customer_facing = false;
        assert_eq!(rules(&plan), ["profile.customerFacing"]);
    }

    #[test]
    fn duplicate_unit_names_are_named() {
        let mut plan = complete_plan();
        plan.add_unit(" retail ".into(), FunctionalLevel::Tactical, true);
        let found = run(&plan, &cx());
        assert_eq!(found[0].rule, "profile.unitDuplicate");
        assert!(found[0].message.contains("retail"), "{}", found[0].message);
        assert_eq!(found[0].target.anchor, "unit-u2-name");
    }

    #[test]
    fn messages_follow_the_language() {
        let mut plan = complete_plan();
        plan.profile.name.clear();
        let en = run(&plan, &cx())[0].message.clone();
        let ru = run(
            &plan,
            &Context {
                lang: Lang::Ru,
                ..cx()
            },
        )[0]
        .message
        .clone();
        assert_ne!(en, ru);
    }
}
