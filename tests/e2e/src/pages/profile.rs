//! Step 0: the project profile.

use crate::Browser;

/// Step 0: the project profile.
pub struct ProfilePage<'a>(pub &'a Browser);

impl ProfilePage<'_> {
    /// Opens the page.
    pub async fn open(&self) {
        self.0.open("#/profile").await;
    }

    /// Types the project's name.
    pub async fn set_name(&self, name: &str) {
        self.0.type_into("#profile-name", name).await;
    }

    /// Types the organisation.
    pub async fn set_organisation(&self, name: &str) {
        self.0.type_into("#profile-organisation", name).await;
    }

    /// Types the industry.
    pub async fn set_industry(&self, name: &str) {
        self.0.type_into("#profile-industry", name).await;
    }

    /// Types a go-live date as a person does ("01.09.2027"), and leaves the field with Tab.
    pub async fn type_go_live(&self, typed: &str) {
        self.0.type_into("#profile-go-live", typed).await;
        self.0.keys("#profile-go-live", "\u{E004}").await;
    }

    /// Adds a unit through the "new unit" form.
    pub async fn add_unit(&self, name: &str, level: &str, customer_facing: bool) {
        self.0.type_into("#unit-new-name", name).await;
        self.0.select("#unit-new-level", level).await;
        let checkbox = self.0.wait_for("#unit-new-customer").await;
        let checked = checkbox.prop("checked").await.ok().flatten().as_deref() == Some("true");
        if checked != customer_facing {
            checkbox.click().await.expect("tick customer-facing");
        }
        self.0.click("#unit-add").await;
    }

    /// The names of the listed units, in order.
    pub async fn unit_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        let inputs = self
            .0
            .client
            .find_all(fantoccini::Locator::Css(".unit-row input[type=text]"))
            .await
            .unwrap_or_default();
        for input in inputs {
            names.push(input.prop("value").await.ok().flatten().unwrap_or_default());
        }
        names
    }

    /// The error shown beside a field (by the field's id).
    pub async fn error_of(&self, field_id: &str) -> String {
        self.0.text(&format!("#{field_id}-error")).await
    }
}
