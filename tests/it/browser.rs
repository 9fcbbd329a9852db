//! The HTML output opened in a real browser (headless Chromium): a justification carrying
//! script tags, event handlers, `javascript:` links and CSS tricks runs no script and makes no
//! request. Would-be requests point at a TCP listener this test opens on 127.0.0.1; scripts
//! would write a marker (`PW` + `NED`, never in the source as one word) into the DOM that
//! `--dump-dom` would show. A positive control (a page with a live script and image) proves
//! the harness sees both. In the slow lane; `.ci/run` installs Chromium (Debian's `chromium`)
//! when it can, and the test is skipped, with a note, when `$CHROMIUM` (default
//! `/usr/bin/chromium`) is absent.

use crate::support::{root, skip, Test};
use std::fs;
use std::io::{ErrorKind, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const WATCHDOG: Duration = Duration::from_secs(120);

/// The browser: `$CHROMIUM`, or Debian's `/usr/bin/chromium`.
pub(crate) fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM").map_or_else(|| "/usr/bin/chromium".into(), PathBuf::from)
}

/// Counts connections to a local port until dropped.
struct Listener {
    port: u16,
    hits: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl Listener {
    fn start() -> Listener {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        l.set_nonblocking(true).expect("nonblocking");
        let port = l.local_addr().expect("addr").port();
        let hits = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (h, s) = (hits.clone(), stop.clone());
        std::thread::spawn(move || {
            while !s.load(Ordering::SeqCst) {
                match l.accept() {
                    Ok((mut conn, _)) => {
                        h.fetch_add(1, Ordering::SeqCst);
                        // Answer at once, so the page finishes loading.
                        let _ = conn.set_nonblocking(false);
                        let _ = conn.set_read_timeout(Some(Duration::from_millis(200)));
                        let _ = conn.read(&mut [0u8; 4096]);
                        let _ = conn.write_all(
                            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                        );
                    }
                    Err(e) if e.kind() == ErrorKind::WouldBlock => {
                        std::thread::sleep(Duration::from_millis(5));
                    }
                    Err(_) => break,
                }
            }
        });
        Listener { port, hits, stop }
    }
    fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// The DOM after load (and 2 s of virtual time for timers), as Chromium dumps it.
pub(crate) fn dump_dom(page: &Path, profile: &Path) -> String {
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--virtual-time-budget=2000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() || start.elapsed() > WATCHDOG {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let out = child.wait_with_output().expect("chromium output");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn payload(port: u16) -> String {
    let u = format!("http://127.0.0.1:{port}");
    let js = "document.title='PW'+'NED';document.body.setAttribute('data-x','PW'+'NED')";
    [
        format!("<script>{js}</script>"),
        format!("<script src={u}/script.js></script>"),
        format!("<img src={u}/img onerror={js}>"),
        format!("<svg onload={js}><image href={u}/svg /></svg>"),
        format!("<body onload={js}>"),
        format!("[click](javascript:{js}) <a href=javascript:{js}>a</a>"),
        format!("![tracker]({u}/md-img) <iframe src={u}/iframe></iframe>"),
        format!("<object data={u}/object></object> <embed src={u}/embed>"),
        format!("<link rel=stylesheet href={u}/link>"),
        format!("<style>@import url({u}/import); body {{ background: url({u}/bg) }}</style>"),
        format!("<div style=background:url({u}/inline)>x</div> <form action={u}/form><button autofocus onfocus={js}>b</button></form>"),
        format!("<details open ontoggle={js}>d</details> <video src={u}/video autoplay></video>"),
    ]
    .join(" ")
}

/// A refresh would navigate away before the DOM is dumped: only in annexa's page.
fn refresh(port: u16) -> String {
    format!(" <meta http-equiv=refresh content=0;url=http://127.0.0.1:{port}/refresh>")
}

fn yaml_quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

#[test]
#[ignore = "slow lane: headless Chromium"]
fn hostile_html_runs_no_script_and_makes_no_request() {
    if !chromium().exists() {
        skip(
            "the hostile browser test",
            &format!(
                "{} not found (apt-get install chromium, or set CHROMIUM)",
                chromium().display()
            ),
        );
        return;
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let listener = Listener::start();

    // Positive control: the same payload as raw HTML must trip both detectors.
    let control = tmp.path().join("control.html");
    fs::write(
        &control,
        format!(
            "<!doctype html><html><head><title>t</title></head><body>{}</body></html>",
            payload(listener.port)
        ),
    )
    .expect("control page");
    let dom = dump_dom(&control, &tmp.path().join("profile-control"));
    assert!(
        dom.contains("PWNED"),
        "positive control: the script should have run:\n{dom}"
    );
    assert!(
        listener.hits() > 0,
        "positive control: requests should have reached the listener"
    );

    // annexa's pages: the payload in a justification and an owner (a control's, a risk's).
    let listener = Listener::start();
    let fixture = root().join("tests/fixtures/hostile");
    for name in ["catalog.yaml", "relations.yaml"] {
        fs::copy(fixture.join(name), tmp.path().join(name)).expect("copy fixture");
    }
    let p = yaml_quoted(&(payload(listener.port) + &refresh(listener.port)));
    let soa = fs::read_to_string(fixture.join("soa.yaml"))
        .expect("fixture")
        .lines()
        .map(|l| {
            let t = l.trim_start();
            let indent = &l[..l.len() - t.len()];
            if t.starts_with("justification: ") {
                format!("{indent}justification: {p}")
            } else if t.starts_with("owner: ") && indent.len() == 4 {
                format!("{indent}owner: {p}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    fs::write(tmp.path().join("soa.yaml"), soa).expect("soa");
    Test::in_dir(tmp.path())
        .args(["build", "soa.yaml", "--format", "html"])
        .success();
    let page = tmp.path().join("output/statement-of-applicability.html");
    // (Long tokens in table cells carry `<wbr>` break points.)
    let html = fs::read_to_string(&page)
        .expect("page")
        .replace("<wbr>", "");
    assert!(
        html.contains("127.0.0.1"),
        "the payload reached the page as text"
    );
    let dom = dump_dom(&page, &tmp.path().join("profile"));
    assert!(
        dom.contains("D.1.1"),
        "Chromium rendered the page:\n{}",
        &dom[..dom.len().min(500)]
    );
    assert!(!dom.contains("PWNED"), "a script ran in annexa's page");
    // The risk treatment plan: the payload as the risk owner, with the heat maps' SVG.
    let plan = tmp.path().join("output/risk-treatment-plan.html");
    assert!(fs::read_to_string(&plan)
        .expect("plan")
        .replace("<wbr>", "")
        .contains("127.0.0.1"));
    let dom = dump_dom(&plan, &tmp.path().join("profile-plan"));
    assert!(dom.contains("heatmap"), "Chromium rendered the plan");
    assert!(
        !dom.contains("PWNED"),
        "a script ran in the risk treatment plan"
    );
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(listener.hits(), 0, "annexa's page made a request");
}
