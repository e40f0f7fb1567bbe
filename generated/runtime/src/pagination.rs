//! Lazy streams over paged list operations.
//!
//! How a listing ends (every rule keeps every item; none turns a complete listing into an error):
//!
//! - a page shorter than the page size that was asked for (including an empty page), unless the
//!   server reported a total that is not reached yet;
//! - the offset reaching the total the server reported (`X-Total-Count`);
//! - `400` whose body says the offset is invalid, answered for the page after a full page (a
//!   tenant answers so when the total is an exact multiple of the page size);
//! - the caller's item cap ([`Paging::max_items`]), which is separate from the page size.
//!
//! The page size is clamped to the parameter's documented `maximum` ([`Paging::max_page_size`]),
//! because a server that caps `limit` answers a full page that looks short.

use std::collections::VecDeque;
use std::future::Future;

use futures_util::stream::{self, BoxStream, StreamExt};
use reqwest::header::HeaderMap;
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};

/// One page of a list operation.
#[derive(Debug, Clone)]
pub struct Page<T> {
    /// The items of the page.
    pub items: Vec<T>,
    /// The total number of items (`X-Total-Count`), when the server reported it (SailPoint
    /// sends it when the request asks with `count=true`).
    pub total: Option<u64>,
}

/// How a stream pages: where it starts, how many items a page asks for, and how many items the
/// caller wants at most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// Offset of the first item (ignored by search-after streams).
    pub start: u64,
    /// Items asked for per page (at least 1).
    pub page_size: u64,
    /// The page-size parameter's documented `maximum`; a larger page size is clamped to it.
    pub max_page_size: Option<u64>,
    /// Items the stream yields at most; `None` for every item.
    pub max_items: Option<u64>,
}

impl Paging {
    /// Pages of `page_size` items from offset 0, no maximum, no item cap.
    pub fn new(page_size: u64) -> Self {
        Paging {
            start: 0,
            page_size,
            max_page_size: None,
            max_items: None,
        }
    }

    /// Starts at `offset`.
    pub fn start(mut self, offset: u64) -> Self {
        self.start = offset;
        self
    }

    /// Clamps the page size to `maximum` (the parameter's documented maximum, when it has one).
    pub fn max_page_size(mut self, maximum: Option<u64>) -> Self {
        self.max_page_size = maximum;
        self
    }

    /// Yields at most `cap` items (`None`: every item).
    pub fn max_items(mut self, cap: Option<u64>) -> Self {
        self.max_items = cap;
        self
    }

    /// The page size a request asks for: clamped to the maximum, at least 1.
    pub fn effective_page_size(&self) -> u64 {
        let size = match self.max_page_size {
            Some(max) => self.page_size.min(max),
            None => self.page_size,
        };
        size.max(1)
    }
}

/// The `X-Total-Count` header.
pub fn total_count(headers: &HeaderMap) -> Option<u64> {
    headers
        .get("x-total-count")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// Converts a page offset or size to the parameter's integer type.
pub fn cast<T: TryFrom<u64>>(value: u64) -> Result<T> {
    T::try_from(value)
        .map_err(|_| Error::InvalidRequest(format!("pagination value {value} is out of range")))
}

/// Whether `err` is a server's way of saying that the list ended: `400` whose body says the
/// offset is invalid (asked for right after a full page).
pub fn is_offset_past_end(err: &Error) -> bool {
    let Some(api) = err.api_error() else {
        return false;
    };
    let body = api.body_excerpt.to_ascii_lowercase();
    api.status.as_u16() == 400 && body.contains("offset") && body.contains("invalid")
}

/// A stream of the items of a `limit`/`offset` list operation, fetching pages lazily; see
/// [`offset_stream_with`] (this is it without a maximum page size or an item cap).
pub fn offset_stream<T, F, Fut>(
    start: u64,
    page_size: u64,
    fetch: F,
) -> BoxStream<'static, Result<T>>
where
    T: Send + 'static,
    F: FnMut(u64, u64) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Page<T>>> + Send + 'static,
{
    offset_stream_with(Paging::new(page_size).start(start), fetch)
}

/// A stream of the items of a `limit`/`offset` list operation, fetching pages lazily.
///
/// `fetch(offset, limit)` gets one page. The stream ends as the [module](self) describes, or
/// after the first error (yielded as the last item).
pub fn offset_stream_with<T, F, Fut>(paging: Paging, fetch: F) -> BoxStream<'static, Result<T>>
where
    T: Send + 'static,
    F: FnMut(u64, u64) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Page<T>>> + Send + 'static,
{
    struct State<T, F> {
        offset: u64,
        page_size: u64,
        remaining: Option<u64>,
        /// Whether the last page was full (an "invalid offset" answer then ends the list).
        after_full_page: bool,
        done: bool,
        buffer: VecDeque<T>,
        fetch: F,
    }
    let state = State {
        offset: paging.start,
        page_size: paging.effective_page_size(),
        remaining: paging.max_items,
        after_full_page: false,
        done: paging.max_items == Some(0),
        buffer: VecDeque::new(),
        fetch,
    };
    stream::unfold(state, |mut st| async move {
        loop {
            if let Some(item) = st.buffer.pop_front() {
                return Some((Ok(item), st));
            }
            if st.done {
                return None;
            }
            let limit = st.remaining.map_or(st.page_size, |r| r.min(st.page_size));
            match (st.fetch)(st.offset, limit).await {
                Ok(mut page) => {
                    if let Some(r) = st.remaining {
                        page.items
                            .truncate(usize::try_from(r).unwrap_or(usize::MAX));
                    }
                    let n = page.items.len() as u64;
                    st.offset += n;
                    st.remaining = st.remaining.map(|r| r - n);
                    let total_reached = page.total.map(|t| st.offset >= t);
                    // A short page ends the list unless a total says more items remain
                    // (a server that caps `limit` below what was asked).
                    let short_end = n < limit && total_reached != Some(false);
                    st.done = n == 0
                        || short_end
                        || total_reached == Some(true)
                        || st.remaining == Some(0);
                    st.after_full_page = n == limit;
                    st.buffer.extend(page.items);
                }
                Err(e) if st.after_full_page && is_offset_past_end(&e) => {
                    crate::trace!("offset past the end after a full page: the list is complete");
                    st.done = true;
                }
                Err(e) => {
                    st.done = true;
                    return Some((Err(e), st));
                }
            }
        }
    })
    .boxed()
}

/// A stream over a search, like the official SDKs' search paginator: each page is requested
/// with the body's `searchAfter` set to the sort-field values of the previous page's last item.
///
/// `body` is the JSON search body. When it has no `sort`, it is sorted by `id` (search-after
/// paging needs a total order). `fetch(body, limit)` gets one page. The stream ends after a short
/// page or the first error. This is [`search_after_stream_with`] without a maximum page size or
/// an item cap.
pub fn search_after_stream<T, F, Fut>(
    body: Value,
    page_size: u64,
    fetch: F,
) -> BoxStream<'static, Result<T>>
where
    T: Serialize + Send + 'static,
    F: FnMut(Value, u64) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Vec<T>>> + Send + 'static,
{
    search_after_stream_with(body, Paging::new(page_size), fetch)
}

/// [`search_after_stream`] with a page size clamped to [`Paging::max_page_size`] and at most
/// [`Paging::max_items`] results. [`Paging::start`] is ignored: search-after pages are found by
/// the sort values, so `fetch` must send every page without an offset (the caller's `offset`
/// would skip that many results on every page).
pub fn search_after_stream_with<T, F, Fut>(
    mut body: Value,
    paging: Paging,
    fetch: F,
) -> BoxStream<'static, Result<T>>
where
    T: Serialize + Send + 'static,
    F: FnMut(Value, u64) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Vec<T>>> + Send + 'static,
{
    struct State<T, F> {
        body: Value,
        page_size: u64,
        remaining: Option<u64>,
        done: bool,
        buffer: VecDeque<T>,
        error: Option<Error>,
        fetch: F,
    }
    let mut init_error = None;
    match body.as_object_mut() {
        Some(obj) => {
            let has_sort = obj
                .get("sort")
                .and_then(Value::as_array)
                .is_some_and(|s| !s.is_empty());
            if !has_sort {
                obj.insert(
                    "sort".into(),
                    Value::Array(vec![Value::String("id".into())]),
                );
            }
        }
        None => {
            init_error = Some(Error::InvalidRequest(
                "a search-after body must be a JSON object".into(),
            ))
        }
    }
    if let Some(e) = init_error {
        return stream::once(async move { Err(e) }).boxed();
    }
    let state = State {
        body,
        page_size: paging.effective_page_size(),
        remaining: paging.max_items,
        done: paging.max_items == Some(0),
        buffer: VecDeque::new(),
        error: None,
        fetch,
    };
    stream::unfold(state, |mut st| async move {
        loop {
            if let Some(item) = st.buffer.pop_front() {
                return Some((Ok(item), st));
            }
            if let Some(e) = st.error.take() {
                return Some((Err(e), st));
            }
            if st.done {
                return None;
            }
            let limit = st.remaining.map_or(st.page_size, |r| r.min(st.page_size));
            match (st.fetch)(st.body.clone(), limit).await {
                Ok(mut items) => {
                    if let Some(r) = st.remaining {
                        items.truncate(usize::try_from(r).unwrap_or(usize::MAX));
                        st.remaining = Some(r - items.len() as u64);
                    }
                    if (items.len() as u64) < limit || st.remaining == Some(0) {
                        st.done = true;
                    } else if let Some(last) = items.last() {
                        match search_after_values(&st.body, last) {
                            Ok(values) => {
                                if let Some(obj) = st.body.as_object_mut() {
                                    obj.insert("searchAfter".into(), Value::Array(values));
                                }
                            }
                            Err(e) => {
                                // Yield the page, then the error.
                                st.done = true;
                                st.error = Some(e);
                            }
                        }
                    }
                    st.buffer.extend(items);
                }
                Err(e) => {
                    st.done = true;
                    return Some((Err(e), st));
                }
            }
        }
    })
    .boxed()
}

/// The values of `body.sort`'s fields (a leading `-` or `+` removed, dots descending into
/// objects) in `item`, as strings.
fn search_after_values<T: Serialize>(body: &Value, item: &T) -> Result<Vec<Value>> {
    let item = serde_json::to_value(item)
        .map_err(|e| Error::InvalidRequest(format!("cannot read a search result: {e}")))?;
    let sort = body
        .get("sort")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    sort.iter()
        .map(|field| {
            let name = field
                .as_str()
                .unwrap_or_default()
                .trim_start_matches(['-', '+']);
            let mut v = &item;
            for part in name.split('.') {
                v = v.get(part).ok_or_else(|| {
                    Error::InvalidRequest(format!(
                        "search result has no sort field {name:?} for searchAfter"
                    ))
                })?;
            }
            Ok(Value::String(crate::encode::scalar(v)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use futures_util::TryStreamExt;

    use super::*;
    use crate::error::ApiError;

    /// A list of `n` numbers behind a server that caps `limit` at `cap`, reports the total when
    /// `count`, and answers past the end like a tenant: `400 "Specified offset is invalid."`.
    /// Records the `(offset, limit)` of every request.
    fn server(
        n: u64,
        cap: u64,
        count: bool,
        log: Arc<Mutex<Vec<(u64, u64)>>>,
    ) -> impl FnMut(u64, u64) -> futures_util::future::Ready<Result<Page<u64>>> {
        move |offset, limit| {
            log.lock().unwrap().push((offset, limit));
            if offset >= n && offset > 0 {
                return futures_util::future::ready(Err(invalid_offset()));
            }
            let end = (offset + limit.min(cap)).min(n);
            futures_util::future::ready(Ok(Page {
                items: (offset..end).collect(),
                total: count.then_some(n),
            }))
        }
    }

    fn invalid_offset() -> Error {
        Error::Api(Box::new(ApiError {
            status: reqwest::StatusCode::BAD_REQUEST,
            headers: HeaderMap::new(),
            body_excerpt: r#"{"detailMessage":"Specified offset is invalid."}"#.into(),
            model: None,
        }))
    }

    async fn run(
        n: u64,
        cap: u64,
        count: bool,
        paging: Paging,
    ) -> (Result<Vec<u64>>, Vec<(u64, u64)>) {
        let log = Arc::new(Mutex::new(Vec::new()));
        let items = offset_stream_with(paging, server(n, cap, count, log.clone()))
            .try_collect()
            .await;
        let log = log.lock().unwrap().clone();
        (items, log)
    }

    #[tokio::test]
    async fn a_total_that_is_a_multiple_of_the_page_size_ends_cleanly() {
        let (items, log) = run(500, 250, false, Paging::new(250)).await;
        assert_eq!(items.unwrap(), (0..500).collect::<Vec<_>>());
        assert_eq!(log, [(0, 250), (250, 250), (500, 250)]);
    }

    #[tokio::test]
    async fn an_invalid_offset_after_a_short_page_or_first_is_still_an_error() {
        // Starting past the end: nothing was listed, so the 400 is the caller's mistake.
        let (items, _) = run(10, 250, false, Paging::new(5).start(20)).await;
        assert!(is_offset_past_end(&items.unwrap_err()));
    }

    #[tokio::test]
    async fn the_page_size_is_clamped_to_the_maximum() {
        let paging = Paging::new(1000).max_page_size(Some(250));
        let (items, log) = run(600, 250, false, paging).await;
        assert_eq!(items.unwrap().len(), 600);
        assert_eq!(log, [(0, 250), (250, 250), (500, 250)]);
    }

    #[tokio::test]
    async fn without_the_maximum_a_capped_page_ends_the_list_unless_a_total_says_more() {
        let (items, _) = run(600, 250, false, Paging::new(1000)).await;
        assert_eq!(items.unwrap().len(), 250, "a capped page looks short");
        let (items, log) = run(600, 250, true, Paging::new(1000)).await;
        assert_eq!(items.unwrap(), (0..600).collect::<Vec<_>>());
        assert_eq!(log.len(), 3);
    }

    #[tokio::test]
    async fn the_total_ends_the_list_without_an_extra_request() {
        let (items, log) = run(500, 250, true, Paging::new(100)).await;
        assert_eq!(items.unwrap().len(), 500);
        assert_eq!(log.len(), 5);
    }

    #[tokio::test]
    async fn the_item_cap_is_separate_from_the_page_size() {
        let paging = Paging::new(250).max_items(Some(300)).start(10);
        let (items, log) = run(1000, 250, false, paging).await;
        assert_eq!(items.unwrap(), (10..310).collect::<Vec<_>>());
        assert_eq!(log, [(10, 250), (260, 50)]);
        let (items, log) = run(1000, 250, false, Paging::new(250).max_items(Some(0))).await;
        assert!(items.unwrap().is_empty());
        assert!(log.is_empty());
    }

    #[tokio::test]
    async fn search_after_clamps_and_caps() {
        let pages = Arc::new(Mutex::new(Vec::new()));
        let seen = pages.clone();
        let paging = Paging::new(50).max_page_size(Some(20)).max_items(Some(45));
        let stream = search_after_stream_with(serde_json::json!({}), paging, move |body, limit| {
            seen.lock()
                .unwrap()
                .push((body.get("searchAfter").cloned(), limit));
            let after = body["searchAfter"][0]
                .as_str()
                .map_or(0, |s| s.parse::<u64>().unwrap() + 1);
            let items: Vec<Value> = (after..(after + limit).min(100))
                .map(|i| serde_json::json!({ "id": i }))
                .collect();
            futures_util::future::ready(Ok(items))
        });
        let items: Vec<Value> = stream.try_collect().await.unwrap();
        assert_eq!(items.len(), 45);
        assert_eq!(items[44]["id"], 44);
        let limits: Vec<u64> = pages.lock().unwrap().iter().map(|p| p.1).collect();
        assert_eq!(limits, [20, 20, 5]);
    }
}
