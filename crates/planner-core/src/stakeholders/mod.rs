//! Step 1's records: the stakeholder register.

pub mod checks;
pub mod grid;
pub mod texts;
pub mod views;

use serde::{Deserialize, Serialize};

use crate::ids::Id;

/// A person or group with a stake in the CRM roll-out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Stakeholder {
    /// Stable id.
    pub id: Id,
    /// Name of the person or group.
    pub name: String,
    /// The text's categories: users, customers, management, suppliers, others.
    pub category: Category,
    /// The unit of the organisation they belong to, if internal.
    #[serde(default)]
    pub unit: Option<Id>,
    /// Their organisation, if external (a customer, supplier, partner).
    #[serde(default)]
    pub organisation: String,
    /// Position or role.
    #[serde(default)]
    pub position: String,
    /// The results they expect from the CRM (the text: "assess the results they expect").
    #[serde(default)]
    pub expected_results: String,
    /// Their concerns.
    #[serde(default)]
    pub concerns: String,
    /// Power over the project, 1-5.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 5)))]
    pub power: Option<u8>,
    /// Interest in the project, 1-5.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 5)))]
    pub interest: Option<u8>,
    /// Attitude today.
    #[serde(default)]
    pub current_attitude: Attitude,
    /// Attitude the project needs from them; null until chosen (no gap is shown before then).
    #[serde(default)]
    pub desired_attitude: Option<Attitude>,
    /// Which of the text's three activities they take part in.
    #[serde(default)]
    pub activities: Vec<Activity>,
    /// The executive sponsor.
    #[serde(default)]
    pub sponsor: bool,
    /// How they will be engaged.
    #[serde(default)]
    pub engagement: String,
    /// A member of the project team, picked as an owner or responsible person, who needs no
    /// stakeholder analysis: step 1's checks and analysis leave them out. Absent: false, a
    /// stakeholder like any other.
    #[serde(default)]
    pub team: bool,
}

/// The source text's stakeholder categories ("users, customers, management, suppliers and
/// others"), with "others" split into the usual kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Category {
    /// People who will work in the CRM.
    #[default]
    Users,
    /// The organisation's customers.
    Customers,
    /// Management.
    Management,
    /// Suppliers.
    Suppliers,
    /// Partners.
    Partners,
    /// The IT department or vendor.
    It,
    /// Anyone else.
    Other,
}

/// Attitude towards the CRM roll-out, from unaware to leading.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Attitude {
    /// Does not know about the project.
    #[default]
    Unaware,
    /// Against it.
    Resistant,
    /// Neither for nor against.
    Neutral,
    /// For it.
    Supportive,
    /// Actively drives it.
    Leading,
}

/// The three activities the text says stakeholders should take part in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Activity {
    /// Assessing the business tasks.
    AssessingBusinessTasks,
    /// Working out the implementation strategy.
    WorkingOutStrategy,
    /// Working out the rules for using the CRM in the company.
    WorkingOutUsageRules,
}

/// The score from which power or interest counts as high on the grid (3, 4 and 5 of 1-5).
pub const HIGH_SCORE: u8 = 3;

/// The quadrants of the power/interest grid, each with its usual engagement strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Quadrant {
    /// High power, high interest: involve them fully.
    ManageClosely,
    /// High power, low interest: keep them satisfied.
    KeepSatisfied,
    /// Low power, high interest: keep them informed.
    KeepInformed,
    /// Low power, low interest: monitor.
    Monitor,
}

impl Quadrant {
    /// All quadrants, in reading order of the grid (top left, top right, bottom left, bottom right).
    pub const ALL: [Quadrant; 4] = [
        Quadrant::KeepSatisfied,
        Quadrant::ManageClosely,
        Quadrant::Monitor,
        Quadrant::KeepInformed,
    ];

    /// The quadrant of a power and interest score.
    pub fn of(power: u8, interest: u8) -> Quadrant {
        match (power >= HIGH_SCORE, interest >= HIGH_SCORE) {
            (true, true) => Quadrant::ManageClosely,
            (true, false) => Quadrant::KeepSatisfied,
            (false, true) => Quadrant::KeepInformed,
            (false, false) => Quadrant::Monitor,
        }
    }

    /// The stable code used in form values and DOM attributes.
    pub fn code(self) -> &'static str {
        match self {
            Quadrant::ManageClosely => "manageClosely",
            Quadrant::KeepSatisfied => "keepSatisfied",
            Quadrant::KeepInformed => "keepInformed",
            Quadrant::Monitor => "monitor",
        }
    }

    /// The quadrant with this code.
    pub fn from_code(code: &str) -> Option<Quadrant> {
        Quadrant::ALL.into_iter().find(|q| q.code() == code)
    }
}

impl Category {
    /// All categories, in display order (the text's order first).
    pub const ALL: [Category; 7] = [
        Category::Users,
        Category::Customers,
        Category::Management,
        Category::Suppliers,
        Category::Partners,
        Category::It,
        Category::Other,
    ];

    /// The stable code used in files and form values.
    pub fn code(self) -> &'static str {
        match self {
            Category::Users => "users",
            Category::Customers => "customers",
            Category::Management => "management",
            Category::Suppliers => "suppliers",
            Category::Partners => "partners",
            Category::It => "it",
            Category::Other => "other",
        }
    }

    /// The category with this code.
    pub fn from_code(code: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == code)
    }
}

impl Attitude {
    /// All attitudes, from unaware to leading.
    pub const ALL: [Attitude; 5] = [
        Attitude::Unaware,
        Attitude::Resistant,
        Attitude::Neutral,
        Attitude::Supportive,
        Attitude::Leading,
    ];

    /// The stable code used in files and form values.
    pub fn code(self) -> &'static str {
        match self {
            Attitude::Unaware => "unaware",
            Attitude::Resistant => "resistant",
            Attitude::Neutral => "neutral",
            Attitude::Supportive => "supportive",
            Attitude::Leading => "leading",
        }
    }

    /// The attitude with this code.
    pub fn from_code(code: &str) -> Option<Attitude> {
        Attitude::ALL.into_iter().find(|a| a.code() == code)
    }

    /// Its place on the scale, 0 (unaware) to 4 (leading).
    pub fn rank(self) -> i8 {
        match self {
            Attitude::Unaware => 0,
            Attitude::Resistant => 1,
            Attitude::Neutral => 2,
            Attitude::Supportive => 3,
            Attitude::Leading => 4,
        }
    }
}

impl Activity {
    /// The text's three activities, in its order.
    pub const ALL: [Activity; 3] = [
        Activity::AssessingBusinessTasks,
        Activity::WorkingOutStrategy,
        Activity::WorkingOutUsageRules,
    ];

    /// The stable code used in DOM ids.
    pub fn code(self) -> &'static str {
        match self {
            Activity::AssessingBusinessTasks => "tasks",
            Activity::WorkingOutStrategy => "strategy",
            Activity::WorkingOutUsageRules => "rules",
        }
    }
}

impl Stakeholder {
    /// The grid quadrant, once both power and interest are scored.
    pub fn quadrant(&self) -> Option<Quadrant> {
        Some(Quadrant::of(self.power?, self.interest?))
    }

    /// Whether the stakeholder is a key one: to manage closely, or the executive sponsor (a
    /// member of the project team never is: they are not analysed).
    pub fn is_key(&self) -> bool {
        self.is_analysed() && (self.sponsor || self.quadrant() == Some(Quadrant::ManageClosely))
    }

    /// Whether step 1's stakeholder analysis applies to them: everyone in the register but the
    /// members of the project team.
    pub fn is_analysed(&self) -> bool {
        !self.team
    }

    /// How many steps the attitude must move (positive: towards leading), once the desired
    /// attitude is chosen.
    pub fn attitude_gap(&self) -> Option<i8> {
        self.desired_attitude
            .map(|desired| desired.rank() - self.current_attitude.rank())
    }

    /// Whether they belong to the organisation: a member of the project team, placed in one of
    /// its units, or of a category that is always inside it (the CRM's users, management, IT).
    /// The people who can own a KPI or carry out a plan are usually these.
    pub fn is_internal(&self) -> bool {
        self.team
            || self.unit.is_some()
            || matches!(
                self.category,
                Category::Users | Category::Management | Category::It
            )
    }

    /// Whether they take part in an activity.
    pub fn takes_part_in(&self, activity: Activity) -> bool {
        self.activities.contains(&activity)
    }

    /// Adds or removes an activity, keeping the list in the text's order without repeats.
    pub fn set_activity(&mut self, activity: Activity, on: bool) {
        self.activities.retain(|a| *a != activity);
        if on {
            self.activities.push(activity);
            crate::order::sort(&mut self.activities);
        }
    }
}

impl crate::plan::Plan {
    /// Adds a stakeholder with a name and category and returns its id.
    pub fn add_stakeholder(&mut self, name: String, category: Category) -> Id {
        let id = self.fresh_id("s");
        self.stakeholders.push(Stakeholder {
            id,
            name,
            category,
            ..Stakeholder::default()
        });
        id
    }

    /// Adds a member of the project team by name (trimmed) and returns their id: one of the
    /// CRM's users (so an internal person), in no unit, with no stakeholder analysis asked.
    pub fn add_team_member(&mut self, name: &str) -> Id {
        let id = self.add_stakeholder(name.trim().to_owned(), Category::Users);
        if let Some(s) = self.stakeholder_mut(&id) {
            s.team = true;
        }
        id
    }

    /// The stakeholders step 1 analyses (every one but the project team's members), in register
    /// order.
    pub fn analysed_stakeholders(&self) -> impl Iterator<Item = &Stakeholder> + Clone {
        self.stakeholders.iter().filter(|s| s.is_analysed())
    }

    /// The stakeholder with this id.
    pub fn stakeholder(&self, id: &Id) -> Option<&Stakeholder> {
        self.stakeholders.iter().find(|s| &s.id == id)
    }

    /// The stakeholder with this id, to change.
    pub fn stakeholder_mut(&mut self, id: &Id) -> Option<&mut Stakeholder> {
        self.stakeholders.iter_mut().find(|s| &s.id == id)
    }

    /// Copies a stakeholder under a new id, right after the original; returns the new id.
    /// `suffix` is appended to the name (" (copy)" in the interface language).
    pub fn duplicate_stakeholder(&mut self, id: &Id, suffix: &str) -> Option<Id> {
        let index = self.stakeholders.iter().position(|s| &s.id == id)?;
        let new_id = self.fresh_id("s");
        let mut copy = self.stakeholders.get(index)?.clone();
        copy.id = new_id;
        copy.name = format!("{}{suffix}", copy.name);
        // There is one executive sponsor role; a copy does not inherit it.
        copy.sponsor = false;
        self.stakeholders.insert(index + 1, copy);
        Some(new_id)
    }

    /// The display name of a stakeholder, or `None` for an id that names nobody.
    pub fn stakeholder_name(&self, id: &Id) -> Option<&str> {
        self.stakeholder(id).map(|s| s.name.as_str())
    }
}

/// A user stakeholder named `name` with the power and interest given: the tests' way to place
/// someone on the grid.
#[cfg(test)]
pub(crate) fn scored(plan: &mut crate::plan::Plan, name: &str, power: u8, interest: u8) -> Id {
    let id = plan.add_stakeholder(name.into(), Category::Users);
    if let Some(s) = plan.stakeholder_mut(&id) {
        s.power = Some(power);
        s.interest = Some(interest);
    }
    id
}
