//! From a sheet and its mapping to what an import would do ([`preview`]), and doing it
//! ([`apply`]).
//!
//! Each data row becomes one [`RowOutcome`]:
//!
//! - refused, with every reason found ([`Reason`]): no name; a power or interest that is not
//!   a whole number 1-5 (`3`, ` 3 `, `3,0` and `3.0` are 3; `2,5`, `0`, `7` are refused); a
//!   category, attitude or yes/no value the app does not know in any of its languages; a unit
//!   the profile does not have; a text over [`MAX_TEXT`] characters (what the stakeholder form
//!   takes); the same name as an earlier row of the file; or, for a new stakeholder, a register
//!   already at [`MAX_ITEMS`];
//! - a duplicate: the name is that of a stakeholder already in the register, compared without
//!   regard to case and runs of spaces. The user chooses per row: skip (the default) or update;
//! - otherwise a new stakeholder to add.
//!
//! A blank cell says nothing: a new stakeholder gets the form's default there (category users,
//! current attitude unaware, no desired attitude chosen, no activity, not the sponsor, not in
//! the project team), and an update keeps what the register has.
//! An update never renames: the name is what matched. Text cells are trimmed, and the name's
//! runs of spaces and line breaks become one space.

use std::collections::HashMap;

use crate::file::limits::MAX_ITEMS;
use crate::i18n::{fill, ErrorText, Lang, Text};
use crate::ids::Id;
use crate::inputs::format_number;
use crate::intake::csv_read::{Sheet, SheetRow};
use crate::intake::mapping::{Field, Mapping, MappingError};
use crate::intake::texts::IntakeText;
use crate::intake::values;
use crate::plan::Plan;
use crate::profile::MAX_TEXT;
use crate::stakeholders::{Activity, Attitude, Category, Stakeholder};

/// What one row of the file gives: `None` wherever its cell is blank or its column unmapped.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Draft {
    /// The name, trimmed, runs of whitespace made one space; never empty in a preview.
    pub name: String,
    /// Category.
    pub category: Option<Category>,
    /// A member of the project team.
    pub team: Option<bool>,
    /// Unit, an id from the plan's profile.
    pub unit: Option<Id>,
    /// Organisation.
    pub organisation: Option<String>,
    /// Position or role.
    pub position: Option<String>,
    /// Expected results.
    pub expected_results: Option<String>,
    /// Concerns.
    pub concerns: Option<String>,
    /// Power, 1-5.
    pub power: Option<u8>,
    /// Interest, 1-5.
    pub interest: Option<u8>,
    /// Attitude today.
    pub current_attitude: Option<Attitude>,
    /// Attitude the project needs.
    pub desired_attitude: Option<Attitude>,
    /// Each of [`Activity::ALL`], in that order: takes part or not.
    pub activities: [Option<bool>; 3],
    /// The executive sponsor.
    pub sponsor: Option<bool>,
    /// Engagement approach.
    pub engagement: Option<String>,
}

impl Draft {
    /// The new stakeholder this row makes, with this id; blank cells take the form's defaults.
    pub fn to_stakeholder(&self, id: Id) -> Stakeholder {
        let mut s = Stakeholder {
            id,
            name: self.name.clone(),
            ..Stakeholder::default()
        };
        self.update(&mut s);
        s
    }

    /// Writes what the row gives into a stakeholder; blank cells and the name leave it as is.
    pub fn update(&self, s: &mut Stakeholder) {
        fn put<T: Clone>(target: &mut T, value: &Option<T>) {
            if let Some(v) = value {
                target.clone_from(v);
            }
        }
        put(&mut s.category, &self.category);
        put(&mut s.team, &self.team);
        if self.unit.is_some() {
            s.unit = self.unit;
        }
        put(&mut s.organisation, &self.organisation);
        put(&mut s.position, &self.position);
        put(&mut s.expected_results, &self.expected_results);
        put(&mut s.concerns, &self.concerns);
        if self.power.is_some() {
            s.power = self.power;
        }
        if self.interest.is_some() {
            s.interest = self.interest;
        }
        put(&mut s.current_attitude, &self.current_attitude);
        if self.desired_attitude.is_some() {
            s.desired_attitude = self.desired_attitude;
        }
        for (activity, on) in Activity::ALL.into_iter().zip(self.activities) {
            if let Some(on) = on {
                s.set_activity(activity, on);
            }
        }
        put(&mut s.sponsor, &self.sponsor);
        put(&mut s.engagement, &self.engagement);
    }

    /// The fields an update would change in this stakeholder, in the register's order.
    pub fn changes(&self, s: &Stakeholder) -> Vec<Field> {
        let mut after = s.clone();
        self.update(&mut after);
        let changed = |f: Field| match f {
            Field::Name => false,
            Field::Category => after.category != s.category,
            Field::Team => after.team != s.team,
            Field::Unit => after.unit != s.unit,
            Field::Organisation => after.organisation != s.organisation,
            Field::Position => after.position != s.position,
            Field::ExpectedResults => after.expected_results != s.expected_results,
            Field::Concerns => after.concerns != s.concerns,
            Field::Power => after.power != s.power,
            Field::Interest => after.interest != s.interest,
            Field::CurrentAttitude => after.current_attitude != s.current_attitude,
            Field::DesiredAttitude => after.desired_attitude != s.desired_attitude,
            Field::Activity(a) => after.takes_part_in(a) != s.takes_part_in(a),
            Field::Sponsor => after.sponsor != s.sponsor,
            Field::Engagement => after.engagement != s.engagement,
        };
        Field::ALL.into_iter().filter(|f| changed(*f)).collect()
    }
}

/// Why a row is not imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The name cell is blank.
    NoName,
    /// Power or interest is not a whole number 1-5; the cell as written.
    Score {
        /// [`Field::Power`] or [`Field::Interest`].
        field: Field,
        /// The cell, trimmed.
        value: String,
    },
    /// A category the app does not know.
    UnknownCategory(String),
    /// An attitude the app does not know.
    UnknownAttitude {
        /// [`Field::CurrentAttitude`] or [`Field::DesiredAttitude`].
        field: Field,
        /// The cell, trimmed.
        value: String,
    },
    /// A unit the profile does not have.
    UnknownUnit(String),
    /// Not yes or no (an activity, the sponsor or the project team).
    NotYesNo {
        /// The field.
        field: Field,
        /// The cell, trimmed.
        value: String,
    },
    /// A text over [`MAX_TEXT`] characters.
    TooLong(Field),
    /// The same name as an earlier row of the file (its row number).
    RepeatedName(usize),
    /// A new stakeholder, but the register already holds [`MAX_ITEMS`].
    RegisterFull,
}

/// The most characters of a cell a message quotes.
const QUOTED_CHARS: usize = 40;

/// A cell as a message quotes it: at most [`QUOTED_CHARS`] characters, then "…".
fn quoted(value: &str) -> String {
    let mut chars = value.chars();
    let head: String = chars.by_ref().take(QUOTED_CHARS).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

impl Reason {
    /// The reason in `lang`, to follow "Row 12: ".
    pub fn text(&self, lang: Lang) -> String {
        let t = |key: IntakeText| key.text(lang);
        match self {
            Reason::NoName => t(IntakeText::NoName).to_owned(),
            Reason::Score { field, value } => {
                let key = if *field == Field::Interest {
                    IntakeText::InterestScore
                } else {
                    IntakeText::PowerScore
                };
                fill(t(key), &[&quoted(value)])
            }
            Reason::UnknownCategory(value) => {
                fill(t(IntakeText::UnknownCategory), &[&quoted(value)])
            }
            Reason::UnknownAttitude { field, value } => {
                let key = if *field == Field::DesiredAttitude {
                    IntakeText::UnknownDesiredAttitude
                } else {
                    IntakeText::UnknownCurrentAttitude
                };
                fill(t(key), &[&quoted(value)])
            }
            Reason::UnknownUnit(value) => fill(t(IntakeText::UnknownUnit), &[&quoted(value)]),
            Reason::NotYesNo { field, value } => fill(
                t(IntakeText::NotYesNo),
                &[field.label().text(lang), &quoted(value)],
            ),
            Reason::TooLong(field) => fill(
                t(IntakeText::TooLong),
                &[
                    field.label().text(lang),
                    &format_number(MAX_TEXT as f64, lang),
                ],
            ),
            Reason::RepeatedName(row) => fill(t(IntakeText::RepeatedName), &[&row.to_string()]),
            Reason::RegisterFull => fill(
                t(IntakeText::RegisterFull),
                &[&format_number(MAX_ITEMS as f64, lang)],
            ),
        }
    }
}

impl ErrorText for Reason {
    fn text(&self, lang: Lang) -> String {
        Reason::text(self, lang)
    }
}

/// What the import would do with one data row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowOutcome {
    /// A new stakeholder.
    Add {
        /// The row number, as a spreadsheet shows it ([`SheetRow::row`]).
        row: usize,
        /// The line of the text the row starts on ([`SheetRow::line`]).
        line: usize,
        /// What the row gives.
        draft: Draft,
    },
    /// A stakeholder already in the register by that name.
    Duplicate {
        /// The row number.
        row: usize,
        /// The line of the text.
        line: usize,
        /// The stakeholder in the register.
        existing: Id,
        /// What the row gives.
        draft: Draft,
    },
    /// Not imported.
    Refused {
        /// The row number.
        row: usize,
        /// The line of the text.
        line: usize,
        /// Every reason found, in the register's field order.
        reasons: Vec<Reason>,
    },
}

impl RowOutcome {
    /// The row number, as a spreadsheet shows it.
    pub fn row(&self) -> usize {
        match self {
            RowOutcome::Add { row, .. }
            | RowOutcome::Duplicate { row, .. }
            | RowOutcome::Refused { row, .. } => *row,
        }
    }

    /// The line of the text the row starts on.
    pub fn line(&self) -> usize {
        match self {
            RowOutcome::Add { line, .. }
            | RowOutcome::Duplicate { line, .. }
            | RowOutcome::Refused { line, .. } => *line,
        }
    }

    /// For a refused row, "Row 12: no name; power must be ..." in `lang`.
    pub fn refusal(&self, lang: Lang) -> Option<String> {
        match self {
            RowOutcome::Refused { row, reasons, .. } => {
                let reasons: Vec<String> = reasons.iter().map(|r| r.text(lang)).collect();
                Some(fill(
                    IntakeText::RowRefused.text(lang),
                    &[&row.to_string(), &reasons.join("; ")],
                ))
            }
            _ => None,
        }
    }
}

/// What an import would do, row by row, in file order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Preview {
    /// One outcome per data row of the sheet.
    pub rows: Vec<RowOutcome>,
}

impl Preview {
    /// How many rows would add a stakeholder.
    pub fn adds(&self) -> usize {
        self.count(|r| matches!(r, RowOutcome::Add { .. }))
    }

    /// How many rows name a stakeholder already in the register.
    pub fn duplicates(&self) -> usize {
        self.count(|r| matches!(r, RowOutcome::Duplicate { .. }))
    }

    /// How many rows are refused.
    pub fn refused(&self) -> usize {
        self.count(|r| matches!(r, RowOutcome::Refused { .. }))
    }

    fn count(&self, pick: impl Fn(&RowOutcome) -> bool) -> usize {
        self.rows.iter().filter(|r| pick(r)).count()
    }

    /// The default choices: skip every duplicate.
    pub fn default_choices(&self) -> Vec<Choice> {
        vec![Choice::Skip; self.rows.len()]
    }
}

/// What to do with a row whose name is already in the register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Choice {
    /// Leave the register's stakeholder as it is.
    #[default]
    Skip,
    /// Write the row's non-blank cells into it.
    Update,
}

/// What [`apply`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Applied {
    /// Stakeholders added.
    pub added: usize,
    /// Stakeholders updated.
    pub updated: usize,
    /// Duplicates skipped (and any row that no longer fits or names a stakeholder since
    /// removed).
    pub skipped: usize,
    /// Rows refused in the preview.
    pub refused: usize,
}

impl Applied {
    /// "Added: 3, updated: 1, skipped: 2, not imported: 1." in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let n = |v: usize| format_number(v as f64, lang);
        fill(
            IntakeText::Summary.text(lang),
            &[
                &n(self.added),
                &n(self.updated),
                &n(self.skipped),
                &n(self.refused),
            ],
        )
    }
}

/// A name as duplicates are found: lower case, runs of whitespace one space, trimmed.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What importing the sheet with this mapping would do to the plan, by the rules in the
/// module's notes. Refused if the mapping gives no name column or fills a field twice.
pub fn preview(plan: &Plan, sheet: &Sheet, mapping: &Mapping) -> Result<Preview, MappingError> {
    mapping.check()?;
    let mut existing: HashMap<String, Id> = HashMap::new();
    for s in &plan.stakeholders {
        existing.entry(name_key(&s.name)).or_insert(s.id);
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut room = MAX_ITEMS.saturating_sub(plan.stakeholders.len());
    let mut rows = Vec::with_capacity(sheet.rows.len());
    for sheet_row in &sheet.rows {
        let (row, line) = (sheet_row.row, sheet_row.line);
        let (draft, mut reasons) = read_row(plan, sheet_row, mapping);
        let key = name_key(&draft.name);
        if !key.is_empty() {
            match seen.get(&key) {
                Some(first) => reasons.push(Reason::RepeatedName(*first)),
                None => {
                    seen.insert(key.clone(), row);
                }
            }
        }
        let outcome = if !reasons.is_empty() {
            RowOutcome::Refused { row, line, reasons }
        } else if let Some(id) = existing.get(&key) {
            RowOutcome::Duplicate {
                row,
                line,
                existing: *id,
                draft,
            }
        } else if room == 0 {
            RowOutcome::Refused {
                row,
                line,
                reasons: vec![Reason::RegisterFull],
            }
        } else {
            room -= 1;
            RowOutcome::Add { row, line, draft }
        };
        rows.push(outcome);
    }
    Ok(Preview { rows })
}

/// One row's draft and the reasons to refuse it (none if it can be imported).
fn read_row(plan: &Plan, row: &SheetRow, mapping: &Mapping) -> (Draft, Vec<Reason>) {
    let mut draft = Draft::default();
    let mut reasons = Vec::new();
    for field in Field::ALL {
        let Some(column) = mapping.column_of(field) else {
            continue;
        };
        let cell = row.cell(column).trim();
        let value = || cell.to_owned();
        let text = |reasons: &mut Vec<Reason>| -> Option<String> {
            if cell.chars().count() > MAX_TEXT {
                reasons.push(Reason::TooLong(field));
            }
            (!cell.is_empty()).then(|| cell.to_owned())
        };
        match field {
            Field::Name => {
                if cell.chars().count() > MAX_TEXT {
                    reasons.push(Reason::TooLong(field));
                }
                draft.name = cell.split_whitespace().collect::<Vec<_>>().join(" ");
            }
            Field::Category => match values::category(cell) {
                Ok(v) => draft.category = v,
                Err(()) => reasons.push(Reason::UnknownCategory(value())),
            },
            Field::Unit => match values::unit(plan, cell) {
                Ok(v) => draft.unit = v,
                Err(()) => reasons.push(Reason::UnknownUnit(value())),
            },
            Field::Organisation => draft.organisation = text(&mut reasons),
            Field::Position => draft.position = text(&mut reasons),
            Field::ExpectedResults => draft.expected_results = text(&mut reasons),
            Field::Concerns => draft.concerns = text(&mut reasons),
            Field::Engagement => draft.engagement = text(&mut reasons),
            Field::Power | Field::Interest => match values::score(cell) {
                Ok(v) if field == Field::Power => draft.power = v,
                Ok(v) => draft.interest = v,
                Err(()) => reasons.push(Reason::Score {
                    field,
                    value: value(),
                }),
            },
            Field::CurrentAttitude | Field::DesiredAttitude => match values::attitude(cell) {
                Ok(v) if field == Field::CurrentAttitude => draft.current_attitude = v,
                Ok(v) => draft.desired_attitude = v,
                Err(()) => reasons.push(Reason::UnknownAttitude {
                    field,
                    value: value(),
                }),
            },
            Field::Activity(_) | Field::Sponsor | Field::Team => match values::yes_no(cell) {
                Ok(v) => match field {
                    Field::Activity(a) => {
                        if let Some(i) = Activity::ALL.iter().position(|x| *x == a) {
                            draft.activities[i] = v;
                        }
                    }
                    Field::Team => draft.team = v,
                    _ => draft.sponsor = v,
                },
                Err(()) => reasons.push(Reason::NotYesNo {
                    field,
                    value: value(),
                }),
            },
        }
    }
    if draft.name.is_empty() {
        reasons.insert(0, Reason::NoName);
    }
    (draft, reasons)
}

/// Does what the preview says, with the user's choice for each duplicate (`choices[i]` for
/// `preview.rows[i]`; a missing choice is [`Choice::Skip`]). New stakeholders get fresh ids
/// ([`Plan::fresh_id`], prefix `s`) and go to the end of the register, in file order. Only the
/// plan changes: the app applies it to a copy and swaps it in as one undo step.
///
/// Meant for a preview of this same plan; if the plan changed since, a duplicate whose
/// stakeholder is gone, or a new one past [`MAX_ITEMS`], is skipped.
pub fn apply(plan: &mut Plan, preview: &Preview, choices: &[Choice]) -> Applied {
    let mut done = Applied::default();
    for (i, outcome) in preview.rows.iter().enumerate() {
        match outcome {
            RowOutcome::Add { draft, .. } => {
                if plan.stakeholders.len() < MAX_ITEMS {
                    let id = plan.fresh_id("s");
                    plan.stakeholders.push(draft.to_stakeholder(id));
                    done.added += 1;
                } else {
                    done.skipped += 1;
                }
            }
            RowOutcome::Duplicate {
                existing, draft, ..
            } => match (
                choices.get(i).copied().unwrap_or_default(),
                plan.stakeholder_mut(existing),
            ) {
                (Choice::Update, Some(s)) => {
                    draft.update(s);
                    done.updated += 1;
                }
                _ => done.skipped += 1,
            },
            RowOutcome::Refused { .. } => done.refused += 1,
        }
    }
    done
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example;
    use crate::i18n::StakeholdersText;
    use crate::intake::{guess, read};
    use crate::outputs::tables::{self, Table};
    use crate::profile::FunctionalLevel;

    /// The example's units and nothing else.
    fn units_only(plan: &Plan) -> Plan {
        let mut empty = Plan::new();
        empty.profile.units = plan.profile.units.clone();
        empty.next_id = plan.next_id;
        empty
    }

    fn run(plan: &Plan, csv: &str) -> Preview {
        let sheet = read(csv).expect("reads");
        preview(plan, &sheet, &guess(&sheet)).expect("a usable mapping")
    }

    #[test]
    fn an_exported_register_re_imports_in_every_language() {
        for lang in Lang::ALL {
            let plan = example::plan(lang);
            let csv = tables::csv(&plan, Table::Stakeholders, lang);
            let sheet = read(&csv).expect("the export reads");
            assert_eq!(sheet.rows.len(), 17);
            let mapping = guess(&sheet);
            // Every field is found, each once, and only the derived columns (quadrant, gap,
            // ID) are left out.
            for field in Field::ALL {
                assert!(
                    mapping.column_of(field).is_some(),
                    "{lang:?}: {field:?} not found"
                );
            }
            let unmapped: Vec<&str> = (0..sheet.width())
                .filter(|c| mapping.field(*c).is_none())
                .map(|c| sheet.headers[c].as_str())
                .collect();
            let derived = [
                StakeholdersText::FilterQuadrant.text(lang),
                StakeholdersText::TabGap.text(lang),
                crate::i18n::OutputText::Id.text(lang),
            ];
            assert_eq!(unmapped, derived, "{lang:?}");

            // Into the example itself: all duplicates, nothing would change.
            let again = preview(&plan, &sheet, &mapping).expect("usable");
            assert_eq!(
                (again.adds(), again.duplicates(), again.refused()),
                (0, 17, 0)
            );
            for outcome in &again.rows {
                let RowOutcome::Duplicate {
                    existing, draft, ..
                } = outcome
                else {
                    panic!("{lang:?}: {outcome:?}");
                };
                let s = plan.stakeholder(existing).expect("the stakeholder");
                assert_eq!(draft.changes(s), [], "{lang:?}: {}", s.name);
                assert_eq!(draft.to_stakeholder(s.id), *s, "{lang:?}");
            }

            // Into a plan with the same units only: 17 new stakeholders, equal but for ids.
            let mut fresh = units_only(&plan);
            let new = preview(&fresh, &sheet, &mapping).expect("usable");
            assert_eq!((new.adds(), new.duplicates(), new.refused()), (17, 0, 0));
            let applied = apply(&mut fresh, &new, &new.default_choices());
            assert_eq!(applied.added, 17);
            assert_eq!(fresh.stakeholders.len(), 17);
            for (got, want) in fresh.stakeholders.iter().zip(&plan.stakeholders) {
                assert_eq!(
                    Stakeholder {
                        id: want.id,
                        ..got.clone()
                    },
                    *want,
                    "{lang:?}"
                );
            }
            // Fresh ids, unique in the plan.
            let ids: std::collections::HashSet<&str> = fresh.ids().map(Id::as_str).collect();
            assert_eq!(ids.len(), fresh.ids().count());
            assert!(fresh
                .stakeholders
                .iter()
                .all(|s| s.id.as_str().starts_with('s')));
        }
    }

    #[test]
    fn new_ids_come_from_the_plan_s_counter() {
        let mut plan = Plan::new();
        plan.add_stakeholder("Ann".into(), Category::Users);
        let before = plan.next_id;
        let p = run(&plan, "Name;Power\nBob;3\nCid;\nann;5\n");
        assert_eq!((p.adds(), p.duplicates()), (2, 1));
        let mut choices = p.default_choices();
        choices[2] = Choice::Update;
        let done = apply(&mut plan, &p, &choices);
        assert_eq!(
            done,
            Applied {
                added: 2,
                updated: 1,
                skipped: 0,
                refused: 0
            }
        );
        assert_eq!(plan.next_id, before + 2);
        let names: Vec<(&str, &str, Option<u8>)> = plan
            .stakeholders
            .iter()
            .map(|s| (s.name.as_str(), s.id.as_str(), s.power))
            .collect();
        assert_eq!(
            names,
            [
                ("Ann", "s1", Some(5)),
                ("Bob", "s2", Some(3)),
                ("Cid", "s3", None)
            ]
        );
        assert_eq!(
            done.text(Lang::Ru),
            "Добавлено: 2, обновлено: 1, пропущено: 0, не импортировано: 0."
        );
    }

    #[test]
    fn a_blank_desired_attitude_is_not_chosen_and_an_update_keeps_the_register_s() {
        let mut plan = Plan::new();
        let ann = plan.add_stakeholder("Ann".into(), Category::Users);
        if let Some(s) = plan.stakeholder_mut(&ann) {
            s.desired_attitude = Some(Attitude::Leading);
        }
        let p = run(
            &plan,
            "Name;Current attitude;Desired attitude
Bob;Resistant;
Cid;;Supportive
Ann;;
",
        );
        let mut choices = p.default_choices();
        choices[2] = Choice::Update;
        apply(&mut plan, &p, &choices);
        let attitudes: Vec<(&str, Attitude, Option<Attitude>)> = plan
            .stakeholders
            .iter()
            .map(|s| (s.name.as_str(), s.current_attitude, s.desired_attitude))
            .collect();
        assert_eq!(
            attitudes,
            [
                ("Ann", Attitude::Unaware, Some(Attitude::Leading)),
                ("Bob", Attitude::Resistant, None),
                ("Cid", Attitude::Unaware, Some(Attitude::Supportive))
            ]
        );
    }

    #[test]
    fn a_project_team_column_adds_team_members_and_a_bad_value_is_refused() {
        let mut plan = Plan::new();
        let p = run(
            &plan,
            "Name;Project team\nAziz Karimov;yes\nTellers;\nMalika;maybe\n",
        );
        assert_eq!(p.refused(), 1);
        apply(&mut plan, &p, &p.default_choices());
        let team: Vec<(&str, bool)> = plan
            .stakeholders
            .iter()
            .map(|s| (s.name.as_str(), s.team))
            .collect();
        assert_eq!(team, [("Aziz Karimov", true), ("Tellers", false)]);
        // Headers in Russian and Uzbek name the same field.
        for header in ["Команда проекта", "Loyiha jamoasi", "Project team member"] {
            let sheet = read(&format!("Name;{header}\nA;yes\n")).expect("reads");
            assert_eq!(guess(&sheet).field(1), Some(Field::Team), "{header}");
        }
    }

    #[test]
    fn a_duplicate_is_skipped_unless_chosen_and_an_update_keeps_what_blank_cells_leave() {
        let mut plan = Plan::new();
        let id = plan.add_stakeholder("Akmal  Rashidov".into(), Category::Management);
        if let Some(s) = plan.stakeholder_mut(&id) {
            s.power = Some(5);
            s.concerns = "Budget".into();
            s.sponsor = true;
            s.set_activity(Activity::WorkingOutStrategy, true);
        }
        let csv = "ФИО;Влияние;Опасения;Спонсор;Разработка стратегии;Оценка бизнес-задач\n\
                   AKMAL RASHIDOV ;4;;нет;;да\n";
        let p = run(&plan, csv);
        assert!(matches!(p.rows[0], RowOutcome::Duplicate { existing, .. } if existing == id));
        let RowOutcome::Duplicate { draft, .. } = &p.rows[0] else {
            panic!("{:?}", p.rows[0]);
        };
        let s = plan.stakeholder(&id).expect("akmal").clone();
        assert_eq!(
            draft.changes(&s),
            [
                Field::Power,
                Field::Activity(Activity::AssessingBusinessTasks),
                Field::Sponsor
            ]
        );
        let mut skipped = plan.clone();
        assert_eq!(apply(&mut skipped, &p, &[]).skipped, 1);
        assert_eq!(skipped, plan);
        apply(&mut plan, &p, &[Choice::Update]);
        let s = plan.stakeholder(&id).expect("akmal");
        assert_eq!(s.name, "Akmal  Rashidov", "an update never renames");
        assert_eq!(s.power, Some(4));
        assert_eq!(s.concerns, "Budget");
        assert!(!s.sponsor);
        assert_eq!(
            s.activities,
            [
                Activity::AssessingBusinessTasks,
                Activity::WorkingOutStrategy
            ]
        );
        assert_eq!(plan.stakeholders.len(), 1);
    }

    #[test]
    fn refused_rows_give_every_reason_with_their_row() {
        let mut plan = Plan::new();
        plan.add_unit("Sales".into(), FunctionalLevel::Operational, true);
        let long = "x".repeat(MAX_TEXT + 1);
        let csv = format!(
            "Name;Category;Unit;Power;Interest;Current attitude;Executive sponsor;Concerns\n\
             ;users;Sales;3;3;neutral;no;\n\
             Ann;Investors;Marketing;7;2,5;sleepy;maybe;{long}\n\
             Bob;users;sales;3,0; 4 ;Neutral;yes;\n\
             bob;it;;;;;;\n"
        );
        let p = run(&plan, &csv);
        assert_eq!((p.adds(), p.refused()), (1, 3));
        assert_eq!(
            p.rows[0],
            RowOutcome::Refused {
                row: 2,
                line: 2,
                reasons: vec![Reason::NoName]
            }
        );
        let RowOutcome::Refused {
            row: 3, reasons, ..
        } = &p.rows[1]
        else {
            panic!("{:?}", p.rows[1]);
        };
        assert_eq!(
            *reasons,
            [
                Reason::UnknownCategory("Investors".into()),
                Reason::UnknownUnit("Marketing".into()),
                Reason::TooLong(Field::Concerns),
                Reason::Score {
                    field: Field::Power,
                    value: "7".into()
                },
                Reason::Score {
                    field: Field::Interest,
                    value: "2,5".into()
                },
                Reason::UnknownAttitude {
                    field: Field::CurrentAttitude,
                    value: "sleepy".into()
                },
                Reason::NotYesNo {
                    field: Field::Sponsor,
                    value: "maybe".into()
                },
            ]
        );
        let RowOutcome::Add { draft, .. } = &p.rows[2] else {
            panic!("{:?}", p.rows[2]);
        };
        assert_eq!(
            (draft.power, draft.interest, draft.sponsor),
            (Some(3), Some(4), Some(true))
        );
        assert_eq!(draft.unit, Some(plan.profile.units[0].id));
        assert_eq!(
            p.rows[3],
            RowOutcome::Refused {
                row: 5,
                line: 5,
                reasons: vec![Reason::RepeatedName(4)]
            }
        );

        let ru = p.rows[1].refusal(Lang::Ru).expect("refused");
        let expected = [
            "Строка 3: неизвестная категория «Investors»",
            "в профиле нет подразделения «Marketing»",
            "текст в столбце «Опасения» длиннее 2\u{a0}000 символов",
            "влияние должно быть целым числом от 1 до 5, а указано «7»",
            "интерес должен быть целым числом от 1 до 5, а указано «2,5»",
            "не удалось распознать текущее отношение «sleepy»",
            "в столбце «Спонсор проекта» должно быть «да» или «нет», а указано «maybe»",
        ];
        assert_eq!(ru, expected.join("; "));
        assert_eq!(
            p.rows[0].refusal(Lang::Ru).as_deref(),
            Some("Строка 2: нет имени")
        );
        assert_eq!(
            p.rows[0].refusal(Lang::Uz).as_deref(),
            Some("2-qator: nomi yozilmagan")
        );
        assert_eq!(
            p.rows[3].refusal(Lang::En).as_deref(),
            Some("Row 5: the same name as row 4")
        );
        assert_eq!(p.rows[2].refusal(Lang::En), None);
        let en = p.rows[1].refusal(Lang::En).expect("refused");
        assert!(
            en.contains("power must be a whole number from 1 to 5, not “7”"),
            "{en}"
        );
        assert!(
            en.contains("“Concerns” is longer than 2,000 characters"),
            "{en}"
        );
        // A long value is quoted short.
        let r = Reason::UnknownCategory("y".repeat(100));
        assert_eq!(
            r.text(Lang::En),
            format!("unknown category “{}…”", "y".repeat(40))
        );
    }

    #[test]
    fn a_full_register_refuses_new_rows_but_not_updates() {
        let mut plan = Plan::new();
        for i in 0..MAX_ITEMS - 1 {
            plan.add_stakeholder(format!("P{i}"), Category::Users);
        }
        let p = run(&plan, "Name;Power\nNew one;1\nP3;2\nNew two;3\n");
        assert_eq!(p.adds(), 1);
        assert_eq!(p.duplicates(), 1);
        assert_eq!(
            p.rows[2],
            RowOutcome::Refused {
                row: 4,
                line: 4,
                reasons: vec![Reason::RegisterFull]
            }
        );
        assert!(p.rows[2]
            .refusal(Lang::En)
            .expect("refused")
            .contains("at most 5,000 stakeholders"));
        let done = apply(
            &mut plan,
            &p,
            &[Choice::Update, Choice::Update, Choice::Update],
        );
        assert_eq!((done.added, done.updated, done.refused), (1, 1, 1));
        assert_eq!(plan.stakeholders.len(), MAX_ITEMS);
    }

    #[test]
    fn a_mapping_without_a_name_column_is_refused() {
        let sheet = read("Phone;Power\n123;3\n").expect("reads");
        let mapping = guess(&sheet);
        assert_eq!(
            preview(&Plan::new(), &sheet, &mapping),
            Err(MappingError::NoName)
        );
        let mut mapping = mapping;
        mapping.set(0, Some(Field::Name));
        let p = preview(&Plan::new(), &sheet, &mapping).expect("usable");
        assert_eq!(p.adds(), 1);
    }

    #[test]
    fn every_message_also_says_itself_as_an_error_text() {
        assert_eq!(ErrorText::text(&Reason::NoName, Lang::En), "no name");
        assert_eq!(
            ErrorText::text(&MappingError::NoName, Lang::Ru),
            "Выберите столбец с именами."
        );
        assert_eq!(
            ErrorText::text(&crate::intake::ReadError::Empty, Lang::Uz),
            "Fayl boʻsh."
        );
    }

    #[test]
    fn names_match_without_case_or_spaces() {
        assert_eq!(name_key("  Akmal \u{a0} RASHIDOV "), "akmal rashidov");
        assert_eq!(name_key("Ёлка"), "ёлка");
    }
}
