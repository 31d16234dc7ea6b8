//! The tasks of the open plan: one row each, the open task's editor below its row, and the form
//! that adds a task. A dependency that would close a cycle is refused beside its field, with the
//! cycle named.

use leptos::prelude::*;
use planner_core::cycles;
use planner_core::dates::short_date;
use planner_core::i18n::{field_error, fill, PlansText, Text};
use planner_core::plans::{progress, Task, TaskStatus};
use planner_core::profile::{optional_date, optional_text, required_text, FieldError};
use planner_core::Id;

use super::use_selection;
use crate::i18n::{t, use_language};
use crate::state::{today, use_store, PlanStore};
use crate::widgets::choice::Choice;
use crate::widgets::{CheckboxField, DateField, SelectField, TextField};

fn edit(store: PlanStore, id: &Id, change: impl FnOnce(&mut Task)) {
    let id = id.clone();
    store.update(move |p| {
        if let Some(t) = p.task_mut(&id) {
            change(t);
        }
    });
}

/// The tasks of plan `plan`.
#[component]
pub fn TaskList(plan: Id) -> impl IntoView {
    let store = use_store();
    let doc = store.plan();
    let ids = {
        let plan = plan.clone();
        Memo::new(move |_| {
            doc.with(|p| {
                p.plan(&plan)
                    .map(|x| x.tasks.iter().map(|t| t.id.clone()).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        })
    };
    view! {
        <section class="tasks" aria-labelledby="tasks-heading">
            <h3 id="tasks-heading">{t(PlansText::TasksTitle)}</h3>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=|| view! { <p class="empty-inline" id="tasks-empty">{t(PlansText::NoTasks)}</p> }
            >
                <ul class="task-list" id="task-list">
                    <For each=move || ids.get() key=|id| id.clone() let:id>
                        <TaskRow id=id />
                    </For>
                </ul>
            </Show>
            <NewTaskForm plan=plan.clone() />
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
    let doc = store.plan();
    let now = today();
    let data = {
        let id = id.clone();
        Memo::new(move |_| {
            doc.with(|p| {
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
        })
    };
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| selection.task.with(|s| s.as_ref() == Some(&id)))
    };
    let dom = id.to_string();
    let toggle = {
        let id = id.clone();
        move |_| {
            let open = selection.task.get_untracked().as_ref() == Some(&id);
            selection.task.set((!open).then(|| id.clone()));
        }
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
                <TaskEditor id=id.clone() />
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
    let task = {
        let id = id.clone();
        Memo::new(move |_| doc.with(|p| p.task(&id).cloned().unwrap_or_default()))
    };
    let dom = id.to_string();
    let fid = move |field: &str| format!("task-{dom}-{field}");
    let people = Memo::new(move |_| {
        let none = PlansText::NoneChosen.text(lang.get()).to_owned();
        doc.with(|p| {
            std::iter::once((String::new(), none))
                .chain(
                    p.stakeholders
                        .iter()
                        .map(|s| (s.id.to_string(), s.name.clone())),
                )
                .collect::<Vec<_>>()
        })
    });
    let statuses = Signal::derive(move || {
        let l = lang.get();
        TaskStatus::ALL
            .into_iter()
            .map(|s| (s.code(), PlansText::task_status(s).text(l)))
            .collect::<Vec<_>>()
    });
    // Tasks it could depend on: every other task, labelled with its plan.
    let candidates = {
        let id = id.clone();
        Memo::new(move |_| {
            doc.with(|p| {
                p.plans
                    .iter()
                    .flat_map(|x| x.tasks.iter().map(move |t| (x, t)))
                    .filter(|(_, t)| t.id != id)
                    .map(|(x, t)| (t.id.to_string(), format!("{} — {}", x.name, t.title)))
                    .collect::<Vec<_>>()
            })
        })
    };
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
    let (
        i_title,
        i_owner,
        i_start,
        i_due,
        i_status,
        i_progress,
        i_mile,
        i_deliv,
        i_dep,
        i_rm,
        i_del,
    ) = (
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
    );
    let date = move |f: fn(&Task) -> Option<chrono::NaiveDate>| {
        Signal::derive(move || task.with(|t| f(t).map(|d| d.to_string()).unwrap_or_default()))
    };
    let depends_id = fid("depends");
    let progress_id = fid("progress");
    let progress_error = RwSignal::new(false);
    view! {
        <div class="task-editor" id=fid("editor")>
            <div class="form-grid">
                <TextField
                    id=fid("title")
                    label=Signal::derive(t(PlansText::TaskTitle))
                    required=true
                    value=Signal::derive(move || task.with(|t| t.title.clone()))
                    commit=Callback::new(move |s: String| {
                        let v = required_text(&s)?;
                        edit(store, &i_title, |t| t.title = v);
                        Ok(())
                    })
                />
                <Choice
                    id=fid("owner")
                    label=Signal::derive(t(PlansText::Owner))
                    options=people
                    value=Signal::derive(move || task.with(|t| t.owner.as_ref().map(Id::to_string).unwrap_or_default()))
                    on_change=Callback::new(move |v: String| edit(store, &i_owner, |t| t.owner = (!v.is_empty()).then_some(Id(v))))
                />
                <DateField
                    id=fid("start")
                    label=Signal::derive(t(PlansText::Start))
                    value=date(|t| t.start)
                    commit=Callback::new(move |s: String| {
                        let v = optional_date(&s)?;
                        edit(store, &i_start, |t| t.start = v);
                        Ok(())
                    })
                />
                <DateField
                    id=fid("due")
                    label=Signal::derive(t(PlansText::Due))
                    value=date(|t| t.due)
                    commit=Callback::new(move |s: String| {
                        let v = optional_date(&s)?;
                        edit(store, &i_due, |t| t.due = v);
                        Ok(())
                    })
                />
                <SelectField
                    id=fid("status")
                    label=Signal::derive(t(PlansText::Status))
                    options=statuses
                    value=Signal::derive(move || task.with(|t| t.status.code().to_owned()))
                    on_change=Callback::new(move |v: String| {
                        if let Some(s) = TaskStatus::from_code(&v) {
                            edit(store, &i_status, |t| {
                                t.status = s;
                                if s == TaskStatus::Done {
                                    t.progress = 100;
                                }
                            });
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
                                edit(store, &i_progress, |t| t.progress = v);
                            }
                            None => progress_error.set(true),
                        }
                    />
                </div>
                <TextField
                    id=fid("deliverable")
                    label=Signal::derive(t(PlansText::Deliverable))
                    value=Signal::derive(move || task.with(|t| t.deliverable.clone()))
                    commit=Callback::new(move |s: String| {
                        let v = optional_text(&s)?;
                        edit(store, &i_deliv, |t| t.deliverable = v);
                        Ok(())
                    })
                />
                <CheckboxField
                    id=fid("milestone")
                    label=Signal::derive(t(PlansText::Milestone))
                    checked=Signal::derive(move || task.with(|t| t.milestone))
                    on_change=Callback::new(move |on: bool| edit(store, &i_mile, |t| t.milestone = on))
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
                            let me = i_rm.clone();
                            let label = fill(PlansText::RemoveDependency.text(lang.get()), &[&title]);
                            let dom = dep.to_string();
                            view! {
                                <li class="dependency" data-task=dom>
                                    <span>{title}</span>
                                    <button type="button" class="button subtle" aria-label=label on:click=move |_| {
                                        let dep = dep.clone();
                                        edit(store, &me, |t| t.depends_on.retain(|d| d != &dep));
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
                            let me = i_dep.clone();
                            store.update(|p| {
                                if let Err(c) = p.add_dependency(&me, &Id(value)) {
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
                        let id = i_del.clone();
                        store.update(|p| { p.remove_task(&id); });
                        selection.task.set(None);
                    }
                >
                    {t(PlansText::DeleteTask)}
                </button>
                <button type="button" class="button" id=fid("close") on:click=move |_| selection.task.set(None)>
                    {t(PlansText::CloseTask)}
                </button>
            </div>
        </div>
    }
}

#[component]
fn NewTaskForm(plan: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let selection = use_selection();
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(None::<FieldError>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match required_text(&title.get_untracked()) {
            Ok(v) => {
                let mut added = None;
                store.update(|p| added = p.add_task(&plan, v));
                selection.task.set(added);
                title.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <form class="new-record" on:submit=submit aria-labelledby="new-task-heading">
            <h4 id="new-task-heading">{t(PlansText::NewTask)}</h4>
            <div class="new-record-fields">
                <div class="field" class:invalid=move || error.get().is_some()>
                    <label for="task-new-title">{t(PlansText::TaskTitle)}</label>
                    <input
                        id="task-new-title"
                        type="text"
                        aria-invalid=move || error.get().is_some().to_string()
                        aria-describedby="task-new-title-error"
                        prop:value=move || title.get()
                        on:input:target=move |ev| {
                            title.set(ev.target().value());
                            error.set(None);
                        }
                    />
                    <p class="field-error" id="task-new-title-error" role="alert">
                        {move || error.get().map(|e| field_error(e, lang.get()))}
                    </p>
                </div>
                <button type="submit" class="button primary" id="task-add">{t(PlansText::AddTask)}</button>
            </div>
        </form>
    }
}
