//! Lazy streams over paged list operations.

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

/// A stream of the items of a `limit`/`offset` list operation, fetching pages lazily.
///
/// `fetch(offset, limit)` gets one page. The stream ends after a short (or empty) page, when the
/// offset reaches the page's `total` (when the server reported one), or after the first error.
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
    struct State<T, F> {
        offset: u64,
        limit: u64,
        done: bool,
        buffer: VecDeque<T>,
        fetch: F,
    }
    let state = State {
        offset: start,
        limit: page_size.max(1),
        done: false,
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
            match (st.fetch)(st.offset, st.limit).await {
                Ok(page) => {
                    let n = page.items.len() as u64;
                    st.offset += n;
                    if n < st.limit || page.total.is_some_and(|t| st.offset >= t) {
                        st.done = true;
                    }
                    st.buffer.extend(page.items);
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
/// page or the first error.
pub fn search_after_stream<T, F, Fut>(
    mut body: Value,
    page_size: u64,
    fetch: F,
) -> BoxStream<'static, Result<T>>
where
    T: Serialize + Send + 'static,
    F: FnMut(Value, u64) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Vec<T>>> + Send + 'static,
{
    struct State<T, F> {
        body: Value,
        limit: u64,
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
        limit: page_size.max(1),
        done: false,
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
            match (st.fetch)(st.body.clone(), st.limit).await {
                Ok(items) => {
                    if (items.len() as u64) < st.limit {
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
