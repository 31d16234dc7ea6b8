//! Step 3: implementation goals and priorities.

use crate::Browser;

/// Step 3: scope, the ranked goals and their editor, the views.
pub struct GoalsPage<'a>(pub &'a Browser);

impl GoalsPage<'_> {
    /// Opens the page.
    pub async fn open(&self) {
        self.0.open("#/goals").await;
        self.0.wait_for("#scope-list").await;
    }

    /// Adds a goal by its name and returns its id, read from the editor that opens for it.
    pub async fn add(&self, name: &str) -> String {
        self.0.type_into("#igoal-new-name", name).await;
        self.0.click("#igoal-add").await;
        let editor = self.0.wait_for(".goal-editor").await;
        self.0
            .element_id(&editor)
            .await
            .trim_start_matches("igoal-")
            .trim_end_matches("-editor")
            .to_owned()
    }

    /// The goal names in ranked order.
    pub async fn ranked_names(&self) -> Vec<String> {
        self.0.texts("#goal-list .goal-name").await
    }

    /// Whether a goal's Move up (or down) button is enabled.
    pub async fn can_move(&self, goal: &str, up: bool) -> bool {
        let dir = if up { "up" } else { "down" };
        let el = self.0.wait_for(&format!("#igoal-{goal}-{dir}")).await;
        el.attr("disabled").await.ok().flatten().is_none()
    }

    /// Clicks a goal's Move up (or down) button.
    pub async fn move_goal(&self, goal: &str, up: bool) {
        let dir = if up { "up" } else { "down" };
        self.0.click(&format!("#igoal-{goal}-{dir}")).await;
    }

    /// Opens a goal's editor.
    pub async fn edit(&self, goal: &str) {
        self.0.click(&format!("#igoal-{goal}-edit")).await;
        self.0.wait_for(&format!("#igoal-{goal}-editor")).await;
    }

    /// The quadrant legend's lines ("Quick wins: 2, 3").
    pub async fn quadrant_legend(&self) -> Vec<String> {
        self.0.texts("#quadrant-legend li").await
    }
}
