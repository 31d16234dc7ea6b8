//! The one group of checkboxes, for short lists of choices (goals of a KPI, areas, units,
//! levels). Long lists of people use the [`crate::widgets::picker::RecordPicker`] instead.

use leptos::prelude::*;
use planner_core::Id;

/// A group of labelled checkboxes in a fieldset; the fieldset itself takes focus from a check
/// link (`tabindex="-1"`), so a link can point at the whole choice.
#[component]
pub fn CheckGroup(
    /// The fieldset's id; each box is `{id}-{value}`.
    #[prop(into)]
    id: String,
    /// The legend.
    #[prop(into)]
    legend: Signal<&'static str>,
    /// The options: (value, label).
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The ticked values.
    #[prop(into)]
    selected: Signal<Vec<String>>,
    /// Called with a value and whether it is now ticked.
    on_toggle: Callback<(String, bool)>,
    /// Shown when there is nothing to choose.
    #[prop(into)]
    empty: Signal<&'static str>,
    /// Draws the boxes as chips in a row (step 2) instead of a column.
    #[prop(optional)]
    chips: bool,
) -> impl IntoView {
    let base = StoredValue::new(id.clone());
    // Options come from the plan and are rebuilt on every change: only a real difference may
    // re-render the boxes, or ticking one would replace it and lose the keyboard focus.
    let options = Memo::new(move |_| options.get());
    let selected = Memo::new(move |_| selected.get());
    let (group, item) = if chips {
        ("chips", "chip")
    } else {
        ("check-group", "check")
    };
    view! {
        <fieldset class=group id=id tabindex="-1">
            <legend>{move || legend.get()}</legend>
            <Show when=move || options.with(Vec::is_empty)>
                <p class="muted empty-inline chips-empty">{move || empty.get()}</p>
            </Show>
            // Keyed rows keep focus on a box while it is toggled.
            <For each=move || options.get() key=|pair| pair.clone() let:pair>
                {
                    let (value, text) = pair;
                    let box_id = format!("{}-{value}", base.get_value());
                    let on = {
                        let value = value.clone();
                        Memo::new(move |_| selected.with(|s| s.contains(&value)))
                    };
                    view! {
                        <label class=item class:on=move || on.get() for=box_id.clone()>
                            <input
                                type="checkbox"
                                id=box_id.clone()
                                value=value.clone()
                                prop:checked=move || on.get()
                                on:change:target=move |ev| on_toggle.run((value.clone(), ev.target().checked()))
                            />
                            <span>{text}</span>
                        </label>
                    }
                }
            </For>
        </fieldset>
    }
}

/// Records as a group's options: (id, name) pairs with the id as the value.
pub fn record_options(pairs: Vec<(Id, String)>) -> Vec<(String, String)> {
    pairs
        .into_iter()
        .map(|(id, name)| (id.as_str().to_owned(), name))
        .collect()
}

/// Chosen record ids as a group's ticked values.
pub fn id_values(ids: &[Id]) -> Vec<String> {
    ids.iter().map(Id::to_string).collect()
}
