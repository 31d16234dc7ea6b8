//! Step 4: implementation plans, tasks, timeline and workload.

use chrono::NaiveDate;

use crate::Browser;

/// Step 4: plan cards, the open plan's editor and tasks, the timeline.
pub struct PlansPage<'a>(pub &'a Browser);

impl PlansPage<'_> {
    /// Opens the page.
    pub async fn open(&self) {
        self.0.open("#/plans").await;
        self.0.wait_for("#plan-cards").await;
    }

    /// Opens a plan's editor from its card.
    pub async fn open_plan(&self, plan: &str) {
        self.0.click(&format!("#plan-{plan}-open")).await;
        self.0.wait_for(&format!("#plan-{plan}-editor")).await;
    }

    /// Opens a task's editor from its row.
    pub async fn open_task(&self, task: &str) {
        self.0.click(&format!("#task-{task}-open")).await;
        self.0.wait_for(&format!("#task-{task}-editor")).await;
    }

    /// Chooses a task the open task depends on.
    pub async fn add_dependency(&self, task: &str, on: &str) {
        self.0.select(&format!("#task-{task}-depends"), on).await;
    }

    /// The titles of a task's dependencies.
    pub async fn dependencies(&self, task: &str) -> Vec<String> {
        self.0
            .texts(&format!("#task-{task}-dependency-list li.dependency span"))
            .await
    }

    /// The card texts of the text's triple of a plan: (responsible, indicators, deadline).
    pub async fn triple(&self, plan: &str) -> (String, String, String) {
        let card = format!("li.plan-card[data-plan={plan}]");
        (
            self.0.text(&format!("{card} .triple-responsible")).await,
            self.0.text(&format!("{card} .triple-indicators")).await,
            self.0.text(&format!("{card} .triple-deadline")).await,
        )
    }
}

/// Types a date into a date field by its id, as a person does with the keyboard (month, day,
/// year in the en-US browser).
pub async fn type_date(b: &Browser, id: &str, date: NaiveDate) {
    b.type_into(&format!("#{id}"), &date.format("%d.%m.%Y").to_string())
        .await;
}
