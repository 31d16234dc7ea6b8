//! Step 2: the CRM strategy.

use fantoccini::Locator;

use super::Picker;
use crate::Browser;

/// Step 2: vision, records, links, KPIs and the views. KPIs and business goals are listed as
/// summaries whose editor opens one at a time: the field helpers open it first.
pub struct StrategyPage<'a>(pub &'a Browser);

impl StrategyPage<'_> {
    /// Opens the page.
    pub async fn open(&self) {
        self.0.open("#/strategy").await;
    }

    /// Types the vision.
    pub async fn set_vision(&self, text: &str) {
        self.0.type_into("#strategy-vision", text).await;
    }

    /// The ids of the listed records of a kind (`goal`, `process`, `people`, `software`,
    /// `benefit`, `kpi`, `link`), in order.
    pub async fn ids(&self, kind: &str) -> Vec<String> {
        let mut out = Vec::new();
        for el in self
            .0
            .client
            .find_all(Locator::Css(&format!("#{kind}-list > li")))
            .await
            .unwrap_or_default()
        {
            out.push(el.attr("data-id").await.ok().flatten().unwrap_or_default());
        }
        out
    }

    /// Adds a record by name (`goal`, `process`, `people`, `software`, `benefit`, `kpi`) and
    /// returns its id.
    pub async fn add(&self, kind: &str, name: &str) -> String {
        let before = self.ids(kind).await.len();
        self.0.type_into(&format!("#{kind}-new-name"), name).await;
        self.0.click(&format!("#{kind}-add")).await;
        self.0
            .wait_until(&format!("a new {kind}"), || async {
                self.ids(kind).await.len() > before
            })
            .await;
        self.ids(kind).await.last().cloned().unwrap_or_default()
    }

    /// Links a goal to a process (by ids) and returns the link's id.
    pub async fn link(&self, goal: &str, process: &str) -> String {
        let before = self.ids("link").await.len();
        self.0.select("#link-new-goal", goal).await;
        self.0.select("#link-new-process", process).await;
        self.0.click("#link-add").await;
        self.0
            .wait_until("a new link", || async {
                self.ids("link").await.len() > before
            })
            .await;
        self.ids("link").await.last().cloned().unwrap_or_default()
    }

    /// Whether the editor of a summarised record (`kpi`, `goal`) is open, as its Edit/Close
    /// button says.
    pub async fn is_open(&self, kind: &str, id: &str) -> bool {
        let toggle = self.0.wait_for(&format!("#{kind}-{id}-toggle")).await;
        toggle.attr("aria-expanded").await.ok().flatten().as_deref() == Some("true")
    }

    /// Opens the editor of a KPI or business goal (`kpi`, `goal`) with its Edit button, unless
    /// it is open, and waits for it. Other kinds show their fields inline: nothing to open.
    pub async fn open_row(&self, kind: &str, id: &str) {
        if !matches!(kind, "kpi" | "goal") {
            return;
        }
        if !self.is_open(kind, id).await {
            self.0.click(&format!("#{kind}-{id}-toggle")).await;
        }
        self.0.wait_for(&format!("#{kind}-{id}-editor")).await;
    }

    /// Opens a KPI's editor (see [`StrategyPage::open_row`]).
    pub async fn open_kpi(&self, id: &str) {
        self.open_row("kpi", id).await;
    }

    /// Opens a business goal's editor (see [`StrategyPage::open_row`]).
    pub async fn open_goal(&self, id: &str) {
        self.open_row("goal", id).await;
    }

    /// Closes a KPI's or business goal's editor with its Close button, and waits until it is
    /// gone.
    pub async fn close_row(&self, kind: &str, id: &str) {
        if self.is_open(kind, id).await {
            self.0.click(&format!("#{kind}-{id}-toggle")).await;
        }
        self.0.wait_gone(&format!("#{kind}-{id}-editor")).await;
    }

    /// The ids of the KPIs or business goals (`kpi`, `goal`) whose editor is open.
    pub async fn open_ids(&self, kind: &str) -> Vec<String> {
        let mut out = Vec::new();
        for el in self
            .0
            .client
            .find_all(Locator::Css(&format!("#{kind}-list > li.open")))
            .await
            .unwrap_or_default()
        {
            out.push(el.attr("data-id").await.ok().flatten().unwrap_or_default());
        }
        out
    }

    /// Types into a field of a record (`kpi`, `k5`, `target`), opening its editor first.
    pub async fn set(&self, kind: &str, id: &str, field: &str, text: &str) {
        self.open_row(kind, id).await;
        self.0
            .type_into(&format!("#{kind}-{id}-{field}"), text)
            .await;
    }

    /// Chooses an option of a record's select, opening its editor first.
    pub async fn choose(&self, kind: &str, id: &str, field: &str, value: &str) {
        self.open_row(kind, id).await;
        self.0.select(&format!("#{kind}-{id}-{field}"), value).await;
    }

    /// Picks a person by name in a record's picker (`kpi`, `k5`, `owner`, "Dilnoza", `s3`),
    /// opening its editor first.
    pub async fn pick(&self, kind: &str, id: &str, field: &str, name: &str, person: &str) {
        self.open_row(kind, id).await;
        Picker::new(self.0, &format!("{kind}-{id}-{field}"))
            .pick(name, person)
            .await;
    }

    /// Ticks a choice in a record's group of checkboxes (`link`, `l3`, `people`, `pg2`),
    /// opening its editor first.
    pub async fn tick(&self, kind: &str, id: &str, group: &str, option: &str) {
        self.open_row(kind, id).await;
        self.0
            .click(&format!("#{kind}-{id}-{group}-{option}"))
            .await;
    }

    /// Types a KPI's target date as a person does (`31.12.2027`), opening its editor first.
    pub async fn type_kpi_date(&self, id: &str, typed: &str) {
        self.open_kpi(id).await;
        self.0.type_into(&format!("#kpi-{id}-date"), typed).await;
    }

    /// The error shown beside a record's field.
    pub async fn error_of(&self, kind: &str, id: &str, field: &str) -> String {
        self.0.text(&format!("#{kind}-{id}-{field}-error")).await
    }

    /// The rule codes of the findings the page lists.
    pub async fn rules(&self) -> Vec<String> {
        let mut out = Vec::new();
        for el in self
            .0
            .client
            .find_all(Locator::Css(".findings .finding"))
            .await
            .unwrap_or_default()
        {
            out.push(
                el.attr("data-rule")
                    .await
                    .ok()
                    .flatten()
                    .unwrap_or_default(),
            );
        }
        out
    }
}
