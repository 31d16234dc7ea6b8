//! The views of step 1: the grid, the attitude gap and stakeholders × the text's activities.

use leptos::prelude::*;
use planner_core::i18n::{StakeholdersText, Text};
use planner_core::stakeholders::Activity;

use super::grid::StakeholderGrid;
use crate::i18n::{t, use_language};
use crate::state::use_store;

/// The views card, shown once there is a stakeholder.
#[component]
pub fn ViewsCard() -> impl IntoView {
    let store = use_store();
    let has_any = move || store.plan().with(|p| !p.stakeholders.is_empty());
    view! {
        <Show when=has_any>
            <section class="card views" aria-labelledby="views-heading">
                <h2 id="views-heading">{t(StakeholdersText::ViewsSection)}</h2>
                <h3>{t(StakeholdersText::GridTitle)}</h3>
                <StakeholderGrid />
                <AttitudeGap />
                <ActivityMatrix />
            </section>
        </Show>
    }
}

/// Current and desired attitude of each stakeholder, largest gap first.
#[component]
fn AttitudeGap() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let rows = move || {
        let l = lang.get();
        let mut list = store.plan().with(|p| p.stakeholders.clone());
        list.sort_by_key(|s| std::cmp::Reverse(s.attitude_gap()));
        list.into_iter()
            .map(|s| {
                let gap = s.attitude_gap();
                let shown = if gap == 0 {
                    StakeholdersText::OnTarget.text(l).to_owned()
                } else {
                    format!("{gap:+}")
                };
                // The bar spans the attitude scale from current to desired (0-4).
                let (from, to) = (
                    s.current_attitude.rank().min(s.desired_attitude.rank()),
                    s.current_attitude.rank().max(s.desired_attitude.rank()),
                );
                view! {
                    <tr data-id=s.id.to_string()>
                        <th scope="row">{s.name.clone()}</th>
                        <td>{StakeholdersText::attitude(s.current_attitude).text(l)}</td>
                        <td>{StakeholdersText::attitude(s.desired_attitude).text(l)}</td>
                        <td class="gap-cell">
                            <svg class="gap-bar" viewBox="0 0 100 12" aria-hidden="true" preserveAspectRatio="none">
                                <rect class="gap-track" x="0" y="4" width="100" height="4"></rect>
                                <rect class=if gap < 0 { "gap-span back" } else { "gap-span" } x=f64::from(from) * 25.0 y="2" width=(f64::from(to - from) * 25.0).max(2.0) height="8"></rect>
                            </svg>
                            <span class="gap-value">{shown}</span>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h3 id="gap-heading">{t(StakeholdersText::GapTitle)}</h3>
        <div class="table-scroll">
            <table class="data-table" id="attitude-gap" aria-labelledby="gap-heading">
                <thead>
                    <tr>
                        <th scope="col">{t(StakeholdersText::Name)}</th>
                        <th scope="col">{t(StakeholdersText::CurrentAttitude)}</th>
                        <th scope="col">{t(StakeholdersText::DesiredAttitude)}</th>
                        <th scope="col">{t(StakeholdersText::GapColumn)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Stakeholders × the text's three activities, with the number of participants of each.
#[component]
fn ActivityMatrix() -> impl IntoView {
    let store = use_store();
    let lang = use_language();
    let plan = store.plan();
    let rows = move || {
        let l = lang.get();
        plan.with(|p| {
            p.stakeholders
                .iter()
                .map(|s| {
                    let cells = Activity::ALL
                        .into_iter()
                        .map(|a| {
                            let on = s.takes_part_in(a);
                            let text = if on {
                                StakeholdersText::Yes
                            } else {
                                StakeholdersText::No
                            };
                            view! {
                                <td class:on=on>
                                    <span aria-hidden="true">{if on { "●" } else { "·" }}</span>
                                    <span class="visually-hidden">{text.text(l)}</span>
                                </td>
                            }
                        })
                        .collect_view();
                    view! { <tr><th scope="row">{s.name.clone()}</th>{cells}</tr> }
                })
                .collect_view()
        })
    };
    let totals = move || {
        plan.with(|p| {
            Activity::ALL
                .into_iter()
                .map(|a| {
                    let n = p.stakeholders.iter().filter(|s| s.takes_part_in(a)).count();
                    view! { <td class:none=n == 0 data-activity=a.code()>{n}</td> }
                })
                .collect_view()
        })
    };
    view! {
        <h3 id="activities-heading">{t(StakeholdersText::ActivitiesTitle)}</h3>
        <div class="table-scroll">
            <table class="data-table activity-matrix" id="activity-matrix" aria-labelledby="activities-heading">
                <thead>
                    <tr>
                        <th scope="col">{t(StakeholdersText::Name)}</th>
                        {Activity::ALL.into_iter().map(|a| view! { <th scope="col">{t(StakeholdersText::activity(a))}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr><th scope="row">{t(StakeholdersText::Participants)}</th>{totals}</tr>
                </tfoot>
            </table>
        </div>
    }
}
