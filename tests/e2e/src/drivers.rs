//! The three browser engines and their WebDriver servers.
//!
//! - Chromium: one `chromedriver` for the whole test process; it serves many sessions at once.
//! - Firefox ESR: `geckodriver` serves one session at a time, so each browser gets its own.
//! - WebKitGTK: `WebKitWebDriver` with the MiniBrowser, one per browser too, so that each can
//!   have its own language (WebKitGTK takes it from the environment). WebKitGTK has no
//!   headless mode: when there is no `DISPLAY`, a private Xvfb is started for the process.
//!
//! Every driver is tied to the test process by the parent-death signal, so a crashed or
//! interrupted run leaves no browser behind.

use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::WAIT;

/// A browser engine the suite can drive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Chromium through chromedriver (the full suite runs here).
    Chromium,
    /// Firefox ESR through geckodriver.
    Firefox,
    /// WebKitGTK, Safari's engine, through WebKitWebDriver and its MiniBrowser.
    WebKit,
}

impl Engine {
    /// The engine named by `CRM_ENGINE` (`chromium`, `firefox` or `webkit`); Chromium when unset.
    pub fn from_env() -> Engine {
        match std::env::var("CRM_ENGINE").as_deref() {
            Err(_) | Ok("") | Ok("chromium") => Engine::Chromium,
            Ok("firefox") => Engine::Firefox,
            Ok("webkit") => Engine::WebKit,
            Ok(other) => panic!("CRM_ENGINE={other}: expected chromium, firefox or webkit"),
        }
    }

    /// The engine's name as people know it.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox",
            Engine::WebKit => "WebKit",
        }
    }

    /// Whether the browser console can be read over WebDriver. Where it cannot (Firefox,
    /// WebKit), the test server installs an error hook in the page instead.
    pub fn reads_console(self) -> bool {
        self == Engine::Chromium
    }
}

/// A running WebDriver server.
pub struct Driver {
    /// Its address, such as `http://127.0.0.1:4444`.
    pub url: String,
    /// The process, when it belongs to one browser and ends with it.
    child: Option<Child>,
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

/// Makes `cmd` end when the test process ends.
fn tie_to_parent(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: prctl is async-signal-safe; it only sets a flag on the child.
    unsafe {
        cmd.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
}

/// Waits until something listens on `port`.
fn wait_listening(what: &str, port: u16) {
    let deadline = Instant::now() + WAIT;
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "{what} did not start on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The process-wide chromedriver, started on first use.
pub fn chromedriver() -> &'static str {
    static DRIVER: OnceLock<Driver> = OnceLock::new();
    &DRIVER
        .get_or_init(|| {
            let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
            spawn_driver(binary, Vec::new(), Vec::new())
        })
        .url
}

/// Spawns a driver from the long-lived [`Spawner`] thread and waits until it listens.
fn spawn_driver(binary: String, args: Vec<String>, env: Vec<(String, String)>) -> Driver {
    let port = free_port();
    let (tx, rx) = std::sync::mpsc::channel();
    let what = binary.clone();
    SPAWNER.get_or_init(Spawner::start).run(Box::new(move || {
        let mut cmd = Command::new(&binary);
        cmd.args(&args)
            .arg(format!("--port={port}"))
            .envs(env)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        tie_to_parent(&mut cmd);
        let _ = tx.send(
            cmd.spawn()
                .map_err(|e| format!("cannot start {binary}: {e}")),
        );
    }));
    let child = rx
        .recv()
        .expect("the spawner thread")
        .unwrap_or_else(|e| panic!("{e}"));
    wait_listening(&what, port);
    Driver {
        url: format!("http://127.0.0.1:{port}"),
        child: Some(child),
    }
}

type Job = Box<dyn FnOnce() + Send>;

/// One thread that lives as long as the process and spawns the per-browser drivers, so that
/// their parent-death signal fires only when the test process ends.
struct Spawner(std::sync::Mutex<std::sync::mpsc::Sender<Job>>);

static SPAWNER: OnceLock<Spawner> = OnceLock::new();

impl Spawner {
    fn start() -> Spawner {
        let (tx, rx) = std::sync::mpsc::channel::<Job>();
        std::thread::spawn(move || {
            for job in rx {
                job();
            }
            loop {
                std::thread::park();
            }
        });
        Spawner(std::sync::Mutex::new(tx))
    }

    fn run(&self, job: Job) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send(job)
            .expect("the spawner thread runs");
    }
}

/// A geckodriver for one Firefox session.
pub fn geckodriver() -> Driver {
    let binary = std::env::var("GECKODRIVER").unwrap_or_else(|_| "geckodriver".into());
    spawn_driver(binary, vec!["--host=127.0.0.1".into()], Vec::new())
}

/// A WebKitWebDriver for one WebKitGTK session, in `lang` (such as `ru-RU`), with `home` as
/// its home directory and `downloads` as the folder its downloads land in.
pub fn webkitdriver(lang: &str, home: &std::path::Path, downloads: &std::path::Path) -> Driver {
    let binary = std::env::var("WEBKITDRIVER").unwrap_or_else(|_| "WebKitWebDriver".into());
    // WebKitGTK takes navigator.language from the process's locale, which must exist.
    let (locpath, locale) = locale(lang);
    // The MiniBrowser saves downloads to the XDG download folder, named in user-dirs.dirs.
    let config = home.join(".config");
    std::fs::create_dir_all(&config).expect("the browser's config folder");
    std::fs::write(
        config.join("user-dirs.dirs"),
        format!("XDG_DOWNLOAD_DIR=\"{}\"\n", downloads.display()),
    )
    .expect("user-dirs.dirs");
    let env = vec![
        ("DISPLAY".to_owned(), display().to_owned()),
        ("HOME".to_owned(), home.display().to_string()),
        ("XDG_CONFIG_HOME".to_owned(), config.display().to_string()),
        ("LOCPATH".to_owned(), locpath),
        ("LC_ALL".to_owned(), locale),
        // No accessibility bus in a test run; without this GTK waits for one.
        ("NO_AT_BRIDGE".to_owned(), "1".to_owned()),
    ];
    spawn_driver(binary, Vec::new(), env)
}

/// A UTF-8 locale for `lang` (such as `ru-RU`), compiled once into a private directory with
/// `localedef` from Debian's `locales` sources, so no system locale needs generating. Returns
/// the directory (for `LOCPATH`) and the locale's name.
fn locale(lang: &str) -> (String, String) {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let name = lang.replace('-', "_");
    let dir = std::env::temp_dir().join("crm-e2e-locales");
    let full = format!("{name}.UTF-8");
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    if !dir.join(&full).join("LC_CTYPE").exists() {
        std::fs::create_dir_all(&dir).expect("the locale directory");
        let status = Command::new("localedef")
            .args(["-i", &name, "-f", "UTF-8"])
            .arg(dir.join(&full))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        // localedef warns (exit 1) on some sources yet writes a usable locale.
        assert!(
            dir.join(&full).join("LC_CTYPE").exists(),
            "cannot compile the {full} locale for WebKitGTK ({status:?}): install Debian's `locales`"
        );
    }
    (dir.display().to_string(), full)
}

/// The X display WebKitGTK draws on: `DISPLAY` when set, else a private Xvfb.
fn display() -> &'static str {
    static DISPLAY: OnceLock<String> = OnceLock::new();
    DISPLAY.get_or_init(|| {
        if let Some(display) = std::env::var("DISPLAY").ok().filter(|d| !d.is_empty()) {
            return display;
        }
        // Xvfb picks a free display number and writes it to the pipe given by -displayfd.
        let (tx, rx) = std::sync::mpsc::channel();
        SPAWNER.get_or_init(Spawner::start).run(Box::new(move || {
            let mut cmd = Command::new("Xvfb");
            cmd.args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1920x1080x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
            tie_to_parent(&mut cmd);
            let _ = tx.send(cmd.spawn());
        }));
        let mut child = rx
            .recv()
            .expect("the spawner thread")
            .unwrap_or_else(|e| panic!("cannot start Xvfb for WebKitGTK: {e}"));
        let mut out = child.stdout.take().expect("Xvfb's stdout");
        let mut number = String::new();
        let mut byte = [0u8; 1];
        use std::io::Read;
        while out.read(&mut byte).map(|n| n == 1).unwrap_or(false) && byte[0] != b'\n' {
            number.push(byte[0] as char);
        }
        assert!(
            !number.trim().is_empty(),
            "Xvfb did not report its display number"
        );
        // Keep the process (and its pipe) for the life of the test process.
        std::mem::forget(child);
        std::mem::forget(out);
        format!(":{}", number.trim())
    })
}
