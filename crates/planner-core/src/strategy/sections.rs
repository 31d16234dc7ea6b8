//! Step 2's sections, for its in-page contents: their order, where each is on the page, which
//! findings are fixed in it, and each one's state ("3 records, 2 to fix"). Step 2 is about
//! twelve screens tall with real data; the contents keep it navigable.

use crate::checks::{Finding, Severity};
use crate::i18n::StrategyText;
use crate::plan::Plan;
use crate::strategy::RecordKind;

/// A section of step 2's page, in the page's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// The vision.
    Vision,
    /// Business goals.
    Goals,
    /// Business processes.
    Processes,
    /// People groups.
    People,
    /// Software.
    Software,
    /// The goal–process–people–software links.
    Links,
    /// Expected benefits.
    Benefits,
    /// Key performance indicators.
    Kpis,
    /// The alignment matrix (a view).
    Matrix,
    /// The traceability (a view).
    Trace,
}

/// A section's state, for its entry in the contents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionState {
    /// Nothing entered yet (whatever the checks will ask of it).
    Empty,
    /// Something entered; `0` blocking findings are fixed here.
    ToFix(usize),
    /// Entered, and nothing to fix here.
    Done,
    /// A view drawn from the rest: it has no state of its own.
    View,
}

impl Section {
    /// Every section, in the page's order.
    pub const ALL: [Section; 10] = [
        Section::Vision,
        Section::Goals,
        Section::Processes,
        Section::People,
        Section::Software,
        Section::Links,
        Section::Benefits,
        Section::Kpis,
        Section::Matrix,
        Section::Trace,
    ];

    /// A stable code, for DOM ids and tests.
    pub fn code(self) -> &'static str {
        match self {
            Section::Vision => "vision",
            Section::Goals => "goal",
            Section::Processes => "process",
            Section::People => "people",
            Section::Software => "software",
            Section::Links => "links",
            Section::Benefits => "benefit",
            Section::Kpis => "kpi",
            Section::Matrix => "matrix",
            Section::Trace => "trace",
        }
    }

    /// The DOM id of the section's heading, which the page already gives it.
    pub fn heading_id(self) -> String {
        format!("{}-heading", self.code())
    }

    /// Its short name in the contents.
    pub fn short_name(self) -> StrategyText {
        match self {
            Section::Vision => StrategyText::TocVision,
            Section::Goals => StrategyText::TocGoals,
            Section::Processes => StrategyText::TocProcesses,
            Section::People => StrategyText::TocPeople,
            Section::Software => StrategyText::TocSoftware,
            Section::Links => StrategyText::TocLinks,
            Section::Benefits => StrategyText::TocBenefits,
            Section::Kpis => StrategyText::TocKpis,
            Section::Matrix => StrategyText::TocMatrix,
            Section::Trace => StrategyText::TocTrace,
        }
    }

    /// The records of a list section.
    fn kind(self) -> Option<RecordKind> {
        match self {
            Section::Goals => Some(RecordKind::Goal),
            Section::Processes => Some(RecordKind::Process),
            Section::People => Some(RecordKind::People),
            Section::Software => Some(RecordKind::Software),
            Section::Benefits => Some(RecordKind::Benefit),
            Section::Kpis => Some(RecordKind::Kpi),
            Section::Vision | Section::Links | Section::Matrix | Section::Trace => None,
        }
    }

    /// The section holding the element with DOM id `anchor` (a finding's target, a field):
    /// `kpi-k3-target` is in the KPIs, `strategy-vision` is the vision.
    pub fn of_anchor(anchor: &str) -> Option<Section> {
        if anchor == crate::strategy::checks::VISION_ANCHOR {
            return Some(Section::Vision);
        }
        let prefix = anchor.split('-').next()?;
        if prefix == "link" {
            return Some(Section::Links);
        }
        Section::ALL
            .into_iter()
            .filter(|s| !matches!(s, Section::Vision | Section::Matrix | Section::Trace))
            .find(|s| s.code() == prefix)
    }

    /// How many records (or, for the vision, whether it is written) the section holds.
    fn entered(self, plan: &Plan) -> usize {
        let s = &plan.strategy;
        match self {
            Section::Vision => usize::from(!s.vision.trim().is_empty()),
            Section::Links => s.links.len(),
            Section::Matrix | Section::Trace => 0,
            list => list.kind().map_or(0, |kind| match kind {
                RecordKind::Goal => s.goals.len(),
                RecordKind::Process => s.processes.len(),
                RecordKind::People => s.people.len(),
                RecordKind::Software => s.software.len(),
                RecordKind::Benefit => s.benefits.len(),
                RecordKind::Kpi => s.kpis.len(),
            }),
        }
    }

    /// The section's state: what it holds, and the blocking findings fixed in it.
    pub fn state(self, plan: &Plan, findings: &[Finding]) -> SectionState {
        if matches!(self, Section::Matrix | Section::Trace) {
            return SectionState::View;
        }
        let to_fix = findings
            .iter()
            .filter(|f| f.severity == Severity::Blocking)
            .filter(|f| Section::of_anchor(&f.target.anchor) == Some(self))
            .count();
        match (self.entered(plan), to_fix) {
            (0, _) => SectionState::Empty,
            (_, 0) => SectionState::Done,
            (_, n) => SectionState::ToFix(n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{run_step, Context};
    use crate::i18n::Lang;
    use crate::steps::StepId;
    use chrono::NaiveDate;

    const EXAMPLE: &str = include_str!("../../../../examples/tashkent-bank.crmplan.json");

    fn cx() -> Context {
        Context {
            today: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default(),
            lang: Lang::En,
        }
    }

    #[test]
    fn every_finding_of_step_2_is_fixed_in_a_section() {
        let mut plan = crate::file::format::import(EXAMPLE).expect("the example opens");
        let findings = run_step(StepId::Strategy, &Plan::default(), &cx());
        assert!(!findings.is_empty());
        for f in &findings {
            assert!(Section::of_anchor(&f.target.anchor).is_some(), "{f:?}");
        }
        // Break every record of the example: each finding still lands in a section.
        for k in &mut plan.strategy.kpis {
            k.unit.clear();
            k.owner = None;
        }
        plan.strategy.links.clear();
        let findings = run_step(StepId::Strategy, &plan, &cx());
        assert!(findings.len() > 5);
        for f in &findings {
            assert!(Section::of_anchor(&f.target.anchor).is_some(), "{f:?}");
        }
    }

    #[test]
    fn a_sections_state_counts_what_is_fixed_there() {
        let example = crate::file::format::import(EXAMPLE).expect("the example opens");
        let findings = run_step(StepId::Strategy, &example, &cx());
        for section in Section::ALL {
            let want = match section {
                Section::Matrix | Section::Trace => SectionState::View,
                _ => SectionState::Done,
            };
            assert_eq!(section.state(&example, &findings), want, "{section:?}");
        }
        let mut plan = example.clone();
        for k in plan.strategy.kpis.iter_mut().take(2) {
            k.unit.clear();
        }
        let findings = run_step(StepId::Strategy, &plan, &cx());
        assert_eq!(
            Section::Kpis.state(&plan, &findings),
            SectionState::ToFix(2)
        );
        let empty = Plan::default();
        let findings = run_step(StepId::Strategy, &empty, &cx());
        assert_eq!(
            Section::Processes.state(&empty, &findings),
            SectionState::Empty
        );
        // A section not begun is "to do", not "to fix", though the checks ask for its vision.
        assert!(findings.iter().any(|f| f.rule == "strategy.vision"));
        assert_eq!(
            Section::Vision.state(&empty, &findings),
            SectionState::Empty
        );
    }

    #[test]
    fn the_anchors_of_fields_name_their_sections() {
        assert_eq!(Section::of_anchor("kpi-k3-target"), Some(Section::Kpis));
        assert_eq!(Section::of_anchor("kpi-new-name"), Some(Section::Kpis));
        assert_eq!(Section::of_anchor("link-new-goal"), Some(Section::Links));
        assert_eq!(
            Section::of_anchor("goal-g2-description"),
            Some(Section::Goals)
        );
        assert_eq!(Section::of_anchor("strategy-vision"), Some(Section::Vision));
        assert_eq!(Section::of_anchor("igoal-g2-priority"), None);
    }
}
