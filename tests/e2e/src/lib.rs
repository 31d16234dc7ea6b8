//! End-to-end harness: serves the release build (`dist/`) from a plain static file server (no
//! fallback to index.html, under a sub-path), starts chromedriver, and gives each test its own
//! headless Chromium with a fresh profile. Page objects live in [`pages`].
//!
//! Every [`Browser`] checks the browser console when the test finishes: any `panicked at`,
//! uncaught error, CSP violation or failed load fails the test.

pub mod fixtures;
pub mod pages;
mod server;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// How long a wait for a condition may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(10);
/// The sub-path the app is served under, as a static host might.
pub const APP_PATH: &str = "/crm/";

struct Services {
    base_url: String,
    driver_url: String,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn services() -> &'static Services {
    static SERVICES: OnceLock<Services> = OnceLock::new();
    SERVICES.get_or_init(|| {
        let dist = std::env::var_os("CRM_DIST")
            .map(PathBuf::from)
            .unwrap_or_else(|| repo_root().join("dist"));
        assert!(
            dist.join("index.html").exists(),
            "no release build at {}: run `trunk build --release` first (scripts/test.sh does)",
            dist.display()
        );
        let port = server::start(dist, APP_PATH);
        let driver_url = start_chromedriver();
        Services {
            base_url: format!("http://127.0.0.1:{port}{APP_PATH}"),
            driver_url,
        }
    })
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// Starts chromedriver from a thread that lives as long as the process, so that the
/// parent-death signal ends chromedriver with the test run and never earlier.
fn start_chromedriver() -> String {
    let port = free_port();
    let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::os::unix::process::CommandExt;
        let mut cmd = std::process::Command::new(&binary);
        cmd.arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        // SAFETY: prctl is async-signal-safe; it only sets a flag on the child.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let child = cmd.spawn();
        let _ = tx.send(
            child
                .map(|_| ())
                .map_err(|e| format!("cannot start {binary}: {e}")),
        );
        loop {
            std::thread::park();
        }
    });
    rx.recv()
        .expect("chromedriver thread")
        .expect("chromedriver");
    let deadline = Instant::now() + WAIT;
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "chromedriver did not start on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    format!("http://127.0.0.1:{port}")
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
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: "en-US",
            width: 1280,
            height: 900,
        }
    }
}

/// One headless Chromium with a fresh profile, driven through WebDriver.
pub struct Browser {
    /// The WebDriver client.
    pub client: Client,
    /// Where downloads land.
    pub downloads: PathBuf,
    /// The app's address.
    pub base_url: String,
    session: String,
    driver_url: String,
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

impl Browser {
    /// Starts a browser with default options (English, 1280 px wide).
    pub async fn start() -> Browser {
        Browser::with(Options::default()).await
    }

    /// Starts a browser.
    pub async fn with(options: Options) -> Browser {
        let services = services();
        let profile = TempDir::new("crm-e2e-profile");
        let downloads = profile.0.join("downloads");
        std::fs::create_dir_all(&downloads).expect("downloads dir");
        let binary = std::env::var("CHROME").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let caps = json!({
            "browserName": "chrome",
            "goog:loggingPrefs": { "browser": "ALL" },
            "goog:chromeOptions": {
                "binary": binary,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--disable-extensions",
                    format!("--user-data-dir={}", profile.0.join("chrome").display()),
                    format!("--window-size={},{}", options.width, options.height),
                    format!("--lang={}", options.lang),
                ],
                "prefs": {
                    "intl.accept_languages": options.lang,
                    "download.default_directory": downloads.display().to_string(),
                    "download.prompt_for_download": false,
                }
            }
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let caps: Capabilities = caps;
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&services.driver_url)
            .await
            .expect("a Chromium session");
        let session = client.session_id().await.ok().flatten().unwrap_or_default();
        // Chrome sizes the whole window; make the viewport the asked width.
        let browser = Browser {
            client,
            downloads,
            base_url: services.base_url.clone(),
            session,
            driver_url: services.driver_url.clone(),
            _profile: profile,
        };
        browser.fit_viewport(options.width, options.height).await;
        browser
    }

    async fn fit_viewport(&self, width: u32, height: u32) {
        let inner = self
            .client
            .execute("return [window.innerWidth, window.innerHeight]", vec![])
            .await
            .ok()
            .and_then(|v| {
                v.as_array()
                    .map(|a| (a[0].as_i64().unwrap_or(0), a[1].as_i64().unwrap_or(0)))
            });
        if let Some((w, h)) = inner {
            let (dw, dh) = (width as i64 - w, height as i64 - h);
            if dw != 0 || dh != 0 {
                let _ = self
                    .client
                    .set_window_size((width as i64 + dw) as u32, (height as i64 + dh) as u32)
                    .await;
            }
        }
    }

    /// Opens the app at `hash` (such as `#/profile`) and waits until it has rendered.
    pub async fn open(&self, hash: &str) {
        self.client
            .goto(&format!("{}{hash}", self.base_url))
            .await
            .expect("navigate");
        self.wait_for("#step-title").await;
    }

    /// Reloads the page and waits for the app.
    pub async fn reload(&self) {
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
            Ok(el) => el.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
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
            out.push(el.text().await.unwrap_or_default());
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
        self.wait_for(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Replaces a text field's content by typing, as a person would.
    pub async fn type_into(&self, css: &str, text: &str) {
        let el = self.wait_for(css).await;
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

    /// Saves a screenshot as PNG.
    pub async fn screenshot(&self, path: &Path) {
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(path, png).expect("write screenshot");
    }

    /// Everything the browser console received since the last call.
    pub async fn console(&self) -> Vec<Value> {
        let log = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .unwrap_or_else(|e| panic!("reading the browser console: {e}"));
        log.as_array().cloned().unwrap_or_default()
    }

    /// Fails the test if the console shows a panic, an uncaught error, a CSP violation or a
    /// failed load; then ends the session. Call at the end of every test.
    pub async fn finish(self) {
        self.assert_clean_console().await;
    }

    /// Fails the test on console errors so far.
    pub async fn assert_clean_console(&self) {
        let bad: Vec<String> = self
            .console()
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
            .collect();
        assert!(
            bad.is_empty(),
            "the browser console shows errors:\n{}",
            bad.join("\n")
        );
    }
}

impl Drop for Browser {
    /// Ends the session even when the test panicked (a blocking DELETE to chromedriver).
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
            .arg(root.join("schema/crm-implementation-plan.v2.json"))
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

    /// Runs `script` in every page this browser opens from now on, before the app's own code.
    pub async fn before_each_page(&self, script: &str) {
        self.client
            .issue_cmd(Cdp {
                cmd: "Page.addScriptToEvaluateOnNewDocument",
                params: json!({ "source": script }),
            })
            .await
            .expect("install a start-up script");
    }
}
