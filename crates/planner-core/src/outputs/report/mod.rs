//! The printable report: one HTML document of the whole plan, in the interface language, for a
//! sponsor or a meeting, laid out by the app's stylesheet for the screen and for A4 or Letter.
//!
//! It opens with a cover (organisation, project, go-live, the report's date, each step's
//! status and the contents), then one section per chosen step, each at the chosen level of
//! [`Detail`], and ends with the checks' open findings. The charts are the app's own drawings
//! as SVG ([`charts`]). The report is written as document nodes ([`html::Node`]), never as
//! markup for the browser to parse: the app builds elements from them, text as text, so a name
//! such as `<img onerror=…>` stays text; [`document`] writes the same nodes out as escaped HTML
//! for the tests.
//!
//! The structure the stylesheet and the tests rely on: the cover is `#report-cover`; each
//! section is a `section.report-section` with `data-section` (see [`Section::code`]); every
//! table is a `table.report-table` whose rows must not split across a page.

mod charts;
pub use charts::{grid_frame, matrix_drawing};
pub mod html;

use chrono::NaiveDate;

use crate::checks::{run_step, status_of, Context, Finding, Severity};
use crate::dates::{long_date, short_date};
use crate::goals::coverage;
use crate::goals::matrix::Quadrant as GoalQuadrant;
use crate::goals::ranking::ranked;
use crate::i18n::{
    fill, GoalsText, Lang, PlansText, ProfileText, ReportText, Shell, StakeholdersText, StepText,
    StrategyText, Text, SECTION, TEXTBOOK,
};
use crate::ids::Id;
use crate::inputs::format_number;
use crate::method::{self, MethodText};
use crate::outputs::texts::{stakeholders_line, task_progress, OutputText};
use crate::plan::Plan;
use crate::plans::texts::task_count;
use crate::plans::workload::workload;
use crate::profile::texts::currency_unit;
use crate::profile::FunctionalLevel;
use crate::stakeholders::views::{quadrant_counts, unscored};
use crate::stakeholders::{Activity, Stakeholder};
use crate::steps::StepId;
use crate::strategy::views::kpi_line;
use html::{Fragment, Html};

/// A part of the report after its cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// Step 1: the register and the power/interest grid.
    Stakeholders,
    /// Step 2: business goals with their processes, people and software, KPIs and benefits.
    Strategy,
    /// Step 3: the ranked goals, the value/effort matrix and the area coverage.
    Goals,
    /// Step 4: the plans with the text's triple, the timeline and the workload.
    Plans,
    /// What the checks still find.
    Checks,
    /// The method coverage: each of the textbook's demands, met or not, with the evidence (as
    /// on "About the method"), for a teacher or a sponsor to see the method was followed.
    Method,
}

impl Section {
    /// The sections in the report's order.
    pub const ALL: [Section; 6] = [
        Section::Stakeholders,
        Section::Strategy,
        Section::Goals,
        Section::Plans,
        Section::Checks,
        Section::Method,
    ];

    /// A stable code for `data-section` and element ids.
    pub fn code(self) -> &'static str {
        match self {
            Section::Stakeholders => "stakeholders",
            Section::Strategy => "strategy",
            Section::Goals => "goals",
            Section::Plans => "plans",
            Section::Checks => "checks",
            Section::Method => "method",
        }
    }

    /// The step the section reports, if it is a step's.
    pub fn step(self) -> Option<StepId> {
        match self {
            Section::Stakeholders => Some(StepId::Stakeholders),
            Section::Strategy => Some(StepId::Strategy),
            Section::Goals => Some(StepId::Goals),
            Section::Plans => Some(StepId::Plans),
            Section::Checks | Section::Method => None,
        }
    }

    /// The section's heading: "Step 1. Engage the key stakeholders", or the checks' title.
    pub fn title(self, lang: Lang) -> String {
        match (self, self.step()) {
            (_, Some(step)) => StepText::numbered(step, lang),
            (Section::Method, None) => MethodText::CoverageTitle.text(lang).to_owned(),
            _ => OutputText::ChecksSection.text(lang).to_owned(),
        }
    }
}

/// How much the report says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Detail {
    /// Counts, the key people, the goals and the plans: a few pages for a sponsor.
    Summary,
    /// Every record and every task.
    #[default]
    Full,
}

/// What the user chose to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The sections after the cover, in any order (the report keeps its own).
    pub sections: Vec<Section>,
    /// The level of detail.
    pub detail: Detail,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            sections: Section::ALL.to_vec(),
            detail: Detail::Full,
        }
    }
}

/// What the checks find in each step, in the steps' order: the cover's statuses and the last
/// section. The app passes the findings it already has; [`findings`] runs the checks.
pub type StepFindings = Vec<(StepId, Vec<Finding>)>;

/// Runs every step's checks as of `today`.
pub fn findings(plan: &Plan, lang: Lang, today: NaiveDate) -> StepFindings {
    let cx = Context { today, lang };
    StepId::ALL
        .into_iter()
        .map(|step| (step, run_step(step, plan, &cx)))
        .collect()
}

/// The chosen sections in the report's order.
pub fn chosen(options: &Options) -> Vec<Section> {
    Section::ALL
        .into_iter()
        .filter(|s| options.sections.contains(s))
        .collect()
}

fn writer(plan: &Plan, lang: Lang, today: NaiveDate, detail: Detail) -> Report<'_> {
    Report {
        plan,
        lang,
        today,
        full: detail == Detail::Full,
        html: Html::default(),
        blocks: Vec::new(),
        nesting: 0,
        columns: Vec::new(),
        column: 0,
    }
}

/// The cover: the project, its dates, each step's status and the `chosen` sections'
/// contents. `today` is the report's date.
pub fn cover(
    plan: &Plan,
    lang: Lang,
    today: NaiveDate,
    findings: &StepFindings,
    chosen: &[Section],
) -> Fragment {
    let mut report = writer(plan, lang, today, Detail::Full);
    report.cover(findings, chosen);
    report.cut();
    Fragment(report.blocks.into_iter().flat_map(|f| f.0).collect())
}

/// One section, in pieces for the page to put in one after another (so that even the
/// large plan's report never holds the page for long): first the section itself, empty but
/// for its heading, then its blocks (tables, charts, records), each to be appended inside it.
pub fn section(
    plan: &Plan,
    lang: Lang,
    today: NaiveDate,
    findings: &StepFindings,
    section: Section,
    detail: Detail,
) -> Vec<Fragment> {
    let mut report = writer(plan, lang, today, detail);
    report.open_section(section);
    match section {
        Section::Stakeholders => report.stakeholders(),
        Section::Strategy => report.strategy(),
        Section::Goals => report.goals(),
        Section::Plans => report.plans(),
        Section::Checks => report.checks(findings),
        Section::Method => report.method(),
    }
    report.cut();
    report.blocks
}

/// The whole report of `plan` in `lang` as one HTML string: the cover, then each chosen
/// section with its blocks inside it. `today` is the report's date, and the day the checks
/// judge overdue tasks by.
pub fn document(plan: &Plan, lang: Lang, today: NaiveDate, options: &Options) -> String {
    let findings = findings(plan, lang, today);
    let chosen = chosen(options);
    let mut out = cover(plan, lang, today, &findings, &chosen).to_html();
    for s in chosen {
        let mut blocks = section(plan, lang, today, &findings, s, options.detail).into_iter();
        let shell = blocks.next().unwrap_or_default().to_html();
        let inner: String = blocks.map(|b| b.to_html()).collect();
        match shell.strip_suffix("</section>") {
            Some(open) => {
                out.push_str(open);
                out.push_str(&inner);
                out.push_str("</section>");
            }
            None => out.push_str(&shell),
        }
    }
    out
}

/// The print rule that puts the plan's name in the top margin of every page, as a style sheet
/// the app adds while the report is shown (the page numbers are in the static stylesheet).
pub fn page_rule(plan: &Plan, lang: Lang) -> String {
    format!(
        "@page {{ @top-left {{ content: {}; }} }}",
        html::css_string(&plan_title(plan, lang))
    )
}

/// The plan's name, or "Untitled project".
fn plan_title(plan: &Plan, lang: Lang) -> String {
    match plan.display_name().trim() {
        "" => Shell::Untitled.text(lang).to_owned(),
        name => name.to_owned(),
    }
}

/// The report being written.
struct Report<'a> {
    plan: &'a Plan,
    lang: Lang,
    today: NaiveDate,
    full: bool,
    html: Html,
    /// The blocks written so far (see [`section`]).
    blocks: Vec<Fragment>,
    /// How many records (`<article>`) are open: a block ends only outside them.
    nesting: usize,
    /// The open table's column headers, for each cell's `data-label` (a phone shows a row as
    /// a card of labelled values), and the next cell's column.
    columns: Vec<String>,
    column: usize,
}

impl Report<'_> {
    /// Ends the block being written: what follows starts a new one.
    fn cut(&mut self) {
        if self.nesting > 0 {
            return;
        }
        let html = std::mem::take(&mut self.html).finish();
        if !html.is_empty() {
            self.blocks.push(html);
        }
    }

    /// Opens a record's `<article>`.
    fn open_article(&mut self, attrs: &[(&'static str, &str)]) {
        self.html.open("article", attrs);
        self.nesting += 1;
    }

    /// Closes a record's `<article>`, ending the block.
    fn close_article(&mut self) {
        self.html.close("article");
        self.nesting = self.nesting.saturating_sub(1);
        self.cut();
    }

    /// A text in the report's language.
    fn t(&self, key: impl Text) -> &'static str {
        key.text(self.lang)
    }

    /// "not set".
    fn not_set(&self) -> &'static str {
        self.t(PlansText::NotSet)
    }

    fn date(&self, date: Option<NaiveDate>) -> String {
        date.map_or_else(|| self.not_set().to_owned(), |d| long_date(d, self.lang))
    }

    fn count(&self, n: usize) -> String {
        format_number(n as f64, self.lang)
    }

    /// The name of a stakeholder, or "not set".
    fn person(&self, id: Option<&Id>) -> String {
        id.and_then(|id| self.plan.stakeholder_name(id))
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map_or_else(|| self.not_set().to_owned(), str::to_owned)
    }

    fn h(&mut self, level: &'static str, text: &str) {
        self.html.el(level, &[], text);
    }

    fn p(&mut self, class: &str, text: &str) {
        if class.is_empty() {
            self.html.el("p", &[], text);
        } else {
            self.html.el("p", &[("class", class)], text);
        }
    }

    /// A paragraph of user text, kept with its line breaks; nothing when empty.
    fn prose(&mut self, text: &str) {
        if !text.trim().is_empty() {
            self.html.el("p", &[("class", "report-prose")], text.trim());
        }
    }

    /// A `<dl>` of label/value pairs; pairs without a value are left out.
    fn facts(&mut self, class: &str, pairs: &[(&str, String)]) {
        self.html.open("dl", &[("class", class)]);
        for (label, value) in pairs.iter().filter(|(_, v)| !v.trim().is_empty()) {
            self.html.open("div", &[]);
            self.html.el("dt", &[], label.trim_end_matches(':'));
            self.html.el("dd", &[], value.trim());
            self.html.close("div");
        }
        self.html.close("dl");
    }

    /// Opens a table with its header row; the caller writes the body rows with [`Self::row`].
    fn open_table(&mut self, id: &str, class: &str, headers: &[&str]) {
        self.html
            .open("div", &[("class", "table-scroll"), ("tabindex", "0")]);
        let class = format!("report-table {class}");
        if id.is_empty() {
            self.html.open("table", &[("class", &class)]);
        } else {
            self.html.open("table", &[("class", &class), ("id", id)]);
        }
        self.columns = headers.iter().map(|h| (*h).to_owned()).collect();
        self.html.open("thead", &[]);
        self.html.open("tr", &[]);
        for header in headers {
            self.html.el("th", &[("scope", "col")], header);
        }
        self.html.close("tr");
        self.html.close("thead");
        self.html.open("tbody", &[]);
    }

    fn close_table(&mut self) {
        self.html.close("tbody");
        self.html.close("table");
        self.html.close("div");
        self.cut();
    }

    /// Opens a body row.
    fn tr(&mut self, attrs: &[(&'static str, &str)]) {
        self.column = 0;
        self.html.open("tr", attrs);
    }

    /// The label of the next cell's column, and moves on to the next column.
    fn next_label(&mut self) -> String {
        let label = self.columns.get(self.column).cloned().unwrap_or_default();
        self.column += 1;
        label
    }

    /// Opens the next cell, a row header or a data cell, with its column's label.
    fn open_cell(&mut self, tag: &'static str, class: &str) {
        let label = self.next_label();
        let mut attrs = vec![("data-label", label.as_str())];
        if tag == "th" {
            attrs.push(("scope", "row"));
        }
        if !class.is_empty() {
            attrs.push(("class", class));
        }
        self.html.open(tag, &attrs);
    }

    /// The next cell as a data cell.
    fn td(&mut self, class: &str, text: &str) {
        self.open_cell("td", class);
        self.html.text(text);
        self.html.close("td");
    }

    /// The next cell as the row's header.
    fn th(&mut self, text: &str) {
        self.open_cell("th", "");
        self.html.text(text);
        self.html.close("th");
    }

    /// A body row: the first cell a row header.
    fn row(&mut self, cells: &[&str]) {
        self.tr(&[]);
        for (i, cell) in cells.iter().enumerate() {
            if i == 0 {
                self.th(cell);
            } else {
                self.td("", cell);
            }
        }
        self.html.close("tr");
    }

    /// A list of texts; `none` when empty.
    fn list(&mut self, class: &str, items: &[String]) {
        if items.is_empty() {
            let none = self.t(StrategyText::NoneYet);
            self.p("muted", none);
            return;
        }
        self.html.open("ul", &[("class", class)]);
        for item in items {
            self.html.el("li", &[], item);
        }
        self.html.close("ul");
    }

    fn open_section(&mut self, section: Section) {
        let id = format!("report-{}", section.code());
        self.html.open(
            "section",
            &[
                ("class", "report-section"),
                ("id", &id),
                ("data-section", section.code()),
            ],
        );
        let title = section.title(self.lang);
        self.h("h2", &title);
        self.html.close("section");
        self.cut();
    }

    fn cover(&mut self, findings: &[(StepId, Vec<Finding>)], chosen: &[Section]) {
        let plan = self.plan;
        let lang = self.lang;
        self.html.open(
            "section",
            &[("class", "report-cover"), ("id", "report-cover")],
        );
        self.p("report-kicker", self.t(ReportText::Kicker));
        let title = plan_title(plan, lang);
        self.html.el("h1", &[("id", "report-title")], &title);
        let profile = &plan.profile;
        let units = profile
            .units
            .iter()
            .map(|u| u.name.trim())
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
            .join("; ");
        self.facts(
            "report-facts",
            &[
                (
                    self.t(ProfileText::Organisation),
                    profile.organisation.clone(),
                ),
                (self.t(ProfileText::Industry), profile.industry.clone()),
                (self.t(ProfileText::GoLive), self.date(profile.go_live)),
                (self.t(ReportText::ReportDate), long_date(self.today, lang)),
                (self.t(ProfileText::UnitsSection), units),
            ],
        );
        self.h("h2", self.t(ReportText::StepsStatus));
        self.open_table(
            "report-status",
            "report-status",
            &[
                self.t(ReportText::Step),
                self.t(PlansText::Status),
                self.t(Shell::Blocking),
                self.t(Shell::Warnings),
            ],
        );
        for (step, list) in findings {
            let status = status_of(*step, plan, list);
            let blocking = list
                .iter()
                .filter(|f| f.severity == Severity::Blocking)
                .count();
            let warnings = list.len() - blocking;
            let name = StepText::numbered(*step, lang);
            self.tr(&[("data-step", step.slug())]);
            self.th(&name);
            self.open_cell("td", "");
            self.html.el(
                "span",
                &[
                    ("class", &format!("badge status-{}", status.code())),
                    ("data-status", status.code()),
                ],
                StepText::status(status).text(lang),
            );
            self.html.close("td");
            self.td("num", &self.count(blocking));
            self.td("num", &self.count(warnings));
            self.html.close("tr");
        }
        self.close_table();
        if chosen.is_empty() {
            self.p("muted", self.t(ReportText::NothingChosen));
        } else {
            self.h("h2", self.t(ReportText::Contents));
            self.html.open("ol", &[("class", "report-contents")]);
            for section in chosen {
                let href = format!("#report-{}", section.code());
                self.html.open("li", &[]);
                self.html.el(
                    "a",
                    &[("href", &href), ("data-jump", "")],
                    &section.title(lang),
                );
                self.html.close("li");
            }
            self.html.close("ol");
        }
        self.html.close("section");
    }

    // Step 1.

    fn stakeholders(&mut self) {
        let plan = self.plan;
        let lang = self.lang;
        let all = &plan.stakeholders;
        if all.is_empty() {
            self.p("muted", self.t(StrategyText::NoneYet));
            return;
        }
        self.p("", &stakeholders_line(plan, lang));
        if self.full {
            self.register();
        } else {
            self.by_quadrant();
            self.key_stakeholders();
        }
        self.h("h3", self.t(StakeholdersText::GridTitle));
        self.html.open("figure", &[("class", "report-figure")]);
        charts::power_interest_grid(&mut self.html, plan, lang);
        let unscored: Vec<String> = unscored(plan).into_iter().map(|(_, name)| name).collect();
        if !unscored.is_empty() {
            let caption = format!(
                "{} {}",
                self.t(StakeholdersText::NotOnGrid),
                unscored.join(", ")
            );
            self.html.el("figcaption", &[("class", "muted")], &caption);
        }
        self.html.close("figure");
        self.cut();
        if self.full {
            self.expectations();
        }
    }

    fn by_quadrant(&mut self) {
        self.h("h3", self.t(OutputText::ByQuadrant));
        self.open_table(
            "",
            "report-counts",
            &[
                self.t(StakeholdersText::FilterQuadrant),
                self.t(ReportText::Count),
            ],
        );
        let (counts, unscored) = quadrant_counts(self.plan);
        for (q, n) in counts {
            let count = self.count(n);
            self.row(&[self.t(StakeholdersText::quadrant(q)), &count]);
        }
        if unscored > 0 {
            let count = self.count(unscored);
            self.row(&[self.t(StakeholdersText::Unscored), &count]);
        }
        self.close_table();
    }

    fn key_stakeholders(&mut self) {
        let key: Vec<&Stakeholder> = self
            .plan
            .stakeholders
            .iter()
            .filter(|s| s.is_key())
            .collect();
        if key.is_empty() {
            return;
        }
        self.h("h3", self.t(OutputText::KeyStakeholders));
        self.p("muted", self.t(OutputText::KeyStakeholdersIntro));
        self.stakeholder_table(&key);
    }

    fn register(&mut self) {
        self.h("h3", self.t(StakeholdersText::RegisterSection));
        let all: Vec<&Stakeholder> = self.plan.stakeholders.iter().collect();
        self.stakeholder_table(&all);
    }

    /// The register's table: one row per stakeholder, numbered.
    fn stakeholder_table(&mut self, list: &[&Stakeholder]) {
        let lang = self.lang;
        self.open_table(
            "",
            "report-register",
            &[
                self.t(ReportText::Number),
                self.t(StakeholdersText::Name),
                self.t(StakeholdersText::Category),
                self.t(StakeholdersText::AxisPower),
                self.t(StakeholdersText::AxisInterest),
                self.t(StakeholdersText::FilterQuadrant),
                self.t(StakeholdersText::GapTitle),
            ],
        );
        for s in list {
            let number = self
                .plan
                .stakeholders
                .iter()
                .position(|x| x.id == s.id)
                .map_or(0, |i| i + 1);
            self.tr(&[("data-id", &s.id.to_string())]);
            self.td("num", &number.to_string());
            self.open_cell("th", "");
            self.html
                .el("span", &[("class", "report-name")], s.name.trim());
            let unit = s
                .unit
                .as_ref()
                .and_then(|u| self.plan.profile.units.iter().find(|x| &x.id == u))
                .map(|u| u.name.trim().to_owned())
                .unwrap_or_default();
            let role: Vec<&str> = [s.position.trim(), s.organisation.trim(), unit.as_str()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect();
            if !role.is_empty() {
                self.html
                    .el("span", &[("class", "report-sub")], &role.join(", "));
            }
            if s.sponsor && s.is_analysed() {
                let sponsor = self.t(StakeholdersText::Sponsor);
                self.html.el("span", &[("class", "badge sponsor")], sponsor);
            }
            if s.team {
                let team = self.t(StakeholdersText::TeamBadge);
                self.html.el("span", &[("class", "badge team")], team);
            }
            self.html.close("th");
            self.td("", self.t(StakeholdersText::category(s.category)));
            if s.team {
                // Not analysed: no scores, quadrant or attitudes to show, whatever is kept.
                for class in ["num", "num", "", ""] {
                    self.td(class, "—");
                }
                self.html.close("tr");
                continue;
            }
            let score = |v: Option<u8>| v.map_or_else(|| "—".to_owned(), |v| v.to_string());
            self.td("num", &score(s.power));
            self.td("num", &score(s.interest));
            let quadrant = s
                .quadrant()
                .map_or(self.t(StakeholdersText::Unscored), |q| {
                    StakeholdersText::quadrant(q).text(lang)
                });
            self.td("", quadrant);
            // A desired attitude not chosen yet is a dash, as an unscored power is.
            let attitude = format!(
                "{} → {}",
                self.t(StakeholdersText::attitude(s.current_attitude)),
                s.desired_attitude
                    .map_or("—", |a| self.t(StakeholdersText::attitude(a)))
            );
            self.td("", &attitude);
            self.html.close("tr");
        }
        self.close_table();
    }

    /// What each stakeholder expects, fears and how they are engaged, and the activities they
    /// take part in: for those with any of it.
    fn expectations(&mut self) {
        let lang = self.lang;
        let rows: Vec<&Stakeholder> = self
            .plan
            .analysed_stakeholders()
            .filter(|s| {
                !(s.expected_results.trim().is_empty()
                    && s.concerns.trim().is_empty()
                    && s.engagement.trim().is_empty()
                    && s.activities.is_empty())
            })
            .collect();
        if rows.is_empty() {
            return;
        }
        self.h("h3", self.t(ReportText::Expectations));
        self.open_table(
            "",
            "report-expectations",
            &[
                self.t(StakeholdersText::Name),
                self.t(StakeholdersText::Expected),
                self.t(StakeholdersText::Concerns),
                self.t(StakeholdersText::Engagement),
                self.t(StakeholdersText::Activities),
            ],
        );
        for s in rows {
            let activities: Vec<&str> = Activity::ALL
                .into_iter()
                .filter(|a| s.takes_part_in(*a))
                .map(|a| StakeholdersText::activity(a).text(lang))
                .collect();
            let activities = activities.join("; ");
            self.row(&[
                s.name.trim(),
                s.expected_results.trim(),
                s.concerns.trim(),
                s.engagement.trim(),
                &activities,
            ]);
        }
        self.close_table();
    }

    // Step 2.

    fn strategy(&mut self) {
        let plan = self.plan;
        let strategy = &plan.strategy;
        if !strategy.vision.trim().is_empty() {
            self.h("h3", self.t(StrategyText::VisionSection));
            self.prose(&strategy.vision);
        }
        self.h("h3", self.t(StrategyText::GoalsSection));
        if strategy.goals.is_empty() {
            self.p("muted", self.t(StrategyText::NoneYet));
        }
        for goal in &strategy.goals {
            self.open_article(&[("class", "report-block")]);
            self.h("h4", goal.name.trim());
            if self.full {
                self.prose(&goal.description);
                self.goal_links(&goal.id);
            }
            let kpis: Vec<String> = strategy
                .kpis_of(&goal.id)
                .map(|k| kpi_line(k, plan, self.lang))
                .collect();
            self.html.el("h5", &[], self.t(StrategyText::TraceKpis));
            self.list("report-kpis", &kpis);
            if self.full {
                let benefits: Vec<String> = strategy
                    .benefits_of(&goal.id)
                    .map(|b| self.benefit_line(b))
                    .collect();
                self.html.el("h5", &[], self.t(StrategyText::TraceBenefits));
                self.list("report-benefits", &benefits);
            }
            self.close_article();
        }
        let loose: Vec<String> = strategy
            .kpis
            .iter()
            .filter(|k| !k.goals.iter().any(|g| strategy.goal(g).is_some()))
            .map(|k| kpi_line(k, plan, self.lang))
            .collect();
        if !loose.is_empty() {
            self.h("h3", self.t(OutputText::KpisWithoutGoal));
            self.list("report-kpis", &loose);
        }
        if self.full {
            let loose: Vec<String> = strategy
                .benefits
                .iter()
                .filter(|b| !b.goals.iter().any(|g| strategy.goal(g).is_some()))
                .map(|b| self.benefit_line(b))
                .collect();
            if !loose.is_empty() {
                self.h("h3", self.t(ReportText::OtherBenefits));
                self.list("report-benefits", &loose);
            }
        }
    }

    /// "Name (tangible): description".
    fn benefit_line(&self, b: &crate::strategy::Benefit) -> String {
        let kind = if b.tangible {
            self.t(StrategyText::TangibleShort)
        } else {
            self.t(StrategyText::IntangibleShort)
        };
        match b.description.trim() {
            "" => format!("{} ({kind})", b.name.trim()),
            d => format!("{} ({kind}): {d}", b.name.trim()),
        }
    }

    /// The processes a business goal goes through, each with its area, people and software.
    fn goal_links(&mut self, goal: &Id) {
        let strategy = &self.plan.strategy;
        let links: Vec<_> = strategy.links_of(goal).collect();
        if links.is_empty() {
            return;
        }
        let names = |ids: &[Id]| {
            ids.iter()
                .filter_map(|id| strategy.name_of(id))
                .map(str::trim)
                .collect::<Vec<_>>()
                .join("; ")
        };
        self.open_table(
            "",
            "report-links",
            &[
                self.t(StrategyText::Process),
                self.t(StrategyText::Area),
                self.t(StrategyText::LinkPeople),
                self.t(StrategyText::LinkSoftware),
            ],
        );
        for link in links {
            let Some(process) = strategy.processes.iter().find(|p| p.id == link.process) else {
                continue;
            };
            // A process whose area is not chosen yet is in no area: a dash.
            let area = process
                .area
                .map_or("—", |a| GoalsText::area(a).text(self.lang));
            let (people, software) = (names(&link.people), names(&link.software));
            self.row(&[process.name.trim(), area, &people, &software]);
        }
        self.close_table();
    }

    // Step 3.

    fn goals(&mut self) {
        let plan = self.plan;
        let lang = self.lang;
        let goals = ranked(plan);
        if goals.is_empty() {
            self.p("muted", self.t(StrategyText::NoneYet));
        } else {
            self.h("h3", self.t(GoalsText::GoalsSection));
            self.open_table(
                "report-ranked",
                "report-ranked",
                &[
                    self.t(OutputText::Rank),
                    self.t(GoalsText::Name),
                    self.t(GoalsText::Priority),
                    self.t(GoalsText::Value),
                    self.t(GoalsText::Effort),
                    self.t(OutputText::GoalQuadrant),
                    self.t(GoalsText::TargetDate),
                ],
            );
            for (i, g) in goals.iter().enumerate() {
                let priority = g
                    .priority
                    .map_or(self.not_set(), |p| GoalsText::priority(p).text(lang));
                let score = |s: Option<u8>| s.map_or_else(|| "—".to_owned(), |s| s.to_string());
                let quadrant = match (g.value, g.effort) {
                    (Some(v), Some(e)) => GoalsText::quadrant(GoalQuadrant::of(v, e)).text(lang),
                    _ => "—",
                };
                let target = g
                    .target_date
                    .map_or_else(|| "—".to_owned(), |d| short_date(d, lang));
                self.tr(&[]);
                self.td("num", &(i + 1).to_string());
                self.th(g.name.trim());
                self.td("", priority);
                self.td("num", &score(g.value));
                self.td("num", &score(g.effort));
                self.td("", quadrant);
                self.td("date", &target);
                self.html.close("tr");
            }
            self.close_table();
        }
        self.html
            .open("figure", &[("class", "report-figure report-matrix")]);
        charts::value_effort_matrix(&mut self.html, plan, lang);
        self.html.close("figure");
        self.cut();
        self.coverage();
        if self.full && !goals.is_empty() {
            self.goal_details();
        }
        if self.full {
            self.out_of_scope();
        }
    }

    fn coverage(&mut self) {
        let plan = self.plan;
        let lang = self.lang;
        self.h("h3", self.t(GoalsText::CoverageTitle));
        let mut headers = vec![self.t(GoalsText::Area)];
        headers.extend(FunctionalLevel::ALL.map(|l| ProfileText::level(l).text(lang)));
        self.open_table("report-coverage", "coverage", &headers);
        for area in coverage::areas(plan) {
            let in_scope = plan.scope_decision(area).is_some_and(|d| d.in_scope);
            self.tr(&[]);
            self.th(GoalsText::area(area).text(lang));
            for level in FunctionalLevel::ALL {
                let n = coverage::cell(plan, area, level);
                let class = match (n, in_scope) {
                    (0, true) => "num gap",
                    (0, false) => "num",
                    _ => "num covered",
                };
                let count = self.count(n);
                self.td(class, &count);
            }
            self.html.close("tr");
        }
        self.close_table();
    }

    fn goal_details(&mut self) {
        let plan = self.plan;
        let lang = self.lang;
        self.h("h3", self.t(ReportText::GoalDetails));
        for (i, g) in ranked(plan).into_iter().enumerate() {
            self.open_article(&[("class", "report-block")]);
            self.h("h4", &format!("{}. {}", i + 1, g.name.trim()));
            self.prose(&g.description);
            let business = g
                .business_goal
                .as_ref()
                .and_then(|id| plan.strategy.goal(id))
                .map(|b| b.name.trim().to_owned())
                .unwrap_or_default();
            let kpis = g
                .kpis
                .iter()
                .filter_map(|k| plan.strategy.kpis.iter().find(|x| &x.id == k))
                .map(|k| k.name.trim())
                .collect::<Vec<_>>()
                .join("; ");
            let areas = g
                .areas
                .iter()
                .map(|a| GoalsText::area(*a).text(lang))
                .collect::<Vec<_>>()
                .join("; ");
            let units = g
                .units
                .iter()
                .filter_map(|u| plan.profile.units.iter().find(|x| &x.id == u))
                .map(|u| u.name.trim())
                .collect::<Vec<_>>()
                .join("; ");
            let resistance = g
                .resistance
                .map(|r| GoalsText::resistance(r).text(lang).to_owned())
                .unwrap_or_default();
            self.facts(
                "report-facts compact",
                &[
                    (self.t(GoalsText::BusinessGoal), business),
                    (self.t(GoalsText::Kpis), kpis),
                    (self.t(GoalsText::Areas), areas),
                    (self.t(GoalsText::Units), units),
                    (self.t(GoalsText::Resistance), resistance),
                    (self.t(GoalsText::Causes), g.resistance_causes.clone()),
                    (self.t(GoalsText::Mitigation), g.mitigation.clone()),
                ],
            );
            self.close_article();
        }
    }

    fn out_of_scope(&mut self) {
        let lang = self.lang;
        let out: Vec<String> = self
            .plan
            .scope
            .iter()
            .filter(|d| !d.in_scope)
            .map(|d| {
                let area = GoalsText::area(d.area).text(lang);
                match d.reason.trim() {
                    "" => area.to_owned(),
                    reason => format!("{area}: {reason}"),
                }
            })
            .collect();
        if out.is_empty() {
            return;
        }
        self.h("h3", self.t(GoalsText::OutOfScope));
        self.list("report-scope", &out);
    }

    // Step 4.

    fn plans(&mut self) {
        let plan = self.plan;
        let lang = self.lang;
        if plan.plans.is_empty() {
            self.p("muted", self.t(StrategyText::NoneYet));
            return;
        }
        for p in &plan.plans {
            self.open_article(&[
                ("class", "report-block report-plan"),
                ("data-id", &p.id.to_string()),
            ]);
            let name = match p.name.trim() {
                "" => self.not_set(),
                n => n,
            };
            self.h("h3", name);
            let indicators = p
                .indicators
                .iter()
                .filter_map(|k| plan.strategy.kpis.iter().find(|x| &x.id == k))
                .map(|k| k.name.trim())
                .collect::<Vec<_>>()
                .join("; ");
            let indicators = if indicators.is_empty() {
                self.not_set().to_owned()
            } else {
                indicators
            };
            // The text's triple first, as on the plan cards.
            self.facts(
                "triple",
                &[
                    (
                        self.t(PlansText::Responsible),
                        self.person(p.responsible.as_ref()),
                    ),
                    (self.t(PlansText::Indicators), indicators),
                    (self.t(PlansText::Deadline), self.date(p.deadline)),
                ],
            );
            let goals = p
                .goals
                .iter()
                .filter_map(|g| plan.implementation_goal(g))
                .map(|g| g.name.trim())
                .collect::<Vec<_>>()
                .join("; ");
            let budget_label = fill(
                self.t(PlansText::Budget),
                &[currency_unit(plan.profile.currency, lang)],
            );
            let budget = p.budget.map(|b| format_number(b, lang)).unwrap_or_default();
            let start = p.start.map(|d| long_date(d, lang)).unwrap_or_default();
            self.facts(
                "report-facts compact",
                &[
                    (
                        self.t(PlansText::Status),
                        self.t(PlansText::plan_status(p.status)).to_owned(),
                    ),
                    (self.t(PlansText::Start), start),
                    (&budget_label, budget),
                    (self.t(PlansText::Goals), goals),
                ],
            );
            self.task_summary(p);
            if self.full && !p.tasks.is_empty() {
                self.tasks(p);
            }
            self.close_article();
        }
        self.h("h3", self.t(PlansText::TimelineTitle));
        self.p("muted", self.t(ReportText::TimelineNote));
        self.cut();
        self.blocks
            .extend(charts::timeline(plan, lang, self.today, self.full));
        self.workload();
    }

    /// "6 tasks: 2 done, average progress 40%; 1 overdue".
    fn task_summary(&mut self, p: &crate::plans::ImplementationPlan) {
        match task_progress(p, self.lang, self.today) {
            Some(line) => self.p("report-tasks-summary", &line),
            None => self.p("muted", &task_count(self.lang, 0)),
        }
    }

    fn tasks(&mut self, p: &crate::plans::ImplementationPlan) {
        let lang = self.lang;
        self.open_table(
            "",
            "report-tasks",
            &[
                self.t(PlansText::TaskTitle),
                self.t(PlansText::Owner),
                self.t(PlansText::Start),
                self.t(PlansText::Due),
                self.t(PlansText::Status),
                self.t(PlansText::Progress),
            ],
        );
        for task in &p.tasks {
            let dash =
                |d: Option<NaiveDate>| d.map_or_else(|| "—".to_owned(), |d| short_date(d, lang));
            let overdue = task.is_overdue(self.today);
            self.tr(&[("data-id", &task.id.to_string())]);
            self.open_cell("th", "");
            self.html.text(task.title.trim());
            if task.milestone {
                self.html
                    .el("span", &[("class", "badge")], self.t(PlansText::Milestone));
            }
            if overdue {
                self.html.el(
                    "span",
                    &[("class", "badge overdue")],
                    self.t(PlansText::Overdue),
                );
            }
            if !task.deliverable.trim().is_empty() {
                let deliverable = format!(
                    "{}: {}",
                    self.t(PlansText::Deliverable),
                    task.deliverable.trim()
                );
                self.html
                    .el("span", &[("class", "report-sub")], &deliverable);
            }
            self.html.close("th");
            let owner = match task.owner {
                Some(_) => self.person(task.owner.as_ref()),
                None => "—".to_owned(),
            };
            self.td("", &owner);
            self.td("date", &dash(task.start));
            self.td("date", &dash(task.due));
            self.td("", self.t(PlansText::task_status(task.status)));
            self.td("num", &task.progress.min(100).to_string());
            self.html.close("tr");
        }
        self.close_table();
    }

    fn workload(&mut self) {
        let plan = self.plan;
        let lang = self.lang;
        self.h("h3", self.t(PlansText::WorkloadTitle));
        let loads = workload(plan);
        if loads.is_empty() {
            self.p("muted", self.t(PlansText::NoWorkload));
            return;
        }
        self.open_table(
            "report-workload",
            "report-workload",
            &[
                self.t(PlansText::Person),
                self.t(PlansText::OpenTasks),
                self.t(PlansText::Peak),
            ],
        );
        for load in loads {
            let name = plan
                .stakeholder_name(&load.person)
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .unwrap_or(self.t(PlansText::Unknown))
                .to_owned();
            let mut peak = self.count(load.peak);
            if let Some(day) = load.peak_day {
                peak.push_str(&format!(" ({})", short_date(day, lang)));
            }
            if load.overloaded() {
                peak.push_str(&format!(" — {}", self.t(PlansText::Overloaded)));
            }
            let open = self.count(load.open_tasks);
            self.tr(&[("class", if load.overloaded() { "overloaded" } else { "" })]);
            self.th(&name);
            self.td("num", &open);
            self.td("", &peak);
            self.html.close("tr");
        }
        self.close_table();
    }

    // The checks.

    fn checks(&mut self, findings: &[(StepId, Vec<Finding>)]) {
        let lang = self.lang;
        if findings.iter().all(|(_, list)| list.is_empty()) {
            self.p("", self.t(ReportText::NoChecks));
            return;
        }
        for (step, list) in findings {
            if list.is_empty() {
                continue;
            }
            let status = status_of(*step, self.plan, list);
            self.open_article(&[("class", "report-block"), ("data-step", step.slug())]);
            let heading = format!(
                "{} — {}",
                StepText::numbered(*step, lang),
                StepText::status(status).text(lang)
            );
            self.h("h3", &heading);
            for (severity, title, class) in [
                (Severity::Blocking, Shell::Blocking, "blocking"),
                (Severity::Warning, Shell::Warnings, "warning"),
            ] {
                let items: Vec<String> = list
                    .iter()
                    .filter(|f| f.severity == severity)
                    .map(|f| f.message.clone())
                    .collect();
                if items.is_empty() {
                    continue;
                }
                let heading = format!("{} ({})", title.text(lang), self.count(items.len()));
                self.html.el(
                    "h4",
                    &[("class", &format!("findings-title {class}"))],
                    &heading,
                );
                self.list(&format!("finding-list {class}"), &items);
            }
            self.close_article();
        }
    }

    /// The method coverage, as "About the method" shows it: how many of the textbook's demands
    /// the plan meets, then each step's demands with their status and what the plan holds.
    fn method(&mut self) {
        let lang = self.lang;
        let cx = Context {
            today: self.today,
            lang,
        };
        let lines = method::coverage(self.plan, &cx);
        let (met, all) = method::met_count(&lines);
        let share = (met * 100).checked_div(all).unwrap_or(0);
        let summary = fill(
            MethodText::Summary.text(lang),
            &[&met.to_string(), &all.to_string(), &share.to_string()],
        );
        self.p("coverage-summary", &summary);
        if !self.full {
            // The summary names only what is still to do.
            let open: Vec<String> = lines
                .iter()
                .filter(|l| !l.met)
                .map(|l| l.demand.text().text(lang).to_owned())
                .collect();
            if !open.is_empty() {
                self.html.el("h3", &[], MethodText::NotMet.text(lang));
                self.list("method-open", &open);
            }
            return;
        }
        let source = fill(MethodText::Source.text(lang), &[TEXTBOOK, SECTION]);
        self.p("muted", &source);
        for step in StepId::ALL {
            let demands: Vec<_> = lines.iter().filter(|l| l.demand.step() == step).collect();
            if demands.is_empty() {
                continue;
            }
            self.h("h3", &StepText::numbered(step, lang));
            let headers = [
                self.t(MethodText::Demand),
                self.t(MethodText::Status),
                self.t(MethodText::Evidence),
            ];
            let id = format!("report-method-{}", step.slug());
            self.open_table(&id, "method-coverage", &headers);
            for line in demands {
                let (mark, status, class) = if line.met {
                    ("✓", MethodText::Met, "met")
                } else {
                    ("○", MethodText::NotMet, "not-met")
                };
                self.tr(&[("data-met", if line.met { "true" } else { "false" })]);
                self.th(line.demand.text().text(lang));
                self.td(class, &format!("{mark} {}", status.text(lang)));
                self.td("", &line.evidence);
                self.html.close("tr");
            }
            self.close_table();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example;
    use crate::generate::{large_plan, LARGE};
    use crate::stakeholders::Category;
    use crate::strategy::views::kpi_sentence;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
    }

    /// The text of an HTML fragment: tags dropped, the entities the writer makes decoded.
    fn text_of(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    out.push(' ');
                }
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    /// Whether every tag opened is closed, in order (SVG's and HTML's alike).
    fn balanced(html: &str) -> bool {
        let mut open: Vec<&str> = Vec::new();
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            let Some(end) = rest[start..].find('>') else {
                return false;
            };
            let tag = &rest[start + 1..start + end];
            rest = &rest[start + end + 1..];
            let name = tag.split([' ', '/']).find(|s| !s.is_empty()).unwrap_or("");
            if let Some(closing) = tag.strip_prefix('/') {
                if open.pop() != Some(closing) {
                    return false;
                }
            } else {
                open.push(name);
            }
        }
        open.is_empty()
    }

    #[test]
    fn the_full_report_has_a_cover_every_section_and_every_stakeholder() {
        for lang in Lang::ALL {
            let plan = example::plan(lang);
            let html = document(&plan, lang, today(), &Options::default());
            assert!(balanced(&html), "{lang:?}: unbalanced markup");
            assert!(html.starts_with("<section class=\"report-cover\""));
            let text = text_of(&html);
            assert!(text.contains(plan.display_name()), "{lang:?}: project name");
            assert!(
                text.contains(&long_date(today(), lang)),
                "{lang:?}: report date"
            );
            for section in Section::ALL {
                let marker = format!("data-section=\"{}\"", section.code());
                assert_eq!(html.matches(&marker).count(), 1, "{lang:?}: {section:?}");
                assert!(
                    text.contains(&section.title(lang)),
                    "{lang:?}: {section:?} title"
                );
            }
            for s in &plan.stakeholders {
                assert!(text.contains(s.name.trim()), "{lang:?}: {}", s.name);
            }
            for task in plan.plans.iter().flat_map(|p| &p.tasks) {
                assert!(text.contains(task.title.trim()), "{lang:?}: {}", task.title);
            }
            for kpi in &plan.strategy.kpis {
                let sentence = kpi_sentence(kpi, lang).unwrap_or_else(|| kpi.name.clone());
                assert!(text.contains(&sentence), "{lang:?}: {sentence}");
            }
            for chart in ["stakeholder-grid", "matrix", "timeline"] {
                assert!(
                    html.contains(&format!("<svg class=\"{chart}")),
                    "{lang:?}: {chart}"
                );
            }
            // Every step's status on the cover, each a row of its own.
            assert_eq!(html.matches("<tr data-step=").count(), StepId::ALL.len());
        }
    }

    #[test]
    fn the_method_section_lists_every_demand_met_on_the_example_and_not_on_an_empty_plan() {
        for lang in Lang::ALL {
            let plan = example::plan(lang);
            let cx = Context {
                today: today(),
                lang,
            };
            let lines = method::coverage(&plan, &cx);
            let html = document(
                &plan,
                lang,
                today(),
                &Options {
                    sections: vec![Section::Method],
                    detail: Detail::Full,
                },
            );
            assert!(balanced(&html), "{lang:?}: unbalanced markup");
            assert_eq!(
                html.matches("<tr data-met=\"true\"").count(),
                lines.len(),
                "{lang:?}: every demand met on the example"
            );
            let text = text_of(&html);
            for line in &lines {
                assert!(text.contains(line.demand.text().text(lang)), "{lang:?}");
                assert!(text.contains(&line.evidence), "{lang:?}: {}", line.evidence);
            }
            assert!(text.contains(TEXTBOOK), "{lang:?}: the source named");
        }
        let empty = document(
            &Plan::new(),
            Lang::En,
            today(),
            &Options {
                sections: vec![Section::Method],
                detail: Detail::Summary,
            },
        );
        assert!(!empty.contains("data-met=\"true\""), "{empty}");
        let text = text_of(&empty);
        assert!(
            text.contains("0 of 11 textbook demands met (0 %)"),
            "{text}"
        );
        // The summary lists what is still to do, without the table.
        let open = empty
            .split("class=\"method-open\"")
            .nth(1)
            .unwrap_or_default();
        assert_eq!(open.matches("<li>").count(), 11, "{empty}");
    }

    #[test]
    fn the_register_marks_the_project_team_and_shows_no_analysis_for_them() {
        let mut plan = example::plan(Lang::Ru);
        let id = plan.add_team_member("Азиз Каримов");
        // What was entered before they joined the team is kept, not shown.
        if let Some(s) = plan.stakeholder_mut(&id) {
            s.power = Some(5);
            s.interest = Some(5);
            s.sponsor = true;
            s.expected_results = "Скрытое".into();
        }
        let html = document(&plan, Lang::Ru, today(), &Options::default());
        assert!(balanced(&html));
        let row = html
            .split(&format!("<tr data-id=\"{id}\""))
            .nth(1)
            .and_then(|rest| rest.split("</tr>").next())
            .expect("the team member's row");
        assert!(
            row.contains("<span class=\"badge team\">Команда проекта</span>"),
            "{row}"
        );
        assert!(!row.contains("badge sponsor"), "{row}");
        assert_eq!(row.matches(">—</td>").count(), 4, "{row}");
        let text = text_of(&html);
        assert!(!text.contains("Скрытое"), "expectations of a team member");
        assert!(text.contains("Команда проекта: 1."), "the count line");
    }

    /// The values of `attr` on the tags starting with `open` in `html`, in order.
    fn attrs_of(html: &str, open: &str, attr: &str) -> Vec<String> {
        html.split(open)
            .skip(1)
            .map(|rest| {
                let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
                tag.split(&format!("{attr}=\""))
                    .nth(1)
                    .and_then(|v| v.split('"').next())
                    .unwrap_or("")
                    .to_owned()
            })
            .collect()
    }

    #[test]
    fn every_cell_is_labelled_with_its_column_for_phones() {
        for detail in [Detail::Full, Detail::Summary] {
            let lang = Lang::Uz;
            let options = Options {
                detail,
                ..Options::default()
            };
            let html = document(&example::plan(lang), lang, today(), &options);
            let tables: Vec<&str> = html.split("<table").skip(1).collect();
            assert!(tables.len() >= 6, "{} tables", tables.len());
            for table in tables {
                let table = &table[..table.find("</table>").unwrap_or(table.len())];
                let (head, body) = table.split_once("</thead>").unwrap_or((table, ""));
                let headers: Vec<String> = head
                    .split("<th scope=\"col\">")
                    .skip(1)
                    .map(|h| h[..h.find("</th>").unwrap_or(0)].to_owned())
                    .collect();
                for row in body.split("<tr").skip(1) {
                    let cells = row.replace("<th data-label", "<td data-label");
                    let labels = attrs_of(&cells, "<td", "data-label");
                    let labels: Vec<String> = labels
                        .into_iter()
                        .map(|l| l.replace("&#39;", "'"))
                        .collect();
                    assert_eq!(labels, headers, "{detail:?}: a row of {head}");
                }
            }
        }
    }

    #[test]
    fn the_summary_leaves_out_the_register_and_the_tasks() {
        let lang = Lang::En;
        let plan = example::plan(lang);
        let summary = Options {
            detail: Detail::Summary,
            ..Options::default()
        };
        let full = document(&plan, lang, today(), &Options::default());
        let short = document(&plan, lang, today(), &summary);
        assert!(
            short.len() * 2 < full.len(),
            "{} vs {}",
            short.len(),
            full.len()
        );
        assert!(!short.contains("report-register\"") || short.contains("report-counts"));
        assert!(!short.contains("report-tasks\""));
        assert!(full.contains("report-tasks\""));
        assert!(short.contains("report-counts"));
        // The key stakeholders stay: the sponsor among them.
        let sponsor = plan
            .stakeholders
            .iter()
            .find(|s| s.sponsor)
            .expect("a sponsor");
        assert!(text_of(&short).contains(sponsor.name.trim()));
    }

    #[test]
    fn only_the_chosen_sections_are_written_in_the_report_order() {
        let lang = Lang::Ru;
        let plan = example::plan(lang);
        let options = Options {
            sections: vec![Section::Checks, Section::Stakeholders],
            detail: Detail::Full,
        };
        let html = document(&plan, lang, today(), &options);
        let at = |code: &str| html.find(&format!("data-section=\"{code}\""));
        assert!(at("stakeholders") < at("checks"));
        assert_eq!(at("strategy"), None);
        assert_eq!(at("plans"), None);
        // The contents list what is there, linking to it.
        assert!(html.contains("href=\"#report-stakeholders\""));
        assert!(!html.contains("href=\"#report-plans\""));

        let none = Options {
            sections: Vec::new(),
            detail: Detail::Summary,
        };
        let cover = document(&plan, lang, today(), &none);
        assert!(text_of(&cover).contains(ReportText::NothingChosen.text(lang)));
        assert!(!cover.contains("report-section"));
    }

    #[test]
    fn hostile_names_stay_text() {
        let mut plan = Plan::new();
        plan.profile.name = "</style><script>alert(1)</script>".into();
        let id = plan.add_stakeholder("<img src=x onerror=alert(1)>".into(), Category::Users);
        if let Some(s) = plan.stakeholder_mut(&id) {
            s.power = Some(5);
            s.interest = Some(5);
            s.concerns = "\" onmouseover=\"x".into();
        }
        let html = document(&plan, Lang::En, today(), &Options::default());
        assert!(!html.contains("<img"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("\" onmouseover"));
        assert!(text_of(&html).contains("<img src=x onerror=alert(1)>"));
        assert!(balanced(&html));
        let rule = page_rule(&plan, Lang::En);
        assert_eq!(
            rule,
            "@page { @top-left { content: \"</style><script>alert(1)</script>\"; } }"
        );
    }

    #[test]
    fn an_empty_plan_reports_none_yet_without_failing() {
        let plan = Plan::new();
        for lang in Lang::ALL {
            let html = document(&plan, lang, today(), &Options::default());
            assert!(balanced(&html));
            assert!(text_of(&html).contains(Shell::Untitled.text(lang)));
            assert!(text_of(&html).contains(StrategyText::NoneYet.text(lang)));
        }
        assert_eq!(
            page_rule(&plan, Lang::Ru),
            "@page { @top-left { content: \"План без названия\"; } }"
                .replace("План без названия", Shell::Untitled.text(Lang::Ru))
        );
    }

    #[test]
    fn sections_come_in_small_whole_blocks_even_for_the_large_plan() {
        let plan = large_plan(LARGE, today());
        let findings = findings(&plan, Lang::Ru, today());
        for s in Section::ALL {
            let blocks: Vec<String> = section(&plan, Lang::Ru, today(), &findings, s, Detail::Full)
                .iter()
                .map(Fragment::to_html)
                .collect();
            assert!(blocks[0].starts_with("<section class=\"report-section\""));
            assert!(
                blocks[0].ends_with("</section>"),
                "{s:?}: the shell is whole"
            );
            for block in &blocks {
                assert!(balanced(block), "{s:?}: a block is not whole");
                assert!(
                    block.len() < 256 * 1024,
                    "{s:?}: a block of {} bytes",
                    block.len()
                );
            }
        }
    }

    #[test]
    fn a_long_timeline_is_drawn_in_parts_of_whole_rows() {
        let plan = large_plan(LARGE, today());
        let html = document(&plan, Lang::En, today(), &Options::default());
        let rows: usize = plan.plans.iter().map(|p| 1 + p.tasks.len()).sum();
        let parts = html.matches("report-timeline-chart").count();
        assert_eq!(parts, rows.div_ceil(charts::TIMELINE_ROWS));
        assert!(balanced(&html));
        let summary = Options {
            detail: Detail::Summary,
            ..Options::default()
        };
        let short = document(&plan, Lang::En, today(), &summary);
        assert_eq!(
            short.matches("report-timeline-chart").count(),
            plan.plans.len().div_ceil(charts::TIMELINE_ROWS)
        );
    }
}
