//! The one `<select>` of the app, for short lists (units, categories, statuses, scores).
//!
//! Each option's `selected` is bound as a *property*, never as the attribute: once the user has
//! picked an option the browser ignores later changes of the attribute, so an Undo would leave
//! the control showing the undone choice while the plan holds the old one.

use leptos::prelude::*;

/// Turns a `(value, label)` pair of any string kinds into the owned pair a [`Select`] takes.
pub fn option<V: Into<String>, L: Into<String>>((value, label): (V, L)) -> (String, String) {
    (value.into(), label.into())
}

/// The options of a score 1-5, the same on every step: "—" (not scored yet), then 1 to 5.
pub fn score_options(lang: crate::i18n::Language) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        let none =
            planner_core::i18n::Text::text(planner_core::i18n::GoalsText::NotSet, lang.get());
        std::iter::once(option(("", none)))
            .chain((1..=5u8).map(|n| option((n.to_string(), n.to_string()))))
            .collect()
    })
}

/// The options of a value the user chooses and the app never gives by default: "— choose —"
/// (the empty value: not chosen yet) first, then `options`.
pub fn choose_first(
    lang: planner_core::i18n::Lang,
    options: impl IntoIterator<Item = (String, String)>,
) -> Vec<(String, String)> {
    let choose = planner_core::i18n::Text::text(planner_core::i18n::WidgetText::Choose, lang);
    std::iter::once(option(("", choose)))
        .chain(options)
        .collect()
}

/// A labelled `<select>` that always shows the plan's value.
#[component]
pub fn Select(
    /// The element id (the target of check links, `<label for>`).
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<&'static str>,
    /// The options: (value, label). An empty value stands for "none" where a list allows it.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The plan's value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen value.
    on_change: Callback<String>,
) -> impl IntoView {
    // Options are often rebuilt from the plan on every change: only a real difference may
    // replace the option elements.
    let options = Memo::new(move |_| options.get());
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id on:change:target=move |ev| on_change.run(ev.target().value())>
                <For each=move || options.get() key=|pair| pair.clone() let:pair>
                    {
                        let (v, text) = pair;
                        let mine = v.clone();
                        view! {
                            <option value=v prop:selected=move || value.with(|c| *c == mine)>
                                {text}
                            </option>
                        }
                    }
                </For>
            </select>
        </div>
    }
}
