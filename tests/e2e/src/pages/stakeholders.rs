//! Step 1: the stakeholder register and its views.

use fantoccini::Locator;

use crate::Browser;

/// Step 1: the stakeholder register, the grid and the deletion dialog.
pub struct StakeholdersPage<'a>(pub &'a Browser);

impl StakeholdersPage<'_> {
    /// Opens the page.
    pub async fn open(&self) {
        self.0.open("#/stakeholders").await;
    }

    /// Adds a stakeholder through the "new stakeholder" form and returns their id (their
    /// editor opens).
    pub async fn add(&self, name: &str, category: &str) -> String {
        let before = self.ids().await;
        self.0.type_into("#stakeholder-new-name", name).await;
        self.0.select("#stakeholder-new-category", category).await;
        self.0.click("#stakeholder-add").await;
        let n = before.len();
        self.0
            .wait_until("the new stakeholder is listed", || async {
                self.ids().await.len() > n
            })
            .await;
        let added = self
            .ids()
            .await
            .into_iter()
            .find(|id| !before.contains(id))
            .unwrap_or_default();
        self.0
            .wait_for(&format!("#stakeholder-{added}-editor"))
            .await;
        added
    }

    /// The ids of the listed stakeholders, in the order shown.
    pub async fn ids(&self) -> Vec<String> {
        self.attrs(".stakeholder-row", "data-id").await
    }

    /// The names of the listed stakeholders, in the order shown.
    pub async fn names(&self) -> Vec<String> {
        self.0.texts(".stakeholder-row .stakeholder-name").await
    }

    /// An attribute of every element matching `css`.
    pub async fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        let mut out = Vec::new();
        for el in self
            .0
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_default()
        {
            out.push(el.attr(attr).await.ok().flatten().unwrap_or_default());
        }
        out
    }

    /// Types into one of a stakeholder's fields (`name`, `expected`, `power`, ...).
    pub async fn set(&self, id: &str, field: &str, text: &str) {
        self.0
            .type_into(&format!("#stakeholder-{id}-{field}"), text)
            .await;
    }

    /// Chooses an option of one of a stakeholder's selects (`category`, `current`, ...).
    pub async fn choose(&self, id: &str, field: &str, value: &str) {
        self.0
            .select(&format!("#stakeholder-{id}-{field}"), value)
            .await;
    }

    /// Clicks one of a stakeholder's checkboxes (`sponsor`, `activity-tasks`, ...).
    pub async fn tick(&self, id: &str, field: &str) {
        self.0.click(&format!("#stakeholder-{id}-{field}")).await;
    }

    /// The error shown beside one of a stakeholder's fields.
    pub async fn error_of(&self, id: &str, field: &str) -> String {
        self.0
            .text(&format!("#stakeholder-{id}-{field}-error"))
            .await
    }

    /// Opens or closes a stakeholder's editor from the register.
    pub async fn toggle(&self, id: &str) {
        self.0.click(&format!("#stakeholder-{id}-toggle")).await;
    }

    /// The rule codes of the findings the page lists.
    pub async fn rules(&self) -> Vec<String> {
        self.attrs(".findings .finding", "data-rule").await
    }

    /// Fills in everything step 1 asks of a stakeholder: expected results, power, interest and
    /// the desired attitude ("leading"; a new stakeholder has none).
    pub async fn complete(&self, id: &str, expected: &str, power: &str, interest: &str) {
        self.set(id, "expected", expected).await;
        self.0
            .select(&format!("#stakeholder-{id}-power"), power)
            .await;
        self.0
            .select(&format!("#stakeholder-{id}-interest"), interest)
            .await;
        self.choose(id, "desired", "leading").await;
    }

    /// The quadrant a stakeholder's point is drawn in, and the point's centre.
    pub async fn point(&self, id: &str) -> (String, f64, f64) {
        let g = self.0.wait_for(&format!("#grid-point-{id}")).await;
        let quadrant = g
            .attr("data-quadrant")
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        let circle = self.0.wait_for(&format!("#grid-point-{id} circle")).await;
        let num = |v: Option<String>| v.and_then(|s| s.parse::<f64>().ok()).unwrap_or(f64::NAN);
        let cx = num(circle.attr("cx").await.ok().flatten());
        let cy = num(circle.attr("cy").await.ok().flatten());
        (quadrant, cx, cy)
    }

    /// The area (x, y, width, height) of a quadrant of the grid, by its code.
    pub async fn quadrant_area(&self, code: &str) -> (f64, f64, f64, f64) {
        let rect = self
            .0
            .wait_for(&format!(".stakeholder-grid .q-{code} rect"))
            .await;
        let mut v = [0.0; 4];
        for (slot, name) in v.iter_mut().zip(["x", "y", "width", "height"]) {
            *slot = rect
                .attr(name)
                .await
                .ok()
                .flatten()
                .and_then(|s| s.parse().ok())
                .unwrap_or(f64::NAN);
        }
        (v[0], v[1], v[2], v[3])
    }
}
