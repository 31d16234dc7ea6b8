//! Writes the worked example, `examples/tashkent-bank.crmplan.json`: a commercial bank in
//! Tashkent planning its CRM roll-out, complete through step 4.
//!
//! `cargo run -p planner-core --example tashkent_bank > examples/tashkent-bank.crmplan.json`
//! The file is committed; this program is how it was made and how to remake it after a change.

use chrono::NaiveDate;
use planner_core::file::format;
use planner_core::goals::{AreaDecision, ImplementationGoal, Priority, Resistance};
use planner_core::plans::{ImplementationPlan, PlanStatus, Task, TaskStatus};
use planner_core::profile::FunctionalLevel;
use planner_core::stakeholders::{Activity, Attitude, Category};
use planner_core::strategy::{
    Benefit, BusinessGoal, BusinessProcess, Direction, Frequency, InteractionArea, Kpi, Link,
    PeopleGroup, SoftwareItem, SoftwareKind,
};
use planner_core::{Id, Plan};

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// name, unit, direction, baseline, target, date, frequency, owner (stakeholder index), goal index
type KpiDef = (
    &'static str,
    &'static str,
    Direction,
    f64,
    f64,
    Option<NaiveDate>,
    Frequency,
    usize,
    usize,
);

struct Person {
    name: &'static str,
    category: Category,
    unit: Option<usize>,
    organisation: &'static str,
    position: &'static str,
    expected: &'static str,
    concerns: &'static str,
    power: u8,
    interest: u8,
    attitude: (Attitude, Attitude),
    activities: &'static [Activity],
    engagement: &'static str,
}

fn main() {
    use Activity::{
        AssessingBusinessTasks as Tasks, WorkingOutStrategy as Strat, WorkingOutUsageRules as Rules,
    };
    use Attitude::*;
    let mut plan = Plan::new();
    plan.profile.name = "CRM roll-out 2027".into();
    plan.profile.organisation = "Chorsu Commercial Bank (example)".into();
    plan.profile.industry = "Retail and SME banking, Tashkent".into();
    plan.profile.go_live = date(2027, 9, 1);
    let units: Vec<Id> = [
        ("Management Board", FunctionalLevel::Strategic, false),
        ("Retail banking department", FunctionalLevel::Tactical, true),
        (
            "Branch network (28 branches)",
            FunctionalLevel::Operational,
            true,
        ),
        ("Contact centre", FunctionalLevel::Operational, true),
        ("Marketing department", FunctionalLevel::Tactical, true),
        ("SME banking department", FunctionalLevel::Tactical, true),
        ("IT department", FunctionalLevel::Tactical, false),
        ("Risk and compliance", FunctionalLevel::Tactical, false),
    ]
    .into_iter()
    .map(|(name, level, cf)| plan.add_unit(name.into(), level, cf))
    .collect();

    let people = [
        Person { name: "Akmal Rashidov", category: Category::Management, unit: Some(0), organisation: "", position: "Chairman of the Management Board", expected: "A single view of every client and growth of retail income per client.", concerns: "Budget overrun; a long project that staff do not adopt.", power: 5, interest: 4, attitude: (Supportive, Leading), activities: &[Tasks, Strat], engagement: "Monthly steering committee; he opens the kick-off and signs the usage rules." },
        Person { name: "Dilnoza Karimova", category: Category::Management, unit: Some(1), organisation: "", position: "Deputy Chair, retail banking", expected: "More products per client and fewer clients leaving for other banks.", concerns: "Branch staff see the CRM as extra data entry.", power: 5, interest: 5, attitude: (Supportive, Leading), activities: &[Tasks, Strat, Rules], engagement: "Owns the retail goals; weekly review of the pilot branches." },
        Person { name: "Sardor Aliyev", category: Category::Management, unit: Some(5), organisation: "", position: "Head of SME banking", expected: "Faster loan decisions and a pipeline of SME prospects.", concerns: "SME managers keep their clients in private spreadsheets.", power: 4, interest: 4, attitude: (Neutral, Supportive), activities: &[Tasks, Strat], engagement: "Co-designs the SME pipeline stages; sees the pilot dashboard first." },
        Person { name: "Gulnora Tosheva", category: Category::Management, unit: Some(3), organisation: "", position: "Head of contact centre", expected: "Complaints resolved at the first call, with the client's history on screen.", concerns: "Integration with the telephony system may slip.", power: 3, interest: 5, attitude: (Supportive, Leading), activities: &[Tasks, Rules], engagement: "Leads the usage-rules working group for service." },
        Person { name: "Nodira Xasanova", category: Category::Management, unit: Some(4), organisation: "", position: "Marketing director", expected: "Targeted campaigns instead of mass SMS; measurable conversion.", concerns: "Client data quality is too poor for segmentation.", power: 3, interest: 4, attitude: (Neutral, Supportive), activities: &[Strat], engagement: "Joins the data-quality task force; first campaign in the pilot." },
        Person { name: "Branch relationship managers", category: Category::Users, unit: Some(2), organisation: "", position: "About 420 managers in 28 branches", expected: "Less paperwork, reminders of what each client needs next.", concerns: "Being measured on every keystroke; slow screens at peak hours.", power: 2, interest: 5, attitude: (Neutral, Supportive), activities: &[Tasks, Rules], engagement: "Champions in each pilot branch; short video lessons in Uzbek and Russian." },
        Person { name: "Contact centre operators", category: Category::Users, unit: Some(3), organisation: "", position: "85 operators in two shifts", expected: "The client's history on one screen during the call.", concerns: "Longer calls while learning the new system.", power: 1, interest: 4, attitude: (Resistant, Supportive), activities: &[Rules], engagement: "Hands-on training in small groups; call-time targets relaxed during the first month." },
        Person { name: "SME client managers", category: Category::Users, unit: Some(5), organisation: "", position: "60 managers", expected: "One pipeline for all SME leads and loan applications.", concerns: "Losing control of their client relationships.", power: 2, interest: 3, attitude: (Resistant, Supportive), activities: &[Tasks], engagement: "Show that the pipeline protects their clients; recognise top users monthly." },
        Person { name: "Retail clients", category: Category::Customers, unit: None, organisation: "Individuals, about 1.2 million", position: "", expected: "Not having to repeat themselves in every branch and on every call.", concerns: "Privacy of their personal data.", power: 2, interest: 3, attitude: (Unaware, Supportive), activities: &[Tasks], engagement: "Focus groups in three branches; a plain-language privacy notice." },
        Person { name: "SME clients", category: Category::Customers, unit: None, organisation: "Small and medium businesses, about 35 000", position: "", expected: "A loan decision in days, not weeks.", concerns: "More documents to provide.", power: 3, interest: 2, attitude: (Neutral, Supportive), activities: &[Tasks], engagement: "Interviews with ten SME clients; report back what changed." },
        Person { name: "Bobur Yusupov", category: Category::It, unit: Some(6), organisation: "", position: "Head of IT", expected: "A CRM that integrates cleanly with the core banking system.", concerns: "Security of client data; load on the core banking system.", power: 4, interest: 4, attitude: (Neutral, Supportive), activities: &[Strat, Rules], engagement: "Owns the integration architecture; signs off each release." },
        Person { name: "Core banking system vendor", category: Category::Suppliers, unit: None, organisation: "Core banking software supplier", position: "Account manager", expected: "A clear interface specification and a paid integration contract.", concerns: "Changes to their system outside the roadmap.", power: 3, interest: 2, attitude: (Neutral, Supportive), activities: &[Strat], engagement: "Quarterly meetings; integration scope agreed in the contract." },
        Person { name: "CRM implementation partner", category: Category::Partners, unit: None, organisation: "Local CRM integrator", position: "Project manager", expected: "A successful reference project in the banking sector.", concerns: "Scope creep without change control.", power: 2, interest: 5, attitude: (Supportive, Leading), activities: &[Strat, Rules], engagement: "Joint project office; change requests through the steering committee." },
        Person { name: "Card processing centre", category: Category::Partners, unit: None, organisation: "National card processing (Uzcard, Humo)", position: "Integration team", expected: "No extra load on the card authorisation interfaces.", concerns: "Unplanned data requests.", power: 2, interest: 1, attitude: (Neutral, Neutral), activities: &[], engagement: "Informed of data flows before go-live." },
        Person { name: "Compliance officer", category: Category::Other, unit: Some(7), organisation: "", position: "Head of risk and compliance", expected: "Personal-data handling that meets the law and the central bank's rules.", concerns: "Client data exported from the CRM without control.", power: 4, interest: 2, attitude: (Resistant, Neutral), activities: &[Rules], engagement: "Writes the data-access part of the usage rules; reviews each role's rights." },
        Person { name: "Central Bank supervision", category: Category::Other, unit: None, organisation: "Central Bank of the Republic of Uzbekistan", position: "Supervision department", expected: "Complaint handling that is recorded and reportable.", concerns: "None raised yet.", power: 4, interest: 1, attitude: (Unaware, Neutral), activities: &[], engagement: "Briefing through compliance on complaint reporting from the CRM." },
        Person { name: "Internal audit", category: Category::Other, unit: None, organisation: "Internal audit service", position: "Auditors", expected: "An audit trail of who changed client data.", concerns: "Gaps in access logs.", power: 2, interest: 2, attitude: (Neutral, Supportive), activities: &[], engagement: "Review of audit-log settings before go-live." },
    ];
    let mut ids = Vec::new();
    for p in &people {
        let id = plan.add_stakeholder(p.name.into(), p.category);
        if let Some(s) = plan.stakeholder_mut(&id) {
            s.unit = p.unit.and_then(|i| units.get(i).cloned());
            s.organisation = p.organisation.into();
            s.position = p.position.into();
            s.expected_results = p.expected.into();
            s.concerns = p.concerns.into();
            s.power = Some(p.power);
            s.interest = Some(p.interest);
            s.current_attitude = p.attitude.0;
            s.desired_attitude = p.attitude.1;
            s.activities = p.activities.to_vec();
            s.engagement = p.engagement.into();
        }
        ids.push(id);
    }
    if let Some(s) = plan.stakeholders.first_mut() {
        s.sponsor = true;
    }
    let sh = |i: usize| ids[i];

    let next = |plan: &mut Plan, prefix: &str| plan.fresh_id(prefix);
    plan.strategy.vision = "Every client is known and served as one relationship — in each branch, in the mobile app and at the contact centre — so that we sell what they need and keep them with the bank.".into();
    let goal_defs = [
        (
            "Grow the number of products per retail client",
            "Cross-sell deposits, cards and consumer loans to existing clients.",
            vec![sh(1), sh(5)],
        ),
        (
            "Keep more retail clients",
            "Spot clients about to leave and act before they do.",
            vec![sh(1), sh(8)],
        ),
        (
            "Resolve complaints at the first contact",
            "Every complaint recorded, routed and answered with the client's history at hand.",
            vec![sh(3), sh(6), sh(8), sh(14)],
        ),
        (
            "Win more SME clients",
            "A managed pipeline from lead to loan decision.",
            vec![sh(2), sh(9)],
        ),
    ];
    let mut goals = Vec::new();
    for (name, description, stakeholders) in goal_defs {
        let id = next(&mut plan, "g");
        plan.strategy.goals.push(BusinessGoal {
            id,
            name: name.into(),
            description: description.into(),
            stakeholders,
        });
        goals.push(id);
    }
    let process_defs = [
        ("Consumer-loan lead management", InteractionArea::Sales),
        ("Cross-sell campaigns", InteractionArea::Marketing),
        ("Complaint handling", InteractionArea::Service),
        (
            "Retention offers for dormant clients",
            InteractionArea::LoyaltyRetention,
        ),
        ("SME loan application", InteractionArea::Sales),
        ("Client segmentation", InteractionArea::Analytics),
        (
            "Mobile app and call-centre requests",
            InteractionArea::Channels,
        ),
    ];
    let mut processes = Vec::new();
    for (name, area) in process_defs {
        let id = next(&mut plan, "bp");
        plan.strategy.processes.push(BusinessProcess {
            id,
            name: name.into(),
            area,
            description: String::new(),
        });
        processes.push(id);
    }
    let people_defs = [
        ("Branch relationship managers", 420),
        ("Contact centre operators", 85),
        ("Marketing analysts", 12),
        ("SME client managers", 60),
        ("Back-office staff", 40),
    ];
    let mut groups = Vec::new();
    for (name, size) in people_defs {
        let id = next(&mut plan, "pg");
        plan.strategy.people.push(PeopleGroup {
            id,
            name: name.into(),
            size: Some(size),
            description: String::new(),
        });
        groups.push(id);
    }
    let software_defs = [
        ("Core banking system", SoftwareKind::ExistingSystem),
        ("Mobile banking app", SoftwareKind::ExistingSystem),
        (
            "CRM: contact and case management",
            SoftwareKind::CrmCapability,
        ),
        ("CRM: campaign management", SoftwareKind::CrmCapability),
        ("CRM: sales pipeline", SoftwareKind::CrmCapability),
        ("CRM ↔ core banking integration", SoftwareKind::Integration),
        ("CRM ↔ telephony integration", SoftwareKind::Integration),
    ];
    let mut software = Vec::new();
    for (name, kind) in software_defs {
        let id = next(&mut plan, "sw");
        plan.strategy.software.push(SoftwareItem {
            id,
            name: name.into(),
            kind,
            description: String::new(),
        });
        software.push(id);
    }
    let link_defs: [(usize, usize, &[usize], &[usize]); 8] = [
        (0, 1, &[0, 2], &[3, 5]),
        (0, 0, &[0], &[4, 5]),
        (1, 3, &[0, 1], &[3, 5]),
        (1, 5, &[2], &[3, 0]),
        (2, 2, &[1, 4], &[2, 6]),
        (2, 6, &[1], &[1, 2]),
        (3, 4, &[3], &[4, 5]),
        (3, 5, &[2, 3], &[3]),
    ];
    for (g, p, pg, sw) in link_defs {
        let id = next(&mut plan, "l");
        plan.strategy.links.push(Link {
            id,
            goal: goals[g],
            process: processes[p],
            people: pg.iter().map(|i| groups[*i]).collect(),
            software: sw.iter().map(|i| software[*i]).collect(),
        });
    }
    let benefit_defs: [(&str, bool, &[usize]); 5] = [
        ("Higher income per retail client", true, &[0]),
        ("Lower client churn", true, &[1]),
        (
            "Fewer repeat complaints and a better reputation",
            false,
            &[2],
        ),
        ("Faster SME lending", true, &[3]),
        (
            "One view of the client for every employee",
            false,
            &[0, 1, 2],
        ),
    ];
    for (name, tangible, g) in benefit_defs {
        let id = next(&mut plan, "b");
        plan.strategy.benefits.push(Benefit {
            id,
            name: name.into(),
            tangible,
            goals: g.iter().map(|i| goals[*i]).collect(),
            description: String::new(),
        });
    }
    let kpi_defs: [KpiDef; 7] = [
        (
            "products per retail client",
            "products",
            Direction::Increase,
            1.4,
            2.0,
            date(2027, 12, 31),
            Frequency::Quarterly,
            1,
            0,
        ),
        (
            "cross-sell campaign conversion",
            "%",
            Direction::Increase,
            3.0,
            7.0,
            date(2027, 12, 31),
            Frequency::Monthly,
            4,
            0,
        ),
        (
            "annual retail client churn",
            "%",
            Direction::Decrease,
            14.0,
            9.0,
            date(2028, 6, 30),
            Frequency::Quarterly,
            1,
            1,
        ),
        (
            "complaints resolved at first contact",
            "%",
            Direction::Increase,
            48.0,
            75.0,
            date(2027, 9, 30),
            Frequency::Monthly,
            3,
            2,
        ),
        (
            "average complaint resolution time",
            "days",
            Direction::Decrease,
            6.0,
            2.0,
            date(2027, 9, 30),
            Frequency::Weekly,
            3,
            2,
        ),
        (
            "SME loan decision time",
            "days",
            Direction::Decrease,
            10.0,
            4.0,
            date(2027, 12, 31),
            Frequency::Monthly,
            2,
            3,
        ),
        (
            "new SME clients per quarter",
            "clients",
            Direction::Increase,
            900.0,
            1400.0,
            date(2028, 3, 31),
            Frequency::Quarterly,
            2,
            3,
        ),
    ];
    for (name, unit, direction, baseline, target, target_date, frequency, owner, goal) in kpi_defs {
        let id = next(&mut plan, "k");
        plan.strategy.kpis.push(Kpi {
            id,
            name: name.into(),
            unit: unit.into(),
            direction,
            baseline: Some(baseline),
            target: Some(target),
            target_date,
            frequency,
            owner: Some(sh(owner)),
            goals: vec![goals[goal]],
        });
    }
    steps_3_and_4(&mut plan, &units, &ids, &goals);
    print!("{}", format::export(&plan, "0.1.0", "2026-11-27T00:00:00Z"));
}

/// An implementation goal: name, business goal, KPIs, areas, units, levels, priority, value,
/// effort, resistance, causes, mitigation, target date.
type GoalDef = (
    &'static str,
    usize,
    &'static [usize],
    &'static [InteractionArea],
    &'static [usize],
    &'static [FunctionalLevel],
    Priority,
    u8,
    u8,
    Resistance,
    &'static str,
    &'static str,
    Option<NaiveDate>,
);

/// A task: title, owner (stakeholder index), start, due, dependencies (indices within the plan),
/// milestone, deliverable.
type TaskDef = (
    &'static str,
    usize,
    NaiveDate,
    NaiveDate,
    &'static [usize],
    bool,
    &'static str,
);

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Step 3 (goals, priorities, scope) and step 4 (plans with tasks), tied to the records above.
fn steps_3_and_4(plan: &mut Plan, units: &[Id], people: &[Id], business_goals: &[Id]) {
    use FunctionalLevel::{Operational, Strategic, Tactical};
    use InteractionArea::*;
    let kpis: Vec<Id> = plan.strategy.kpis.iter().map(|k| k.id).collect();
    let pick = |all: &[Id], which: &[usize]| -> Vec<Id> {
        which.iter().filter_map(|i| all.get(*i).cloned()).collect()
    };
    for area in InteractionArea::ALL {
        let (in_scope, reason) = match area {
            OrderBilling => (false, "Billing stays in the core banking system; the CRM only shows the client's balances and payments."),
            Other => (false, "No other area of interaction in this roll-out."),
            _ => (true, ""),
        };
        plan.scope.push(AreaDecision {
            area,
            in_scope,
            reason: reason.into(),
        });
    }
    let goal_defs: [GoalDef; 7] = [
        ("One client view for branch and contact-centre staff", 2, &[3, 4], &[Service, Channels], &[2, 3], &[Operational], Priority::Must, 5, 4, Resistance::Medium,
         "Operators expect longer calls while they learn the new screens.",
         "Training in small groups; call-time targets relaxed for the first month.", date(2027, 9, 1)),
        ("Complaints registered, routed and answered within deadlines", 2, &[3, 4], &[Service], &[3, 7], &[Operational, Tactical], Priority::Must, 5, 3, Resistance::Low,
         "", "Compliance writes the complaint categories with the contact centre.", date(2027, 9, 1)),
        ("Cross-sell offers for branch relationship managers", 0, &[0, 1], &[Sales, Marketing], &[1, 2, 4], &[Tactical, Operational], Priority::Must, 5, 3, Resistance::High,
         "Managers see the CRM as extra data entry and fear being measured on every keystroke.",
         "A champion in each pilot branch; offers pre-filled from core banking data; teams, not keystrokes, are measured.", date(2027, 12, 31)),
        ("Churn early-warning list and retention calls", 1, &[2], &[LoyaltyRetention, Analytics], &[1, 3, 4], &[Tactical, Operational], Priority::Should, 4, 4, Resistance::Medium,
         "Branches doubt that a model can tell who is about to leave.",
         "Show the model's hits from last year's data before the first campaign.", date(2028, 6, 30)),
        ("SME lead-to-loan pipeline", 3, &[5, 6], &[Sales], &[5], &[Tactical, Operational], Priority::Should, 4, 3, Resistance::High,
         "SME managers keep their clients in private spreadsheets and fear losing them.",
         "The pipeline records each client's manager; the best users are recognised each month.", date(2028, 3, 31)),
        ("Targeted campaigns by client segment", 0, &[1], &[Marketing, Analytics], &[4], &[Tactical, Strategic], Priority::Could, 3, 2, Resistance::Low,
         "", "", date(2028, 6, 30)),
        ("Chat with clients in the mobile app", 2, &[3], &[Channels], &[3, 6], &[Operational], Priority::Wont, 2, 5, Resistance::Low,
         "", "Revisit after the mobile app's redesign in 2028.", None),
    ];
    let mut goal_ids = Vec::new();
    for (
        name,
        bg,
        k,
        areas,
        u,
        levels,
        priority,
        value,
        effort,
        resistance,
        causes,
        mitigation,
        target,
    ) in goal_defs
    {
        let id = plan.fresh_id("g");
        plan.implementation_goals.push(ImplementationGoal {
            id,
            name: name.into(),
            description: String::new(),
            business_goal: business_goals.get(bg).cloned(),
            kpis: pick(&kpis, k),
            areas: areas.to_vec(),
            units: pick(units, u),
            levels: levels.to_vec(),
            priority: Some(priority),
            value: Some(value),
            effort: Some(effort),
            resistance: Some(resistance),
            resistance_causes: causes.into(),
            mitigation: mitigation.into(),
            target_date: target,
        });
        goal_ids.push(id);
    }
    // name, goals, responsible, indicators, start, deadline, budget (UZS), tasks
    type PlanDef = (
        &'static str,
        &'static [usize],
        usize,
        &'static [usize],
        NaiveDate,
        NaiveDate,
        f64,
        Vec<TaskDef>,
    );
    let plan_defs: [PlanDef; 4] = [
        (
            "Pilot: client view and complaints in the contact centre",
            &[0, 1],
            3,
            &[3, 4],
            day(2027, 1, 11),
            day(2027, 8, 27),
            850_000_000.0,
            vec![
                (
                    "Map the complaint process and its categories",
                    3,
                    day(2027, 1, 11),
                    day(2027, 2, 5),
                    &[],
                    false,
                    "Complaint categories and deadlines, signed by compliance",
                ),
                (
                    "Integrate telephony with the CRM",
                    10,
                    day(2027, 2, 8),
                    day(2027, 4, 30),
                    &[0],
                    false,
                    "Caller's client card opens with the call",
                ),
                (
                    "Configure the client card and complaint forms",
                    12,
                    day(2027, 2, 8),
                    day(2027, 4, 16),
                    &[0],
                    false,
                    "Forms in Uzbek and Russian",
                ),
                (
                    "Train 85 operators in small groups",
                    3,
                    day(2027, 5, 3),
                    day(2027, 6, 25),
                    &[1, 2],
                    false,
                    "Every operator passed the practice test",
                ),
                (
                    "Usage rules for service signed",
                    14,
                    day(2027, 5, 3),
                    day(2027, 6, 30),
                    &[0],
                    false,
                    "Rules for data access and complaint handling",
                ),
                (
                    "Contact centre works in the CRM",
                    3,
                    day(2027, 7, 1),
                    day(2027, 7, 1),
                    &[3, 4],
                    true,
                    "",
                ),
            ],
        ),
        (
            "Cross-sell in the branches",
            &[2, 5],
            1,
            &[0, 1],
            day(2027, 3, 1),
            day(2027, 8, 31),
            1_200_000_000.0,
            vec![
                (
                    "Next-best-offer rules with marketing",
                    4,
                    day(2027, 3, 1),
                    day(2027, 3, 31),
                    &[],
                    false,
                    "Offer rules for deposits, cards and consumer loans",
                ),
                (
                    "Clean client contact data in the pilot branches",
                    4,
                    day(2027, 3, 15),
                    day(2027, 5, 14),
                    &[],
                    false,
                    "Phone numbers and addresses checked",
                ),
                (
                    "Offer screen for relationship managers",
                    12,
                    day(2027, 4, 5),
                    day(2027, 5, 28),
                    &[0],
                    false,
                    "Offers shown on the client card",
                ),
                (
                    "Train champions in three pilot branches",
                    5,
                    day(2027, 6, 1),
                    day(2027, 6, 18),
                    &[1, 2],
                    false,
                    "Three champions per branch",
                ),
                (
                    "Pilot branches sell from the CRM",
                    1,
                    day(2027, 6, 21),
                    day(2027, 6, 21),
                    &[3],
                    true,
                    "",
                ),
                (
                    "Roll out to all 28 branches",
                    1,
                    day(2027, 7, 1),
                    day(2027, 8, 27),
                    &[4],
                    false,
                    "Every branch live, usage reviewed weekly",
                ),
            ],
        ),
        (
            "Retention: churn early warning",
            &[3],
            4,
            &[2],
            day(2027, 5, 3),
            day(2027, 8, 31),
            400_000_000.0,
            vec![
                (
                    "Churn model from 24 months of history",
                    10,
                    day(2027, 5, 3),
                    day(2027, 6, 25),
                    &[],
                    false,
                    "Model with last year's hit rate",
                ),
                (
                    "Retention call scripts",
                    3,
                    day(2027, 6, 1),
                    day(2027, 6, 30),
                    &[],
                    false,
                    "Scripts in Uzbek and Russian",
                ),
                (
                    "Early-warning list in the CRM",
                    12,
                    day(2027, 6, 28),
                    day(2027, 8, 13),
                    &[0],
                    false,
                    "Daily list per branch",
                ),
                (
                    "First retention campaign",
                    4,
                    day(2027, 8, 30),
                    day(2027, 8, 30),
                    &[1, 2],
                    true,
                    "",
                ),
            ],
        ),
        (
            "SME pipeline from lead to loan decision",
            &[4],
            2,
            &[5, 6],
            day(2027, 4, 5),
            day(2027, 8, 31),
            600_000_000.0,
            vec![
                (
                    "Agree the pipeline stages with SME managers",
                    2,
                    day(2027, 4, 5),
                    day(2027, 4, 30),
                    &[],
                    false,
                    "Stages from lead to loan decision",
                ),
                (
                    "Loan application form and document checklist",
                    12,
                    day(2027, 5, 3),
                    day(2027, 6, 11),
                    &[0],
                    false,
                    "One form for all SME loan products",
                ),
                (
                    "Move SME leads from spreadsheets into the CRM",
                    7,
                    day(2027, 6, 14),
                    day(2027, 7, 9),
                    &[1],
                    false,
                    "Every open lead in the pipeline",
                ),
                (
                    "SME pipeline live",
                    2,
                    day(2027, 7, 12),
                    day(2027, 7, 12),
                    &[2],
                    true,
                    "",
                ),
            ],
        ),
    ];
    for (name, goals, responsible, indicators, start, deadline, budget, tasks) in plan_defs {
        let id = plan.fresh_id("p");
        let mut task_ids: Vec<Id> = Vec::new();
        let mut records = Vec::new();
        for (title, owner, start, due, deps, milestone, deliverable) in tasks {
            let task_id = plan.fresh_id("t");
            records.push(Task {
                id: task_id,
                title: title.into(),
                owner: people.get(owner).cloned(),
                start: Some(start),
                due: Some(due),
                status: TaskStatus::Todo,
                progress: 0,
                depends_on: pick(&task_ids, deps),
                milestone,
                deliverable: deliverable.into(),
            });
            task_ids.push(task_id);
        }
        plan.plans.push(ImplementationPlan {
            id,
            name: name.into(),
            goals: pick(&goal_ids, goals),
            responsible: people.get(responsible).cloned(),
            indicators: pick(&kpis, indicators),
            start: Some(start),
            deadline: Some(deadline),
            status: PlanStatus::Planned,
            budget: Some(budget),
            tasks: records,
        });
    }
}
