//! The scenarios of the fault suite, one per fault.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use sailpoint_runtime::mock::http::Reply;
use sailpoint_runtime::pagination::{offset_stream_with, search_after_stream_with, Page, Paging};
use sailpoint_runtime::{
    BoxStream, Client, Configuration, Error, Method, RateLimit, Request, Result, RetryPolicy,
    StreamExt,
};
use serde_json::{json, Value};

use crate::check;
use crate::tenant::{Tenant, TenantOptions};
use crate::Row;

type Outcome = std::result::Result<Row, String>;
type Scenario = fn() -> Pin<Box<dyn Future<Output = Outcome> + Send>>;

macro_rules! scenarios {
    ($($name:ident),* $(,)?) => {
        vec![$((stringify!($name), (|| Box::pin($name()) as Pin<Box<dyn Future<Output = Outcome> + Send>>) as Scenario)),*]
    };
}

/// Every scenario, in table order.
pub fn all() -> Vec<(&'static str, Scenario)> {
    scenarios![
        list_total_is_a_multiple_of_the_page_size,
        list_page_size_clamped_to_the_maximum,
        list_server_caps_the_limit_total_header_continues,
        list_ends_at_the_total_header,
        list_item_cap_separate_from_page_size,
        search_after_pages_without_offset,
        burst_of_300_reads_with_the_limiter,
        burst_of_300_reads_without_the_limiter,
        throttled_with_retry_after,
        tokens_expire_on_the_server,
        connection_reset_mid_body,
        connection_dropped_get_is_retried,
        connection_dropped_post_is_not_retried,
        connection_dropped_retry_safe_post_is_retried,
        truncated_json,
        malformed_json,
        slow_stream_within_the_idle_timeout,
        slow_body_past_the_whole_body_timeout,
        stalled_stream_past_the_idle_timeout,
        storm_of_503_get_recovers,
        storm_of_503_get_gives_up,
        storm_of_503_post_is_not_retried,
        token_endpoint_answers_500,
        token_endpoint_drops_the_connection,
    ]
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        max_retries: 3,
        base_delay: Duration::from_millis(20),
        max_delay: Duration::from_millis(200),
        max_retry_after: Duration::from_secs(5),
    }
}

fn client_with(tenant: &Tenant, tweak: impl FnOnce(Configuration) -> Configuration) -> Client {
    static IDS: AtomicUsize = AtomicUsize::new(0);
    let id = format!("client-{}", IDS.fetch_add(1, Ordering::Relaxed));
    let config = Configuration::new(tenant.url())
        .with_client_credentials(id, "secret")
        .with_retry(fast_retries())
        .with_rate_limit(None);
    Client::new(tweak(config)).expect("a loopback client")
}

fn client(tenant: &Tenant) -> Client {
    client_with(tenant, |c| c)
}

async fn tenant(opts: TenantOptions) -> Tenant {
    Tenant::start(opts).await
}

async fn get(client: &Client, path: &str) -> Result<Value> {
    let resp = client
        .execute(Request::new(Method::GET, "/v3", path))
        .await?;
    if !resp.status().is_success() {
        return Err(resp.error_untyped().await);
    }
    resp.json().await
}

async fn post(client: &Client, path: &str, req: Request) -> Result<Value> {
    let _ = path;
    let resp = client.execute(req).await?;
    if !resp.status().is_success() {
        return Err(resp.error_untyped().await);
    }
    resp.json().await
}

/// The stream a generated `list_items().stream()` makes.
fn list(client: &Client, paging: Paging, count: bool) -> BoxStream<'static, Result<Value>> {
    let client = client.clone();
    offset_stream_with(paging, move |offset, limit| {
        let client = client.clone();
        async move {
            let mut req = Request::new(Method::GET, "/v3", "/items")
                .query("offset", &offset, "form", true)?
                .query("limit", &limit, "form", true)?;
            if count {
                req = req.query("count", &true, "form", true)?;
            }
            let resp = client.execute(req).await?;
            if !resp.status().is_success() {
                return Err(resp.error_untyped().await);
            }
            let page = resp.json_with_headers::<Vec<Value>>().await?;
            Ok(Page {
                total: page.total_count(),
                items: page.data,
            })
        }
    })
}

/// Drains a stream into the row; returns the items.
async fn drain(row: &mut Row, mut stream: BoxStream<'static, Result<Value>>) -> Vec<Value> {
    let mut items = Vec::new();
    while let Some(r) = stream.next().await {
        match r {
            Ok(v) => items.push(v),
            Err(e) => row.error(&e),
        }
    }
    row.delivered = items.len();
    items
}

/// Whether `items` are items `0..n` of the tenant, each exactly once, in order.
fn exactly_once(items: &[Value], n: usize) -> bool {
    items.len() == n && items.iter().enumerate().all(|(i, v)| *v == Tenant::item(i))
}

fn finish(mut row: Row, tenant: &Tenant) -> Row {
    let s = tenant.stats();
    row.requests = s.requests + s.token_requests;
    row.injected = s.faults + s.throttled + s.expired;
    row
}

async fn list_total_is_a_multiple_of_the_page_size() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    let mut row = Row::new("list: total = 2 x page size, then 400 invalid offset");
    row.expected = 500;
    let items = drain(&mut row, list(&client(&t), Paging::new(250), false)).await;
    check!(exactly_once(&items, 500), "delivered {} items", items.len());
    check!(row.errors.is_empty(), "errors {:?}", row.errors);
    check!(t.stats().requests == 3, "requests {}", t.stats().requests);
    Ok(finish(row, &t))
}

async fn list_page_size_clamped_to_the_maximum() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    let mut row = Row::new("list: page size 1000 > maximum 250 (clamped)");
    row.expected = 500;
    let paging = Paging::new(1000).max_page_size(Some(250));
    let items = drain(&mut row, list(&client(&t), paging, false)).await;
    check!(exactly_once(&items, 500), "delivered {} items", items.len());
    check!(row.errors.is_empty(), "errors {:?}", row.errors);
    Ok(finish(row, &t))
}

async fn list_server_caps_the_limit_total_header_continues() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    let mut row = Row::new("list: server caps limit, short page < total");
    row.expected = 500;
    let items = drain(&mut row, list(&client(&t), Paging::new(1000), true)).await;
    check!(exactly_once(&items, 500), "delivered {} items", items.len());
    check!(row.errors.is_empty(), "errors {:?}", row.errors);
    check!(t.stats().requests == 2, "requests {}", t.stats().requests);
    Ok(finish(row, &t))
}

async fn list_ends_at_the_total_header() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    let mut row = Row::new("list: X-Total-Count ends the list");
    row.expected = 500;
    let items = drain(&mut row, list(&client(&t), Paging::new(100), true)).await;
    check!(exactly_once(&items, 500), "delivered {} items", items.len());
    check!(t.stats().requests == 5, "requests {}", t.stats().requests);
    Ok(finish(row, &t))
}

async fn list_item_cap_separate_from_page_size() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    let mut row = Row::new("list: caller's cap 300, page size 250");
    row.expected = 300;
    let paging = Paging::new(250).max_items(Some(300));
    let items = drain(&mut row, list(&client(&t), paging, false)).await;
    check!(exactly_once(&items, 300), "delivered {} items", items.len());
    check!(t.stats().requests == 2, "requests {}", t.stats().requests);
    Ok(finish(row, &t))
}

async fn search_after_pages_without_offset() -> Outcome {
    let t = tenant(TenantOptions {
        max_search_limit: 200,
        ..TenantOptions::default()
    })
    .await;
    let mut row = Row::new("search-after: page 1000 > maximum 200");
    row.expected = 500;
    let c = client(&t);
    let paging = Paging::new(1000).max_page_size(Some(200)).start(7);
    let stream = search_after_stream_with(json!({"query": "*"}), paging, move |body, limit| {
        let c = c.clone();
        async move {
            let req = Request::new(Method::POST, "/v3", "/search")
                .retry_safe()
                .query("limit", &limit, "form", true)?
                .json(&body)?;
            let v = post(&c, "/search", req).await?;
            serde_json::from_value::<Vec<Value>>(v)
                .map_err(|e| Error::InvalidRequest(format!("search page: {e}")))
        }
    });
    let items = drain(&mut row, stream).await;
    check!(exactly_once(&items, 500), "delivered {} items", items.len());
    check!(t.stats().requests == 3, "requests {}", t.stats().requests);
    Ok(finish(row, &t))
}

async fn burst(row: &mut Row, client: &Client) -> usize {
    let reads = futures_util::stream::iter(0..300)
        .map(|i| {
            let c = client.clone();
            async move { get(&c, &format!("/items/item-{i:05}")).await }
        })
        .buffer_unordered(32);
    let results: Vec<Result<Value>> = reads.collect().await;
    let mut ok = 0;
    for r in results {
        match r {
            Ok(_) => ok += 1,
            Err(e) => row.error(&e),
        }
    }
    row.delivered = ok;
    ok
}

async fn burst_of_300_reads_with_the_limiter() -> Outcome {
    let window = Duration::from_secs(1);
    let t = tenant(TenantOptions {
        rate: Some((100, window)),
        ..TenantOptions::default()
    })
    .await;
    let c = client_with(&t, |c| c.with_rate_limit(Some(RateLimit::new(100, window))));
    let mut row = Row::new("burst: 300 reads, 32 in flight, 100/1 s, limiter on");
    row.expected = 300;
    let started = Instant::now();
    let ok = burst(&mut row, &c).await;
    check!(ok == 300, "{} of 300 reads succeeded: {:?}", ok, row.errors);
    let throttled = t.stats().throttled;
    check!(throttled <= 3, "{throttled} answers were 429");
    check!(
        started.elapsed() >= Duration::from_millis(1900),
        "300 reads at 100/s took only {:?}",
        started.elapsed()
    );
    Ok(finish(row, &t))
}

async fn burst_of_300_reads_without_the_limiter() -> Outcome {
    let window = Duration::from_secs(1);
    let t = tenant(TenantOptions {
        rate: Some((100, window)),
        ..TenantOptions::default()
    })
    .await;
    let c = client(&t);
    let mut row = Row::new("burst: same, limiter off (contrast, not asserted)");
    row.expected = 300;
    burst(&mut row, &c).await;
    check!(
        row.errors.keys().all(|k| k == "api 429"),
        "errors {:?}",
        row.errors
    );
    Ok(finish(row, &t))
}

async fn throttled_with_retry_after() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    let c = client_with(&t, |c| {
        c.with_rate_limit(Some(RateLimit::new(100, Duration::from_secs(1))))
    });
    let throttled = Reply::json(429, &json!({"detailMessage": "Too Many Requests"}))
        .with_header("retry-after", "1");
    t.inject("GET", "/v3/items/x", throttled, 1);
    let mut row = Row::new("429 + Retry-After: 1");
    row.expected = 1;
    let started = Instant::now();
    match get(&c, "/items/x").await {
        Ok(_) => row.delivered = 1,
        Err(e) => row.error(&e),
    }
    check!(row.delivered == 1, "errors {:?}", row.errors);
    check!(
        started.elapsed() >= Duration::from_secs(1),
        "retried after {:?}",
        started.elapsed()
    );
    Ok(finish(row, &t))
}

async fn tokens_expire_on_the_server() -> Outcome {
    let t = tenant(TenantOptions {
        token_ttl: Duration::from_millis(150),
        ..TenantOptions::default()
    })
    .await;
    let c = client(&t);
    let mut row = Row::new("tokens expire after 150 ms (expires_in says 3600)");
    row.expected = 20;
    for i in 0..20 {
        match get(&c, &format!("/items/{i}")).await {
            Ok(_) => row.delivered += 1,
            Err(e) => row.error(&e),
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    check!(row.delivered == 20, "errors {:?}", row.errors);
    check!(
        c.token_fetches() >= 3,
        "only {} token fetches",
        c.token_fetches()
    );
    Ok(finish(row, &t))
}

async fn connection_reset_mid_body() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    let body = Value::Array((0..250).map(Tenant::item).collect()).to_string();
    t.inject(
        "GET",
        "/v3/items",
        Reply::ResetMidBody {
            body: body.into_bytes(),
            sent: 1000,
        },
        1,
    );
    let mut row = Row::new("connection reset mid-body (list page)");
    let items = drain(&mut row, list(&client(&t), Paging::new(250), false)).await;
    check!(items.is_empty(), "delivered {} items", items.len());
    check!(
        row.errors.get("transport") == Some(&1),
        "errors {:?}",
        row.errors
    );
    Ok(finish(row, &t))
}

async fn connection_dropped_get_is_retried() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    t.inject("GET", "/v3/items/d", Reply::Drop, 1);
    let mut row = Row::new("connection dropped before the answer (GET)");
    row.expected = 1;
    match get(&client(&t), "/items/d").await {
        Ok(_) => row.delivered = 1,
        Err(e) => row.error(&e),
    }
    check!(row.delivered == 1, "errors {:?}", row.errors);
    check!(t.stats().requests == 2, "requests {}", t.stats().requests);
    Ok(finish(row, &t))
}

fn create_request() -> Request {
    Request::new(Method::POST, "/v3", "/items")
        .json(&json!({"name": "new"}))
        .expect("a JSON body")
}

async fn connection_dropped_post_is_not_retried() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    t.inject("POST", "/v3/items", Reply::Drop, 1);
    let mut row = Row::new("connection dropped before the answer (POST)");
    if let Err(e) = post(&client(&t), "/items", create_request()).await {
        row.error(&e);
    }
    check!(
        row.errors.get("transport") == Some(&1),
        "errors {:?}",
        row.errors
    );
    let sent = t.stats().by_route.get("POST /v3/items").copied();
    check!(sent == Some(1), "the POST was sent {sent:?} times");
    Ok(finish(row, &t))
}

async fn connection_dropped_retry_safe_post_is_retried() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    t.inject("POST", "/v3/search", Reply::Drop, 1);
    let mut row = Row::new("connection dropped (retry-safe POST search)");
    row.expected = 1;
    let req = Request::new(Method::POST, "/v3", "/search")
        .retry_safe()
        .json(&json!({"query": "*"}))
        .expect("a JSON body");
    match post(&client(&t), "/search", req).await {
        Ok(_) => row.delivered = 1,
        Err(e) => row.error(&e),
    }
    check!(row.delivered == 1, "errors {:?}", row.errors);
    check!(t.stats().requests == 2, "requests {}", t.stats().requests);
    Ok(finish(row, &t))
}

async fn truncated_json() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    let body = br#"{"id": "t", "name": "trunc"#.to_vec();
    let reply = Reply::Truncated {
        status: 200,
        body,
        missing: 40,
    };
    t.inject("GET", "/v3/items/t", reply, 1);
    let mut row = Row::new("truncated JSON body (Content-Length not met)");
    if let Err(e) = get(&client(&t), "/items/t").await {
        row.error(&e);
    }
    check!(
        row.errors.get("transport") == Some(&1),
        "errors {:?}",
        row.errors
    );
    Ok(finish(row, &t))
}

async fn malformed_json() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    let reply = Reply::Full {
        status: 200,
        headers: vec![("content-type".into(), "application/json".into())],
        body: br#"[{"id": "m", "name": }]"#.to_vec(),
    };
    t.inject("GET", "/v3/items", reply, 1);
    let mut row = Row::new("malformed JSON page");
    let items = drain(&mut row, list(&client(&t), Paging::new(250), false)).await;
    check!(items.is_empty(), "delivered {}", items.len());
    check!(
        row.errors.get("decode") == Some(&1),
        "errors {:?}",
        row.errors
    );
    Ok(finish(row, &t))
}

fn slow(pause_ms: u64) -> Reply {
    Reply::Slow {
        body: vec![b'x'; 6000],
        chunks: 6,
        pause: Duration::from_millis(pause_ms),
    }
}

fn short_timeouts(c: Configuration) -> Configuration {
    c.with_timeout(Duration::from_millis(400))
        .with_idle_timeout(Duration::from_millis(400))
}

async fn download(client: &Client, row: &mut Row) -> usize {
    let resp = match client
        .execute(Request::new(Method::GET, "/v3", "/items/slow"))
        .await
    {
        Ok(r) => r,
        Err(e) => {
            row.error(&e);
            return 0;
        }
    };
    let mut bytes = 0;
    let mut chunks = resp.bytes_stream();
    while let Some(c) = chunks.next().await {
        match c {
            Ok(b) => bytes += b.len(),
            Err(e) => row.error(&e),
        }
    }
    bytes
}

async fn slow_stream_within_the_idle_timeout() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    // Headers at once, then six chunks 150 ms apart: 900 ms in all, over the 400 ms timeout.
    t.inject("GET", "/v3/items/slow", slow(150), 1);
    let mut row = Row::new("slow stream: 6 x 150 ms, idle timeout 400 ms");
    row.expected = 6000;
    row.delivered = download(&client_with(&t, short_timeouts), &mut row).await;
    check!(
        row.delivered == 6000,
        "{} bytes, errors {:?}",
        row.delivered,
        row.errors
    );
    Ok(finish(row, &t))
}

async fn slow_body_past_the_whole_body_timeout() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    t.inject("GET", "/v3/items/slow", slow(150), 1);
    let mut row = Row::new("slow body read whole: 900 ms > timeout 400 ms");
    let started = Instant::now();
    if let Err(e) = get(&client_with(&t, short_timeouts), "/items/slow").await {
        row.error(&e);
    }
    check!(
        row.errors.get("timeout") == Some(&1),
        "errors {:?}",
        row.errors
    );
    check!(
        started.elapsed() < Duration::from_millis(800),
        "took {:?}",
        started.elapsed()
    );
    Ok(finish(row, &t))
}

async fn stalled_stream_past_the_idle_timeout() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    t.inject("GET", "/v3/items/slow", slow(600), 1);
    let mut row = Row::new("stalled stream: 600 ms gaps > idle 400 ms");
    row.delivered = download(&client_with(&t, short_timeouts), &mut row).await;
    check!(
        row.errors.get("timeout") == Some(&1),
        "errors {:?}",
        row.errors
    );
    Ok(finish(row, &t))
}

fn unavailable() -> Reply {
    Reply::json(503, &json!({"detailMessage": "Service Unavailable"}))
}

async fn storm_of_503_get_recovers() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    t.inject("GET", "/v3/items/s", unavailable(), 3);
    let mut row = Row::new("503 x3 then 200 (GET, 3 retries)");
    row.expected = 1;
    match get(&client(&t), "/items/s").await {
        Ok(_) => row.delivered = 1,
        Err(e) => row.error(&e),
    }
    check!(row.delivered == 1, "errors {:?}", row.errors);
    check!(t.stats().requests == 4, "requests {}", t.stats().requests);
    Ok(finish(row, &t))
}

async fn storm_of_503_get_gives_up() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    t.inject("GET", "/v3/items/s", unavailable(), 100);
    let mut row = Row::new("503 storm (GET): bounded, typed");
    if let Err(e) = get(&client(&t), "/items/s").await {
        row.error(&e);
    }
    check!(
        row.errors.get("api 503") == Some(&1),
        "errors {:?}",
        row.errors
    );
    check!(t.stats().requests == 4, "requests {}", t.stats().requests);
    Ok(finish(row, &t))
}

async fn storm_of_503_post_is_not_retried() -> Outcome {
    let t = tenant(TenantOptions::default()).await;
    t.inject("POST", "/v3/items", unavailable(), 100);
    let mut row = Row::new("503 storm (POST): not repeated");
    if let Err(e) = post(&client(&t), "/items", create_request()).await {
        row.error(&e);
    }
    check!(
        row.errors.get("api 503") == Some(&1),
        "errors {:?}",
        row.errors
    );
    check!(t.stats().requests == 1, "requests {}", t.stats().requests);
    Ok(finish(row, &t))
}

async fn token_endpoint_answers_500() -> Outcome {
    let t = tenant(TenantOptions {
        token_failure: Some(Reply::json(500, &json!({"error": "server_error"}))),
        ..TenantOptions::default()
    })
    .await;
    let mut row = Row::new("token endpoint answers 500");
    if let Err(e) = get(&client(&t), "/items/a").await {
        row.error(&e);
    }
    check!(
        row.errors.get("auth 500") == Some(&1),
        "errors {:?}",
        row.errors
    );
    check!(
        t.stats().requests == 0,
        "API requests {}",
        t.stats().requests
    );
    Ok(finish(row, &t))
}

async fn token_endpoint_drops_the_connection() -> Outcome {
    let t = tenant(TenantOptions {
        token_failure: Some(Reply::Drop),
        ..TenantOptions::default()
    })
    .await;
    let mut row = Row::new("token endpoint drops the connection");
    let c = client(&t);
    if let Err(e) = get(&c, "/items/a").await {
        row.error(&e);
    }
    check!(
        row.errors.get("auth") == Some(&1),
        "errors {:?}",
        row.errors
    );
    let tries = t.stats().token_requests;
    check!(
        tries == 4,
        "token endpoint tried {tries} times (1 + 3 retries expected)"
    );
    Ok(finish(row, &t))
}
