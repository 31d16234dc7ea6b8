//! The KPIs: unit, direction, baseline, target, target date, frequency, owner and the goals
//! they measure. Each is listed as the sentence "Improve X from A to B by date" with its owner;
//! its editor opens on demand, one at a time.

use leptos::prelude::*;
use planner_core::i18n::{fill, Lang, StrategyText, Text, WidgetText};
use planner_core::inputs::{format_number, kpi_target, kpi_target_date, optional_number};
use planner_core::profile::{optional_text, required_text};
use planner_core::store::patch::{Part, Parts};
use planner_core::strategy::views::{kpi_sentence, with_unit};
use planner_core::strategy::{toggle_id, Direction, Frequency, Kpi, RecordKind};
use planner_core::{Id, Plan};

use super::records::{names_of, NewNameForm};
use super::{named, use_strategy, SummaryRow};
use crate::i18n::{t, use_language};
use crate::state::{today, use_store};
use crate::widgets::checks::{id_values, record_options};
use crate::widgets::Origin;
use crate::widgets::{
    option, use_people, Bound, CheckGroup, DateField, RecordPicker, Select, TextField,
};

fn kpi_of<'a>(plan: &'a Plan, id: &Id) -> Option<&'a Kpi> {
    plan.strategy.kpis.iter().find(|k| k.id == *id)
}

fn kpi_of_mut<'a>(plan: &'a mut Plan, id: &Id) -> Option<&'a mut Kpi> {
    plan.strategy.kpi_mut(id)
}

fn number_text(v: Option<f64>, lang: Lang) -> String {
    v.map(|v| format_number(v, lang)).unwrap_or_default()
}

/// The KPI card.
#[component]
pub fn KpisCard() -> impl IntoView {
    let store = use_store();
    let plan = store.part(Part::Strategy);
    let ids =
        Memo::new(move |_| plan.with(|p| p.strategy.kpis.iter().map(|k| k.id).collect::<Vec<_>>()));
    view! {
        <section class="card records records-kpi" aria-labelledby="kpi-heading">
            <h2 id="kpi-heading">{t(StrategyText::KpisSection)} <Origin /></h2>
            <Show
                when=move || !ids.with(Vec::is_empty)
                fallback=|| view! { <p class="empty-inline">{t(StrategyText::NoneYet)}</p> }
            >
                <ul class="record-list kpi-list" id="kpi-list">
                    <For each=move || ids.get() key=|id| *id let:id>
                        <KpiRow id=id />
                    </For>
                </ul>
            </Show>
            <NewNameForm kind=RecordKind::Kpi />
        </section>
    }
}

/// One KPI: a one-line summary (its sentence, or its name and target, and its owner) with its
/// actions, and its editor when open.
#[component]
fn KpiRow(id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let open = use_strategy().kpi;
    let people = use_people();
    let kpi = Memo::new(move |_| {
        store
            .with_record(&id, Parts::NONE, |p| kpi_of(p, &id).cloned())
            .unwrap_or_default()
    });
    let dom = format!("kpi-{id}");
    let f = move |field: &str| format!("{dom}-{field}");
    let name = move || kpi.with(|k| named(&k.name).to_owned());
    let owner = Memo::new(move |_| {
        let owner = kpi.with(|k| k.owner)?;
        people.0.with(|all| {
            all.iter()
                .find(|(id, _)| *id == owner)
                .map(|(_, n)| n.clone())
        })
    });
    // The sentence when baseline, target and date are known; else the name and the target.
    let line = move || {
        let l = lang.get();
        kpi.with(|k| match kpi_sentence(k, l) {
            Some(sentence) => view! { <span class="kpi-sentence">{sentence}</span> }.into_any(),
            None => {
                let target = k.target.map(|v| {
                    let text = fill(
                        StrategyText::SummaryTarget.text(l),
                        &[&with_unit(v, &k.unit, l)],
                    );
                    view! { <span class="record-detail">{text}</span> }
                });
                view! { <span class="record-title">{named(&k.name).to_owned()}</span>{target} }
                    .into_any()
            }
        })
    };
    let owner_badge = move || {
        let l = lang.get();
        match owner.get() {
            Some(who) => view! {
                <span class="badge record-owner">{fill(StrategyText::SummaryOwner.text(l), &[named(&who)])}</span>
            }
            .into_any(),
            None => view! {
                <span class="badge record-missing">{StrategyText::SummaryNoOwner.text(l)}</span>
            }
            .into_any(),
        }
    };
    view! {
        <SummaryRow id=id prefix="kpi" class="kpi-row" open=open name=Signal::derive(name) editor=move || view! { <KpiEditor id=id /> }>
            <p class="record-line" id=f("sentence")>{line}</p>
            <span class="record-badges">{owner_badge}</span>
        </SummaryRow>
    }
}

/// The editor of one KPI: its name, unit, direction, values, date, frequency, owner and goals.
#[component]
fn KpiEditor(id: Id) -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.part(Part::Strategy);
    let rec = Bound::new(id, kpi_of, kpi_of_mut);
    let kpi = rec.record();
    let dom = format!("kpi-{id}");
    let f = move |field: &str| format!("{dom}-{field}");
    let people = use_people();
    let (owner, pick_owner, clear_owner) = rec.person(|k| k.owner.as_ref(), |k, v| k.owner = v);
    // Someone not in the register yet joins the project team from here, without leaving step 2.
    let new_owner = rec.new_team_member(|k, v| k.owner = v);
    let incomplete =
        move || kpi.with(|k| k.baseline.is_none() || k.target.is_none() || k.target_date.is_none());
    let name = Signal::derive(move || kpi.get().name);
    view! {
        <div class="record-editor" id=f("editor")>
            <TextField
                id=f("name")
                label=Signal::derive(t(StrategyText::Kpi))
                required=true
                value=name
                commit=rec.commit(required_text, |k, v| k.name = v)
            />
            <Show when=incomplete>
                <p class="kpi-hint muted">{t(StrategyText::SentenceIncomplete)}</p>
            </Show>
            <div class="kpi-grid">
                <TextField
                    id=f("unit")
                    label=Signal::derive(t(StrategyText::Unit))
                    placeholder=Signal::derive(t(StrategyText::UnitHint))
                    value=Signal::derive(move || kpi.get().unit)
                    commit=rec.commit(optional_text, |k, v| k.unit = v)
                />
                <Select
                    id=f("direction")
                    label=Signal::derive(t(StrategyText::Direction))
                    options=Signal::derive(move || {
                        let l = lang.get();
                        Direction::ALL.into_iter().map(|d| (d.code(), StrategyText::direction(d).text(l))).map(option).collect::<Vec<_>>()
                    })
                    value=Signal::derive(move || kpi.get().direction.code().to_owned())
                    on_change=Callback::new(move |code: String| {
                        if let Some(d) = Direction::from_code(&code) {
                            rec.edit(move |k| k.direction = d);
                        }
                    })
                />
                <TextField
                    id=f("baseline")
                    label=Signal::derive(t(StrategyText::Baseline))
                    inputmode="decimal"
                    value=Signal::derive(move || number_text(kpi.get().baseline, lang.get()))
                    commit=rec.commit(move |s: &str| optional_number(s, lang.0.get_untracked()), |k, v| k.baseline = v)
                />
                <TextField
                    id=f("target")
                    label=Signal::derive(t(StrategyText::Target))
                    inputmode="decimal"
                    value=Signal::derive(move || number_text(kpi.get().target, lang.get()))
                    commit=Callback::new(move |s: String| {
                        let current = kpi.get_untracked();
                        let v = kpi_target(&s, current.direction, current.baseline, lang.0.get_untracked())?;
                        rec.edit(move |k| k.target = v);
                        Ok(())
                    })
                />
                <DateField
                    id=f("date")
                    label=Signal::derive(t(StrategyText::TargetDate))
                    value=Signal::derive(move || kpi.get().target_date.map(|d| d.to_string()).unwrap_or_default())
                    commit=Callback::new(move |s: String| {
                        let v = kpi_target_date(&s, today())?;
                        rec.edit(move |k| k.target_date = v);
                        Ok(())
                    })
                />
                <Select
                    id=f("frequency")
                    label=Signal::derive(t(StrategyText::Frequency))
                    options=Signal::derive(move || {
                        let l = lang.get();
                        Frequency::ALL.into_iter().map(|q| (q.code(), StrategyText::frequency(q).text(l))).map(option).collect::<Vec<_>>()
                    })
                    value=Signal::derive(move || kpi.get().frequency.code().to_owned())
                    on_change=Callback::new(move |code: String| {
                        if let Some(q) = Frequency::from_code(&code) {
                            rec.edit(move |k| k.frequency = q);
                        }
                    })
                />
                <RecordPicker
                    id=f("owner")
                    label=Signal::derive(t(StrategyText::Owner))
                    options=people.0
                    source=Signal::derive(t(WidgetText::PeopleSource))
                    single=true
                    chosen=owner
                    on_pick=pick_owner
                    on_remove=clear_owner
                    on_create=new_owner
                />
            </div>
            <CheckGroup
                chips=true
                id=f("goals")
                legend=Signal::derive(t(StrategyText::KpiGoals))
                options=Signal::derive(move || record_options(plan.with(|p| names_of(p, RecordKind::Goal))))
                selected=Signal::derive(move || kpi.with(|r| id_values(&r.goals)))
                empty=Signal::derive(t(StrategyText::NothingToChoose))
                on_toggle=Callback::new(move |(gid, on): (String, bool)| {
                    rec.edit(move |k| toggle_id(&mut k.goals, &Id::from(gid), on));
                })
            />
        </div>
    }
}
