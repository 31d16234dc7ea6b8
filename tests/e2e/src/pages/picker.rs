//! The record picker (people of a goal, the owner of a KPI or task, a plan's responsible
//! person): chosen records as chips, one combobox input over a filtered list.

use fantoccini::Locator;

use crate::Browser;

/// The picker whose input has the id `id` (`kpi-k1-owner`, `goal-g1-stakeholders`).
pub struct Picker<'a> {
    b: &'a Browser,
    id: String,
}

/// WebDriver key codes.
pub const ARROW_DOWN: &str = "\u{E015}";
/// Enter.
pub const ENTER: &str = "\u{E007}";
/// Escape.
pub const ESCAPE: &str = "\u{E00C}";
/// Backspace.
pub const BACKSPACE: &str = "\u{E003}";

impl<'a> Picker<'a> {
    /// The picker of the input `id`.
    pub fn new(b: &'a Browser, id: &str) -> Self {
        Picker {
            b,
            id: id.to_owned(),
        }
    }

    /// The input's CSS selector.
    pub fn input(&self) -> String {
        format!("#{}", self.id)
    }

    /// Picks `record` by typing its `name` and clicking its option, as a person does with the
    /// mouse, and waits for its chip.
    pub async fn pick(&self, name: &str, record: &str) {
        // Typing only: the input is empty between picks, and a Backspace there would remove a chip.
        self.b.click(&self.input()).await;
        self.b.keys(&self.input(), name).await;
        self.b.click(&format!("#{}-option-{record}", self.id)).await;
        self.wait_chosen(record).await;
    }

    /// Waits until `record` is among the chips.
    pub async fn wait_chosen(&self, record: &str) {
        self.b
            .wait_for(&format!("#{}-chosen li[data-id='{record}']", self.id))
            .await;
    }

    /// The ids of the chosen records, in order.
    pub async fn chosen(&self) -> Vec<String> {
        let mut out = Vec::new();
        for el in self
            .b
            .client
            .find_all(Locator::Css(&format!("#{}-chosen li", self.id)))
            .await
            .unwrap_or_default()
        {
            out.push(el.attr("data-id").await.ok().flatten().unwrap_or_default());
        }
        out
    }

    /// The names the open list offers, in order.
    pub async fn options(&self) -> Vec<String> {
        self.b
            .texts(&format!("#{}-listbox [role=option]", self.id))
            .await
    }

    /// Whether the list is open, as the input tells assistive technology.
    pub async fn expanded(&self) -> bool {
        self.b
            .wait_for(&self.input())
            .await
            .attr("aria-expanded")
            .await
            .ok()
            .flatten()
            .as_deref()
            == Some("true")
    }
}
