//! The tasks of the open plan: one row each, the open task's editor below its row, and the form
//! that adds a task. A dependency that would close a cycle is refused beside its field, with the
//! cycle named.

use leptos::prelude::*;
use planner_core::dates::short_date;
use planner_core::i18n::{fill, Lang, PlansText, Text};
use planner_core::paging::ROW_PAGE_SIZE;
use planner_core::plans::cycles;
use planner_core::plans::{progress, TaskStatus};
use planner_core::profile::optional_text;
use planner_core::store::patch::{Part as PlanPart, Parts};
use planner_core::{Id, Plan};

use super::fields::{shared_fields, Part};
use super::sheet::TaskSheet;
use super::use_selection;
use crate::i18n::{t, use_language};
use crate::state::{today, use_store};
use crate::widgets::pager::paged_by;
use crate::widgets::sheet::{remembered, Layout, LayoutChoice};
use crate::widgets::{option, Bound, CheckboxField, NameForm, Pager, Select, TextField};

/// The task statuses as a select's options, in the interface language: the editor's and the
/// compact table's status field.
pub(super) fn status_options(lang: Lang) -> Vec<(String, String)> {
    TaskStatus::ALL
        .into_iter()
        .map(|s| option((s.code(), PlansText::task_status(s).text(lang))))
        .collect()
}

/// The tasks of plan `plan`.
#[component]
pub fn TaskList(plan: Id) -> impl IntoView {
    let store = use_store();
    let doc = store.plan();
    let ids = Memo::new(move |_| {
        doc.with(|p| {
            p.plan(&plan)
                .map(|x| x.tasks.iter().map(|t| t.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    // A long list is drawn a page at a time; the task opened (a link, a bar of the timeline, a
    // new task) is on the page shown.
    let paged = paged_by(ids, ROW_PAGE_SIZE);
    let selection = use_selection();
    let layout = remembered("tasks", selection.task);
    let added = RwSignal::new(None::<Id>);
    paged.follow(move || selection.task.get().or_else(|| added.get()));
    view! {
        <section class="tasks" aria-labelledby="tasks-heading">
            <h3 id="tasks-heading">{t(PlansText::TasksTitle)}</h3>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=|| view! { <p class="empty-inline" id="tasks-empty">{t(PlansText::NoTasks)}</p> }
            >
                <LayoutChoice id="task-layout" layout=layout />
                <Show
                    when=move || layout.get() == Layout::Table
                    fallback=move || view! {
                        <ul class="task-list" id="task-list">
                            <For each=move || paged.visible.get() key=|id| *id let:id>
                                <TaskRow id=id />
                            </For>
                        </ul>
                    }
                >
                    <TaskSheet ids=paged.visible />
                </Show>
                <Pager id="task-pager" paging=paged.paging page=paged.page />
            </Show>
            <NewTaskForm plan=plan layout=layout added=added />
        </section>
    }
}

#[derive(Clone, PartialEq)]
struct RowData {
    title: String,
    owner: Option<String>,
    start: Option<chrono::NaiveDate>,
    due: Option<chrono::NaiveDate>,
    status: TaskStatus,
    progress: u8,
    milestone: bool,
    overdue: bool,
}

#[component]
fn TaskRow(id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let selection = use_selection();
    let now = today();
    let data = Memo::new(move |_| {
        store.with_record(&id, Parts::of(&[PlanPart::Stakeholders]), |p| {
            let t = p.task(&id)?;
            Some(RowData {
                title: t.title.clone(),
                owner: t.owner.as_ref().and_then(|o| {
                    p.stakeholders
                        .iter()
                        .find(|s| &s.id == o)
                        .map(|s| s.name.clone())
                }),
                start: t.start,
                due: t.due,
                status: t.status,
                progress: t.progress,
                milestone: t.milestone,
                overdue: t.is_overdue(now),
            })
        })
    });
    let is_open = Memo::new(move |_| selection.task.with(|s| s.as_ref() == Some(&id)));
    let dom = id.to_string();
    let toggle = move |_| {
        let open = selection.task.get_untracked().as_ref() == Some(&id);
        selection.task.set((!open).then_some(id));
    };
    let date = move |d: Option<chrono::NaiveDate>| {
        d.map(|d| short_date(d, lang.get())).unwrap_or_default()
    };
    view! {
        <li class="task-item" data-task=dom.clone() class:open=move || is_open.get() class:overdue=move || data.with(|d| d.as_ref().is_some_and(|d| d.overdue))>
            <div class="task-row" id=format!("task-{dom}-row")>
                <button
                    type="button"
                    class="task-title link-button"
                    id=format!("task-{dom}-open")
                    aria-expanded=move || is_open.get().to_string()
                    aria-label=move || fill(PlansText::EditTask.text(lang.get()), &[&data.with(|d| d.as_ref().map(|d| d.title.clone()).unwrap_or_default())])
                    on:click=toggle
                >
                    {move || data.with(|d| d.as_ref().map(|d| {
                        let mark = if d.milestone { "◆ " } else { "" };
                        format!("{mark}{}", d.title)
                    }))}
                </button>
                {move || data.get().map(|d| {
                    let l = lang.get();
                    view! {
                        <span class="task-owner">{d.owner.unwrap_or_default()}</span>
                        <span class="task-dates">{format!("{} – {}", date(d.start), date(d.due))}</span>
                        <span class=format!("badge task-status-{}", d.status.code())>{PlansText::task_status(d.status).text(l)}</span>
                        <span class="task-progress">{format!("{}%", d.progress)}</span>
                        {d.overdue.then(|| view! { <span class="badge overdue">{PlansText::Overdue.text(l)}</span> })}
                    }
                })}
            </div>
            <Show when=move || is_open.get()>
                <TaskEditor id=id />
            </Show>
        </li>
    }
}

#[component]
fn TaskEditor(id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let selection = use_selection();
    let doc = store.plan();
    let rec = Bound::new(id, Plan::task, Plan::task_mut);
    let task = rec.record();
    let dom = id.to_string();
    let fid = move |field: &str| format!("task-{dom}-{field}");
    let statuses = Signal::derive(move || status_options(lang.get()));
    // Tasks it could depend on: every other task, labelled with its plan.
    let candidates = Memo::new(move |_| {
        doc.with(|p| {
            p.plans
                .iter()
                .flat_map(|x| x.tasks.iter().map(move |t| (x, t)))
                .filter(|(_, t)| t.id != id)
                .map(|(x, t)| (t.id.to_string(), format!("{} — {}", x.name, t.title)))
                .collect::<Vec<_>>()
        })
    });
    let deps = Memo::new(move |_| {
        let list = task.with(|t| t.depends_on.clone());
        doc.with(|p| {
            list.into_iter()
                .map(|d| {
                    let title = p
                        .task(&d)
                        .map(|t| t.title.clone())
                        .unwrap_or_else(|| d.to_string());
                    (d, title)
                })
                .collect::<Vec<_>>()
        })
    });
    let cycle = RwSignal::new(None::<String>);
    let depends_id = fid("depends");
    let progress_id = fid("progress");
    let progress_error = RwSignal::new(false);
    let title_id = fid("open");
    view! {
        <div class="task-editor" id=fid("editor")>
            <div class="form-grid">
                {shared_fields(
                    rec,
                    &format!("task-{}", rec.id()),
                    Part { field: "title", label: PlansText::TaskTitle, get: |t| t.title.clone(), set: |t, v| t.title = v },
                    Part { field: "owner", label: PlansText::Owner, get: |t| t.owner.as_ref(), set: |t, v| t.owner = v },
                    [
                        Part { field: "start", label: PlansText::Start, get: |t| t.start, set: |t, v| t.start = v },
                        Part { field: "due", label: PlansText::Due, get: |t| t.due, set: |t, v| t.due = v },
                    ],
                )}
                <Select
                    id=fid("status")
                    label=Signal::derive(t(PlansText::Status))
                    options=statuses
                    value=Signal::derive(move || task.with(|t| t.status.code().to_owned()))
                    on_change=Callback::new(move |v: String| {
                        if let Some(s) = TaskStatus::from_code(&v) {
                            rec.edit(|t| t.set_status(s));
                        }
                    })
                />
                <div class="field" class:invalid=move || progress_error.get()>
                    <label for=progress_id.clone()>{t(PlansText::Progress)}</label>
                    <input
                        id=progress_id.clone()
                        type="number"
                        min="0"
                        max="100"
                        step="5"
                        aria-invalid=move || progress_error.get().to_string()
                        prop:value=move || task.with(|t| t.progress.to_string())
                        on:change:target=move |ev| match progress(&ev.target().value()) {
                            Some(v) => {
                                progress_error.set(false);
                                rec.edit(|t| t.progress = v);
                            }
                            None => progress_error.set(true),
                        }
                    />
                </div>
                <TextField
                    id=fid("deliverable")
                    label=Signal::derive(t(PlansText::Deliverable))
                    value=rec.text(|t| t.deliverable.clone())
                    commit=rec.commit(optional_text, |t, v| t.deliverable = v)
                />
                <CheckboxField
                    id=fid("milestone")
                    label=Signal::derive(t(PlansText::Milestone))
                    checked=Signal::derive(move || task.with(|t| t.milestone))
                    on_change=Callback::new(move |on: bool| rec.edit(|t| t.milestone = on))
                />
            </div>
            <div class="dependencies">
                <p class="field-label">{t(PlansText::DependsOn)}</p>
                <ul class="dependency-list" id=fid("dependency-list")>
                    {move || {
                        let list = deps.get();
                        if list.is_empty() {
                            return view! { <li class="muted">{t(PlansText::NoDependencies)}</li> }.into_any();
                        }
                        list.into_iter().map(|(dep, title)| {
                            let label = fill(PlansText::RemoveDependency.text(lang.get()), &[&title]);
                            let dom = dep.to_string();
                            view! {
                                <li class="dependency" data-task=dom>
                                    <span>{title}</span>
                                    <button type="button" class="button subtle" aria-label=label on:click=move |_| {
                                        rec.edit(|t| t.depends_on.retain(|d| d != &dep));
                                        cycle.set(None);
                                    }>"×"</button>
                                </li>
                            }
                        }).collect_view().into_any()
                    }}
                </ul>
                <div class="field" class:invalid=move || cycle.get().is_some()>
                    <label for=depends_id.clone()>{t(PlansText::AddDependency)}</label>
                    <select
                        id=depends_id.clone()
                        aria-invalid=move || cycle.get().is_some().to_string()
                        aria-describedby=format!("{depends_id}-error")
                        on:change:target=move |ev| {
                            let target = ev.target();
                            let value = target.value();
                            target.set_value("");
                            if value.is_empty() {
                                return;
                            }
                            let mut refused = None;
                            let me = rec.id();
                            store.update(|p| {
                                if let Err(c) = p.add_dependency(&me, &Id::from(value)) {
                                    refused = Some(cycles::describe(p, &c));
                                }
                            });
                            cycle.set(refused.map(|c| fill(PlansText::CycleRefused.text(lang.0.get_untracked()), &[&c])));
                        }
                    >
                        <option value="">{t(PlansText::NoneChosen)}</option>
                        {move || candidates.get().into_iter().map(|(v, label)| view! { <option value=v>{label}</option> }).collect_view()}
                    </select>
                    <p class="field-error" id=format!("{depends_id}-error") role="alert">{move || cycle.get()}</p>
                </div>
            </div>
            <div class="editor-actions">
                <button
                    type="button"
                    class="button danger subtle"
                    id=fid("delete")
                    on:click=move |_| {
                        rec.remove(|t| t.title.clone(), |p, id| { p.remove_task(id); });
                        selection.task.set(None);
                    }
                >
                    {t(PlansText::DeleteTask)}
                </button>
                <button type="button" class="button" id=fid("close") on:click=move |_| {
                    selection.task.set(None);
                    // The button goes with the editor: the focus goes back to the task's title.
                    crate::platform::focus::element_later(title_id.clone());
                }>
                    {t(PlansText::CloseTask)}
                </button>
            </div>
        </div>
    }
}

/// Adds a task by its title: in the cards, its editor opens; in the table, its row's first
/// empty cell takes the focus.
#[component]
fn NewTaskForm(plan: Id, layout: RwSignal<Layout>, added: RwSignal<Option<Id>>) -> impl IntoView {
    let store = use_store();
    let selection = use_selection();
    view! {
        <NameForm
            id="task-new-title"
            label=Signal::derive(t(PlansText::TaskTitle))
            heading=("new-task-heading", Signal::derive(t(PlansText::NewTask)))
            minor=true
            button_id="task-add"
            button=Signal::derive(t(PlansText::AddTask))
            on_add=Callback::new(move |title: String| {
                let mut new = None;
                store.update(|p| new = p.add_task(&plan, title));
                let table = layout.get_untracked() == Layout::Table;
                if table {
                    added.set(new);
                } else {
                    selection.task.set(new);
                }
                if let Some(id) = new {
                    let part = if table { "row" } else { "editor" };
                    crate::platform::focus::first_empty_field(format!("task-{id}-{part}"));
                }
                Ok(())
            })
            on_add_many=Callback::new(move |titles: Vec<String>| {
                store.update(|p| {
                    for title in titles {
                        p.add_task(&plan, title);
                    }
                });
            })
        />
    }
}
