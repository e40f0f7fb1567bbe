//! Stoplight Prism, the independent mock server: started from `node_modules/.bin/prism` (installed
//! by `npm ci` from the pinned lockfile), on a free loopback port, and stopped when its handle is
//! dropped. On Linux the server is also killed (`SIGKILL`) if this process dies first, so a crash or an
//! interrupt leaves nothing behind.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// A running mock server; killed on drop.
pub struct Prism {
    child: Child,
    pub url: String,
    /// The server's recent output, for error messages.
    log: Arc<Mutex<Vec<String>>>,
}

/// The Prism executable the lockfile installed.
pub fn executable(repo: &Path) -> Result<std::path::PathBuf> {
    let bin = repo.join("node_modules/.bin/prism");
    if !bin.exists() {
        bail!(
            "{} is missing: run `npm ci` in {} (Node 18 or newer) to install the pinned Prism",
            bin.display(),
            repo.display()
        );
    }
    Ok(bin)
}

/// On Linux, the child started from `cmd` is killed when this process dies, however it dies.
pub fn die_with_parent(cmd: &mut Command) {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: prctl is async-signal-safe; it only sets the child's death signal.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = cmd;
}

fn free_port() -> Result<u16> {
    let l = TcpListener::bind("127.0.0.1:0").context("finding a free loopback port")?;
    Ok(l.local_addr()?.port())
}

impl Prism {
    /// Starts `prism mock <document>`; returns once it accepts connections.
    pub fn start(bin: &Path, document: &Path) -> Result<Prism> {
        let port = free_port()?;
        let mut cmd = Command::new(bin);
        cmd.args(["mock", "--host", "127.0.0.1", "--port"])
            .arg(port.to_string())
            .arg(document)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        die_with_parent(&mut cmd);
        let mut child = cmd
            .spawn()
            .with_context(|| format!("starting {}", bin.display()))?;
        let log = Arc::new(Mutex::new(Vec::new()));
        for stream in [
            child
                .stdout
                .take()
                .map(|s| Box::new(s) as Box<dyn std::io::Read + Send>),
            child
                .stderr
                .take()
                .map(|s| Box::new(s) as Box<dyn std::io::Read + Send>),
        ]
        .into_iter()
        .flatten()
        {
            let log = log.clone();
            // Drain the output (Prism logs every request) and keep the tail.
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    if let Ok(mut l) = log.lock() {
                        l.push(line);
                        if l.len() > 200 {
                            l.drain(..100);
                        }
                    }
                }
            });
        }
        let mut prism = Prism {
            child,
            url: format!("http://127.0.0.1:{port}"),
            log,
        };
        let deadline = Instant::now() + Duration::from_secs(180);
        loop {
            if let Some(status) = prism.child.try_wait()? {
                bail!(
                    "Prism exited ({status}) while loading {}:\n{}",
                    document.display(),
                    prism.tail(30)
                );
            }
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(prism);
            }
            if Instant::now() > deadline {
                bail!(
                    "Prism did not listen on port {port} within 180 s:\n{}",
                    prism.tail(30)
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The last `n` lines Prism printed.
    pub fn tail(&self, n: usize) -> String {
        let l = self.log.lock().map(|l| l.clone()).unwrap_or_default();
        l[l.len().saturating_sub(n)..].join("\n")
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
