//! The frame around every page.

use crate::Browser;

/// The frame around every page: header, navigator, banners.
pub struct Shell<'a>(pub &'a Browser);

impl Shell<'_> {
    /// The step titles in the navigator, in order (overview first).
    pub async fn nav_titles(&self) -> Vec<String> {
        self.0.texts(".navigator .nav-title").await
    }

    /// The status the navigator shows for a step (`not-started`, `in-progress`, `complete`).
    pub async fn nav_status(&self, slug: &str) -> String {
        let el = self.0.wait_for(&format!("#nav-{slug} .nav-status")).await;
        el.attr("data-status")
            .await
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// On a phone, opens the header's menu (where the actions are) unless it is open.
    pub async fn reveal_actions(&self) {
        let folded = self
            .0
            .js("const b = document.getElementById('header-menu-button'); \
                 return !!b && b.offsetParent !== null && b.getAttribute('aria-expanded') !== 'true'")
            .await;
        if folded.as_bool() == Some(true) {
            self.0.click("#header-menu-button").await;
            self.0.wait_for("#header-actions.open").await;
        }
    }

    /// On a phone, closes the header's menu if it is open.
    pub async fn fold_actions(&self) {
        let open = self
            .0
            .js("const b = document.getElementById('header-menu-button'); \
                 return !!b && b.offsetParent !== null && b.getAttribute('aria-expanded') === 'true'")
            .await;
        if open.as_bool() == Some(true) {
            self.0.click("#header-menu-button").await;
            self.0.wait_gone("#header-actions.open").await;
        }
    }

    /// Chooses an interface language by code (`uz`, `ru`, `en`).
    pub async fn switch_language(&self, code: &str) {
        self.reveal_actions().await;
        self.0.select("#lang-select", code).await;
        // A language not shown before has its texts fetched first: wait until the page speaks it.
        self.0
            .wait_until(&format!("the page in {code}"), || async {
                self.0
                    .js("return document.documentElement.lang")
                    .await
                    .as_str()
                    == Some(code)
            })
            .await;
    }

    /// The plan name in the header.
    pub async fn plan_name(&self) -> String {
        self.0.text("#plan-name").await
    }

    /// Waits until the header says everything is saved.
    pub async fn wait_saved(&self) {
        self.0
            .wait_until("the plan is saved", || async {
                let status = self.0.text("#save-status").await;
                !status.is_empty() && !status.ends_with('…')
            })
            .await;
    }

    /// Exports the plan and returns the downloaded file's content.
    pub async fn export(&self) -> String {
        self.reveal_actions().await;
        self.0.click("#export-button").await;
        let path = self.0.wait_download(".json").await;
        // Chrome writes a .crdownload first and renames it when complete; the final name can
        // appear a moment before its content, so wait until the file is whole JSON.
        let mut text = String::new();
        self.0
            .wait_until("the exported file is complete", || {
                text = std::fs::read_to_string(&path).unwrap_or_default();
                let whole = serde_json::from_str::<serde_json::Value>(&text).is_ok();
                async move { whole }
            })
            .await;
        // Every export made in the tests must validate against the committed schema.
        Browser::assert_valid_file(&text);
        // The next export must not find this one.
        let _ = std::fs::remove_file(&path);
        text
    }

    /// Exports the plan and returns the file without the moment it was written (which it must
    /// hold), for comparing two exports of the same plan.
    pub async fn export_timeless(&self) -> serde_json::Value {
        let text = self.export().await;
        let mut file: serde_json::Value = serde_json::from_str(&text).expect("the export is JSON");
        let stamp = file
            .as_object_mut()
            .and_then(|o| o.remove("exportedAt"))
            .expect("the export says when it was written");
        assert!(stamp.is_string(), "exportedAt: {stamp}");
        file
    }

    /// Chooses a file in the import picker.
    pub async fn import(&self, path: &std::path::Path) {
        // Drivers take only canonical paths (chromedriver refuses `..`).
        let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.reveal_actions().await;
        let input = self.0.wait_for("#import-input").await;
        input
            .send_keys(&path.display().to_string())
            .await
            .unwrap_or_else(|e| panic!("choose {}: {e}", path.display()));
    }

    /// Chooses a plan file and confirms the preview's default: import it as a new plan.
    pub async fn import_as_new(&self, path: &std::path::Path) {
        self.import(path).await;
        self.0.click("#import-confirm").await;
        self.0.wait_gone("#import-confirm").await;
        self.fold_actions().await;
    }

    /// The text of the current notice, once one shows, with its technical details (folded
    /// away under "Details" on the page) after it.
    pub async fn notice(&self) -> String {
        self.0.wait_for("#notice-text").await;
        let text = self
            .0
            .js("const d = document.querySelector('#notice-details p'); \
                 return document.getElementById('notice-text').textContent + (d ? ' ' + d.textContent : '')")
            .await;
        text.as_str().unwrap_or_default().to_owned()
    }

    /// Waits for a notice that says `expected` (in its text or its details), and returns it.
    pub async fn wait_notice(&self, expected: &str) -> String {
        self.0
            .wait_until(&format!("a notice saying {expected:?}"), || async {
                self.notice().await.contains(expected)
            })
            .await;
        self.notice().await
    }
}
