//! Share and export, the card at the end of the overview.

use crate::Browser;

/// The overview's "Share and export" card.
pub struct OutputsPage<'a>(pub &'a Browser);

impl OutputsPage<'_> {
    /// Opens the overview and waits for the card.
    pub async fn open(&self) {
        self.0.open("#/").await;
        self.0.wait_for("#outputs").await;
    }

    /// Makes a share link of the open plan and returns it (as the page shows it, whether or
    /// not the browser let it reach the clipboard).
    pub async fn share_link(&self) -> String {
        self.open().await;
        self.0.click("#share-link-button").await;
        self.0.wait_for("#share-link").await;
        self.0.value("#share-link").await
    }

    /// What the share section said after the last link.
    pub async fn share_said(&self) -> String {
        self.0.wait_for("#share-heading ~ .output-said").await;
        self.0.text("#share-heading ~ .output-said").await
    }
}
