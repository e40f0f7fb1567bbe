//! The paging methods of a list or search builder, from its [`PagingPlan`]: one `stream()`
//! (search-after paging when the body supports it, else limit/offset) and `stream_at_most(n)`
//! with the caller's item cap.

use anyhow::Result;
use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::plan::{OperationPlan, PageSize, PagingPlan};
use super::{doc_attrs_raw, rust_ident, rust_type};

const SEARCH_AFTER_DOC: &str = "Every result of the search, fetching pages lazily like the \
    official SDKs' search paginator: each page is requested with `searchAfter` set to the sort \
    values of the previous page's last result (sorted by `id` when the search has no sort); \
    `offset` is not sent. The page size (`limit`) is clamped to the documented maximum.";

const OFFSET_DOC: &str = "Every item of the list, fetching pages lazily (`limit` items per \
    page, clamped to the documented maximum, from `offset`). The stream ends after a short \
    page, at `X-Total-Count` when the request asks for the total, or when the server answers \
    that the offset after a full last page is invalid.";

/// The paging methods of `o`'s builder (none when it does not page).
pub(super) fn methods(o: &OperationPlan) -> Result<Vec<TokenStream>> {
    let ident = |member: usize| rust_ident(&o.members[member].ident);
    let (stream_doc, item_type, body, is_search) = match &o.paging {
        None => return Ok(Vec::new()),
        Some(PagingPlan::SearchAfter {
            limit,
            body,
            body_required,
            offset,
            item_type,
            page_size,
        }) => {
            let lim = ident(*limit);
            let body_id = ident(*body);
            let assign = match body_required {
                true => quote!(page.#body_id = body;),
                false => quote!(page.#body_id = Some(body);),
            };
            let reset_offset = offset.map(|off| {
                let off = ident(off);
                quote!(page.#off = None;)
            });
            let paging = paging_value(*page_size, &lim, None);
            let body = quote! {
                let paging = #paging;
                let body = runtime::encode::to_value(&self.#body_id).unwrap_or_default();
                runtime::pagination::search_after_stream_with(body, paging, move |body, limit| {
                    let mut page = self.clone();
                    async move {
                        let body = runtime::serde_json::from_value(body).map_err(|e| {
                            runtime::Error::InvalidRequest(format!("search body: {e}"))
                        })?;
                        #assign
                        #reset_offset
                        page.#lim = Some(runtime::pagination::cast(limit)?);
                        page.send().await.map_err(runtime::Error::from)
                    }
                })
            };
            (SEARCH_AFTER_DOC, item_type, body, true)
        }
        Some(PagingPlan::Offset {
            limit,
            offset,
            item_type,
            page_size,
        }) => {
            let lim = ident(*limit);
            let off = ident(*offset);
            let paging = paging_value(*page_size, &lim, Some(&off));
            let body = quote! {
                let paging = #paging;
                runtime::pagination::offset_stream_with(paging, move |offset, limit| {
                    let mut page = self.clone();
                    async move {
                        page.#off = Some(runtime::pagination::cast(offset)?);
                        page.#lim = Some(runtime::pagination::cast(limit)?);
                        let r = page.send_with_response().await.map_err(runtime::Error::from)?;
                        let total = r.total_count();
                        Ok(runtime::Page { items: r.data, total })
                    }
                })
            };
            (OFFSET_DOC, item_type, body, false)
        }
    };
    let item_ty = rust_type(item_type)?;
    Ok(stream_methods(stream_doc, &item_ty, body, is_search))
}

/// `stream`, `stream_at_most` and `paged` around the paging body; a search keeps its old
/// `search_after_stream` name, deprecated.
fn stream_methods(
    stream_doc: &str,
    item_ty: &TokenStream,
    body: TokenStream,
    is_search: bool,
) -> Vec<TokenStream> {
    let stream_doc = doc_attrs_raw(stream_doc);
    let mut methods = vec![quote! {
        #stream_doc
        pub fn stream(self) -> runtime::BoxStream<'static, runtime::Result<#item_ty>> {
            self.paged(None)
        }

        /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
        /// only for what is still wanted); the page size stays `limit`.
        pub fn stream_at_most(
            self,
            max_items: u64,
        ) -> runtime::BoxStream<'static, runtime::Result<#item_ty>> {
            self.paged(Some(max_items))
        }

        fn paged(
            self,
            max_items: Option<u64>,
        ) -> runtime::BoxStream<'static, runtime::Result<#item_ty>> {
            #body
        }
    }];
    if is_search {
        methods.push(quote! {
            /// The name [`Self::stream`] had before it became this search's only paging method.
            #[deprecated(note = "use `stream`, which pages with `searchAfter`")]
            pub fn search_after_stream(
                self,
            ) -> runtime::BoxStream<'static, runtime::Result<#item_ty>> {
                self.stream()
            }
        });
    }
    methods
}

/// The `runtime::pagination::Paging` of a builder: page size from its `limit` (else the
/// parameter's default), clamped to the parameter's `maximum`; start from its `offset`.
fn paging_value(page_size: PageSize, lim: &Ident, offset: Option<&Ident>) -> TokenStream {
    let default = page_size.default;
    let maximum = match page_size.maximum {
        Some(max) => quote!(Some(#max)),
        None => quote!(None),
    };
    let start = offset
        .map(|off| quote!(.start(self.#off.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))));
    quote! {
        runtime::pagination::Paging::new(
            self.#lim.and_then(|v| u64::try_from(v).ok()).unwrap_or(#default),
        )
        #start
        .max_page_size(#maximum)
        .max_items(max_items)
    }
}
