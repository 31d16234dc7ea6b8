//! The fields a plan and a task share: a required name, the one person who answers for it, and
//! two dates. The plan editor and the task editor each give their own ids, labels and order.

use chrono::NaiveDate;
use leptos::prelude::*;
use planner_core::i18n::{PlansText, WidgetText};
use planner_core::profile::{optional_date, required_text};
use planner_core::Id;

use crate::i18n::t;
use crate::widgets::{use_people, Bound, DateField, RecordPicker, TextField};

/// A field of the stack: its id suffix, its label, how to read and write it.
pub struct Part<G, S> {
    /// The id suffix (`name`, `deadline`), after the record's prefix.
    pub field: &'static str,
    /// The label.
    pub label: PlansText,
    /// Reads the value.
    pub get: G,
    /// Writes a checked value.
    pub set: S,
}

/// The required name.
pub type NamePart<R> = Part<fn(&R) -> String, fn(&mut R, String)>;
/// The person who answers for the record.
pub type PersonPart<R> = Part<for<'a> fn(&'a R) -> Option<&'a Id>, fn(&mut R, Option<Id>)>;
/// A date.
pub type DatePart<R> = Part<fn(&R) -> Option<NaiveDate>, fn(&mut R, Option<NaiveDate>)>;

/// The name, the person and the two dates of a plan or a task, in that order; `prefix` starts
/// every id (`plan-p1`, `task-t3`), the targets of the checks' links.
pub fn shared_fields<R: Clone + PartialEq + Default + Send + Sync + 'static>(
    rec: Bound<R>,
    prefix: &str,
    name: NamePart<R>,
    person: PersonPart<R>,
    dates: [DatePart<R>; 2],
) -> impl IntoView {
    let (chosen, pick, clear) = rec.person(person.get, person.set);
    // Someone not in the register yet joins the project team from here, without leaving step 4.
    let create = rec.new_team_member(person.set);
    let dates_view = dates.map(|d| {
        view! {
            <DateField
                id=format!("{prefix}-{}", d.field)
                label=Signal::derive(t(d.label))
                value=rec.date(d.get)
                commit=rec.commit(optional_date, d.set)
            />
        }
    });
    view! {
        <TextField
            id=format!("{prefix}-{}", name.field)
            label=Signal::derive(t(name.label))
            required=true
            value=rec.text(name.get)
            commit=rec.commit(required_text, name.set)
        />
        <RecordPicker
            id=format!("{prefix}-{}", person.field)
            label=Signal::derive(t(person.label))
            options=use_people().0
            source=Signal::derive(t(WidgetText::PeopleSource))
            single=true
            chosen=chosen
            on_pick=pick
            on_remove=clear
            on_create=create
        />
        {dates_view.into_iter().collect_view()}
    }
}
