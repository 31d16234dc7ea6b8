//! Choices over the plan's own records (stakeholders, goals, KPIs): a select and a group of
//! checkboxes whose options are built from the plan, so their labels are owned strings.

use leptos::prelude::*;

/// A labelled `<select>` whose options come from the plan.
#[component]
pub fn Choice(
    /// The element id (the target of check links).
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The options: (value, label); include an empty value for "none" where allowed.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The selected value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen value.
    on_change: Callback<String>,
) -> impl IntoView {
    let options = Memo::new(move |_| options.get());
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id on:change:target=move |ev| on_change.run(ev.target().value())>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(v, text)| {
                            let mine = v.clone();
                            let selected = move || value.with(|c| *c == mine);
                            view! { <option value=v prop:selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

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
) -> impl IntoView {
    let base = id.clone();
    // Options come from the plan and are rebuilt on every change: only a real difference may
    // re-render the boxes, or ticking one would replace it and lose the keyboard focus.
    let options = Memo::new(move |_| options.get());
    let selected = Memo::new(move |_| selected.get());
    view! {
        <fieldset class="check-group" id=id tabindex="-1">
            <legend>{move || legend.get()}</legend>
            {move || {
                let options = options.get();
                if options.is_empty() {
                    return view! { <p class="muted empty-inline">{empty.get()}</p> }.into_any();
                }
                options
                    .into_iter()
                    .map(|(value, text)| {
                        let box_id = format!("{base}-{value}");
                        let (v, mine) = (value.clone(), value.clone());
                        let checked = move || selected.with(|s| s.contains(&mine));
                        view! {
                            <label class="check" for=box_id.clone()>
                                <input
                                    type="checkbox"
                                    id=box_id.clone()
                                    value=value
                                    prop:checked=checked
                                    on:change:target=move |ev| on_toggle.run((v.clone(), ev.target().checked()))
                                />
                                <span>{text}</span>
                            </label>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
        </fieldset>
    }
}
