//! The compact table ("sheet") of a long list — step 1's register, step 4's tasks — for entering
//! many records from the keyboard, as in a spreadsheet. Each cell holds the same field as the
//! record's editor (same id, same checks), its label read by assistive technology only; the
//! arrow keys and Enter move between cells. Which way a list is shown is the user's choice,
//! kept for the session.

use leptos::prelude::*;
use planner_core::i18n::{Text, WidgetText};
use planner_core::Id;
use wasm_bindgen::JsCast;

use crate::i18n::t;

/// How a long list is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Layout {
    /// A line per record, its editor opened under it.
    #[default]
    Cards,
    /// A compact table of fields.
    Table,
}

impl Layout {
    fn code(self) -> &'static str {
        match self {
            Layout::Cards => "cards",
            Layout::Table => "table",
        }
    }
}

/// The layout of the list `list`, as the user last chose it in this tab (cards at first), and
/// kept there as they change it. Kept in the session's storage: a preference of the moment,
/// not part of any plan.
///
/// `open` is the list's open record. Opening one (a check link, a grid point, a timeline bar)
/// shows the cards, since its editor is under its card and the table has a first pass's fields
/// only; choosing the table closes it, so that a link back to it opens it afresh.
pub fn remembered(list: &'static str, open: RwSignal<Option<Id>>) -> RwSignal<Layout> {
    let key = format!("crm-planner:layout:{list}");
    let session = || web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    let kept = session()
        .and_then(|s| s.get_item(&key).ok().flatten())
        .filter(|code| code == Layout::Table.code())
        .map_or(Layout::Cards, |_| Layout::Table);
    let layout = RwSignal::new(kept);
    Effect::new(move |_| {
        let code = layout.get().code();
        if let Some(s) = session() {
            // A full or refused session storage only forgets the preference.
            let _ = s.set_item(&key, code);
        }
    });
    if open.with_untracked(Option::is_some) {
        layout.set(Layout::Cards);
    }
    Effect::new(move |_| {
        if open.with(Option::is_some) {
            layout.set(Layout::Cards);
        }
    });
    Effect::new(move |_| {
        if layout.get() == Layout::Table {
            open.set(None);
        }
    });
    layout
}

/// The field in the cell of column `col` in `row`, if that cell holds one.
fn field_in(row: &web_sys::Element, col: i32) -> Option<web_sys::HtmlElement> {
    row.query_selector(&format!(
        "td[data-col='{col}'] input, td[data-col='{col}'] select"
    ))
    .ok()
    .flatten()
    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Whether the caret stands at the start (or the end) of a text field, or its whole text is
/// selected (as when the keyboard brought the focus there); always for a field without a caret
/// (a select).
fn at_edge(field: &web_sys::HtmlElement, start: bool) -> bool {
    let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() else {
        return true;
    };
    let len = input.value().encode_utf16().count() as u32;
    match (input.selection_start(), input.selection_end()) {
        (Ok(Some(0)), Ok(Some(b))) if b == len => true,
        (Ok(Some(a)), Ok(Some(b))) => a == b && if start { a == 0 } else { b == len },
        // A number field has no caret to ask about.
        _ => true,
    }
}

/// Moves the focus across a sheet's cells from a key pressed in one of its fields: ↑ and ↓
/// (and Enter, Shift+Enter) to the same column a row up or down; ← at the start of a field's
/// text and → at its end to the cell beside. A key the field used itself (a list it opened) or
/// with a modifier (Alt+↓ opens a select's list) is left alone, as is a move off the sheet's
/// edge. The text of the field reached is selected, so that typing replaces it.
pub fn on_key(ev: &web_sys::KeyboardEvent) {
    if ev.default_prevented() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.is_composing()
    {
        return;
    }
    let Some(field) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let Some(cell) = field.closest("td[data-col]").ok().flatten() else {
        return;
    };
    let Some(row) = cell.parent_element() else {
        return;
    };
    let col: i32 = cell
        .get_attribute("data-col")
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let (to_row, to_col) = match ev.key().as_str() {
        "ArrowUp" => (row.previous_element_sibling(), col),
        "Enter" if ev.shift_key() => (row.previous_element_sibling(), col),
        "ArrowDown" | "Enter" => (row.next_element_sibling(), col),
        "ArrowLeft" if at_edge(&field, true) => (Some(row), col - 1),
        "ArrowRight" if at_edge(&field, false) => (Some(row), col + 1),
        _ => return,
    };
    let Some(next) = to_row.and_then(|r| field_in(&r, to_col)) else {
        return;
    };
    ev.prevent_default();
    let _ = next.focus();
    if let Some(input) = next.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    }
}

/// The "Show as: Cards | Table" choice above a list.
#[component]
pub fn LayoutChoice(
    /// The choice's id; its buttons are `{id}-cards` and `{id}-table`.
    id: &'static str,
    /// The list's layout.
    layout: RwSignal<Layout>,
) -> impl IntoView {
    let button = move |value: Layout, suffix: &str, text: WidgetText| {
        view! {
            <button
                type="button"
                class="button"
                id=format!("{id}-{suffix}")
                aria-pressed=move || (layout.get() == value).to_string()
                on:click=move |_| layout.set(value)
            >
                {t(text)}
            </button>
        }
    };
    view! {
        <div class="choice-group layout-choice" id=id role="group" aria-labelledby=format!("{id}-label")>
            <span class="control-label" id=format!("{id}-label")>{t(WidgetText::ShowAs)}</span>
            {button(Layout::Cards, "cards", WidgetText::LayoutCards)}
            {button(Layout::Table, "table", WidgetText::LayoutTable)}
        </div>
        <Show when=move || layout.get() == Layout::Table>
            <p class="field-hint sheet-hint" id=format!("{id}-hint")>{t(WidgetText::SheetHint)}</p>
        </Show>
    }
}

/// A compact table with the id `id`: its caption for screen readers, a header cell per column
/// and the rows (`children`: a `For` of the list's row component, each cell a `td` with its
/// `data-col`), moved through with the arrow keys and Enter (see [`on_key`]).
#[component]
pub fn Sheet<K>(id: &'static str, caption: K, columns: Vec<K>, children: Children) -> impl IntoView
where
    K: Text + Send + Sync + 'static,
{
    view! {
        <div class="table-scroll sheet-scroll">
            <table class="sheet" id=id on:keydown=move |ev| on_key(&ev)>
                <caption class="visually-hidden">{t(caption)}</caption>
                <thead>
                    <tr>
                        {columns.into_iter().map(|key| view! { <th scope="col">{t(key)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
