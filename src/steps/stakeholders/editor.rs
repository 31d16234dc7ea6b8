//! The editor of one stakeholder: every field of the register, validated as typed.

use leptos::prelude::*;
use planner_core::i18n::{Lang, StakeholdersText, Text};
use planner_core::inputs::optional_score;
use planner_core::profile::{optional_text, required_text};
use planner_core::stakeholders::{Activity, Attitude, Category, Stakeholder};
use planner_core::store::patch::{Part, Parts};
use planner_core::{Id, Plan};

use crate::i18n::{t, use_language};
use crate::state::{use_store, PlanStore};
use crate::widgets::{choose_first, option, score_options, CheckboxField, Select, TextField};

fn change(store: PlanStore, id: &Id, f: impl FnOnce(&mut Stakeholder)) {
    store.update(|p: &mut Plan| {
        if let Some(s) = p.stakeholder_mut(id) {
            f(s);
        }
    });
}

/// The attitudes as a select's options: the editor's and the compact table's attitude fields.
pub(super) fn attitude_options(lang: Lang) -> Vec<(String, String)> {
    Attitude::ALL
        .into_iter()
        .map(|a| option((a.code(), StakeholdersText::attitude(a).text(lang))))
        .collect()
}

/// The categories as a select's options: the editor's, the add form's and the compact
/// table's category fields.
pub(super) fn category_options(lang: Lang) -> Vec<(String, String)> {
    Category::ALL
        .into_iter()
        .map(|c| option((c.code(), StakeholdersText::category(c).text(lang))))
        .collect()
}

/// Every field of one stakeholder. Field ids are `stakeholder-{id}-{field}`: the targets of
/// the checks' links.
#[component]
pub fn StakeholderEditor(id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let state = super::use_register();
    let plan = store.part(Part::Profile);
    let record = Memo::new(move |_| {
        store.with_record(&id, Parts::NONE, |p| {
            p.stakeholder(&id).cloned().unwrap_or_default()
        })
    });
    let is_team = Memo::new(move |_| record.with(|s| s.team));
    // `Id` is `Copy`, so this is too: the analysis, drawn again when the box is unticked,
    // names its fields with it.
    let fid = move |field: &str| format!("stakeholder-{id}-{field}");
    let text = move |f: fn(&Stakeholder) -> String| Signal::derive(move || f(&record.get()));
    let commit_text = move |required: bool, set: fn(&mut Stakeholder, String)| {
        Callback::new(move |s: String| {
            let v = if required {
                required_text(&s)?
            } else {
                optional_text(&s)?
            };
            change(store, &id, |st| set(st, v));
            Ok(())
        })
    };
    let units = Signal::derive(move || {
        plan.with(|p| {
            std::iter::once((
                String::new(),
                StakeholdersText::NoUnit.text(lang.get()).to_owned(),
            ))
            .chain(
                p.profile
                    .units
                    .iter()
                    .map(|u| (u.id.to_string(), u.name.clone())),
            )
            .collect::<Vec<_>>()
        })
    });
    let activity_boxes = move || {
        Activity::ALL
            .into_iter()
            .map(|a| {
                view! {
                    <CheckboxField
                        id=fid(&format!("activity-{}", a.code()))
                        label=Signal::derive(t(StakeholdersText::activity(a)))
                        checked=Signal::derive(move || record.get().takes_part_in(a))
                        on_change=Callback::new(move |on| change(store, &id, |s| s.set_activity(a, on)))
                    />
                }
            })
            .collect_view()
    };
    let heading = fid("editor-heading");
    let labelled_by = heading.clone();
    view! {
        <div class="stakeholder-editor" id=fid("editor") role="group" aria-labelledby=labelled_by>
            <h3 class="visually-hidden" id=heading>{move || record.get().name}</h3>
            <div class="form-grid">
                <TextField
                    id=fid("name")
                    label=Signal::derive(t(StakeholdersText::Name))
                    required=true
                    value=text(|s| s.name.clone())
                    commit=commit_text(true, |s, v| s.name = v)
                />
                <Select
                    id=fid("category")
                    label=Signal::derive(t(StakeholdersText::Category))
                    options=Signal::derive(move || category_options(lang.get()))
                    value=Signal::derive(move || record.get().category.code().to_owned())
                    on_change=Callback::new(move |code: String| {
                        if let Some(c) = Category::from_code(&code) {
                            change(store, &id, |s| s.category = c);
                        }
                    })
                />
                <Select
                    id=fid("unit")
                    label=Signal::derive(t(StakeholdersText::Unit))
                    options=units
                    value=Signal::derive(move || record.get().unit.map(|u| u.to_string()).unwrap_or_default())
                    on_change=Callback::new(move |v: String| {
                        let unit = (!v.is_empty()).then_some(Id::from(v));
                        change(store, &id, |s| s.unit = unit);
                    })
                />
                <TextField
                    id=fid("organisation")
                    label=Signal::derive(t(StakeholdersText::Organisation))
                    value=text(|s| s.organisation.clone())
                    commit=commit_text(false, |s, v| s.organisation = v)
                />
                <TextField
                    id=fid("position")
                    label=Signal::derive(t(StakeholdersText::Position))
                    value=text(|s| s.position.clone())
                    commit=commit_text(false, |s, v| s.position = v)
                />
            </div>
            <CheckboxField
                id=fid("team")
                label=Signal::derive(t(StakeholdersText::TeamMember))
                checked=Signal::derive(move || is_team.get())
                on_change=Callback::new(move |on| change(store, &id, |s| s.team = on))
            />
            // A team member is not analysed: the analysis is put away (and kept) until the box
            // is unticked, when it comes back with its checks.
            <Show
                when=move || !is_team.get()
                fallback=move || view! { <p class="field-hint team-note" id=fid("team-note")>{t(StakeholdersText::TeamNote)}</p> }
            >
                <div class="form-grid">
                    // Scores are chosen, as on every step, never typed: nothing to refuse.
                    <Select
                        id=fid("power")
                        label=Signal::derive(t(StakeholdersText::Power))
                        options=score_options(lang)
                        value=text(|s| s.power.map(|v| v.to_string()).unwrap_or_default())
                        on_change=Callback::new(move |v: String| {
                            let v = optional_score(&v).ok().flatten();
                            change(store, &id, |s| s.power = v);
                        })
                    />
                    <Select
                        id=fid("interest")
                        label=Signal::derive(t(StakeholdersText::Interest))
                        options=score_options(lang)
                        value=text(|s| s.interest.map(|v| v.to_string()).unwrap_or_default())
                        on_change=Callback::new(move |v: String| {
                            let v = optional_score(&v).ok().flatten();
                            change(store, &id, |s| s.interest = v);
                        })
                    />
                    <Select
                        id=fid("current")
                        label=Signal::derive(t(StakeholdersText::CurrentAttitude))
                        options=Signal::derive(move || attitude_options(lang.get()))
                        value=Signal::derive(move || record.get().current_attitude.code().to_owned())
                        on_change=Callback::new(move |code: String| {
                            if let Some(a) = Attitude::from_code(&code) {
                                change(store, &id, |s| s.current_attitude = a);
                            }
                        })
                    />
                    // Chosen by the user, never given: empty until then, so no gap shows too early.
                    <Select
                        id=fid("desired")
                        label=Signal::derive(t(StakeholdersText::DesiredAttitude))
                        options=Signal::derive(move || {
                            let l = lang.get();
                            choose_first(l, attitude_options(l))
                        })
                        value=Signal::derive(move || {
                            record.get().desired_attitude.map(|a| a.code().to_owned()).unwrap_or_default()
                        })
                        on_change=Callback::new(move |code: String| {
                            let chosen = Attitude::from_code(&code);
                            if chosen.is_some() || code.is_empty() {
                                change(store, &id, |s| s.desired_attitude = chosen);
                            }
                        })
                    />
                </div>
                <TextField
                    id=fid("expected")
                    label=Signal::derive(t(StakeholdersText::Expected))
                    placeholder=Signal::derive(t(StakeholdersText::ExpectedHint))
                    multiline=true
                    value=text(|s| s.expected_results.clone())
                    commit=commit_text(false, |s, v| s.expected_results = v)
                />
                <TextField
                    id=fid("concerns")
                    label=Signal::derive(t(StakeholdersText::Concerns))
                    multiline=true
                    value=text(|s| s.concerns.clone())
                    commit=commit_text(false, |s, v| s.concerns = v)
                />
                <fieldset class="activities">
                    <legend>{t(StakeholdersText::Activities)}</legend>
                    {activity_boxes()}
                </fieldset>
                <CheckboxField
                    id=fid("sponsor")
                    label=Signal::derive(t(StakeholdersText::Sponsor))
                    checked=Signal::derive(move || record.get().sponsor)
                    on_change=Callback::new(move |on| change(store, &id, |s| s.sponsor = on))
                />
                <TextField
                    id=fid("engagement")
                    label=Signal::derive(t(StakeholdersText::Engagement))
                    placeholder=Signal::derive(t(StakeholdersText::EngagementHint))
                    multiline=true
                    value=text(|s| s.engagement.clone())
                    commit=commit_text(false, |s, v| s.engagement = v)
                />
            </Show>
            <p class="editor-close">
                <button type="button" class="button" id=fid("close") on:click=move |_| {
                    state.row.open.set(None);
                    // The button goes with the editor: the focus goes back to the line that opens it.
                    crate::platform::focus::element_later(fid("toggle"));
                }>{t(StakeholdersText::Close)}</button>
            </p>
        </div>
    }
}
