//! A loopback server that behaves like an ISC tenant where it matters to a client: it pages
//! (capping `limit`, answering `400 "Specified offset is invalid."` past the end), searches with
//! `searchAfter`, limits requests per window with `429` + `Retry-After`, issues tokens that
//! expire, and injects faults on demand.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use sailpoint_runtime::mock::http::{Handler, HttpServer, ReceivedRequest, Reply};
use serde_json::{json, Value};

/// How the tenant behaves.
#[derive(Clone)]
pub struct TenantOptions {
    /// Items of the list and of the search index.
    pub items: usize,
    /// The server's cap on `limit` for lists (the parameter's documented maximum).
    pub max_list_limit: usize,
    /// The server's cap on `limit` for searches.
    pub max_search_limit: usize,
    /// Requests allowed per window (`None`: no limit).
    pub rate: Option<(usize, Duration)>,
    /// How long a token stays valid on the server (whatever `expires_in` says).
    pub token_ttl: Duration,
    /// What the token endpoint answers instead of a token, when set.
    pub token_failure: Option<Reply>,
}

impl Default for TenantOptions {
    fn default() -> Self {
        TenantOptions {
            items: 500,
            max_list_limit: 250,
            max_search_limit: 10_000,
            rate: None,
            token_ttl: Duration::from_secs(3600),
            token_failure: None,
        }
    }
}

/// What the tenant saw.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    /// API requests (token requests excluded).
    pub requests: usize,
    /// Requests per `METHOD path`.
    pub by_route: BTreeMap<String, usize>,
    /// Answers `429`.
    pub throttled: usize,
    /// Injected faults served.
    pub faults: usize,
    /// Token requests.
    pub token_requests: usize,
    /// Answers `401` to an expired token.
    pub expired: usize,
}

struct Fault {
    method: String,
    path: String,
    reply: Reply,
    remaining: usize,
}

struct State {
    opts: TenantOptions,
    accepted: VecDeque<Instant>,
    tokens: HashMap<String, Instant>,
    next_token: u64,
    faults: Vec<Fault>,
    stats: Stats,
}

/// A running tenant.
pub struct Tenant {
    server: HttpServer,
    state: Arc<Mutex<State>>,
}

impl Tenant {
    pub async fn start(opts: TenantOptions) -> Tenant {
        let state = Arc::new(Mutex::new(State {
            opts,
            accepted: VecDeque::new(),
            tokens: HashMap::new(),
            next_token: 0,
            faults: Vec::new(),
            stats: Stats::default(),
        }));
        let shared = state.clone();
        let handler: Handler = Arc::new(move |req: ReceivedRequest| {
            let state = shared.clone();
            Box::pin(async move { answer(&mut state.lock().unwrap(), &req) })
        });
        let server = HttpServer::start(handler).await.expect("loopback listener");
        Tenant { server, state }
    }

    pub fn url(&self) -> String {
        self.server.url()
    }

    /// The next `times` requests `method path` get `reply` instead of their answer.
    pub fn inject(&self, method: &str, path: &str, reply: Reply, times: usize) {
        self.state.lock().unwrap().faults.push(Fault {
            method: method.into(),
            path: path.into(),
            reply,
            remaining: times,
        });
    }

    pub fn stats(&self) -> Stats {
        self.state.lock().unwrap().stats.clone()
    }

    pub fn item(i: usize) -> Value {
        json!({"id": format!("item-{i:05}"), "name": format!("Item {i}")})
    }
}

fn error(status: u16, message: &str) -> Reply {
    Reply::json(status, &json!({"detailMessage": message}))
}

fn answer(st: &mut State, req: &ReceivedRequest) -> Reply {
    if req.path == "/oauth/token" {
        st.stats.token_requests += 1;
        if let Some(r) = &st.opts.token_failure {
            return r.clone();
        }
        st.next_token += 1;
        let token = format!("token-{}", st.next_token);
        st.tokens
            .insert(token.clone(), Instant::now() + st.opts.token_ttl);
        return Reply::json(
            200,
            &json!({"access_token": token, "token_type": "bearer", "expires_in": 3600}),
        );
    }
    st.stats.requests += 1;
    *st.stats
        .by_route
        .entry(format!("{} {}", req.method, req.path))
        .or_default() += 1;
    if let Some(f) = st
        .faults
        .iter_mut()
        .find(|f| f.remaining > 0 && f.method == req.method && f.path == req.path)
    {
        f.remaining -= 1;
        st.stats.faults += 1;
        return f.reply.clone();
    }
    let token = req
        .header("authorization")
        .and_then(|h| h.strip_prefix("Bearer "))
        .unwrap_or_default();
    match st.tokens.get(token) {
        None => return error(401, "Unauthorized"),
        Some(expiry) if *expiry <= Instant::now() => {
            st.stats.expired += 1;
            return error(401, "Token expired");
        }
        Some(_) => {}
    }
    if let Some(reply) = throttle(st) {
        return reply;
    }
    route(st, req)
}

/// A sliding window over accepted requests; rejected ones do not count.
fn throttle(st: &mut State) -> Option<Reply> {
    let (allowed, window) = st.opts.rate?;
    let now = Instant::now();
    while st.accepted.front().is_some_and(|t| *t + window <= now) {
        st.accepted.pop_front();
    }
    if st.accepted.len() < allowed {
        st.accepted.push_back(now);
        return None;
    }
    st.stats.throttled += 1;
    let free_at = st.accepted[0] + window;
    let wait = free_at.saturating_duration_since(now).as_secs_f64();
    Some(error(429, "Too Many Requests").with_header("retry-after", &format!("{:.0}", wait.ceil())))
}

fn route(st: &mut State, req: &ReceivedRequest) -> Reply {
    let n = st.opts.items;
    let number = |name: &str, default: usize| {
        req.query_value(name)
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(default)
    };
    match (req.method.as_str(), req.path.as_str()) {
        ("GET", "/v3/items") => {
            let offset = number("offset", 0);
            let limit = number("limit", 250).min(st.opts.max_list_limit);
            if offset >= n && offset > 0 {
                return error(400, "Specified offset is invalid.");
            }
            let items: Vec<Value> = (offset..(offset + limit).min(n))
                .map(Tenant::item)
                .collect();
            let reply = Reply::json(200, &Value::Array(items));
            if req.query_value("count") == Some("true") {
                reply.with_header("x-total-count", &n.to_string())
            } else {
                reply
            }
        }
        ("POST", "/v3/search") => {
            let body = req.json().unwrap_or_default();
            let after = body["searchAfter"][0]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let offset = number("offset", 0);
            let limit = number("limit", 10_000).min(st.opts.max_search_limit);
            let items: Vec<Value> = (0..n)
                .map(Tenant::item)
                .filter(|i| i["id"].as_str().unwrap_or_default() > after.as_str())
                .skip(offset)
                .take(limit)
                .collect();
            Reply::json(200, &Value::Array(items))
        }
        ("POST", "/v3/items") => Reply::json(201, &json!({"id": "created"})),
        ("GET", path) if path.starts_with("/v3/items/") => Reply::json(
            200,
            &json!({"id": path.trim_start_matches("/v3/items/"), "name": "one"}),
        ),
        _ => error(404, "Not Found"),
    }
}
