//! The open plan's tasks as a compact table: a row per task with its title, owner, dates and
//! status, to enter a plan's schedule from the keyboard (see [`crate::widgets::sheet`]). The
//! cells are the task editor's fields, with its ids and checks; dependencies, progress and the
//! deliverable are in the task's own editor.

use leptos::prelude::*;
use planner_core::i18n::{PlansText, Text};
use planner_core::plans::{Task, TaskStatus};
use planner_core::profile::{optional_date, required_text};
use planner_core::{Id, Plan};

use super::tasks::status_options;
use crate::i18n::{t, use_language};
use crate::widgets::sheet::Sheet;
use crate::widgets::{option, use_people, Bound, DateField, Select, TextField};

/// The tasks `ids` (the page shown) as a table.
#[component]
pub fn TaskSheet(#[prop(into)] ids: Signal<Vec<Id>>) -> impl IntoView {
    let columns = vec![
        PlansText::TaskTitle,
        PlansText::Owner,
        PlansText::Start,
        PlansText::Due,
        PlansText::Status,
    ];
    view! {
        <Sheet id="task-sheet" caption=PlansText::TasksTitle columns=columns>
            <For each=move || ids.get() key=|id| *id let:id>
                <SheetRow id=id />
            </For>
        </Sheet>
    }
}

/// One task's row.
#[component]
fn SheetRow(id: Id) -> impl IntoView {
    let lang = use_language();
    let rec = Bound::new(id, Plan::task, Plan::task_mut);
    let fid = move |field: &str| format!("task-{id}-{field}");
    let statuses = Signal::derive(move || status_options(lang.get()));
    let date = |field: &'static str,
                col: u8,
                label: PlansText,
                get: fn(&Task) -> Option<chrono::NaiveDate>,
                set: fn(&mut Task, Option<chrono::NaiveDate>)| {
        view! {
            <td data-col=col class="sheet-date">
                <DateField
                    id=fid(field)
                    label=Signal::derive(t(label))
                    value=rec.date(get)
                    commit=rec.commit(optional_date, set)
                />
            </td>
        }
    };
    view! {
        <tr id=fid("row") data-task=id.to_string()>
            <td data-col="0" class="sheet-name">
                <TextField
                    id=fid("title")
                    label=Signal::derive(t(PlansText::TaskTitle))
                    required=true
                    value=rec.text(|t| t.title.clone())
                    commit=rec.commit(required_text, |t, v| t.title = v)
                />
            </td>
            <td data-col="1" class="sheet-owner">
                <OwnerSelect rec=rec id=fid("owner") />
            </td>
            {date("start", 2, PlansText::Start, |t| t.start, |t, v| t.start = v)}
            {date("due", 3, PlansText::Due, |t| t.due, |t, v| t.due = v)}
            <td data-col="4">
                <Select
                    id=fid("status")
                    label=Signal::derive(t(PlansText::Status))
                    options=statuses
                    value=rec.text(|t| t.status.code().to_owned())
                    on_change=Callback::new(move |v: String| {
                        if let Some(s) = TaskStatus::from_code(&v) {
                            rec.edit(|t| t.set_status(s));
                        }
                    })
                />
            </td>
        </tr>
    }
}

/// The task's owner as a select of the people (step 1's register, the organisation's own
/// first). Until the cell is reached it lists the owner alone: a page of rows, each with every
/// person of a large register, would be thousands of options drawn for nothing. The pointer
/// pressed on the cell or the focus coming to it fills the list before it opens.
#[component]
fn OwnerSelect(rec: Bound<Task>, id: String) -> impl IntoView {
    let lang = use_language();
    let people = use_people().0;
    let reached = RwSignal::new(false);
    let options = Signal::derive(move || {
        let none = option(("", PlansText::NoneChosen.text(lang.get())));
        let owner = rec.record().with(|t| t.owner);
        people.with(|all| {
            std::iter::once(none)
                .chain(
                    all.iter()
                        .filter(|(person, _)| reached.get() || Some(*person) == owner)
                        .map(|(person, name)| option((person.to_string(), name.clone()))),
                )
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="sheet-lazy" on:pointerdown=move |_| reached.set(true) on:focusin=move |_| reached.set(true)>
            <Select
                id=id
                label=Signal::derive(t(PlansText::Owner))
                options=options
                value=rec.text(|t| t.owner.map(|o| o.to_string()).unwrap_or_default())
                on_change=Callback::new(move |v: String| {
                    let owner = (!v.is_empty()).then(|| Id::from(v));
                    rec.edit(|t| t.owner = owner);
                })
            />
        </div>
    }
}
