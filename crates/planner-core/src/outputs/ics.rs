//! The plan's dates as an iCalendar file (RFC 5545), for Google Calendar, Outlook and Apple
//! Calendar: [`calendar`] writes one `VCALENDAR`, [`file_name`] names it.
//!
//! # The events
//!
//! Every event is an all-day event on one day (`DTSTART;VALUE=DATE`, and `DTEND;VALUE=DATE` the
//! day after, since the end is exclusive), marked free time (`TRANSP:TRANSPARENT`) so that it
//! never blocks anyone's agenda. In this order:
//!
//! - the project's planned go-live date, if set;
//! - for each implementation plan, in the plan's order: its deadline, if set; then each of its
//!   tasks that has a due date, on that date. A task's start is not drawn as a span: twenty
//!   bars of several weeks each would cover the calendar and hide the dates that matter, which
//!   the app's timeline shows better. The start is in the description instead. A milestone is
//!   the same event with "◆ " before its summary and the category Milestone.
//!
//! A record without the date it needs gives no event (a task without a due date, a plan
//! without a deadline, a project without a go-live date), and nothing else is left out. With
//! no event at all the calendar still opens, empty; the app may rather use [`events`] to offer
//! no calendar then (RFC 5545's grammar asks for at least one component).
//!
//! # Updating instead of duplicating
//!
//! Each event's `UID` is made of its kind, its record's id and the key the app gives the plan
//! (`task-t77-{key}@crm-implementation-planner`), and nothing else: not the date, the title,
//! the language or the time of export. Record ids never change and are never reused within a
//! plan ([`crate::ids`], [`crate::Plan::fresh_id`]), so the same plan exported again (after any
//! edit, in any language) gives the same UIDs, and a calendar app that imports it again updates
//! its events instead of adding copies. A task keeps its UID when it becomes a milestone or
//! stops being one. The characters of an id or key other than ASCII letters, digits, `.`, `_`
//! and `~` are written as `%XX`, so that UIDs are ASCII and `-` only ever separates the parts.
//!
//! # The text
//!
//! Values are escaped as RFC 5545 `TEXT` (`\\`, `\;`, `\,`, a line break as `\n`; other control
//! characters but the tab are dropped), lines end in CRLF, and a line longer than 75 octets is
//! folded: the rest goes on continuation lines that start with one space. The fold never splits
//! a UTF-8 character (Cyrillic letters and ʻ take two octets each) nor an escape.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use crate::i18n::{fill, Lang, PlansText, ProfileText, Shell, Text};
use crate::ids::Id;
use crate::plan::Plan;
use crate::plans::{ImplementationPlan, Task, TaskStatus};

pub use super::ics_texts::IcsText;

/// The media type of the file, for the download.
pub const MEDIA_TYPE: &str = "text/calendar;charset=utf-8";

/// The domain part of every UID.
const UID_DOMAIN: &str = "crm-implementation-planner";

/// The longest a physical line may be, in octets, CRLF not counted (RFC 5545, 3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// Before the summary of a milestone, as the timeline draws it.
pub const MILESTONE_MARK: &str = "◆ ";

/// What an event marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// The project's planned go-live date.
    GoLive,
    /// An implementation plan's deadline.
    Deadline,
    /// A task's due date.
    Task,
    /// A milestone task's due date.
    Milestone,
}

impl EventKind {
    /// The first part of the UID. A task and a milestone share it, so that a task keeps its
    /// event when it becomes a milestone.
    fn uid_prefix(self) -> &'static str {
        match self {
            EventKind::GoLive => "golive",
            EventKind::Deadline => "deadline",
            EventKind::Task | EventKind::Milestone => "task",
        }
    }
}

/// One event of the calendar, before it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// What it marks.
    pub kind: EventKind,
    /// The record it comes from: the implementation plan for a deadline, the task for a task
    /// or milestone; `None` for the go-live date, which belongs to the project.
    pub record: Option<Id>,
    /// Its day (an all-day event).
    pub day: NaiveDate,
    /// The summary, in the language asked for.
    pub summary: String,
    /// The description: one fact a line, in the language asked for; may be empty.
    pub description: String,
    /// Its one category, in the language asked for.
    pub category: &'static str,
}

impl Event {
    /// The event's UID for the plan with this key: stable across exports (see the module).
    pub fn uid(&self, plan_key: &str) -> String {
        let prefix = self.kind.uid_prefix();
        let key = uid_part(plan_key);
        match self.record {
            Some(id) => format!("{prefix}-{}-{key}@{UID_DOMAIN}", uid_part(id.as_str())),
            None => format!("{prefix}-{key}@{UID_DOMAIN}"),
        }
    }
}

/// The events of the plan, in the order [`calendar`] writes them (see the module for the rules).
pub fn events(plan: &Plan, lang: Lang) -> Vec<Event> {
    let mut out = Vec::new();
    if let Some(day) = plan.profile.go_live {
        out.push(go_live(plan, day, lang));
    }
    for p in &plan.plans {
        if let Some(day) = p.deadline {
            out.push(deadline(plan, p, day, lang));
        }
        for t in &p.tasks {
            if let Some(day) = t.due {
                out.push(task(plan, p, t, day, lang));
            }
        }
    }
    out
}

/// Whether [`events`] would give any event: the same rules, without building the events'
/// texts, for a screen that only asks whether to offer a calendar.
pub fn has_events(plan: &Plan) -> bool {
    plan.profile.go_live.is_some()
        || plan
            .plans
            .iter()
            .any(|p| p.deadline.is_some() || p.tasks.iter().any(|t| t.due.is_some()))
}

/// The plan's dates as one iCalendar document (RFC 5545), in `lang`.
///
/// - `plan_key`: an opaque key that stays the plan's for good and differs from every other
///   plan's: the app passes the plan's id in its library. It goes into every UID, so that two
///   plans with the same record ids (a copy of a plan) do not overwrite each other's events.
///   It should not be empty.
/// - `now`: the time of the export, in UTC; written as every event's `DTSTAMP` and nowhere
///   else, so it changes no UID.
///
/// The calendar is named after the project (`X-WR-CALNAME`, and RFC 7986's `NAME`).
pub fn calendar(plan: &Plan, plan_key: &str, lang: Lang, now: NaiveDateTime) -> String {
    let name = match plan.display_name() {
        "" => Shell::Untitled.text(lang),
        name => name,
    };
    let stamp = utc_stamp(now);
    let mut w = Writer::default();
    w.line("BEGIN:VCALENDAR");
    w.line("VERSION:2.0");
    w.line(&format!(
        "PRODID:-//CRM Implementation Planner//{}",
        lang.code().to_ascii_uppercase()
    ));
    w.line("CALSCALE:GREGORIAN");
    w.line("METHOD:PUBLISH");
    w.text("X-WR-CALNAME", name);
    w.text("NAME", name);
    for event in events(plan, lang) {
        // The day after always exists for a date a file can hold (years up to 9999).
        let Some(end) = event.day.succ_opt() else {
            continue;
        };
        w.line("BEGIN:VEVENT");
        w.line(&format!("UID:{}", event.uid(plan_key)));
        w.line(&format!("DTSTAMP:{stamp}"));
        w.line(&format!("DTSTART;VALUE=DATE:{}", ical_date(event.day)));
        w.line(&format!("DTEND;VALUE=DATE:{}", ical_date(end)));
        w.text("SUMMARY", &event.summary);
        if !event.description.is_empty() {
            w.text("DESCRIPTION", &event.description);
        }
        w.text("CATEGORIES", event.category);
        w.line("TRANSP:TRANSPARENT");
        w.line("END:VEVENT");
    }
    w.line("END:VCALENDAR");
    w.out
}

/// The file name of the calendar: the plan's ASCII file-name stem ([`super::file_stem`], the
/// same as its other outputs': `Vnedrenie-CRM-2027`) and `.ics`.
pub fn file_name(plan: &Plan) -> String {
    format!("{}.ics", super::file_stem(plan))
}

/// The go-live event.
fn go_live(plan: &Plan, day: NaiveDate, lang: Lang) -> Event {
    let profile = &plan.profile;
    let summary = match plan.display_name() {
        "" => ProfileText::GoLive.text(lang).to_owned(),
        name => fill(IcsText::GoLiveSummary.text(lang), &[name]),
    };
    let mut lines = Vec::new();
    if !profile.organisation.trim().is_empty() {
        lines.push(labelled(
            ProfileText::Organisation.text(lang),
            profile.organisation.trim(),
        ));
    }
    Event {
        kind: EventKind::GoLive,
        record: None,
        day,
        summary,
        description: lines.join("\n"),
        category: ProfileText::GoLive.text(lang),
    }
}

/// The deadline event of an implementation plan.
fn deadline(plan: &Plan, p: &ImplementationPlan, day: NaiveDate, lang: Lang) -> Event {
    let mut lines = vec![
        labelled(
            PlansText::Responsible.text(lang),
            &person(plan, p.responsible, lang),
        ),
        labelled(
            PlansText::Status.text(lang),
            PlansText::plan_status(p.status).text(lang),
        ),
    ];
    if let Some(start) = p.start {
        lines.push(labelled(
            PlansText::Start.text(lang),
            &crate::dates::long_date(start, lang),
        ));
    }
    if !p.tasks.is_empty() {
        let done = p
            .tasks
            .iter()
            .filter(|t| t.status == TaskStatus::Done)
            .count();
        lines.push(fill(
            IcsText::TasksDone.text(lang),
            &[&done.to_string(), &p.tasks.len().to_string()],
        ));
    }
    Event {
        kind: EventKind::Deadline,
        record: Some(p.id),
        day,
        summary: fill(IcsText::DeadlineSummary.text(lang), &[plan_name(p, lang)]),
        description: lines.join("\n"),
        category: PlansText::Deadline.text(lang),
    }
}

/// The event of a task with a due date.
fn task(plan: &Plan, p: &ImplementationPlan, t: &Task, day: NaiveDate, lang: Lang) -> Event {
    let title = match t.title.trim() {
        "" => PlansText::TaskTitle.text(lang),
        title => title,
    };
    let mut summary = fill(
        IcsText::TaskSummary.text(lang),
        &[title, plan_name(p, lang)],
    );
    if t.milestone {
        summary.insert_str(0, MILESTONE_MARK);
    }
    let mut lines = vec![
        labelled(PlansText::PlanName.text(lang), plan_name(p, lang)),
        labelled(PlansText::Owner.text(lang), &person(plan, t.owner, lang)),
        labelled(
            PlansText::Status.text(lang),
            PlansText::task_status(t.status).text(lang),
        ),
        fill(
            IcsText::ProgressValue.text(lang),
            &[&t.progress.min(100).to_string()],
        ),
    ];
    if let Some(start) = t.start.filter(|s| *s != day) {
        lines.push(labelled(
            PlansText::Start.text(lang),
            &crate::dates::long_date(start, lang),
        ));
    }
    if !t.deliverable.trim().is_empty() {
        lines.push(labelled(
            PlansText::Deliverable.text(lang),
            t.deliverable.trim(),
        ));
    }
    let (kind, category) = if t.milestone {
        (EventKind::Milestone, PlansText::Milestone)
    } else {
        (EventKind::Task, PlansText::TaskTitle)
    };
    Event {
        kind,
        record: Some(t.id),
        day,
        summary,
        description: lines.join("\n"),
        category: category.text(lang),
    }
}

/// "Label: value".
fn labelled(label: &str, value: &str) -> String {
    format!("{label}: {value}")
}

/// An implementation plan's name, or "New plan" for one without.
fn plan_name(p: &ImplementationPlan, lang: Lang) -> &str {
    match p.name.trim() {
        "" => PlansText::NewPlan.text(lang),
        name => name,
    }
}

/// The name of the stakeholder with this id: "not set" for none, "(unknown)" for an id that
/// names nobody (or a stakeholder without a name).
fn person(plan: &Plan, id: Option<Id>, lang: Lang) -> String {
    match id {
        None => PlansText::NotSet.text(lang).to_owned(),
        Some(id) => match plan.stakeholder_name(&id).map(str::trim) {
            Some(name) if !name.is_empty() => name.to_owned(),
            _ => PlansText::Unknown.text(lang).to_owned(),
        },
    }
}

/// A date as an iCalendar `DATE`: `YYYYMMDD`.
fn ical_date(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// A UTC time as an iCalendar `DATE-TIME` in UTC: `YYYYMMDDTHHMMSSZ`.
fn utc_stamp(now: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        ical_date(now.date()),
        now.hour(),
        now.minute(),
        now.second()
    )
}

/// An id or key as a part of a UID: ASCII letters, digits, `.`, `_` and `~` as they are, every
/// other byte as `%XX`. One-to-one, and never a `-`, which separates the parts.
fn uid_part(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A value of type `TEXT` escaped (RFC 5545, 3.3.11): backslash, `;` and `,` take a backslash,
/// a line break (CRLF, LF or CR) becomes `\n`, and control characters other than the tab,
/// which a `TEXT` may not hold, are dropped.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_ascii_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded (RFC 5545, 3.1): physical lines of at most [`MAX_LINE_OCTETS`] octets,
/// each but the first starting with one space, each ending in CRLF. A fold falls between two
/// characters, never inside one, and never between a backslash and the character it escapes.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 40 * 3 + 2);
    let mut width = 0;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let mut len = c.len_utf8();
        if c == '\\' {
            len += rest[len..].chars().next().map_or(0, char::len_utf8);
        }
        if width + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push_str(&rest[..len]);
        width += len;
        rest = &rest[len..];
    }
    out.push_str("\r\n");
    out
}

/// The document as it is written: folded lines.
#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    /// A content line as it is (no escaping), folded.
    fn line(&mut self, content: &str) {
        self.out.push_str(&fold(content));
    }

    /// A property with a `TEXT` value, escaped and folded.
    fn text(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape_text(value)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plans::PlanStatus;
    use crate::stakeholders::Category;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    fn at(h: u32, min: u32, s: u32) -> NaiveDateTime {
        d(2026, 11, 27).and_hms_opt(h, min, s).expect("time")
    }

    /// The physical lines, without their CRLF; panics on a line not ending in CRLF.
    fn physical(ics: &str) -> Vec<&str> {
        assert!(ics.ends_with("\r\n"), "no CRLF at the end");
        let lines: Vec<&str> = ics[..ics.len() - 2].split("\r\n").collect();
        for line in &lines {
            assert!(
                !line.contains('\n') && !line.contains('\r'),
                "bare LF/CR: {line:?}"
            );
        }
        lines
    }

    /// The content lines: continuation lines joined back (RFC 5545's unfolding).
    fn unfold(ics: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for line in physical(ics) {
            match (line.strip_prefix(' '), out.last_mut()) {
                (Some(rest), Some(last)) => last.push_str(rest),
                _ => out.push(line.to_owned()),
            }
        }
        out
    }

    /// The value of `TEXT` unescaped.
    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n' | 'N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    /// The values of every content line named `name` (parameters dropped).
    fn values(ics: &str, name: &str) -> Vec<String> {
        unfold(ics)
            .into_iter()
            .filter_map(|l| {
                let (head, value) = l.split_once(':')?;
                (head.split(';').next() == Some(name)).then(|| value.to_owned())
            })
            .collect()
    }

    /// A plan with one implementation plan, its deadline, and three tasks: one due, one
    /// milestone, one without a due date.
    fn small_plan() -> Plan {
        let mut plan = Plan::new();
        plan.profile.name = "CRM 2027".into();
        plan.profile.organisation = "Bank; \"Chorsu\", Tashkent".into();
        plan.profile.go_live = Some(d(2027, 9, 1));
        let anna = plan.add_stakeholder("Anna Karimova".into(), Category::Management);
        let p = plan.add_plan("Pilot".into());
        let a = plan.add_task(&p, "Train operators".into()).expect("task");
        let b = plan
            .add_task(&p, "Go live in the pilot".into())
            .expect("task");
        plan.add_task(&p, "Someday".into()).expect("task");
        let pilot = plan.plan_mut(&p).expect("plan");
        pilot.deadline = Some(d(2027, 8, 31));
        pilot.responsible = Some(anna);
        pilot.status = PlanStatus::InProgress;
        let t = plan.task_mut(&a).expect("a");
        t.start = Some(d(2027, 5, 3));
        t.due = Some(d(2027, 6, 25));
        t.owner = Some(anna);
        t.progress = 40;
        t.status = TaskStatus::InProgress;
        let m = plan.task_mut(&b).expect("b");
        m.due = Some(d(2027, 7, 1));
        m.milestone = true;
        m.owner = Some(Id::new("nobody"));
        plan
    }

    #[test]
    fn a_long_cyrillic_summary_folds_within_75_octets_and_unfolds_to_itself() {
        let summary: String = "Обучить операторов контакт-центра работе в CRM; ʻ, "
            .chars()
            .cycle()
            .take(200)
            .collect();
        assert_eq!(summary.chars().count(), 200);
        let mut w = Writer::default();
        w.text("SUMMARY", &summary);
        let lines = physical(&w.out);
        assert!(lines.len() >= 5, "{lines:?}");
        for (i, line) in lines.iter().enumerate() {
            assert!(
                line.len() <= MAX_LINE_OCTETS,
                "{} octets: {line}",
                line.len()
            );
            assert_eq!(i > 0, line.starts_with(' '), "{line:?}");
            // No line is cut short by more than a character and an escape.
            if i + 1 < lines.len() {
                assert!(line.len() >= MAX_LINE_OCTETS - 4, "{} octets", line.len());
            }
        }
        let unfolded = unfold(&w.out);
        assert_eq!(unfolded.len(), 1);
        let value = unfolded[0].strip_prefix("SUMMARY:").expect("summary");
        assert_eq!(unescape(value), summary);
    }

    #[test]
    fn a_fold_never_splits_an_escape() {
        // 8 octets of "SUMMARY:" and 66 of "x": the escape starts at octet 75.
        let text = format!("{};{}", "x".repeat(66), "y".repeat(10));
        let folded = fold(&format!("SUMMARY:{}", escape_text(&text)));
        let lines = physical(&folded);
        assert_eq!(lines[0].len(), 74, "{lines:?}");
        assert!(lines[1].starts_with(" \\;"), "{lines:?}");
        // A short line is written as it is.
        assert_eq!(fold("VERSION:2.0"), "VERSION:2.0\r\n");
        assert_eq!(fold(&"a".repeat(75)), format!("{}\r\n", "a".repeat(75)));
        assert_eq!(
            fold(&"a".repeat(76)),
            format!("{}\r\n a\r\n", "a".repeat(75))
        );
    }

    #[test]
    fn text_is_escaped_as_rfc_5545_asks() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\rg\th:i\"j"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng\th:i\"j"
        );
        assert_eq!(escape_text("bell\u{7}\u{0}end"), "bellend");
        assert_eq!(escape_text("Oʻzbek, «план»"), "Oʻzbek\\, «план»");
        let ics = calendar(&small_plan(), "k1", Lang::En, at(10, 0, 0));
        let description = values(&ics, "DESCRIPTION");
        assert!(
            description[0] == "Organisation: Bank\\; \"Chorsu\"\\, Tashkent",
            "{description:?}"
        );
    }

    #[test]
    fn events_are_all_day_with_an_exclusive_end() {
        let ics = calendar(&small_plan(), "k1", Lang::En, at(10, 0, 0));
        let unfolded = unfold(&ics);
        let starts = values(&ics, "DTSTART");
        let ends = values(&ics, "DTEND");
        assert_eq!(starts, ["20270901", "20270831", "20270625", "20270701"]);
        assert_eq!(ends, ["20270902", "20270901", "20270626", "20270702"]);
        assert!(unfolded
            .iter()
            .filter(|l| l.starts_with("DTSTART") || l.starts_with("DTEND"))
            .all(|l| l.contains(";VALUE=DATE:")));
        // The end of a month and of a year roll over.
        assert_eq!(
            ical_date(d(2027, 12, 31).succ_opt().expect("day")),
            "20280101"
        );
        assert_eq!(
            ical_date(d(2028, 2, 28).succ_opt().expect("day")),
            "20280229"
        );
        assert_eq!(values(&ics, "DTSTAMP")[0], "20261127T100000Z");
        assert_eq!(utc_stamp(at(7, 5, 9)), "20261127T070509Z");
    }

    #[test]
    fn the_calendar_has_its_properties_and_events_their_texts() {
        let plan = small_plan();
        let ics = calendar(&plan, "pkey", Lang::En, at(10, 0, 0));
        let lines = unfold(&ics);
        assert_eq!(
            lines[..8],
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//CRM Implementation Planner//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "X-WR-CALNAME:CRM 2027",
                "NAME:CRM 2027",
                "BEGIN:VEVENT",
            ]
        );
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        assert_eq!(
            values(&ics, "SUMMARY"),
            [
                "Planned go-live: CRM 2027",
                "Deadline of plan “Pilot”",
                "Train operators — plan “Pilot”",
                "◆ Go live in the pilot — plan “Pilot”",
            ]
        );
        assert_eq!(
            values(&ics, "CATEGORIES"),
            ["Planned go-live date", "Deadline", "Task", "Milestone"]
        );
        let description: Vec<String> = values(&ics, "DESCRIPTION")
            .iter()
            .map(|v| unescape(v))
            .collect();
        assert_eq!(
            description[1],
            "Responsible: Anna Karimova\nStatus: In progress\nTasks done: 0 of 3"
        );
        assert_eq!(
            description[2],
            "Plan name: Pilot\nOwner: Anna Karimova\nStatus: In progress\nProgress: 40%\nStart: 3 May 2027"
        );
        assert_eq!(
            description[3],
            "Plan name: Pilot\nOwner: (unknown)\nStatus: To do\nProgress: 0%"
        );
        let ru = calendar(&plan, "pkey", Lang::Ru, at(10, 0, 0));
        assert!(ru.contains("PRODID:-//CRM Implementation Planner//RU\r\n"));
        assert_eq!(values(&ru, "SUMMARY")[1], "Срок плана «Pilot»");
        assert!(unescape(&values(&ru, "DESCRIPTION")[2]).contains("Выполнение: 40\u{a0}%"));
        let uz = calendar(&plan, "pkey", Lang::Uz, at(10, 0, 0));
        assert_eq!(values(&uz, "SUMMARY")[1], "“Pilot” rejasining muddati");
    }

    #[test]
    fn uids_are_stable_across_exports_and_unique() {
        let plan = small_plan();
        let first = calendar(&plan, "p18c2f", Lang::En, at(10, 0, 0));
        let second = calendar(&plan, "p18c2f", Lang::Ru, at(23, 59, 59));
        assert_ne!(values(&first, "DTSTAMP"), values(&second, "DTSTAMP"));
        let uids = values(&first, "UID");
        assert_eq!(uids, values(&second, "UID"));
        let [go_live, deadline, task, milestone] = &uids[..] else {
            panic!("{uids:?}");
        };
        assert_eq!(go_live, "golive-p18c2f@crm-implementation-planner");
        assert_eq!(deadline, "deadline-p2-p18c2f@crm-implementation-planner");
        assert_eq!(task, "task-t3-p18c2f@crm-implementation-planner");
        assert_eq!(milestone, "task-t4-p18c2f@crm-implementation-planner");
        // An edit of dates and titles, and a task turned into a milestone, keep every UID.
        let mut edited = plan.clone();
        edited.plans[0].name = "Pilot, renamed".into();
        edited.plans[0].tasks[0].due = Some(d(2027, 6, 30));
        edited.plans[0].tasks[0].milestone = true;
        let again = calendar(&edited, "p18c2f", Lang::En, at(11, 0, 0));
        assert_eq!(values(&again, "UID"), uids);
        // Another plan's key gives other UIDs.
        let other = calendar(&plan, "p99", Lang::En, at(10, 0, 0));
        assert!(values(&other, "UID").iter().all(|u| !uids.contains(u)));
    }

    #[test]
    fn uid_parts_are_ascii_and_one_to_one() {
        assert_eq!(uid_part("t77"), "t77");
        assert_eq!(uid_part("a-b c"), "a%2Db%20c");
        assert_eq!(uid_part("%"), "%25");
        assert_eq!(uid_part("ид"), "%D0%B8%D0%B4");
        let plan = {
            let mut plan = Plan::new();
            plan.plans.push(ImplementationPlan {
                id: Id::new("a-b"),
                deadline: Some(d(2027, 1, 1)),
                ..ImplementationPlan::default()
            });
            plan
        };
        let ics = calendar(&plan, "c;d", Lang::En, at(0, 0, 0));
        assert_eq!(
            values(&ics, "UID"),
            ["deadline-a%2Db-c%3Bd@crm-implementation-planner"]
        );
    }

    #[test]
    fn records_without_their_date_give_no_event() {
        let plan = small_plan();
        let someday = plan.plans[0].tasks[2].id;
        assert!(plan.task(&someday).expect("task").due.is_none());
        let found = events(&plan, Lang::En);
        assert_eq!(found.len(), 4);
        assert!(found.iter().all(|e| e.record != Some(someday)));
        // A task with a start but no due date, a plan without a deadline, no go-live: nothing.
        let mut bare = plan.clone();
        bare.profile.go_live = None;
        bare.plans[0].deadline = None;
        for t in &mut bare.plans[0].tasks {
            t.start = t.start.or(Some(d(2027, 1, 1)));
            t.due = None;
        }
        assert!(events(&bare, Lang::En).is_empty());
        // has_events answers as events would, each kind of date alone.
        assert!(has_events(&plan) && !has_events(&bare) && !has_events(&Plan::new()));
        let mut one = bare.clone();
        one.plans[0].tasks[0].due = Some(d(2027, 2, 1));
        assert!(has_events(&one) && !events(&one, Lang::En).is_empty());
        let mut one = bare.clone();
        one.plans[0].deadline = Some(d(2027, 2, 1));
        assert!(has_events(&one) && !events(&one, Lang::En).is_empty());
        let mut one = bare.clone();
        one.profile.go_live = Some(d(2027, 2, 1));
        assert!(has_events(&one) && !events(&one, Lang::En).is_empty());
        let ics = calendar(&bare, "k", Lang::En, at(0, 0, 0));
        assert!(!ics.contains("BEGIN:VEVENT"));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        // An empty plan: named "Untitled project", still a calendar.
        let empty = calendar(&Plan::new(), "k", Lang::En, at(0, 0, 0));
        assert_eq!(values(&empty, "X-WR-CALNAME"), ["Untitled project"]);
        assert!(empty.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn the_file_name_is_the_outputs_stem_and_ics() {
        let named = |name: &str| {
            let mut plan = Plan::new();
            plan.profile.name = name.into();
            file_name(&plan)
        };
        assert_eq!(named("CRM 2027"), "CRM-2027.ics");
        assert_eq!(named("Внедрение CRM — 2027"), "Vnedrenie-CRM-2027.ics");
        assert_eq!(
            named("CRM joriy etish — Oʻzbekiston"),
            "CRM-joriy-etish-Ozbekiston.ics"
        );
        assert_eq!(named("  "), "crm-plan.ics");
    }
}
