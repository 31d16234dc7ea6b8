//! Step 3's records: implementation goals, their priorities, and the scope decision for each
//! customer-interaction area.

pub mod checks;
pub mod coverage;
pub mod matrix;
pub mod ranking;
pub mod texts;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::Id;
use crate::profile::FunctionalLevel;
use crate::strategy::InteractionArea;

/// An implementation goal: what the CRM roll-out must achieve, tied to a business goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ImplementationGoal {
    /// Stable id.
    pub id: Id,
    /// The goal, formulated precisely.
    pub name: String,
    /// More detail.
    #[serde(default)]
    pub description: String,
    /// The business goal it serves.
    #[serde(default)]
    pub business_goal: Option<Id>,
    /// The KPIs (of that business goal) it moves.
    #[serde(default)]
    pub kpis: Vec<Id>,
    /// The customer-interaction areas it covers.
    #[serde(default)]
    pub areas: Vec<InteractionArea>,
    /// The units it touches.
    #[serde(default)]
    pub units: Vec<Id>,
    /// The functional levels it touches.
    #[serde(default)]
    pub levels: Vec<FunctionalLevel>,
    /// MoSCoW priority.
    #[serde(default)]
    pub priority: Option<Priority>,
    /// Value, 1-5.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 5)))]
    pub value: Option<u8>,
    /// Effort, 1-5.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 5)))]
    pub effort: Option<u8>,
    /// Expected resistance to change.
    #[serde(default)]
    pub resistance: Option<Resistance>,
    /// Why people may resist.
    #[serde(default)]
    pub resistance_causes: String,
    /// How the resistance will be met.
    #[serde(default)]
    pub mitigation: String,
    /// When the goal should be reached.
    #[serde(default, with = "crate::dates::optional_iso")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::file::schema::Date>")
    )]
    pub target_date: Option<NaiveDate>,
}

/// MoSCoW priority.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Priority {
    /// Must have.
    Must,
    /// Should have.
    Should,
    /// Could have.
    Could,
    /// Won't have this time.
    Wont,
}

/// Resistance to change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Resistance {
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
}

/// Whether a customer-interaction area is in the roll-out's scope.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AreaDecision {
    /// The area.
    pub area: InteractionArea,
    /// In scope or not.
    pub in_scope: bool,
    /// Why it is out of scope.
    #[serde(default)]
    pub reason: String,
}

impl Priority {
    /// All priorities, from must to won't (the ranked list's order).
    pub const ALL: [Priority; 4] = [
        Priority::Must,
        Priority::Should,
        Priority::Could,
        Priority::Wont,
    ];

    /// The stable code used in form values.
    pub fn code(self) -> &'static str {
        match self {
            Priority::Must => "must",
            Priority::Should => "should",
            Priority::Could => "could",
            Priority::Wont => "wont",
        }
    }

    /// The priority with this code.
    pub fn from_code(code: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.code() == code)
    }
}

impl Resistance {
    /// All levels, low to high.
    pub const ALL: [Resistance; 3] = [Resistance::Low, Resistance::Medium, Resistance::High];

    /// The stable code used in form values.
    pub fn code(self) -> &'static str {
        match self {
            Resistance::Low => "low",
            Resistance::Medium => "medium",
            Resistance::High => "high",
        }
    }

    /// The level with this code.
    pub fn from_code(code: &str) -> Option<Resistance> {
        Resistance::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// The stable code of an interaction area, for form values and DOM ids.
pub fn area_code(area: InteractionArea) -> &'static str {
    match area {
        InteractionArea::Marketing => "marketing",
        InteractionArea::Sales => "sales",
        InteractionArea::Service => "service",
        InteractionArea::OrderBilling => "orderBilling",
        InteractionArea::LoyaltyRetention => "loyaltyRetention",
        InteractionArea::Channels => "channels",
        InteractionArea::Analytics => "analytics",
        InteractionArea::Other => "other",
    }
}

/// The interaction area with this code.
pub fn area_from_code(code: &str) -> Option<InteractionArea> {
    InteractionArea::ALL
        .into_iter()
        .find(|a| area_code(*a) == code)
}

/// The areas the source text's "main areas of interaction with customers" must include: each
/// needs an explicit decision.
pub const MAIN_AREAS: [InteractionArea; 3] = [
    InteractionArea::Sales,
    InteractionArea::Service,
    InteractionArea::Marketing,
];

/// A value or effort score as chosen (`"1"`..`"5"`); anything else means none.
pub fn score(code: &str) -> Option<u8> {
    code.trim()
        .parse::<u8>()
        .ok()
        .filter(|n| (1..=5).contains(n))
}

impl ImplementationGoal {
    /// The levels the goal touches: those named, and those of the units it touches.
    pub fn touched_levels(&self, plan: &crate::plan::Plan) -> Vec<FunctionalLevel> {
        FunctionalLevel::ALL
            .into_iter()
            .filter(|level| {
                self.levels.contains(level)
                    || plan
                        .profile
                        .units
                        .iter()
                        .any(|u| u.level == *level && self.units.contains(&u.id))
            })
            .collect()
    }

    /// Value for effort: higher is better; a goal without both scores ranks last.
    pub fn value_for_effort(&self) -> Option<f64> {
        match (self.value, self.effort) {
            (Some(v), Some(e)) if e > 0 => Some(f64::from(v) / f64::from(e)),
            _ => None,
        }
    }
}

impl crate::plan::Plan {
    /// Adds an implementation goal with this name and returns its id.
    pub fn add_implementation_goal(&mut self, name: String) -> Id {
        let id = self.fresh_id("g");
        self.implementation_goals.push(ImplementationGoal {
            id,
            name,
            ..ImplementationGoal::default()
        });
        id
    }

    /// The implementation goal with this id.
    pub fn implementation_goal(&self, id: &Id) -> Option<&ImplementationGoal> {
        self.implementation_goals.iter().find(|g| &g.id == id)
    }

    /// The implementation goal with this id, to change.
    pub fn implementation_goal_mut(&mut self, id: &Id) -> Option<&mut ImplementationGoal> {
        self.implementation_goals.iter_mut().find(|g| &g.id == id)
    }

    /// Removes an implementation goal and every plan's reference to it.
    pub fn remove_implementation_goal(&mut self, id: &Id) -> bool {
        let before = self.implementation_goals.len();
        self.implementation_goals.retain(|g| &g.id != id);
        for plan in &mut self.plans {
            plan.goals.retain(|g| g != id);
        }
        before != self.implementation_goals.len()
    }

    /// The scope decision for an area, if one was made.
    pub fn scope_decision(&self, area: InteractionArea) -> Option<&AreaDecision> {
        self.scope.iter().find(|d| d.area == area)
    }

    /// Decides an area: in scope (`Some(true)`), out (`Some(false)`) or undecided (`None`).
    /// The reason given for "out" is kept when the decision changes, so nothing typed is lost.
    pub fn decide_area(&mut self, area: InteractionArea, in_scope: Option<bool>) {
        match (in_scope, self.scope.iter().position(|d| d.area == area)) {
            (None, Some(i)) => {
                self.scope.remove(i);
            }
            (None, None) => {}
            (Some(on), Some(i)) => {
                if let Some(d) = self.scope.get_mut(i) {
                    d.in_scope = on;
                }
            }
            (Some(on), None) => self.scope.push(AreaDecision {
                area,
                in_scope: on,
                reason: String::new(),
            }),
        }
    }

    /// Sets the reason an area is out of scope (deciding it out if undecided).
    pub fn set_area_reason(&mut self, area: InteractionArea, reason: String) {
        if let Some(d) = self.scope.iter_mut().find(|d| d.area == area) {
            d.reason = reason;
        } else {
            self.scope.push(AreaDecision {
                area,
                in_scope: false,
                reason,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Plan;

    #[test]
    fn codes_round_trip() {
        for p in Priority::ALL {
            assert_eq!(Priority::from_code(p.code()), Some(p));
        }
        for r in Resistance::ALL {
            assert_eq!(Resistance::from_code(r.code()), Some(r));
        }
        for a in InteractionArea::ALL {
            assert_eq!(area_from_code(area_code(a)), Some(a));
        }
        assert_eq!(Priority::from_code("maybe"), None);
    }

    #[test]
    fn scores_are_one_to_five() {
        assert_eq!(score(" 3 "), Some(3));
        assert_eq!(score(""), None);
        assert_eq!(score("0"), None);
        assert_eq!(score("6"), None);
        assert_eq!(score("x"), None);
    }

    #[test]
    fn removing_a_goal_drops_plan_references() {
        let mut plan = Plan::new();
        let g = plan.add_implementation_goal("Lead tracking".into());
        plan.plans.push(crate::plans::ImplementationPlan {
            goals: vec![g],
            ..Default::default()
        });
        assert!(plan.remove_implementation_goal(&g));
        assert!(plan.plans[0].goals.is_empty());
    }

    #[test]
    fn area_decisions_keep_their_reason() {
        let mut plan = Plan::new();
        plan.set_area_reason(InteractionArea::Marketing, "Next year".into());
        assert_eq!(
            plan.scope_decision(InteractionArea::Marketing)
                .map(|d| d.in_scope),
            Some(false)
        );
        plan.decide_area(InteractionArea::Marketing, Some(true));
        plan.decide_area(InteractionArea::Marketing, Some(false));
        assert_eq!(
            plan.scope_decision(InteractionArea::Marketing)
                .map(|d| d.reason.as_str()),
            Some("Next year")
        );
        plan.decide_area(InteractionArea::Marketing, None);
        assert!(plan.scope_decision(InteractionArea::Marketing).is_none());
    }

    #[test]
    fn levels_come_from_units_too() {
        let mut plan = Plan::new();
        let u = plan.add_unit("Board".into(), FunctionalLevel::Strategic, false);
        let g = ImplementationGoal {
            units: vec![u],
            levels: vec![FunctionalLevel::Operational],
            ..Default::default()
        };
        assert_eq!(
            g.touched_levels(&plan),
            [FunctionalLevel::Strategic, FunctionalLevel::Operational]
        );
    }
}
