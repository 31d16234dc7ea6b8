//! Step 2's records: vision, business goals, processes, people, software, the links between
//! them (the text's four-way interrelation), benefits and KPIs.

pub mod checks;
pub mod sections;
pub mod texts;
pub mod views;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::Id;

/// The CRM strategy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Strategy {
    /// The vision of what the CRM will change.
    #[serde(default)]
    pub vision: String,
    /// Business goals.
    #[serde(default)]
    pub goals: Vec<BusinessGoal>,
    /// Business processes, each in a customer-interaction area.
    #[serde(default)]
    pub processes: Vec<BusinessProcess>,
    /// Groups of people who work in those processes.
    #[serde(default)]
    pub people: Vec<PeopleGroup>,
    /// Software: existing systems, CRM capabilities, integrations.
    #[serde(default)]
    pub software: Vec<SoftwareItem>,
    /// Links: a goal served by a process, with the people and software involved.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Expected benefits.
    #[serde(default)]
    pub benefits: Vec<Benefit>,
    /// Key performance indicators.
    #[serde(default)]
    pub kpis: Vec<Kpi>,
}

/// A business goal the CRM must serve.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BusinessGoal {
    /// Stable id.
    pub id: Id,
    /// The goal.
    pub name: String,
    /// More detail.
    #[serde(default)]
    pub description: String,
    /// The stakeholders whose expected results this goal answers.
    #[serde(default)]
    pub stakeholders: Vec<Id>,
}

/// A business process.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BusinessProcess {
    /// Stable id.
    pub id: Id,
    /// The process.
    pub name: String,
    /// Its customer-interaction area; null until chosen (a new process is in no area).
    #[serde(default)]
    pub area: Option<InteractionArea>,
    /// More detail.
    #[serde(default)]
    pub description: String,
}

/// An area of interaction with customers (the text: "main areas of interaction with customers").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum InteractionArea {
    /// Marketing.
    Marketing,
    /// Sales.
    Sales,
    /// Customer service.
    Service,
    /// Orders and billing.
    OrderBilling,
    /// Loyalty and retention.
    LoyaltyRetention,
    /// Channels (branches, call centre, web, mobile).
    Channels,
    /// Customer analytics.
    Analytics,
    /// Anything else.
    Other,
}

impl InteractionArea {
    /// All areas, in display order.
    pub const ALL: [InteractionArea; 8] = [
        InteractionArea::Marketing,
        InteractionArea::Sales,
        InteractionArea::Service,
        InteractionArea::OrderBilling,
        InteractionArea::LoyaltyRetention,
        InteractionArea::Channels,
        InteractionArea::Analytics,
        InteractionArea::Other,
    ];
}

/// A group of people (a role) whose work the CRM changes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PeopleGroup {
    /// Stable id.
    pub id: Id,
    /// The group.
    pub name: String,
    /// How many people.
    #[serde(default)]
    pub size: Option<u32>,
    /// More detail.
    #[serde(default)]
    pub description: String,
}

/// A piece of software.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SoftwareItem {
    /// Stable id.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// What kind of software it is.
    pub kind: SoftwareKind,
    /// More detail.
    #[serde(default)]
    pub description: String,
}

/// Kinds of software in the strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum SoftwareKind {
    /// A system already in use.
    ExistingSystem,
    /// A capability of the CRM.
    #[default]
    CrmCapability,
    /// An integration between systems.
    Integration,
}

/// One strand of the four-way interrelation: a goal served by a process, with the people groups
/// and software that make it work.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Link {
    /// Stable id.
    pub id: Id,
    /// The business goal.
    pub goal: Id,
    /// The process that serves it.
    pub process: Id,
    /// The people groups involved.
    #[serde(default)]
    pub people: Vec<Id>,
    /// The software involved.
    #[serde(default)]
    pub software: Vec<Id>,
}

/// An expected benefit of the CRM.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Benefit {
    /// Stable id.
    pub id: Id,
    /// The benefit.
    pub name: String,
    /// Measurable in money or numbers.
    #[serde(default)]
    pub tangible: bool,
    /// The business goals it comes from.
    #[serde(default)]
    pub goals: Vec<Id>,
    /// More detail.
    #[serde(default)]
    pub description: String,
}

/// A key performance indicator: "improve X from A to B by date".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Kpi {
    /// Stable id.
    pub id: Id,
    /// What is measured.
    pub name: String,
    /// Unit of measure (%, days, UZS, ...).
    #[serde(default)]
    pub unit: String,
    /// Whether higher or lower is better.
    #[serde(default)]
    pub direction: Direction,
    /// Value today.
    #[serde(default)]
    pub baseline: Option<f64>,
    /// Value to reach.
    #[serde(default)]
    pub target: Option<f64>,
    /// When to reach it.
    #[serde(default, with = "crate::dates::optional_iso")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::file::schema::Date>")
    )]
    pub target_date: Option<NaiveDate>,
    /// How often it is measured.
    #[serde(default)]
    pub frequency: Frequency,
    /// Who owns it (a stakeholder).
    #[serde(default)]
    pub owner: Option<Id>,
    /// The business goals it measures.
    #[serde(default)]
    pub goals: Vec<Id>,
}

/// Which way a KPI should move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    /// Higher is better.
    #[default]
    Increase,
    /// Lower is better.
    Decrease,
}

/// How often a KPI is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Frequency {
    /// Every week.
    Weekly,
    /// Every month.
    #[default]
    Monthly,
    /// Every quarter.
    Quarterly,
    /// Every year.
    Yearly,
}

impl InteractionArea {
    /// The stable code used in files and form values.
    pub fn code(self) -> &'static str {
        match self {
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

    /// The area with this code.
    pub fn from_code(code: &str) -> Option<InteractionArea> {
        InteractionArea::ALL.into_iter().find(|a| a.code() == code)
    }
}

impl SoftwareKind {
    /// All kinds, in display order.
    pub const ALL: [SoftwareKind; 3] = [
        SoftwareKind::ExistingSystem,
        SoftwareKind::CrmCapability,
        SoftwareKind::Integration,
    ];

    /// The stable code used in files and form values.
    pub fn code(self) -> &'static str {
        match self {
            SoftwareKind::ExistingSystem => "existingSystem",
            SoftwareKind::CrmCapability => "crmCapability",
            SoftwareKind::Integration => "integration",
        }
    }

    /// The kind with this code.
    pub fn from_code(code: &str) -> Option<SoftwareKind> {
        SoftwareKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

impl Direction {
    /// Both directions.
    pub const ALL: [Direction; 2] = [Direction::Increase, Direction::Decrease];

    /// The stable code used in files and form values.
    pub fn code(self) -> &'static str {
        match self {
            Direction::Increase => "increase",
            Direction::Decrease => "decrease",
        }
    }

    /// The direction with this code.
    pub fn from_code(code: &str) -> Option<Direction> {
        Direction::ALL.into_iter().find(|d| d.code() == code)
    }

    /// Whether moving from `baseline` to `target` goes this way (standing still does not).
    pub fn moves(self, baseline: f64, target: f64) -> bool {
        match self {
            Direction::Increase => target > baseline,
            Direction::Decrease => target < baseline,
        }
    }
}

impl Frequency {
    /// All frequencies, most frequent first.
    pub const ALL: [Frequency; 4] = [
        Frequency::Weekly,
        Frequency::Monthly,
        Frequency::Quarterly,
        Frequency::Yearly,
    ];

    /// The stable code used in files and form values.
    pub fn code(self) -> &'static str {
        match self {
            Frequency::Weekly => "weekly",
            Frequency::Monthly => "monthly",
            Frequency::Quarterly => "quarterly",
            Frequency::Yearly => "yearly",
        }
    }

    /// The frequency with this code.
    pub fn from_code(code: &str) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.code() == code)
    }
}

impl Kpi {
    /// Whether the target goes the KPI's way from the baseline; `None` until both are known.
    pub fn target_moves_right(&self) -> Option<bool> {
        let (b, t) = (self.baseline?, self.target?);
        (b.is_finite() && t.is_finite()).then(|| self.direction.moves(b, t))
    }
}

impl Strategy {
    /// The business goal with this id.
    pub fn goal(&self, id: &Id) -> Option<&BusinessGoal> {
        self.goals.iter().find(|g| &g.id == id)
    }

    /// The KPIs that measure a goal.
    pub fn kpis_of<'a>(&'a self, goal: &'a Id) -> impl Iterator<Item = &'a Kpi> + 'a {
        self.kpis.iter().filter(move |k| k.goals.contains(goal))
    }

    /// The benefits that come from a goal.
    pub fn benefits_of<'a>(&'a self, goal: &'a Id) -> impl Iterator<Item = &'a Benefit> + 'a {
        self.benefits.iter().filter(move |b| b.goals.contains(goal))
    }

    /// The links of a goal.
    pub fn links_of<'a>(&'a self, goal: &'a Id) -> impl Iterator<Item = &'a Link> + 'a {
        self.links.iter().filter(move |l| &l.goal == goal)
    }

    /// The name of any strategy record with this id (goal, process, people group, software,
    /// benefit or KPI).
    pub fn name_of(&self, id: &Id) -> Option<&str> {
        let goals = self.goals.iter().map(|r| (&r.id, &r.name));
        let processes = self.processes.iter().map(|r| (&r.id, &r.name));
        let people = self.people.iter().map(|r| (&r.id, &r.name));
        let software = self.software.iter().map(|r| (&r.id, &r.name));
        let benefits = self.benefits.iter().map(|r| (&r.id, &r.name));
        let kpis = self.kpis.iter().map(|r| (&r.id, &r.name));
        goals
            .chain(processes)
            .chain(people)
            .chain(software)
            .chain(benefits)
            .chain(kpis)
            .find(|(rid, _)| *rid == id)
            .map(|(_, name)| name.as_str())
    }
}

/// Finds a record by id in one of the strategy's lists, to change it.
macro_rules! finder {
    ($(#[$m:meta])* $name:ident, $field:ident, $ty:ty) => {
        $(#[$m])*
        pub fn $name(&mut self, id: &Id) -> Option<&mut $ty> {
            self.$field.iter_mut().find(|r| &r.id == id)
        }
    };
}

impl Strategy {
    finder!(
        /// The business goal with this id, to change.
        goal_mut, goals, BusinessGoal
    );
    finder!(
        /// The process with this id, to change.
        process_mut, processes, BusinessProcess
    );
    finder!(
        /// The people group with this id, to change.
        people_mut, people, PeopleGroup
    );
    finder!(
        /// The software item with this id, to change.
        software_mut, software, SoftwareItem
    );
    finder!(
        /// The link with this id, to change.
        link_mut, links, Link
    );
    finder!(
        /// The benefit with this id, to change.
        benefit_mut, benefits, Benefit
    );
    finder!(
        /// The KPI with this id, to change.
        kpi_mut, kpis, Kpi
    );
}

/// Adds or removes an id (or any other value, such as an area) in a list, without repeats.
pub fn toggle_id<T: PartialEq + Clone>(list: &mut Vec<T>, id: &T, on: bool) {
    list.retain(|x| x != id);
    if on {
        list.push(id.clone());
    }
}

/// The kinds of strategy record a user adds by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    /// A business goal.
    Goal,
    /// A business process.
    Process,
    /// A people group.
    People,
    /// A software item.
    Software,
    /// An expected benefit.
    Benefit,
    /// A KPI.
    Kpi,
}

impl RecordKind {
    /// The prefix of its ids and DOM ids (`goal`, `kpi`, ...).
    pub fn prefix(self) -> &'static str {
        match self {
            RecordKind::Goal => "goal",
            RecordKind::Process => "process",
            RecordKind::People => "people",
            RecordKind::Software => "software",
            RecordKind::Benefit => "benefit",
            RecordKind::Kpi => "kpi",
        }
    }
}

impl crate::plan::Plan {
    /// Adds a strategy record with a name (other fields at their defaults); returns its id.
    pub fn add_strategy_record(&mut self, kind: RecordKind, name: String) -> Id {
        let s_id = |plan: &mut crate::plan::Plan, p: &str| plan.fresh_id(p);
        match kind {
            RecordKind::Goal => {
                let id = s_id(self, "g");
                self.strategy.goals.push(BusinessGoal {
                    id,
                    name,
                    ..Default::default()
                });
                id
            }
            RecordKind::Process => {
                let id = s_id(self, "bp");
                self.strategy.processes.push(BusinessProcess {
                    id,
                    name,
                    ..Default::default()
                });
                id
            }
            RecordKind::People => {
                let id = s_id(self, "pg");
                self.strategy.people.push(PeopleGroup {
                    id,
                    name,
                    ..Default::default()
                });
                id
            }
            RecordKind::Software => {
                let id = s_id(self, "sw");
                self.strategy.software.push(SoftwareItem {
                    id,
                    name,
                    ..Default::default()
                });
                id
            }
            RecordKind::Benefit => {
                let id = s_id(self, "b");
                self.strategy.benefits.push(Benefit {
                    id,
                    name,
                    ..Default::default()
                });
                id
            }
            RecordKind::Kpi => {
                let id = s_id(self, "k");
                self.strategy.kpis.push(Kpi {
                    id,
                    name,
                    ..Default::default()
                });
                id
            }
        }
    }

    /// Links a goal to a process, unless that link exists; returns the link's id, or `None`
    /// when the goal or process names nothing.
    pub fn add_link(&mut self, goal: &Id, process: &Id) -> Option<Id> {
        let s = &self.strategy;
        if s.goal(goal).is_none() || !s.processes.iter().any(|p| &p.id == process) {
            return None;
        }
        if let Some(l) = s
            .links
            .iter()
            .find(|l| &l.goal == goal && &l.process == process)
        {
            return Some(l.id);
        }
        let id = self.fresh_id("l");
        self.strategy.links.push(Link {
            id,
            goal: *goal,
            process: *process,
            ..Default::default()
        });
        Some(id)
    }
}
