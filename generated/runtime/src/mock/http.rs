//! A minimal HTTP/1.1 loopback server: keep-alive connections, `Content-Length` bodies, and
//! answers that can misbehave like a network does (truncated, reset, slow, dropped).

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// Largest request head or body the server reads (1 MiB / 64 MiB).
const MAX_HEAD: usize = 1 << 20;
const MAX_BODY: usize = 64 << 20;

/// A request as the server read it.
#[derive(Debug, Clone)]
pub struct ReceivedRequest {
    /// Method (upper case).
    pub method: String,
    /// Path without the query.
    pub path: String,
    /// Query pairs, percent-decoded.
    pub query: Vec<(String, String)>,
    /// Headers, names in lower case.
    pub headers: Vec<(String, String)>,
    /// Body bytes.
    pub body: Vec<u8>,
}

impl ReceivedRequest {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The first value of query parameter `name`.
    pub fn query_value(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON, when it is JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// How the server answers one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete answer.
    Full {
        /// Status code.
        status: u16,
        /// Extra headers (`Content-Length` is added).
        headers: Vec<(String, String)>,
        /// Body.
        body: Vec<u8>,
    },
    /// Announces `body.len() + missing` bytes, sends `body`, then closes the connection.
    Truncated {
        /// Status code.
        status: u16,
        /// The bytes that are sent.
        body: Vec<u8>,
        /// Bytes announced but never sent.
        missing: usize,
    },
    /// Sends the headers and the first `sent` bytes of `body`, then resets the connection.
    ResetMidBody {
        /// The full body as announced.
        body: Vec<u8>,
        /// Bytes sent before the reset.
        sent: usize,
    },
    /// Sends `body` in `chunks` pieces with `pause` before each.
    Slow {
        /// Body.
        body: Vec<u8>,
        /// Number of pieces.
        chunks: usize,
        /// Pause before each piece.
        pause: Duration,
    },
    /// Closes the connection without answering.
    Drop,
}

impl Reply {
    /// A JSON answer.
    pub fn json(status: u16, value: &serde_json::Value) -> Reply {
        Reply::Full {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: value.to_string().into_bytes(),
        }
    }

    /// Adds a header to a [`Reply::Full`] answer (other replies are left as they are).
    pub fn with_header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Full { headers, .. } = &mut self {
            headers.push((name.to_string(), value.to_string()));
        }
        self
    }
}

/// What answers requests: called once per request, in arrival order per connection.
pub type Handler =
    Arc<dyn Fn(ReceivedRequest) -> Pin<Box<dyn Future<Output = Reply> + Send>> + Send + Sync>;

/// A running loopback server; stops when dropped.
#[derive(Debug)]
pub struct HttpServer {
    addr: SocketAddr,
    task: JoinHandle<()>,
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl HttpServer {
    /// Listens on `127.0.0.1` (a free port) and answers with `handler`.
    pub async fn start(handler: Handler) -> std::io::Result<HttpServer> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let handler = handler.clone();
                tokio::spawn(async move {
                    // A client that goes away mid-request is not the server's problem.
                    let _ = serve_connection(socket, handler).await;
                });
            }
        });
        Ok(HttpServer { addr, task })
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

async fn serve_connection(mut socket: TcpStream, handler: Handler) -> std::io::Result<()> {
    let mut buf = Vec::new();
    loop {
        let Some(req) = read_request(&mut socket, &mut buf).await? else {
            return Ok(());
        };
        let reply = handler(req).await;
        if !write_reply(&mut socket, reply).await? {
            return Ok(());
        }
    }
}

/// Reads one request; `None` when the client closed the connection between requests.
async fn read_request(
    socket: &mut TcpStream,
    buf: &mut Vec<u8>,
) -> std::io::Result<Option<ReceivedRequest>> {
    let head_end = loop {
        if let Some(i) = find(buf, b"\r\n\r\n") {
            break i;
        }
        if buf.len() > MAX_HEAD {
            return Err(invalid("request head too large"));
        }
        let mut chunk = [0u8; 8192];
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or_default().split(' ');
    let method = first.next().unwrap_or_default().to_string();
    let target = first.next().unwrap_or_default().to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    if length > MAX_BODY {
        return Err(invalid("request body too large"));
    }
    let body_start = head_end + 4;
    while buf.len() < body_start + length {
        let mut chunk = [0u8; 8192];
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            return Err(invalid("connection closed inside a request body"));
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = buf[body_start..body_start + length].to_vec();
    buf.drain(..body_start + length);
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), parse_query(q)),
        None => (target, Vec::new()),
    };
    Ok(Some(ReceivedRequest {
        method,
        path,
        query,
        headers,
        body,
    }))
}

fn parse_query(q: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn invalid(message: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, message.to_string())
}

fn head(status: u16, headers: &[(String, String)], length: usize) -> Vec<u8> {
    let mut text = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (n, v) in headers {
        text.push_str(&format!("{n}: {v}\r\n"));
    }
    text.push_str(&format!("content-length: {length}\r\n\r\n"));
    text.into_bytes()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

/// Writes `reply`; `false` when the connection must not be used again.
async fn write_reply(socket: &mut TcpStream, reply: Reply) -> std::io::Result<bool> {
    let json = vec![("content-type".to_string(), "application/json".to_string())];
    match reply {
        Reply::Full {
            status,
            headers,
            body,
        } => {
            socket
                .write_all(&head(status, &headers, body.len()))
                .await?;
            socket.write_all(&body).await?;
            Ok(true)
        }
        Reply::Truncated {
            status,
            body,
            missing,
        } => {
            socket
                .write_all(&head(status, &json, body.len() + missing))
                .await?;
            socket.write_all(&body).await?;
            socket.shutdown().await?;
            Ok(false)
        }
        Reply::ResetMidBody { body, sent } => {
            socket.write_all(&head(200, &json, body.len())).await?;
            socket.write_all(&body[..sent.min(body.len())]).await?;
            socket.flush().await?;
            // Linger 0: closing sends RST instead of FIN.
            socket.set_zero_linger()?;
            Ok(false)
        }
        Reply::Slow {
            body,
            chunks,
            pause,
        } => {
            socket.write_all(&head(200, &json, body.len())).await?;
            let size = body.len().div_ceil(chunks.max(1)).max(1);
            for piece in body.chunks(size) {
                tokio::time::sleep(pause).await;
                socket.write_all(piece).await?;
                socket.flush().await?;
            }
            Ok(true)
        }
        Reply::Drop => Ok(false),
    }
}
