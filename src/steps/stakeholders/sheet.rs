//! The register as a compact table: a row per stakeholder with the fields of a first pass —
//! name, category, power, interest, the attitude today and the one needed — to fill in many
//! stakeholders from the keyboard (see [`crate::widgets::sheet`]). The cells are the editor's
//! fields, with its ids and checks; the rest of a record is in its card.

use leptos::prelude::*;
use planner_core::i18n::StakeholdersText;
use planner_core::inputs::optional_score;
use planner_core::profile::required_text;
use planner_core::stakeholders::{Attitude, Category, Stakeholder};
use planner_core::{Id, Plan};

use super::editor::{attitude_options, category_options};
use crate::i18n::{t, use_language};
use crate::widgets::sheet::Sheet;
use crate::widgets::{choose_first, score_options, Bound, Select, TextField};

/// The register's stakeholders `ids` (the page shown) as a table.
#[component]
pub fn RegisterSheet(#[prop(into)] ids: Signal<Vec<Id>>) -> impl IntoView {
    let columns = vec![
        StakeholdersText::Name,
        StakeholdersText::Category,
        StakeholdersText::AxisPower,
        StakeholdersText::AxisInterest,
        StakeholdersText::CurrentAttitude,
        StakeholdersText::DesiredAttitude,
    ];
    view! {
        <Sheet id="register-sheet" caption=StakeholdersText::RegisterSection columns=columns>
            <For each=move || ids.get() key=|id| *id let:id>
                <SheetRow id=id />
            </For>
        </Sheet>
    }
}

/// One stakeholder's row. A member of the project team needs no analysis: their row says so
/// across the analysis columns.
#[component]
fn SheetRow(id: Id) -> impl IntoView {
    let lang = use_language();
    let rec = Bound::new(id, Plan::stakeholder, Plan::stakeholder_mut);
    let record = rec.record();
    let fid = move |field: &str| format!("stakeholder-{id}-{field}");
    let score = move |field: &'static str,
                      col: u8,
                      label: StakeholdersText,
                      get: fn(&Stakeholder) -> Option<u8>,
                      set: fn(&mut Stakeholder, Option<u8>)| {
        view! {
            <td data-col=col class="sheet-score">
                <Select
                    id=fid(field)
                    label=Signal::derive(t(label))
                    options=score_options(lang)
                    value=rec.text(move |s| get(s).map(|v| v.to_string()).unwrap_or_default())
                    on_change=Callback::new(move |v: String| {
                        let v = optional_score(&v).ok().flatten();
                        rec.edit(|s| set(s, v));
                    })
                />
            </td>
        }
    };
    // Redrawn when the record joins or leaves the team only, not on each edit (the focus stays).
    let team = Memo::new(move |_| record.with(|s| s.team));
    let analysis = move || {
        if team.get() {
            return view! {
                <td colspan="4" class="sheet-team muted">{t(StakeholdersText::TeamBadge)}</td>
            }
            .into_any();
        }
        view! {
            {score("power", 2, StakeholdersText::Power, |s| s.power, |s, v| s.power = v)}
            {score("interest", 3, StakeholdersText::Interest, |s| s.interest, |s, v| s.interest = v)}
            <td data-col="4">
                <Select
                    id=fid("current")
                    label=Signal::derive(t(StakeholdersText::CurrentAttitude))
                    options=Signal::derive(move || attitude_options(lang.get()))
                    value=rec.text(|s| s.current_attitude.code().to_owned())
                    on_change=Callback::new(move |code: String| {
                        if let Some(a) = Attitude::from_code(&code) {
                            rec.edit(|s| s.current_attitude = a);
                        }
                    })
                />
            </td>
            <td data-col="5">
                <Select
                    id=fid("desired")
                    label=Signal::derive(t(StakeholdersText::DesiredAttitude))
                    options=Signal::derive(move || {
                        let l = lang.get();
                        choose_first(l, attitude_options(l))
                    })
                    value=rec.text(|s| s.desired_attitude.map(|a| a.code().to_owned()).unwrap_or_default())
                    on_change=Callback::new(move |code: String| {
                        let chosen = Attitude::from_code(&code);
                        if chosen.is_some() || code.is_empty() {
                            rec.edit(|s| s.desired_attitude = chosen);
                        }
                    })
                />
            </td>
        }
        .into_any()
    };
    view! {
        <tr id=fid("row") data-id=id.to_string()>
            <td data-col="0" class="sheet-name">
                <TextField
                    id=fid("name")
                    label=Signal::derive(t(StakeholdersText::Name))
                    required=true
                    value=rec.text(|s| s.name.clone())
                    commit=rec.commit(required_text, |s, v| s.name = v)
                />
            </td>
            <td data-col="1">
                <Select
                    id=fid("category")
                    label=Signal::derive(t(StakeholdersText::Category))
                    options=Signal::derive(move || category_options(lang.get()))
                    value=rec.text(|s| s.category.code().to_owned())
                    on_change=Callback::new(move |code: String| {
                        if let Some(c) = Category::from_code(&code) {
                            rec.edit(|s| s.category = c);
                        }
                    })
                />
            </td>
            {analysis}
        </tr>
    }
}
