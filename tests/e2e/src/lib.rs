//! End-to-end harness: serves the release build (`dist/`) from a plain static file server (no
//! fallback to index.html, under a sub-path), starts the WebDriver server of the chosen engine
//! (Chromium, Firefox ESR or WebKitGTK; see [`drivers`]), and gives each test its own browser
//! with a fresh profile. Page objects live in [`pages`].
//!
//! Every [`Browser`] checks for errors when the test finishes: any `panicked at`, uncaught
//! error, unhandled rejection, CSP violation or failed load fails the test. Chromium's console
//! is read over WebDriver; in Firefox and WebKit, which cannot give it, an error hook that the
//! test server puts in the page records them.

pub mod axe;
pub mod charts;
pub mod drivers;
pub mod fixtures;
pub mod pages;
pub mod pdf;
mod server;
pub mod shell;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use drivers::Driver;
pub use drivers::Engine;

/// How long a wait for a condition may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(10);
/// The sub-path the app is served under, as a static host might.
pub const APP_PATH: &str = "/crm/";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn dist() -> PathBuf {
    let dist = std::env::var_os("CRM_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("dist"));
    assert!(
        dist.join("index.html").exists(),
        "no release build at {}: run `trunk build --release` first (scripts/test.sh does)",
        dist.display()
    );
    dist
}

/// The shared static servers: one plain, one with the error hook in its pages.
fn shared_server(hook: bool) -> &'static server::Server {
    static PLAIN: OnceLock<server::Server> = OnceLock::new();
    static HOOKED: OnceLock<server::Server> = OnceLock::new();
    let cell = if hook { &HOOKED } else { &PLAIN };
    cell.get_or_init(|| server::start(dist(), APP_PATH, hook))
}

/// How a browser starts.
#[derive(Clone, Debug)]
pub struct Options {
    /// The browser's language (`navigator.languages`).
    pub lang: &'static str,
    /// Window width in CSS pixels.
    pub width: u32,
    /// Window height.
    pub height: u32,
    /// The engine; by default the one `CRM_ENGINE` names, else Chromium.
    pub engine: Engine,
    /// Serve the app from a server of this browser's own, so that [`Browser::requests`] lists
    /// only this browser's requests.
    pub own_server: bool,
    /// With `own_server`, serve this directory instead of `dist/` (a copy a test may change,
    /// as a new deployment would).
    pub root: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: "en-US",
            width: 1280,
            height: 900,
            engine: Engine::from_env(),
            own_server: false,
            root: None,
        }
    }
}

/// One browser with a fresh profile, driven through WebDriver.
pub struct Browser {
    /// The WebDriver client.
    pub client: Client,
    /// Where downloads land.
    pub downloads: PathBuf,
    /// The app's address.
    pub base_url: String,
    /// The engine.
    pub engine: Engine,
    session: String,
    driver_url: String,
    /// The browser's own driver process (Firefox, WebKit); ends after the session.
    #[allow(dead_code, reason = "held for its Drop, which ends the driver process")]
    own_driver: Option<Driver>,
    server: server::Server,
    /// Errors the page's hook recorded before a navigation, not yet reported.
    hooked_errors: Mutex<Vec<String>>,
    _profile: TempDir,
}

/// A temporary directory removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// A new empty directory under the system temp dir.
    pub fn new(prefix: &str) -> TempDir {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("{prefix}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The capabilities that start `engine` with a fresh profile in `profile`.
fn capabilities(engine: Engine, options: &Options, profile: &Path, downloads: &Path) -> Value {
    match engine {
        Engine::Chromium => {
            let binary = std::env::var("CHROME").unwrap_or_else(|_| "/usr/bin/chromium".into());
            json!({
                "browserName": "chrome",
                "goog:loggingPrefs": { "browser": "ALL" },
                "goog:chromeOptions": {
                    "binary": binary,
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--disable-quic", "--disable-extensions",
                        format!("--user-data-dir={}", profile.join("chrome").display()),
                        format!("--window-size={},{}", options.width, options.height),
                        format!("--lang={}", options.lang),
                    ],
                    "prefs": {
                        "intl.accept_languages": options.lang,
                        "download.default_directory": downloads.display().to_string(),
                        "download.prompt_for_download": false,
                    }
                }
            })
        }
        Engine::Firefox => {
            let binary = std::env::var("FIREFOX").unwrap_or_else(|_| "firefox-esr".into());
            json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": binary,
                    "args": [
                        "-headless",
                        format!("--width={}", options.width),
                        format!("--height={}", options.height),
                    ],
                    "prefs": {
                        "intl.accept_languages": options.lang,
                        "browser.download.dir": downloads.display().to_string(),
                        "browser.download.folderList": 2,
                        "browser.download.useDownloadDir": true,
                        "browser.download.always_ask_before_handling_new_types": false,
                        "browser.download.manager.showWhenStarting": false,
                        "browser.helperApps.neverAsk.saveToDisk": "application/json,text/csv,text/calendar",
                        // The closed network of the test machine: no update or telemetry calls.
                        "app.update.disabledForTesting": true,
                        "datareporting.policy.dataSubmissionEnabled": false,
                        "toolkit.telemetry.reportingpolicy.firstRun": false,
                        "network.captive-portal-service.enabled": false,
                        "network.connectivity-service.enabled": false,
                    }
                }
            })
        }
        Engine::WebKit => {
            let binary = std::env::var("WEBKIT_BROWSER")
                .unwrap_or_else(|_| "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".into());
            json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": {
                    "binary": binary,
                    "args": ["--automation", format!("--geometry={}x{}", options.width, options.height)],
                }
            })
        }
    }
}

impl Browser {
    /// Starts a browser with default options (English, 1280 px wide).
    pub async fn start() -> Browser {
        Browser::with(Options::default()).await
    }

    /// Starts a browser.
    pub async fn with(options: Options) -> Browser {
        let engine = options.engine;
        let hook = !engine.reads_console();
        let server = if options.own_server {
            let root = options.root.clone().unwrap_or_else(dist);
            server::start(root, APP_PATH, hook)
        } else {
            shared_server(hook).clone()
        };
        let profile = TempDir::new("crm-e2e-profile");
        let downloads = profile.0.join("downloads");
        std::fs::create_dir_all(&downloads).expect("downloads dir");
        let own_driver = match engine {
            Engine::Chromium => None,
            Engine::Firefox => Some(drivers::geckodriver()),
            Engine::WebKit => Some(drivers::webkitdriver(options.lang, &profile.0, &downloads)),
        };
        let driver_url = match &own_driver {
            Some(driver) => driver.url.clone(),
            None => drivers::chromedriver().to_owned(),
        };
        let Value::Object(caps) = capabilities(engine, &options, &profile.0, &downloads) else {
            unreachable!("capabilities are an object")
        };
        let caps: Capabilities = caps;
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&driver_url)
            .await
            .unwrap_or_else(|e| panic!("a {} session: {e}", engine.name()));
        let session = client.session_id().await.ok().flatten().unwrap_or_default();
        let browser = Browser {
            client,
            downloads,
            base_url: format!("http://127.0.0.1:{}{APP_PATH}", server.port),
            engine,
            session,
            driver_url,
            own_driver,
            server,
            hooked_errors: Mutex::new(Vec::new()),
            _profile: profile,
        };
        // Windows are sized with their frame; make the viewport the asked size.
        browser.fit_viewport(options.width, options.height).await;
        browser
    }

    /// Every path this browser's server was asked for (only this browser's with
    /// [`Options::own_server`]).
    pub fn requests(&self) -> Vec<String> {
        self.server
            .requests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Makes the viewport `width` × `height`: the window is sized first (headless Chromium
    /// opens no narrower than 500 px, whatever its start-up flags say), then corrected by what
    /// the engine's frame takes (WebKit's MiniBrowser has a toolbar). A window manager may apply
    /// a size a moment later, so the correction repeats until the viewport holds still at the
    /// asked size, or the wait ends and the test fails.
    async fn fit_viewport(&self, width: u32, height: u32) {
        let _ = self.client.set_window_size(width, height).await;
        let deadline = Instant::now() + WAIT;
        loop {
            let inner = self
                .js("return [window.innerWidth, window.innerHeight]")
                .await;
            let (w, h) = (
                inner[0].as_i64().unwrap_or(0),
                inner[1].as_i64().unwrap_or(0),
            );
            let (dw, dh) = (i64::from(width) - w, i64::from(height) - h);
            if dw == 0 && dh == 0 {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{} cannot show a {width} × {height} viewport: it shows {w} × {h}",
                self.engine.name()
            );
            if let Ok((outer_w, outer_h)) = self.client.get_window_size().await {
                let grow = |outer: u64, by: i64| (outer as i64 + by).max(1) as u32;
                let _ = self
                    .client
                    .set_window_size(grow(outer_w, dw), grow(outer_h, dh))
                    .await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Makes the viewport `width` × `height`, as a phone turned or a window resized does.
    pub async fn resize(&self, width: u32, height: u32) {
        self.fit_viewport(width, height).await;
    }

    /// Opens the app at `hash` (such as `#/profile`) and waits until it has rendered.
    pub async fn open(&self, hash: &str) {
        self.navigate(hash).await;
        self.wait_for("#step-title").await;
    }

    /// Loads the page at `hash` without waiting for the app (the first screen drawn before the
    /// WASM arrives is there to look at).
    pub async fn navigate(&self, hash: &str) {
        self.keep_hooked_errors().await;
        self.client
            .goto(&format!("{}{hash}", self.base_url))
            .await
            .expect("navigate");
    }

    /// Reloads the page and waits for the app.
    pub async fn reload(&self) {
        self.keep_hooked_errors().await;
        self.client.refresh().await.expect("reload");
        self.wait_for("#step-title").await;
    }

    /// Waits until an element matching `css` exists, and returns it.
    pub async fn wait_for(&self, css: &str) -> Element {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await {
                return el;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {css}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Waits until no element matches `css`.
    pub async fn wait_gone(&self, css: &str) {
        self.wait_until(&format!("no {css}"), || async {
            self.client
                .find_all(Locator::Css(css))
                .await
                .map(|v| v.is_empty())
                .unwrap_or(false)
        })
        .await;
    }

    /// Waits until `check` is true.
    pub async fn wait_until<F, Fut>(&self, what: &str, mut check: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let deadline = Instant::now() + WAIT;
        while !check().await {
            assert!(Instant::now() < deadline, "timed out waiting for: {what}");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// The visible text of the first element matching `css`, or "" when there is none.
    pub async fn text(&self, css: &str) -> String {
        match self.client.find(Locator::Css(css)).await {
            Ok(el) => self.element_text(&el).await,
            Err(_) => String::new(),
        }
    }

    /// An element's visible text. WebKitWebDriver reads a one-line box that clips with an
    /// ellipsis (`overflow: hidden`, such as the header's plan name) as empty though it is on
    /// screen; there the page's own rendered text (`innerText`) is asked instead.
    async fn element_text(&self, el: &Element) -> String {
        let text = el.text().await.unwrap_or_default();
        if !text.is_empty() || self.engine != Engine::WebKit {
            return text;
        }
        let Ok(arg) = serde_json::to_value(el) else {
            return text;
        };
        self.client
            .execute(
                "const e = arguments[0]; return e.getClientRects().length ? e.innerText : ''",
                vec![arg],
            )
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// The texts of all elements matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for el in self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_default()
        {
            out.push(self.element_text(&el).await);
        }
        out
    }

    /// Waits until the text of `css` contains `expected`, and returns it.
    pub async fn wait_text(&self, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let text = self.text(css).await;
            if text.contains(expected) {
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {css} to contain {expected:?}; it shows {text:?}"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// An attribute of the element `css` ("" when it or the attribute is missing).
    pub async fn attr(&self, css: &str, attr: &str) -> String {
        match self.client.find(Locator::Css(css)).await {
            Ok(el) => el.attr(attr).await.ok().flatten().unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// An attribute of every element matching `css`, in the page's order.
    pub async fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        let mut out = Vec::new();
        for el in self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_default()
        {
            out.push(el.attr(attr).await.ok().flatten().unwrap_or_default());
        }
        out
    }

    /// Whether the element `css` is there and shown.
    pub async fn is_displayed(&self, css: &str) -> bool {
        match self.client.find(Locator::Css(css)).await {
            Ok(el) => el.is_displayed().await.unwrap_or(false),
            Err(_) => false,
        }
    }

    /// The current value of an input.
    pub async fn value(&self, css: &str) -> String {
        self.wait_for(css)
            .await
            .prop("value")
            .await
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    /// Clicks an element.
    pub async fn click(&self, css: &str) {
        let el = self.wait_for(css).await;
        self.uncover(&el).await;
        el.click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Scrolls an element to the middle of the window when it is out of view or something that
    /// stays in view (step 2's contents line) covers it, as a person scrolls a field out from
    /// under a sticky bar. (WebDriver's own scrolling may leave it under that bar.) An element
    /// in plain view is left where it is, so tests of the scroll position hold.
    async fn uncover(&self, el: &Element) {
        let Ok(arg) = serde_json::to_value(el) else {
            return;
        };
        let script = "const e = arguments[0]; const r = e.getBoundingClientRect(); \
            if (!r.width || !r.height) return; \
            const x = r.left + r.width / 2, y = r.top + r.height / 2; \
            const hit = y >= 0 && y < innerHeight ? document.elementFromPoint(x, y) : null; \
            if (!hit || (!e.contains(hit) && !hit.contains(e))) e.scrollIntoView({block: 'center'});";
        let _ = self.client.execute(script, vec![arg]).await;
    }

    /// Replaces a text field's content by typing, as a person would.
    pub async fn type_into(&self, css: &str, text: &str) {
        let el = self.wait_for(css).await;
        self.uncover(&el).await;
        el.click()
            .await
            .unwrap_or_else(|e| panic!("focus {css}: {e}"));
        // Ctrl+A, Backspace: select everything and delete it with real key events.
        el.send_keys("\u{E009}a\u{E009}").await.expect("select all");
        el.send_keys("\u{E003}").await.expect("delete");
        if !text.is_empty() {
            el.send_keys(text)
                .await
                .unwrap_or_else(|e| panic!("type into {css}: {e}"));
        }
    }

    /// Pastes `text` into a field as the browser does on Ctrl+V: a `paste` event carrying the
    /// text (WebDriver has no clipboard of its own); a field that does not take the paste over
    /// gets the text typed in.
    pub async fn paste(&self, css: &str, text: &str) {
        self.wait_for(css).await;
        let script = format!(
            "const el = document.querySelector({css:?}); el.focus(); \
             const data = new DataTransfer(); data.setData('text/plain', {text:?}); \
             const ev = new ClipboardEvent('paste', {{clipboardData: data, bubbles: true, cancelable: true}}); \
             return el.dispatchEvent(ev);"
        );
        let typed = self.js(&script).await;
        if typed.as_bool() == Some(true) {
            self.type_into(css, text).await;
        }
    }

    /// Types keys into the focused element (WebDriver key codes allowed).
    pub async fn keys(&self, css: &str, keys: &str) {
        self.wait_for(css)
            .await
            .send_keys(keys)
            .await
            .unwrap_or_else(|e| panic!("keys {css}: {e}"));
    }

    /// Presses a key (a WebDriver key code such as `\u{E004}` for Tab) wherever focus is.
    pub async fn press(&self, key: char) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client
            .perform_actions(actions)
            .await
            .expect("press a key");
    }

    /// An element's id, or "" when it has none.
    pub async fn element_id(&self, el: &Element) -> String {
        el.attr("id").await.ok().flatten().unwrap_or_default()
    }

    /// The id (or, failing that, the class) of the focused element.
    pub async fn focused(&self) -> String {
        let v = self
            .js("const e = document.activeElement; return e ? (e.id || e.className || e.tagName) : ''")
            .await;
        v.as_str().unwrap_or_default().to_owned()
    }

    /// Chooses an option of a `<select>` by value.
    pub async fn select(&self, css: &str, value: &str) {
        self.wait_for(css)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("select {value} in {css}: {e}"));
    }

    /// Runs JavaScript in the page (for test set-up only, never to assert on the app's state).
    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}"))
    }

    /// Runs `script`, which returns a list, and gives its strings (nothing for anything else).
    pub async fn js_strings(&self, script: &str) -> Vec<String> {
        strings(&self.js(script).await)
    }

    /// Runs `script` and tells whether it returned `true` (anything else is false).
    pub async fn js_true(&self, script: &str) -> bool {
        self.js(script).await.as_bool().unwrap_or(false)
    }

    /// How many tabs the page's tabbed views have (`[role=tab]`), a page without counting as
    /// one, for [`Browser::show_tab`].
    pub async fn tab_count(&self) -> usize {
        let tabs = self.client.find_all(Locator::Css("[role=tab]")).await;
        tabs.map(|t| t.len()).unwrap_or_default().max(1)
    }

    /// Shows the tab `index` of the page at `page` (when it has tabs) and names the place for a
    /// test's report: `"<page> <tab's id>"`, or `page` alone.
    pub async fn show_tab(&self, page: &str, index: usize) -> String {
        let tabs = self
            .client
            .find_all(Locator::Css("[role=tab]"))
            .await
            .unwrap_or_default();
        match tabs.get(index) {
            Some(tab) => {
                tab.click().await.expect("open a tab");
                format!("{page} {}", self.element_id(tab).await)
            }
            None => page.to_owned(),
        }
    }

    /// Waits for a downloaded file whose name ends with `suffix`, and returns its path.
    pub async fn wait_download(&self, suffix: &str) -> PathBuf {
        let deadline = Instant::now() + WAIT;
        loop {
            let found = std::fs::read_dir(&self.downloads)
                .ok()
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .find(|p| p.to_string_lossy().ends_with(suffix));
            if let Some(path) = found {
                return path;
            }
            assert!(
                Instant::now() < deadline,
                "no download ending in {suffix} appeared"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The page printed to PDF through WebDriver's print command (the browser's own print, as
    /// "Save as PDF" does it), on paper of `size`, backgrounds included.
    pub async fn print_pdf(&self, size: fantoccini::wd::PrintSize) -> Vec<u8> {
        let config = fantoccini::wd::PrintConfiguration::builder()
            .size(size)
            .background(true)
            .build()
            .expect("print configuration");
        self.client.print(config).await.expect("print to PDF")
    }

    /// Saves a screenshot as PNG.
    pub async fn screenshot(&self, path: &Path) {
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(path, png).expect("write screenshot");
    }

    /// Chromium's console entries since the last call.
    async fn chromium_console(&self) -> Vec<Value> {
        let log = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .unwrap_or_else(|e| panic!("reading the browser console: {e}"));
        log.as_array().cloned().unwrap_or_default()
    }

    /// Takes what the page's error hook recorded (Firefox, WebKit). A page without the hook
    /// is an error too, so that no engine is ever passed unchecked.
    async fn take_hooked_errors(&self) -> Vec<String> {
        let taken = self
            .client
            .execute(
                "return window.__crmErrors ? window.__crmErrors.splice(0) : null",
                vec![],
            )
            .await;
        match taken {
            Ok(Value::Array(errors)) => errors
                .into_iter()
                .map(|e| e.as_str().unwrap_or_default().to_owned())
                .collect(),
            // A page that is not the app (about:blank before the first open) has no hook.
            Ok(_) if self.on_app_page().await => {
                vec!["the error hook is missing from the page".to_owned()]
            }
            Ok(_) => Vec::new(),
            Err(e) => vec![format!("cannot read the error hook: {e}")],
        }
    }

    async fn on_app_page(&self) -> bool {
        self.client
            .current_url()
            .await
            .map(|url| url.as_str().starts_with(&self.base_url))
            .unwrap_or(false)
    }

    /// Keeps the hook's errors across a navigation, which empties the page.
    async fn keep_hooked_errors(&self) {
        if !self.engine.reads_console() {
            let errors = self.take_hooked_errors().await;
            self.hooked_errors
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .extend(errors);
        }
    }

    /// Fails the test if the page showed a panic, an uncaught error, a CSP violation or a
    /// failed load; then ends the session. Call at the end of every test.
    pub async fn finish(self) {
        self.assert_clean_console().await;
    }

    /// Fails the test on errors so far.
    pub async fn assert_clean_console(&self) {
        let bad: Vec<String> = if self.engine.reads_console() {
            self.chromium_console()
                .await
                .into_iter()
                .filter(|entry| {
                    let level = entry["level"].as_str().unwrap_or_default();
                    let message = entry["message"].as_str().unwrap_or_default();
                    level == "SEVERE"
                        || message.contains("panicked at")
                        || message.contains("Content-Security-Policy")
                })
                .map(|entry| entry["message"].as_str().unwrap_or_default().to_owned())
                .collect()
        } else {
            self.keep_hooked_errors().await;
            std::mem::take(&mut *self.hooked_errors.lock().unwrap_or_else(|e| e.into_inner()))
        };
        assert!(
            bad.is_empty(),
            "the page shows errors in {}:\n{}",
            self.engine.name(),
            bad.join("\n")
        );
    }
}

impl Drop for Browser {
    /// Ends the session even when the test panicked (a blocking DELETE to the driver); a
    /// driver of the browser's own ends right after.
    fn drop(&mut self) {
        use std::io::{Read, Write};
        let Some(addr) = self.driver_url.strip_prefix("http://") else {
            return;
        };
        if let Ok(mut stream) = std::net::TcpStream::connect(addr) {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
            let request = format!(
                "DELETE /session/{} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                self.session
            );
            if stream.write_all(request.as_bytes()).is_ok() {
                let mut sink = Vec::new();
                let _ = stream.read_to_end(&mut sink);
            }
        }
    }
}

/// The strings of a JSON list (nothing for anything else).
pub fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Chromedriver's console-log command (`POST /session/{id}/se/log`).
#[derive(Debug)]
struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_owned()))
    }
}

/// Chromedriver's pass-through to the DevTools protocol (`POST /session/{id}/goog/cdp/execute`),
/// used only to set up hostile conditions (a throwing or full storage) before the app loads.
#[derive(Debug)]
pub struct Cdp {
    /// The DevTools method, such as `Page.addScriptToEvaluateOnNewDocument`.
    pub cmd: &'static str,
    /// Its parameters.
    pub params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// Opens a second tab of the same browser (same profile, same localStorage) and switches
    /// to it; returns the handle of the tab that was current.
    pub async fn new_tab(&self) -> fantoccini::wd::WindowHandle {
        let previous = self.client.window().await.expect("current window");
        let tab = self.client.new_window(true).await.expect("a new tab");
        self.client
            .switch_to_window(tab.handle)
            .await
            .expect("switch to the new tab");
        previous
    }

    /// Switches to a tab by handle.
    pub async fn switch_to(&self, handle: fantoccini::wd::WindowHandle) {
        self.client
            .switch_to_window(handle)
            .await
            .expect("switch tab");
    }

    /// The handle of the current tab.
    pub async fn current_tab(&self) -> fantoccini::wd::WindowHandle {
        self.client.window().await.expect("current window")
    }

    /// Checks `text` against the committed JSON Schema with an independent validator (Python's
    /// `jsonschema`, see `scripts/validate_json.py`); panics with its report when invalid.
    pub fn assert_valid_file(text: &str) {
        let dir = TempDir::new("crm-e2e-schema");
        let file = dir.0.join("export.json");
        std::fs::write(&file, text).expect("write the export");
        let root = repo_root();
        let out = std::process::Command::new("python3")
            .arg(root.join("scripts/validate_json.py"))
            // The schema an export names in its `$schema`: the current version's.
            .arg(root.join(planner_core::file::format::SCHEMA))
            .arg(&file)
            .output()
            .expect("python3 runs");
        assert!(
            out.status.success(),
            "the export does not validate against the schema:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Waits until the service worker controls the page, which it does once it has stored every
    /// file of the app: from then on the app opens with no network.
    pub async fn wait_offline_ready(&self) {
        self.wait_until("the service worker to control the page", || {
            self.js_true("return !!(navigator.serviceWorker && navigator.serviceWorker.controller)")
        })
        .await;
    }

    /// Emulates a CSS media feature in Chromium, such as `prefers-color-scheme: dark` or
    /// `prefers-reduced-motion: reduce`, for this page and the next.
    pub async fn emulate_media(&self, feature: &str, value: &str) {
        self.client
            .issue_cmd(Cdp {
                cmd: "Emulation.setEmulatedMedia",
                params: json!({ "features": [{ "name": feature, "value": value }] }),
            })
            .await
            .unwrap_or_else(|e| panic!("emulate {feature}: {value}: {e}"));
    }

    /// Holds the WASM's download unanswered until called again with `false` (own server only):
    /// the page as a slow connection shows it before the app arrives.
    pub fn hold_wasm(&self, hold: bool) {
        use std::sync::atomic::Ordering;
        self.server.hold_wasm.store(hold, Ordering::SeqCst);
    }

    /// Cuts this browser off the network, or brings it back: its own server closes every
    /// connection unanswered, and in Chromium DevTools also emulates no network.
    /// Needs [`Options::own_server`], or the shared server would go down for every test.
    pub async fn set_offline(&self, offline: bool) {
        use std::sync::atomic::Ordering;
        self.server.down.store(offline, Ordering::SeqCst);
        if self.engine == Engine::Chromium {
            self.client
                .issue_cmd(Cdp {
                    cmd: "Network.emulateNetworkConditions",
                    params: json!({
                        "offline": offline,
                        "latency": 0,
                        "downloadThroughput": -1,
                        "uploadThroughput": -1,
                    }),
                })
                .await
                .expect("emulate the network");
        }
    }

    /// Runs `script` in every page this browser opens from now on, before the app's own code
    /// (Chromium only: it goes through the DevTools protocol).
    pub async fn before_each_page(&self, script: &str) {
        assert_eq!(
            self.engine,
            Engine::Chromium,
            "before_each_page needs the DevTools protocol"
        );
        self.client
            .issue_cmd(Cdp {
                cmd: "Page.addScriptToEvaluateOnNewDocument",
                params: json!({ "source": script }),
            })
            .await
            .expect("install a start-up script");
    }
}
