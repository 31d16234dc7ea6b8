//! Where a finding is fixed, as a typed value: the field of a record, written as the DOM id of
//! its input (`stakeholder-s3-power`). The checks build these, and the step pages parse them back
//! to open the record before the app focuses the field, so both sides share this one definition.

use std::fmt;
use std::str::FromStr;

use crate::ids::Id;

/// The kinds of record whose fields a finding can point at; each is the prefix of its DOM ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnchorKind {
    /// A unit of the organisation (step 0).
    Unit,
    /// A stakeholder (step 1).
    Stakeholder,
    /// A KPI (step 2).
    Kpi,
    /// A link of goal, process, people and software (step 2).
    Link,
    /// An implementation goal (step 3).
    Goal,
    /// An implementation plan (step 4).
    Plan,
    /// A task (step 4).
    Task,
}

impl AnchorKind {
    /// Every kind.
    pub const ALL: [AnchorKind; 7] = [
        AnchorKind::Unit,
        AnchorKind::Stakeholder,
        AnchorKind::Kpi,
        AnchorKind::Link,
        AnchorKind::Goal,
        AnchorKind::Plan,
        AnchorKind::Task,
    ];

    /// The prefix of this kind's DOM ids.
    pub fn prefix(self) -> &'static str {
        match self {
            AnchorKind::Unit => "unit",
            AnchorKind::Stakeholder => "stakeholder",
            AnchorKind::Kpi => "kpi",
            AnchorKind::Link => "link",
            AnchorKind::Goal => "igoal",
            AnchorKind::Plan => "plan",
            AnchorKind::Task => "task",
        }
    }
}

/// A field of a record: `{prefix}-{id}-{field}`. Ids never contain `-` (they are a kind letter
/// and a number), so the field may (`stakeholder-s3-activity-assessing`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldAnchor {
    /// The kind of record.
    pub kind: AnchorKind,
    /// The record.
    pub id: Id,
    /// The field, as the editor names its input (`power`, `due`, `activity-assessing`).
    pub field: String,
}

impl FieldAnchor {
    /// The anchor of `field` of record `id`.
    pub fn new(kind: AnchorKind, id: &Id, field: &str) -> FieldAnchor {
        FieldAnchor {
            kind,
            id: *id,
            field: field.to_owned(),
        }
    }

    /// The record `anchor` names, when it is a field of a record of `kind`.
    pub fn record_of(anchor: &str, kind: AnchorKind) -> Option<Id> {
        anchor
            .parse::<FieldAnchor>()
            .ok()
            .filter(|a| a.kind == kind)
            .map(|a| a.id)
    }
}

impl fmt::Display for FieldAnchor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}-{}", self.kind.prefix(), self.id, self.field)
    }
}

/// Why a DOM id is not a record's field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAFieldAnchor;

impl FromStr for FieldAnchor {
    type Err = NotAFieldAnchor;

    /// Parses `{prefix}-{id}-{field}`. The "new record" forms (`plan-new-name`) and plain
    /// element ids (`profile-name`) name no record and are refused.
    fn from_str(s: &str) -> Result<FieldAnchor, NotAFieldAnchor> {
        let (prefix, rest) = s.split_once('-').ok_or(NotAFieldAnchor)?;
        let kind = AnchorKind::ALL
            .into_iter()
            .find(|k| k.prefix() == prefix)
            .ok_or(NotAFieldAnchor)?;
        let (id, field) = rest.split_once('-').ok_or(NotAFieldAnchor)?;
        let is_id = id.len() > 1
            && id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id[1..].bytes().all(|b| b.is_ascii_digit());
        if !is_id || field.is_empty() {
            return Err(NotAFieldAnchor);
        }
        Ok(FieldAnchor {
            kind,
            id: Id::from(id),
            field: field.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_its_dom_id() {
        for kind in AnchorKind::ALL {
            for field in ["name", "due", "activity-assessingBusinessTasks"] {
                let anchor = FieldAnchor::new(kind, &Id::from("x42"), field);
                let text = anchor.to_string();
                assert_eq!(text.parse::<FieldAnchor>(), Ok(anchor), "{text}");
            }
        }
    }

    #[test]
    fn dom_ids_read_as_the_checks_write_them() {
        let a: FieldAnchor = "stakeholder-s3-power".parse().expect("an anchor");
        assert_eq!(
            (a.kind, a.id.as_str(), a.field.as_str()),
            (AnchorKind::Stakeholder, "s3", "power")
        );
        assert_eq!(
            FieldAnchor::record_of("task-t17-depends", AnchorKind::Task),
            Some(Id::from("t17"))
        );
        assert_eq!(
            FieldAnchor::record_of("task-t17-depends", AnchorKind::Plan),
            None
        );
    }

    #[test]
    fn new_record_forms_and_plain_ids_name_no_record() {
        for text in [
            "plan-new-name",
            "igoal-new-name",
            "stakeholder-new-name",
            "profile-name",
            "vision",
            "scope-sales-decision",
            "task-t9",
            "task-t9-",
            "task--due",
            "stakeholders-s3-name",
        ] {
            assert_eq!(text.parse::<FieldAnchor>(), Err(NotAFieldAnchor), "{text}");
        }
    }
}
