//! A searchable picker of records out of long lists (the plan's people): the chosen records as
//! chips, each with a remove button, and one combobox input over a short filtered list.
//!
//! It follows the WAI-ARIA combobox pattern (list autocomplete): ArrowDown/ArrowUp move through
//! the matches, Enter picks, Escape closes, Backspace in an empty input removes the last chip.
//! A people picker given `on_create` ends the list with one more option when the typed name is
//! nobody's: "Add “name” to the project team", reached and picked like the others.
//! The matches are computed only while the list is open, from one list of people shared by the
//! page, so a page with many pickers costs a few nodes each instead of a checkbox or an
//! `<option>` per person.

use std::sync::Arc;

use leptos::prelude::*;
use planner_core::i18n::{fill, Text, WidgetText};
use planner_core::stakeholders::views::new_team_name;
use planner_core::store::patch::Part;
use planner_core::Id;

use crate::i18n::{t, use_language};
use crate::state::use_store;

/// How many matches the open list shows at most: typing narrows it.
pub const MAX_SHOWN: usize = 8;

/// The plan's people as (id, name), in register order: one list shared by every picker.
#[derive(Clone, Copy)]
pub struct People(pub Memo<Arc<[(Id, String)]>>);

/// Makes the list of people and provides it to the current owner's children. Call it at the
/// top of a page so every picker on it shares one list.
pub fn provide_people() -> People {
    let plan = use_store().part(Part::Stakeholders);
    let people = People(Memo::new(move |_| {
        plan.with(|p| planner_core::stakeholders::views::people(p).into())
    }));
    provide_context(people);
    people
}

/// The people in context, or a new list where there is none yet.
pub fn use_people() -> People {
    match use_context::<People>() {
        // An owner that is cleaned and re-run (a page left and shown again) keeps its contexts
        // but disposes its memos: never hand out a list that is gone.
        Some(people) if people.0.try_with_untracked(|_| ()).is_some() => people,
        _ => provide_people(),
    }
}

/// Picks records by name. With `single`, picking replaces the choice (an owner, a responsible
/// person) and the chip's button clears it.
#[component]
pub fn RecordPicker(
    /// The input's id: the target of check links and `<label for>`. Chips, list and options are
    /// `{id}-chosen`, `{id}-listbox`, `{id}-option-{record}`, `{id}-remove-{record}`.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// Every record that may be chosen: (id, name).
    options: Memo<Arc<[(Id, String)]>>,
    /// The chosen ids, in order.
    #[prop(into)]
    chosen: Signal<Vec<Id>>,
    /// Called with an id the user picked.
    on_pick: Callback<Id>,
    /// Called with an id the user removed.
    on_remove: Callback<Id>,
    /// One record at most.
    #[prop(optional)]
    single: bool,
    /// What to say when there is nothing to pick at all (the records come from another step).
    #[prop(optional, into)]
    empty: Option<Signal<&'static str>>,
    /// A line under the field saying where its records come from (`{id}-source`).
    #[prop(optional, into)]
    source: Option<Signal<&'static str>>,
    /// Offers a typed name that is nobody's as the list's last option (`{id}-option-new`),
    /// "Add “name” to the project team"; picking it calls this with the name, and the caller
    /// adds the person and picks them in one change.
    #[prop(optional)]
    on_create: Option<Callback<String>>,
) -> impl IntoView {
    let lang = use_language();
    let base = StoredValue::new(id.clone());
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    // The option under the keyboard: none until an arrow key moves onto the list.
    let active = RwSignal::new(None::<usize>);
    let chosen = Memo::new(move |_| chosen.get());
    // Lazily: while closed this is empty and reads nothing, so a keystroke elsewhere in the plan
    // costs a closed picker no work.
    let matches = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        let wanted = query.with(|q| q.trim().to_lowercase());
        chosen.with(|c| {
            options.with(|all| {
                all.iter()
                    .filter(|(rid, name)| {
                        // A single choice lists its current record too: picking it again is harmless.
                        (single || !c.contains(rid))
                            && (wanted.is_empty() || name.to_lowercase().contains(&wanted))
                    })
                    .take(MAX_SHOWN)
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    // The name offered for the project team: only while the list is open, as the matches.
    let offer = Memo::new(move |_| {
        if on_create.is_none() || !open.get() {
            return None;
        }
        query.with(|typed| options.with(|all| new_team_name(all, typed)))
    });
    // The options the keyboard moves through: the matches, then the offer if there is one.
    let count = move || {
        matches.with_untracked(Vec::len) + usize::from(offer.with_untracked(Option::is_some))
    };
    let expanded = Memo::new(move |_| {
        open.get() && (matches.with(|m| !m.is_empty()) || offer.with(Option::is_some))
    });
    let chips = Memo::new(move |_| {
        chosen.with(|c| {
            options.with(|all| {
                c.iter()
                    .map(|rid| {
                        let name = all
                            .iter()
                            .find(|(o, _)| o == rid)
                            .map_or_else(|| rid.to_string(), |(_, n)| n.clone());
                        (*rid, name)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let option_id = move |rid: &Id| format!("{}-option-{rid}", base.get_value());
    let new_id = format!("{id}-option-new");
    let done = move || {
        query.set(String::new());
        active.set(None);
        if single {
            open.set(false);
        }
    };
    let pick = move |rid: Id| {
        on_pick.run(rid);
        done();
    };
    let create = move || {
        if let (Some(create), Some(name)) = (on_create, offer.get_untracked()) {
            create.run(name);
            done();
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent, text: String| match ev.key().as_str() {
        "ArrowDown" => {
            ev.prevent_default();
            if open.get_untracked() {
                let count = count();
                active.update(|a| {
                    *a = match *a {
                        _ if count == 0 => None,
                        None => Some(0),
                        Some(i) => Some((i + 1).min(count - 1)),
                    }
                });
            } else {
                // Opens the list on its first option, as the combobox pattern does.
                open.set(true);
                active.set((count() > 0).then_some(0));
            }
        }
        "ArrowUp" => {
            ev.prevent_default();
            active.update(|a| *a = a.map(|i| i.saturating_sub(1)));
        }
        "Enter" if open.get_untracked() => {
            ev.prevent_default();
            let Some(at) = active.get_untracked() else {
                return;
            };
            match matches.with_untracked(|m| m.get(at).cloned()) {
                Some((rid, _)) => pick(rid),
                // Past the matches: the offer, the last option.
                None if at == matches.with_untracked(Vec::len) => create(),
                None => {}
            }
        }
        "Escape" if open.get_untracked() => {
            ev.prevent_default();
            open.set(false);
        }
        "Backspace" if text.is_empty() => {
            if let Some(last) = chosen.with_untracked(|c| c.last().cloned()) {
                on_remove.run(last);
            }
        }
        _ => {}
    };
    let list_id = format!("{id}-listbox");
    let label_id = format!("{id}-label");
    view! {
        <div class="field picker" class:single=single>
            <label for=id.clone() id=label_id.clone()>{move || label.get()}</label>
            <div class="picker-box">
                <ul class="picker-chips" id=format!("{id}-chosen") aria-labelledby=label_id.clone()>
                    <For each=move || chips.get() key=|pair| pair.clone() let:pair>
                        {
                            let (rid, name) = pair;
                            let remove_label = {
                                let name = name.clone();
                                move || fill(WidgetText::RemoveNamed.text(lang.get()), &[&name])
                            };
                            let remove_id = format!("{}-remove-{rid}", base.get_value());
                            let data_id = rid.to_string();
                            view! {
                                <li class="chip on" data-id=data_id>
                                    <span>{name}</span>
                                    <button
                                        type="button"
                                        class="chip-remove"
                                        id=remove_id
                                        aria-label=remove_label
                                        on:click=move |_| on_remove.run(rid)
                                    >
                                        "×"
                                    </button>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <input
                    id=id.clone()
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    aria-autocomplete="list"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=list_id.clone()
                    aria-describedby=source.map(|_| format!("{id}-source"))
                    aria-activedescendant={
                        let new_id = new_id.clone();
                        move || {
                            expanded
                                .get()
                                .then(|| {
                                    let at = active.get()?;
                                    matches.with(|m| match m.get(at) {
                                        Some((rid, _)) => Some(option_id(rid)),
                                        None if at == m.len() && offer.with(Option::is_some) => {
                                            Some(new_id.clone())
                                        }
                                        None => None,
                                    })
                                })
                                .flatten()
                        }
                    }
                    placeholder=t(WidgetText::PickerHint)
                    prop:value=move || query.get()
                    on:input:target=move |ev| {
                        query.set(ev.target().value());
                        active.set(None);
                        open.set(true);
                    }
                    on:keydown=move |ev| {
                        let text = event_target_value(&ev);
                        on_key(ev, text)
                    }
                    on:click=move |_| open.set(true)
                    // Leaving the field (or the page) closes the list; the signals may be gone
                    // already when a navigation removed the field.
                    on:blur=move |_| {
                        open.try_set(false);
                    }
                />
                <ul
                    class="picker-list"
                    id=list_id.clone()
                    role="listbox"
                    aria-labelledby=label_id
                    hidden=move || !expanded.get()
                >
                    <For each=move || matches.get() key=|pair| pair.clone() let:pair>
                        {
                            let (rid, name) = pair;
                            let dom_id = option_id(&rid);
                            let at = move || matches.with(|m| m.iter().position(|(o, _)| *o == rid));
                            let is_active = Memo::new(move |_| active.get().is_some_and(|a| at() == Some(a)));
                            view! {
                                <li
                                    role="option"
                                    id=dom_id
                                    class="picker-option"
                                    class:active=move || is_active.get()
                                    aria-selected=move || is_active.get().to_string()
                                    // Keep the focus in the input while clicking an option.
                                    on:mousedown=move |ev| ev.prevent_default()
                                    on:click=move |_| pick(rid)
                                >
                                    {name}
                                </li>
                            }
                        }
                    </For>
                    <Show when=move || offer.with(Option::is_some)>
                        {
                            let new_active = Memo::new(move |_| {
                                active.get().is_some_and(|a| a == matches.with(Vec::len))
                            });
                            view! {
                                <li
                                    role="option"
                                    id=new_id.clone()
                                    class="picker-option picker-new"
                                    class:active=move || new_active.get()
                                    aria-selected=move || new_active.get().to_string()
                                    on:mousedown=move |ev| ev.prevent_default()
                                    on:click=move |_| create()
                                >
                                    {move || {
                                        let name = offer.get().unwrap_or_default();
                                        fill(WidgetText::AddToTeam.text(lang.get()), &[&name])
                                    }}
                                </li>
                            }
                        }
                    </Show>
                </ul>
                <Show when=move || open.get() && matches.with(Vec::is_empty) && offer.with(Option::is_none)>
                    <p class="picker-none muted">{t(WidgetText::NoMatch)}</p>
                </Show>
                {empty.map(|empty| view! {
                    <Show when=move || options.with(|all| all.is_empty())>
                        <p class="muted empty-inline chips-empty">{move || empty.get()}</p>
                    </Show>
                })}
            </div>
            {source.map(|source| view! {
                <p class="field-hint picker-source" id=format!("{id}-source")>{move || source.get()}</p>
            })}
        </div>
    }
}
