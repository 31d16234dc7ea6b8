//! A plain static file server for `dist/`, mounted under a sub-path. Like the simplest static
//! host it has no fallback to index.html: an unknown path is a 404, so the app's addresses must
//! survive a reload on their own.
//!
//! It records every path it is asked for (so a test can count the WASM requests), and for
//! engines whose console WebDriver cannot read it can put the error hook in `index.html`.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The error hook's file name under the mount; it is not part of `dist/`.
const HOOK: &str = "e2e-error-hook.js";

/// A running server.
#[derive(Clone)]
pub struct Server {
    /// Its port on 127.0.0.1.
    pub port: u16,
    /// Every path requested so far, in order.
    pub requests: Arc<Mutex<Vec<String>>>,
    /// While set, every connection is closed unanswered, as with no network.
    pub down: Arc<AtomicBool>,
    /// While set, a request for the WASM waits unanswered, as on a slow connection.
    pub hold_wasm: Arc<AtomicBool>,
}

#[derive(Clone)]
struct Site {
    root: PathBuf,
    mount: &'static str,
    hook: bool,
    requests: Arc<Mutex<Vec<String>>>,
    down: Arc<AtomicBool>,
    hold_wasm: Arc<AtomicBool>,
}

/// Serves `root` at `http://127.0.0.1:<port><mount>` on background threads. With `hook`,
/// `index.html` loads the error hook first.
pub fn start(root: PathBuf, mount: &'static str, hook: bool) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind the static server");
    let port = listener.local_addr().expect("local addr").port();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let down = Arc::new(AtomicBool::new(false));
    let hold_wasm = Arc::new(AtomicBool::new(false));
    let site = Site {
        root,
        mount,
        hook,
        requests: requests.clone(),
        down: down.clone(),
        hold_wasm: hold_wasm.clone(),
    };
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let site = site.clone();
            std::thread::spawn(move || {
                let _ = serve(stream, &site);
            });
        }
    });
    Server {
        port,
        requests,
        down,
        hold_wasm,
    }
}

/// The `Cache-Control` the README asks a host to send: files whose names carry a hash of their
/// bytes (and the catalogs, asked for with their version) never change, so they may be kept for
/// good; everything else is asked again each time, above all `index.html` and `sw.js`, through
/// which a new version arrives.
fn cache_control(target: &str) -> &'static str {
    let name = target.split('?').next().unwrap_or_default();
    let hashed = name.split(['/', '.', '_']).any(|part| {
        part.rsplit_once('-').is_some_and(|(_, hash)| {
            (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
        })
    });
    if hashed || target.contains("?v=") {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// `index.html` with the error hook as the first script after the Content-Security-Policy, so
/// that the hook runs under the same policy as the app and before any of it.
fn with_hook(html: Vec<u8>) -> Vec<u8> {
    let html = String::from_utf8(html).expect("index.html is UTF-8");
    // The release build's HTML is minified: the attribute may be quoted or not.
    let csp = html
        .find("http-equiv=\"Content-Security-Policy\"")
        .or_else(|| html.find("http-equiv=Content-Security-Policy"))
        .expect("index.html has a CSP meta tag");
    let end = csp + html[csp..].find('>').expect("the CSP tag ends") + 1;
    format!(
        "{}<script src=\"{HOOK}\"></script>{}",
        &html[..end],
        &html[end..]
    )
    .into_bytes()
}

fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

fn resolve(root: &Path, mount: &str, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next()?;
    let rest = path.strip_prefix(mount)?;
    let mut file = root.to_path_buf();
    for part in Path::new(rest).components() {
        match part {
            Component::Normal(p) => file.push(p),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn serve(mut stream: TcpStream, site: &Site) -> std::io::Result<()> {
    loop {
        let mut reader = BufReader::new(stream.try_clone()?);
        let mut request_line = String::new();
        if reader.read_line(&mut request_line)? == 0 {
            return Ok(());
        }
        // Skip the headers.
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
                break;
            }
        }
        if site.down.load(Ordering::SeqCst) {
            return Ok(());
        }
        let target = request_line.split_whitespace().nth(1).unwrap_or("/");
        if target.ends_with(".wasm") {
            while site.hold_wasm.load(Ordering::SeqCst) {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
        }
        site.requests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(target.to_owned());
        let found = if site.hook && target == format!("{}{HOOK}", site.mount) {
            Some((
                PathBuf::from(HOOK),
                include_bytes!("error-hook.js").to_vec(),
            ))
        } else {
            resolve(&site.root, site.mount, target)
                .and_then(|f| std::fs::read(&f).ok().map(|b| (f, b)))
                .map(|(file, body)| {
                    let html = file.extension().is_some_and(|e| e == "html");
                    let body = if site.hook && html {
                        with_hook(body)
                    } else {
                        body
                    };
                    (file, body)
                })
        };
        match found {
            Some((file, body)) => {
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: {}\r\n\r\n",
                    content_type(&file),
                    body.len(),
                    cache_control(target),
                );
                stream.write_all(head.as_bytes())?;
                stream.write_all(&body)?;
            }
            None => {
                let body = b"not found";
                let head = format!(
                    "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
                    body.len()
                );
                stream.write_all(head.as_bytes())?;
                stream.write_all(body)?;
            }
        }
        stream.flush()?;
    }
}
