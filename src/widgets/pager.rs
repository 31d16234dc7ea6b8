//! The pager under a long list: "Previous", "51–100 of 300", "Next". Shown only when the list
//! has more than one page.

use leptos::prelude::*;
use planner_core::i18n::{fill, Shell, Text};
use planner_core::paging::{page_of, Paging, PAGE_SIZE};

use crate::i18n::{t, use_language};

/// Buttons that move `page` through a list paged as `paging` says.
#[component]
pub fn Pager(
    /// A prefix for the element ids (`{id}-previous`, `{id}-next`, `{id}-range`).
    #[prop(into)]
    id: String,
    /// Where the list stands.
    #[prop(into)]
    paging: Signal<Paging>,
    /// The page shown; the pager writes it.
    page: RwSignal<usize>,
) -> impl IntoView {
    let lang = use_language();
    let range = move || {
        let p = paging.get();
        fill(
            Shell::PageRange.text(lang.get()),
            &[
                &(p.start + 1).to_string(),
                &p.end.to_string(),
                &p.total.to_string(),
            ],
        )
    };
    let go = move |to: usize| page.set(to);
    view! {
        <Show when=move || paging.get().is_paged()>
            <nav class="pager" aria-label=t(Shell::PagerLabel)>
                <button
                    type="button"
                    class="button subtle"
                    id=format!("{id}-previous")
                    disabled=move || paging.get().page == 0
                    on:click=move |_| go(paging.get_untracked().page.saturating_sub(1))
                >
                    "‹ "
                    {t(Shell::PagePrevious)}
                </button>
                <span class="pager-range" id=format!("{id}-range") aria-live="polite">
                    {range}
                </span>
                <button
                    type="button"
                    class="button subtle"
                    id=format!("{id}-next")
                    disabled=move || {
                        let p = paging.get();
                        p.page + 1 >= p.pages
                    }
                    on:click=move |_| go(paging.get_untracked().page + 1)
                >
                    {t(Shell::PageNext)}
                    " ›"
                </button>
            </nav>
        </Show>
    }
}

/// A page of a list, and what the [`Pager`] under it needs.
pub struct Paged<T: Send + Sync + 'static> {
    /// The page shown, from 0; the pager writes it.
    pub page: RwSignal<usize>,
    /// Where the list stands.
    pub paging: Memo<Paging>,
    /// The rows of the page shown.
    pub visible: Memo<Vec<T>>,
    /// Rows a page.
    pub size: usize,
    /// The whole list.
    pub rows: Memo<Vec<T>>,
}

impl<T: Send + Sync + 'static> Clone for Paged<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Paged<T> {}

impl<T: PartialEq + Send + Sync + 'static> Paged<T> {
    /// Turns to the page that holds `row` (a record just opened or moved), unless it is shown
    /// already or not in the list.
    pub fn show(&self, row: &T) {
        let Some(index) = self
            .rows
            .with_untracked(|all| all.iter().position(|r| r == row))
        else {
            return;
        };
        let target = page_of(index, self.size);
        if self.paging.get_untracked().page != target {
            self.page.set(target);
        }
    }

    /// Keeps the row that `open` names on the page shown: whatever opens a record (a check
    /// link, a new record, a chart) turns its list to the record's page.
    pub fn follow(self, open: impl Fn() -> Option<T> + 'static) {
        Effect::new(move |_| {
            if let Some(row) = open() {
                self.show(&row);
            }
        });
    }
}

/// Pages `rows`, [`PAGE_SIZE`] rows a page, starting at the first page.
pub fn paged<T: Clone + PartialEq + Send + Sync + 'static>(rows: Memo<Vec<T>>) -> Paged<T> {
    paged_by(rows, PAGE_SIZE)
}

/// Pages `rows`, `size` rows a page, starting at the first page.
pub fn paged_by<T: Clone + PartialEq + Send + Sync + 'static>(
    rows: Memo<Vec<T>>,
    size: usize,
) -> Paged<T> {
    let page = RwSignal::new(0usize);
    let paging = Memo::new(move |_| Paging::new(rows.with(Vec::len), page.get(), size));
    let visible = Memo::new(move |_| {
        let p = paging.get();
        rows.with(|all| {
            all.get(p.start..p.end)
                .map(<[T]>::to_vec)
                .unwrap_or_default()
        })
    });
    Paged {
        page,
        paging,
        visible,
        size,
        rows,
    }
}
