//! The plan's summary as plain-text Markdown, in the interface language: the report's summary
//! level, to paste into an e-mail, a wiki or a chat.
//!
//! The title names the project, the organisation and the go-live; then one section per step:
//! the stakeholders (a count per quadrant of the power/interest grid and the key ones), the
//! strategy (each business goal with its KPIs as the text's sentences), the implementation
//! goals in ranked order with their priority, the implementation plans with their responsible
//! person, deadline and tasks; last, what the checks still find, step by step.
//!
//! Everything the user typed is escaped ([`escape`]): it cannot open emphasis, a heading, a
//! link, a table, code or HTML, and a line break in it becomes a space.

use chrono::NaiveDate;

use crate::checks::{run_step, status_of, Context, Severity};
use crate::dates::long_date;
use crate::goals::ranking::ranked;
use crate::i18n::{
    fill, GoalsText, Lang, PlansText, ProfileText, Shell, StakeholdersText, StepText, StrategyText,
    Text,
};
use crate::ids::Id;
use crate::inputs::format_number;
use crate::outputs::texts::{stakeholders_line, task_progress, OutputText};
use crate::plan::Plan;
use crate::profile::texts::currency_unit;
use crate::stakeholders::views::quadrant_counts;
use crate::stakeholders::Stakeholder;
use crate::steps::StepId;
use crate::strategy::views::kpi_line;

/// The summary of `plan` in `lang`. `today` is the day the checks judge overdue tasks and past
/// dates by (the app passes the local date).
pub fn summary(plan: &Plan, lang: Lang, today: NaiveDate) -> String {
    let mut out = Summary {
        plan,
        lang,
        text: String::new(),
    };
    out.title();
    out.stakeholders();
    out.strategy();
    out.goals();
    out.plans(today);
    out.checks(today);
    out.text
}

/// User text made inert in Markdown: each of `\ * _ # | [ ] < > ` ~` gets a backslash (so no
/// emphasis, heading, table cell, link, HTML or code can start), and each line break becomes a
/// space (so no list, heading or quote can start on a line of its own). Leading and trailing
/// whitespace is dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.trim().chars() {
        match c {
            '\\' | '*' | '_' | '#' | '|' | '[' | ']' | '<' | '>' | '`' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' | '\u{2028}' | '\u{2029}' => {
                // "\r\n" makes two spaces; collapsed below.
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// The summary being written.
struct Summary<'a> {
    plan: &'a Plan,
    lang: Lang,
    text: String,
}

impl Summary<'_> {
    /// A text in the summary's language.
    fn t(&self, key: impl Text) -> &'static str {
        key.text(self.lang)
    }

    /// Appends a line (and its line break).
    fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    /// Appends an empty line, unless the text already ends with one.
    fn blank(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    /// A `##` section heading for a step: "Step 1. Engage the key stakeholders".
    fn step_heading(&mut self, step: StepId) {
        let heading = self.step_name(step);
        self.blank();
        self.line(&format!("## {heading}"));
        self.blank();
    }

    /// "Step 1. Engage the key stakeholders".
    fn step_name(&self, step: StepId) -> String {
        StepText::numbered(step, self.lang)
    }

    /// A `###` heading of the interface's (not the user's) words.
    fn sub_heading(&mut self, key: impl Text) {
        let heading = self.t(key);
        self.blank();
        self.line(&format!("### {heading}"));
        self.blank();
    }

    /// A "- **Label:** value" line; the value is already escaped.
    fn field(&mut self, label: &str, value: &str) {
        self.line(&format!("- **{}:** {value}", label.trim_end_matches(':')));
    }

    /// The escaped name of the stakeholder with this id, if any.
    fn stakeholder_name(&self, id: Option<&Id>) -> Option<String> {
        id.and_then(|id| self.plan.stakeholder_name(id))
            .map(escape)
            .filter(|n| !n.is_empty())
    }

    /// "not set", for a field without a value.
    fn not_set(&self) -> String {
        self.t(PlansText::NotSet).to_owned()
    }

    fn title(&mut self) {
        let plan = self.plan;
        let name = match escape(plan.display_name()) {
            n if n.is_empty() => self.t(Shell::Untitled).to_owned(),
            n => n,
        };
        self.line(&format!("# {name}"));
        self.blank();
        let profile = &plan.profile;
        if !profile.organisation.trim().is_empty() {
            self.field(
                self.t(ProfileText::Organisation),
                &escape(&profile.organisation),
            );
        }
        if !profile.industry.trim().is_empty() {
            self.field(self.t(ProfileText::Industry), &escape(&profile.industry));
        }
        let go_live = profile
            .go_live
            .map_or_else(|| self.not_set(), |d| long_date(d, self.lang));
        self.field(self.t(ProfileText::GoLive), &go_live);
        let units: Vec<String> = profile
            .units
            .iter()
            .map(|u| escape(&u.name))
            .filter(|n| !n.is_empty())
            .collect();
        if !units.is_empty() {
            self.field(self.t(ProfileText::UnitsSection), &units.join("; "));
        }
    }

    fn stakeholders(&mut self) {
        let plan = self.plan;
        let lang = self.lang;
        self.step_heading(StepId::Stakeholders);
        let all = &plan.stakeholders;
        if all.is_empty() {
            self.line(self.t(StrategyText::NoneYet));
            return;
        }
        self.line(&stakeholders_line(plan, lang));
        let team: Vec<String> = all
            .iter()
            .filter(|s| s.team)
            .map(|s| escape(&s.name))
            .filter(|n| !n.is_empty())
            .collect();
        if !team.is_empty() {
            self.blank();
            self.field(self.t(StakeholdersText::TeamBadge), &team.join("; "));
        }
        self.sub_heading(OutputText::ByQuadrant);
        let (counts, unscored) = quadrant_counts(plan);
        for (q, n) in counts {
            let name = self.t(StakeholdersText::quadrant(q));
            self.field(name, &format_number(n as f64, lang));
        }
        if unscored > 0 {
            let name = self.t(StakeholdersText::Unscored);
            self.field(name, &format_number(unscored as f64, lang));
        }
        let key: Vec<&Stakeholder> = all.iter().filter(|s| s.is_key()).collect();
        if key.is_empty() {
            return;
        }
        self.sub_heading(OutputText::KeyStakeholders);
        self.line(self.t(OutputText::KeyStakeholdersIntro));
        self.blank();
        for s in key {
            let mut parts: Vec<String> = Vec::new();
            if !s.position.trim().is_empty() {
                parts.push(escape(&s.position));
            }
            parts.push(self.t(StakeholdersText::category(s.category)).to_owned());
            if let Some(q) = s.quadrant() {
                parts.push(self.t(StakeholdersText::quadrant(q)).to_owned());
            }
            parts.push(format!(
                "{} → {}",
                self.t(StakeholdersText::attitude(s.current_attitude)),
                s.desired_attitude
                    .map_or(self.t(GoalsText::NotSet), |a| self
                        .t(StakeholdersText::attitude(a)))
            ));
            if s.sponsor {
                parts.push(self.t(StakeholdersText::Sponsor).to_owned());
            }
            self.line(&format!("- **{}** — {}", escape(&s.name), parts.join("; ")));
        }
    }

    fn strategy(&mut self) {
        let strategy = &self.plan.strategy;
        self.step_heading(StepId::Strategy);
        if !strategy.vision.trim().is_empty() {
            self.field(
                self.t(StrategyText::VisionSection),
                &escape(&strategy.vision),
            );
        }
        self.sub_heading(StrategyText::GoalsSection);
        if strategy.goals.is_empty() {
            self.line(self.t(StrategyText::NoneYet));
        }
        for goal in &strategy.goals {
            self.line(&format!("- **{}**", escape(&goal.name)));
            let kpis: Vec<String> = strategy
                .kpis_of(&goal.id)
                .map(|k| escape(&kpi_line(k, self.plan, self.lang)))
                .collect();
            if kpis.is_empty() {
                let none = self.t(StrategyText::TraceNone);
                self.line(&format!(
                    "  - {}",
                    fill(self.t(StrategyText::SummaryKpis), &[none])
                ));
            }
            for kpi in kpis {
                self.line(&format!("  - {kpi}"));
            }
        }
        let loose: Vec<String> = strategy
            .kpis
            .iter()
            .filter(|k| !k.goals.iter().any(|g| strategy.goal(g).is_some()))
            .map(|k| escape(&kpi_line(k, self.plan, self.lang)))
            .collect();
        if !loose.is_empty() {
            self.sub_heading(OutputText::KpisWithoutGoal);
            for kpi in loose {
                self.line(&format!("- {kpi}"));
            }
        }
    }

    fn goals(&mut self) {
        self.step_heading(StepId::Goals);
        let goals = ranked(self.plan);
        if goals.is_empty() {
            self.line(self.t(StrategyText::NoneYet));
            return;
        }
        self.sub_heading(GoalsText::GoalsSection);
        let dash = self.t(GoalsText::NotSet);
        for (i, g) in goals.into_iter().enumerate() {
            let priority = g
                .priority
                .map_or_else(|| self.not_set(), |p| self.t(GoalsText::priority(p)).into());
            let score = |s: Option<u8>| s.map_or_else(|| dash.to_owned(), |s| s.to_string());
            let scores = fill(
                self.t(GoalsText::Scores),
                &[&score(g.value), &score(g.effort)],
            );
            let mut line = format!(
                "{}. **{}** — {}: {priority}; {scores}",
                i + 1,
                escape(&g.name),
                self.t(GoalsText::Priority)
            );
            if let Some(date) = g.target_date {
                line.push_str(&format!(
                    "; {}: {}",
                    self.t(GoalsText::TargetDate),
                    long_date(date, self.lang)
                ));
            }
            self.line(&line);
        }
    }

    fn plans(&mut self, today: NaiveDate) {
        let plan = self.plan;
        let lang = self.lang;
        self.step_heading(StepId::Plans);
        if plan.plans.is_empty() {
            self.line(self.t(StrategyText::NoneYet));
            return;
        }
        for p in &plan.plans {
            let name = match escape(&p.name) {
                n if n.is_empty() => self.not_set(),
                n => n,
            };
            self.blank();
            self.line(&format!("### {name}"));
            self.blank();
            let responsible = self
                .stakeholder_name(p.responsible.as_ref())
                .unwrap_or_else(|| self.not_set());
            self.field(self.t(PlansText::Responsible), &responsible);
            let deadline = p
                .deadline
                .map_or_else(|| self.not_set(), |d| long_date(d, lang));
            self.field(self.t(PlansText::Deadline), &deadline);
            self.field(
                self.t(PlansText::Status),
                self.t(PlansText::plan_status(p.status)),
            );
            if let Some(budget) = p.budget {
                let label = fill(
                    self.t(PlansText::Budget),
                    &[currency_unit(plan.profile.currency, lang)],
                );
                self.field(&label, &format_number(budget, lang));
            }
            let goals: Vec<String> = p
                .goals
                .iter()
                .filter_map(|g| plan.implementation_goal(g))
                .map(|g| escape(&g.name))
                .collect();
            if !goals.is_empty() {
                self.field(self.t(PlansText::Goals), &goals.join("; "));
            }
            let indicators: Vec<String> = p
                .indicators
                .iter()
                .filter_map(|k| plan.strategy.kpis.iter().find(|x| &x.id == k))
                .map(|k| escape(&k.name))
                .collect();
            if !indicators.is_empty() {
                self.field(self.t(PlansText::Indicators), &indicators.join("; "));
            }
            match task_progress(p, lang, today) {
                Some(line) => self.line(&format!("- {line}")),
                None => self.line(&format!("- {}", self.t(PlansText::NoTasks))),
            }
        }
    }

    fn checks(&mut self, today: NaiveDate) {
        let plan = self.plan;
        let cx = Context {
            today,
            lang: self.lang,
        };
        self.blank();
        self.line(&format!("## {}", self.t(OutputText::ChecksSection)));
        self.blank();
        for step in StepId::ALL {
            let findings = run_step(step, plan, &cx);
            let status = self.t(StepText::status(status_of(step, plan, &findings)));
            let count = |severity| {
                let n = findings.iter().filter(|f| f.severity == severity).count();
                format_number(n as f64, self.lang)
            };
            self.line(&format!(
                "- **{}** — {status}. {}: {}; {}: {}",
                self.step_name(step),
                self.t(Shell::Blocking),
                count(Severity::Blocking),
                self.t(Shell::Warnings),
                count(Severity::Warning),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example;
    use crate::outputs::texts::stakeholder_count;
    use crate::stakeholders::Category;
    use crate::strategy::views::kpi_sentence;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
    }

    #[test]
    fn user_text_cannot_format_or_inject_html() {
        assert_eq!(escape("*bold* _it_"), "\\*bold\\* \\_it\\_");
        assert_eq!(escape("# Title"), "\\# Title");
        assert_eq!(escape("[x](http://e)"), "\\[x\\](http://e)");
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(escape("`code`"), "\\`code\\`");
        assert_eq!(escape("~~gone~~"), "\\~\\~gone\\~\\~");
        assert_eq!(escape("back\\slash"), "back\\\\slash");
        assert_eq!(escape("one\n# two\r\n- three"), "one \\# two - three");
        assert_eq!(escape("  Oʻzbekiston «Банк» "), "Oʻzbekiston «Банк»");
    }

    #[test]
    fn the_summary_has_a_section_per_step_in_every_language() {
        for lang in Lang::ALL {
            let plan = example::plan(lang);
            let text = summary(&plan, lang, today());
            assert!(
                text.starts_with(&format!("# {}\n", plan.display_name())),
                "{text}"
            );
            for step in [
                StepId::Stakeholders,
                StepId::Strategy,
                StepId::Goals,
                StepId::Plans,
            ] {
                let title = StepText::title(step).text(lang);
                assert!(text.contains(title), "{lang:?} {step:?}");
            }
            assert!(text.contains(&stakeholder_count(lang, plan.stakeholders.len() as u64)));
            for kpi in &plan.strategy.kpis {
                let sentence = kpi_sentence(kpi, lang).expect("a complete KPI");
                assert!(text.contains(&escape(&sentence)), "{lang:?}: {sentence}");
            }
            for p in &plan.plans {
                assert!(
                    text.contains(&format!("### {}", escape(&p.name))),
                    "{}",
                    p.name
                );
                assert!(text.contains(&crate::plans::texts::task_count(lang, p.tasks.len() as u64)));
            }
            assert!(text.contains(OutputText::ChecksSection.text(lang)));
            assert!(text.ends_with('\n') && !text.ends_with("\n\n"));
            assert!(!text.contains("\n\n\n"), "{text}");
        }
    }

    #[test]
    fn the_project_team_is_named_apart_from_the_stakeholders_analysed() {
        let mut plan = example::plan(Lang::En);
        plan.add_team_member("Aziz *Karimov*");
        plan.add_team_member("Project office");
        let text = summary(&plan, Lang::En, today());
        assert!(
            text.contains("\n17 stakeholders. Project team: 2.\n\n- **Project team:** Aziz \\*Karimov\\*; Project office\n"),
            "{text}"
        );
        // Not key, not unscored: the counts by quadrant are those of the analysis.
        assert!(!text.contains("- **Not scored:**"), "{text}");
        assert!(!text.contains("- **Aziz"), "{text}");
    }

    #[test]
    fn the_english_summary_reads_as_expected() {
        let text = summary(&example::plan(Lang::En), Lang::En, today());
        assert!(
            text.contains("- **Planned go-live date:** 1 September 2027\n"),
            "{text}"
        );
        assert!(
            text.contains("## Step 1. Engage the key stakeholders\n"),
            "{text}"
        );
        assert!(text.contains("\n17 stakeholders.\n"), "{text}");
        assert!(text.contains("- **Manage closely:** "), "{text}");
        assert!(text.contains("- **Akmal Rashidov** — Chairman of the Management Board; Management; Manage closely; Supportive → Leading; Executive sponsor\n"), "{text}");
        assert!(text.contains("\n1. **"), "{text}");
        assert!(
            text.contains(" — Priority: Must have; value 5 · effort 4"),
            "{text}"
        );
        assert!(text.contains("- **Budget, UZS:** 850,000,000\n"), "{text}");
        assert!(
            text.contains("- 6 tasks: 0 done, average progress 0%\n"),
            "{text}"
        );
        assert!(text.contains("- **Step 0. Project profile** — "), "{text}");
    }

    #[test]
    fn hostile_names_stay_text() {
        let mut plan = Plan::new();
        plan.profile.name = "# <img src=x onerror=alert(1)>".into();
        let s = plan.add_stakeholder("**[click](javascript:x)**".into(), Category::Management);
        plan.stakeholder_mut(&s).expect("s").sponsor = true;
        let text = summary(&plan, Lang::En, today());
        assert!(
            text.starts_with("# \\# \\<img src=x onerror=alert(1)\\>\n"),
            "{text}"
        );
        assert!(
            text.contains("- **\\*\\*\\[click\\](javascript:x)\\*\\***"),
            "{text}"
        );
        // Every < and * of the user's text is escaped.
        let chars: Vec<char> = text.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if *c == '<' {
                assert_eq!(chars.get(i.wrapping_sub(1)), Some(&'\\'), "{text}");
            }
        }
    }

    #[test]
    fn an_empty_plan_has_a_summary_too() {
        for lang in Lang::ALL {
            let text = summary(&Plan::new(), lang, today());
            assert!(text.starts_with(&format!("# {}\n", Shell::Untitled.text(lang))));
            assert!(text.contains(StrategyText::NoneYet.text(lang)));
        }
    }
}
