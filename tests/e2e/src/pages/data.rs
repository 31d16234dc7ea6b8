//! The data-safety parts of the frame: the plan library menu, undo/redo, the import preview,
//! the two-tab conflict dialog.

use crate::Browser;

/// The plan library, undo/redo and the import preview.
pub struct DataPage<'a>(pub &'a Browser);

impl DataPage<'_> {
    /// Opens the "Projects" menu (if closed) and waits for it.
    pub async fn open_menu(&self) {
        crate::pages::Shell(self.0).reveal_actions().await;
        if self.0.text("#plans-menu").await.is_empty() {
            self.0.click("#plans-button").await;
        }
        self.0.wait_for("#plans-menu").await;
    }

    /// The names the library lists, newest first.
    pub async fn plan_names(&self) -> Vec<String> {
        self.open_menu().await;
        self.0.texts("#plans-menu .entry-name").await
    }

    /// Starts a new plan from the menu.
    pub async fn new_plan(&self) {
        self.open_menu().await;
        self.0.click("#new-plan").await;
        self.0.wait_gone("#plans-menu").await;
    }

    fn entry(name_index: usize, button: &str) -> String {
        format!(
            "#plans-menu .library-entry:nth-child({}) .{button}",
            name_index + 1
        )
    }

    /// Opens the `index`-th plan of the menu.
    pub async fn open_plan(&self, index: usize) {
        self.open_menu().await;
        self.0.click(&Self::entry(index, "open-plan")).await;
    }

    /// Renames the `index`-th plan of the menu.
    pub async fn rename(&self, index: usize, name: &str) {
        self.open_menu().await;
        self.0.click(&Self::entry(index, "rename-plan")).await;
        self.0.type_into("#rename-input", name).await;
        self.0.click("#rename-save").await;
        self.0.wait_gone("#rename-input").await;
    }

    /// Duplicates the `index`-th plan of the menu (the copy opens).
    pub async fn duplicate(&self, index: usize) {
        self.open_menu().await;
        self.0.click(&Self::entry(index, "duplicate-plan")).await;
    }

    /// Deletes the `index`-th plan of the menu.
    pub async fn delete(&self, index: usize) {
        self.open_menu().await;
        self.0.click(&Self::entry(index, "delete-plan")).await;
        self.0.wait_for("#undo-delete").await;
    }

    /// Clicks "Undo delete".
    pub async fn undo_delete(&self) {
        self.0.click("#undo-delete").await;
    }

    /// Clicks the header's undo button.
    pub async fn undo(&self) {
        self.0.click("#undo-button").await;
    }

    /// Clicks the header's redo button.
    pub async fn redo(&self) {
        self.0.click("#redo-button").await;
    }

    /// Chooses a file and waits for the import preview.
    pub async fn preview(&self, path: &std::path::Path) {
        crate::pages::Shell(self.0).import(path).await;
        self.0.wait_for("#preview-title").await;
    }

    /// The counts the preview shows: (label, in the file, in the open plan).
    pub async fn preview_rows(&self) -> Vec<String> {
        self.0.texts("#preview-table tbody tr").await
    }
}
