//! The register: search, filters, sort, the list of stakeholders and the "new stakeholder" form.

use leptos::prelude::*;
use planner_core::i18n::{fill, Lang, StakeholdersText, Text};
use planner_core::paging::ROW_PAGE_SIZE;
use planner_core::references;
use planner_core::stakeholders::views::{self, RegisterFilter, RegisterSort};
use planner_core::stakeholders::{Attitude, Category, Quadrant};
use planner_core::store::patch::{Part, Parts};
use planner_core::Id;

use super::delete::DeleteDialog;
use super::editor::{category_options, StakeholderEditor};
use super::sheet::RegisterSheet;
use super::use_register;
use crate::i18n::{t, use_language};
use crate::state::use_store;
use crate::widgets::example::OpenExampleButton;
use crate::widgets::Origin;

use super::intake::SpreadsheetImport;
use crate::widgets::pager::{paged_by, Paged};
use crate::widgets::sheet::{Layout, LayoutChoice};
use crate::widgets::{option, NameForm, Pager, Select};

/// The category filter's value that shows the project team's members.
const TEAM: &str = "team";

fn with_all(
    lang: Lang,
    rest: impl Iterator<Item = (&'static str, &'static str)>,
) -> Vec<(String, String)> {
    std::iter::once(("", StakeholdersText::All.text(lang)))
        .chain(rest)
        .map(option)
        .collect()
}

/// The register card.
#[component]
pub fn RegisterCard() -> impl IntoView {
    let store = use_store();
    let state = use_register();
    let lang = use_language();
    let plan = store.part(Part::Stakeholders);
    let search = RwSignal::new(String::new());
    let category = RwSignal::new(String::new());
    let attitude = RwSignal::new(String::new());
    let quadrant = RwSignal::new(String::new());
    let sort = RwSignal::new(RegisterSort::Entered.code().to_owned());
    let filter = Memo::new(move |_| RegisterFilter {
        search: search.get(),
        // The category menu ends with "Project team": the team's members, of any category.
        category: Category::from_code(&category.get()),
        team: category.with(|c| c == TEAM),
        attitude: Attitude::from_code(&attitude.get()),
        quadrant: match quadrant.get().as_str() {
            "" => None,
            "none" => Some(None),
            code => Quadrant::from_code(code).map(Some),
        },
        sort: RegisterSort::from_code(&sort.get()).unwrap_or_default(),
    });
    let shown = Memo::new(move |_| plan.with(|p| views::register(p, &filter.get())));
    let total = move || plan.with(|p| p.stakeholders.len());
    // A long register is drawn a page at a time; search and filters still reach everyone.
    let paged = paged_by(shown, ROW_PAGE_SIZE);
    let Paged {
        page,
        paging,
        visible,
        ..
    } = paged;
    // Whoever is opened (a check link, a grid point, a new record) is on the page shown.
    paged.follow(move || state.row.open.get().or_else(|| state.added.get()));
    // A new search or filter starts at the first page.
    let refilter = move |signal: RwSignal<String>, value: String| {
        signal.set(value);
        page.set(0);
    };
    view! {
        <section class="card register" aria-labelledby="register-heading">
            <div class="card-head">
                <h2 id="register-heading">{t(StakeholdersText::RegisterSection)} <Origin /></h2>
                <div class="card-head-actions">
                    <SpreadsheetImport />
                    <OpenExampleButton id="open-example-small" />
                </div>
            </div>
            <p class="muted">{t(StakeholdersText::RegisterIntro)}</p>
            <Show when=move || total() != 0>
                <div class="register-tools" role="search">
                    <div class="field">
                        <label for="stakeholder-search">{t(StakeholdersText::Search)}</label>
                        <input
                            id="stakeholder-search"
                            type="search"
                            prop:value=move || search.get()
                            on:input:target=move |ev| refilter(search, ev.target().value())
                        />
                    </div>
                    <Select
                        id="filter-category"
                        label=Signal::derive(t(StakeholdersText::FilterCategory))
                        options=Signal::derive(move || {
                            let l = lang.get();
                            let mut all = with_all(l, Category::ALL.into_iter().map(move |c| (c.code(), StakeholdersText::category(c).text(l))));
                            all.push(option((TEAM, StakeholdersText::TeamBadge.text(l))));
                            all
                        })
                        value=category
                        on_change=Callback::new(move |v| refilter(category, v))
                    />
                    <Select
                        id="filter-attitude"
                        label=Signal::derive(t(StakeholdersText::FilterAttitude))
                        options=Signal::derive(move || {
                            let l = lang.get();
                            with_all(l, Attitude::ALL.into_iter().map(move |a| (a.code(), StakeholdersText::attitude(a).text(l))))
                        })
                        value=attitude
                        on_change=Callback::new(move |v| refilter(attitude, v))
                    />
                    <Select
                        id="filter-quadrant"
                        label=Signal::derive(t(StakeholdersText::FilterQuadrant))
                        options=Signal::derive(move || {
                            let l = lang.get();
                            let mut all = with_all(l, Quadrant::ALL.into_iter().map(move |q| (q.code(), StakeholdersText::quadrant(q).text(l))));
                            all.push(option(("none", StakeholdersText::Unscored.text(l))));
                            all
                        })
                        value=quadrant
                        on_change=Callback::new(move |v| refilter(quadrant, v))
                    />
                    <Select
                        id="stakeholder-sort"
                        label=Signal::derive(t(StakeholdersText::SortBy))
                        options=Signal::derive(move || {
                            let l = lang.get();
                            RegisterSort::ALL.into_iter().map(|s| (s.code(), sort_label(s).text(l))).map(option).collect::<Vec<_>>()
                        })
                        value=sort
                        on_change=Callback::new(move |v| sort.set(v))
                    />
                </div>
                <LayoutChoice id="register-layout" layout=state.layout />
                <p class="muted register-count" id="register-count" aria-live="polite">
                    {move || fill(
                        StakeholdersText::Shown.text(lang.get()),
                        &[&shown.with(Vec::len).to_string(), &total().to_string()],
                    )}
                </p>
            </Show>
            <Show
                when=move || total() != 0
                fallback=|| view! { <p class="empty-inline" id="stakeholders-empty">{t(StakeholdersText::Empty)}</p> }
            >
                <Show
                    when=move || !shown.with(Vec::is_empty)
                    fallback=|| view! { <p class="empty-inline" id="stakeholders-no-match">{t(StakeholdersText::NoMatch)}</p> }
                >
                    <Show
                        when=move || state.layout.get() == Layout::Table
                        fallback=move || view! {
                            <ul class="stakeholder-list" id="stakeholder-list">
                                <For each=move || visible.get() key=|id| *id let:id>
                                    <StakeholderRow id=id />
                                </For>
                            </ul>
                        }
                    >
                        <RegisterSheet ids=visible />
                    </Show>
                    <Pager id="register-pager" paging=paging page=page />
                </Show>
            </Show>
            <NewStakeholderForm />
        </section>
    }
}

fn sort_label(sort: RegisterSort) -> StakeholdersText {
    match sort {
        RegisterSort::Entered => StakeholdersText::SortRegister,
        RegisterSort::Name => StakeholdersText::SortName,
        RegisterSort::Power => StakeholdersText::SortPower,
        RegisterSort::Interest => StakeholdersText::SortInterest,
        RegisterSort::Gap => StakeholdersText::SortGap,
    }
}

/// One stakeholder in the register: a summary line with its actions, and the editor when open.
#[component]
fn StakeholderRow(id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let state = use_register();
    let record =
        Memo::new(move |_| store.with_record(&id, Parts::NONE, |p| p.stakeholder(&id).cloned()));
    let is_open = Memo::new(move |_| state.row.is_open(&id));
    let name = move || {
        record
            .get()
            .map(|s| s.name)
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| "—".into())
    };
    let dom = id.to_string();
    let summary = move || {
        record.get().map(|s| {
            let l = lang.get();
            if s.team {
                // Not analysed: no quadrant, sponsor or attitudes, whatever may be kept.
                return view! {
                    <span class="badge category">{StakeholdersText::category(s.category).text(l)}</span>
                    <span class="badge team" id=format!("stakeholder-{}-team-badge", s.id)>{StakeholdersText::TeamBadge.text(l)}</span>
                }
                .into_any();
            }
            let quadrant = s.quadrant().map(|q| {
                view! {
                    <span class=format!("badge quadrant q-{}", q.code()) data-quadrant=q.code()>
                        {StakeholdersText::quadrant(q).text(l)}
                    </span>
                }
            });
            view! {
                <span class="badge category">{StakeholdersText::category(s.category).text(l)}</span>
                {quadrant}
                {s.sponsor.then(|| view! { <span class="badge sponsor">{StakeholdersText::Sponsor.text(l)}</span> })}
                <span class="attitude muted">
                    {StakeholdersText::attitude(s.current_attitude).text(l)}
                    " → "
                    // Not chosen yet: a dash, as an unscored power.
                    {s.desired_attitude.map_or("—", |a| StakeholdersText::attitude(a).text(l))}
                </span>
            }
            .into_any()
        })
    };
    view! {
        <li class="stakeholder-row" class:open=move || is_open.get() data-id=dom.clone()>
            <div class="stakeholder-summary">
                <button
                    type="button"
                    class="stakeholder-name"
                    id=format!("stakeholder-{dom}-toggle")
                    aria-expanded=move || is_open.get().to_string()
                    aria-controls=format!("stakeholder-{dom}-editor")
                    on:click=move |_| {
                        state.row.toggle(&id);
                    }
                >
                    {name}
                </button>
                <span class="stakeholder-badges">{summary}</span>
                <span class="row-actions">
                    <button
                        type="button"
                        class="button subtle"
                        id=format!("stakeholder-{dom}-duplicate")
                        aria-label=move || fill(StakeholdersText::DuplicateNamed.text(lang.get()), &[&name()])
                        on:click=move |_| {
                            let suffix = StakeholdersText::CopySuffix.text(lang.0.get_untracked());
                            let mut copy = None;
                            store.update(|p| copy = p.duplicate_stakeholder(&id, suffix));
                            if copy.is_some() {
                                state.row.open.set(copy);
                            }
                        }
                    >
                        {t(StakeholdersText::Duplicate)}
                    </button>
                    <button
                        type="button"
                        class="button subtle danger"
                        id=format!("stakeholder-{dom}-delete")
                        aria-label=move || fill(StakeholdersText::DeleteNamed.text(lang.get()), &[&name()])
                        on:click=move |_| {
                            let used = store.plan().with_untracked(|p| !references::stakeholder_uses(p, &id).is_empty());
                            if used {
                                // Where they are used, and who takes their place, is asked first.
                                state.deleting.set(Some(id));
                            } else {
                                store.remove(&untrack(name), |p| { references::delete_stakeholder(p, &id, None); });
                                state.row.forget(&id);
                            }
                        }
                    >
                        {t(StakeholdersText::Delete)}
                    </button>
                </span>
            </div>
            // Deleting someone other records use asks here, right under their line, not below
            // the whole register.
            <Show when=move || state.deleting.get() == Some(id)>
                <DeleteDialog />
            </Show>
            <Show when=move || is_open.get()>
                <StakeholderEditor id=id />
            </Show>
        </li>
    }
}

/// Adds a stakeholder by name and category, then opens their editor.
#[component]
fn NewStakeholderForm() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let state = use_register();
    let category = RwSignal::new(Category::Users.code().to_owned());
    view! {
        <NameForm
            id="stakeholder-new-name"
            label=Signal::derive(t(StakeholdersText::Name))
            heading=("new-stakeholder-heading", Signal::derive(t(StakeholdersText::NewStakeholder)))
            button_id="stakeholder-add"
            button=Signal::derive(t(StakeholdersText::Add))
            on_add=Callback::new(move |name: String| {
                let cat = Category::from_code(&category.get_untracked()).unwrap_or_default();
                let mut added = None;
                store.update(|p| added = Some(p.add_stakeholder(name, cat)));
                // In the table the new row is on the page shown; its first empty cell is next.
                let table = state.layout.get_untracked() == Layout::Table;
                if table {
                    state.added.set(added);
                } else {
                    state.row.open.set(added);
                }
                if let Some(id) = added {
                    let part = if table { "row" } else { "editor" };
                    crate::platform::focus::first_empty_field(format!("stakeholder-{id}-{part}"));
                }
                Ok(())
            })
            on_add_many=Callback::new(move |names: Vec<String>| {
                let cat = Category::from_code(&category.get_untracked()).unwrap_or_default();
                store.update(|p| {
                    for name in names {
                        p.add_stakeholder(name, cat);
                    }
                });
            })
        >
            <Select
                id="stakeholder-new-category"
                label=Signal::derive(t(StakeholdersText::Category))
                options=Signal::derive(move || category_options(lang.get()))
                value=category
                on_change=Callback::new(move |v| category.set(v))
            />
        </NameForm>
    }
}
