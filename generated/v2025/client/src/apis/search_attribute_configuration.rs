//! Operations tagged `Search Attribute Configuration`.
//!
//! Use this API to implement search attribute configuration functionality, along with [Search](https://developer.sailpoint.com/docs/api/v2025/search).
//! With this functionality in place, administrators can create custom search attributes that and run extended searches based on those attributes to further narrow down their searches and get the information and insights they want.
//!
//! Identity Security Cloud (ISC) enables organizations to store user data from across all their connected sources and manage the users' access, so the ability to query and filter that data is essential.
//! Its search goes through all those sources and finds the results quickly and specifically.
//!
//! The search query is flexible - it can be very broad or very narrow.
//! The search only returns results for searchable objects it is filtering for.
//! The following objects are searchable: identities, roles, access profiles, entitlements, events, and account activities.
//! By default, no filter is applied, so a search for "Ad" returns both the identity "Adam.Archer" as well as the role "Administrator."
//!
//! Users can further narrow their results by using ISC's specific syntax and punctuation to structure their queries.
//! For example, the query "attributes.location:austin AND NOT manager.name:amanda.ross" returns all results associated with the Austin location, but it excludes those associated with the manager Amanda Ross.
//! Refer to [Building a Search Query](https://documentation.sailpoint.com/saas/help/search/building-query.html) for more information about how to construct specific search queries.
//!
//! Refer to [Search Attribute Configuration](https://developer.sailpoint.com/docs/extensibility/rules/rule-utility/#configuration-of-search-attributes-within-identity-security-cloud) for more information about ISC's search and its different possibilities.
//!
//! With Search Attribute Configuration, administrators can create, manage, and run searches based on the attributes they want to search.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Search Attribute Configuration`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct SearchAttributeConfigurationApi {
    client: crate::Client,
}
impl SearchAttributeConfigurationApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        SearchAttributeConfigurationApi {
            client,
        }
    }
    /// Create extended search attributes
    ///
    /// Create and configure extended search attributes.  This API accepts an attribute name, an attribute display name and a list of name/value pair associates of application IDs to attribute names.  It will then validate the inputs and configure/create the attribute promotion configuration in the Link ObjectConfig.
    /// >**Note: Give searchable attributes unique names.  Do not give them the same names used for account attributes or source attributes.  Also, do not give them the same names present in account schema for a current or future source, regardless of whether that source is included in the searchable attributes' `applicationAttributes`.**
    ///
    /// `POST /accounts/search-attribute-config` (operation `createSearchAttributeConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_search_attribute_config(
        &self,
        body: models::SearchAttributeConfig,
    ) -> CreateSearchAttributeConfig {
        CreateSearchAttributeConfig {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete extended search attribute
    ///
    /// Delete an extended attribute configuration by name.
    ///
    /// `DELETE /accounts/search-attribute-config/{name}` (operation `deleteSearchAttributeConfig`).
    ///
    /// Arguments:
    ///
    /// - `name`: Name of the extended search attribute configuration to delete.
    pub fn delete_search_attribute_config(
        &self,
        name: impl Into<String>,
    ) -> DeleteSearchAttributeConfig {
        DeleteSearchAttributeConfig {
            client: self.client.clone(),
            name: name.into(),
        }
    }
    /// List extended search attributes
    ///
    /// Get a list of attribute/application attributes currently configured in Identity Security Cloud (ISC).
    ///
    /// `GET /accounts/search-attribute-config` (operation `getSearchAttributeConfig`).
    pub fn get_search_attribute_config(&self) -> GetSearchAttributeConfig {
        GetSearchAttributeConfig {
            client: self.client.clone(),
            limit: None,
            offset: None,
        }
    }
    /// Get extended search attribute
    ///
    /// Get an extended attribute configuration by name.
    ///
    /// `GET /accounts/search-attribute-config/{name}` (operation `getSingleSearchAttributeConfig`).
    ///
    /// Arguments:
    ///
    /// - `name`: Name of the extended search attribute configuration to get.
    pub fn get_single_search_attribute_config(
        &self,
        name: impl Into<String>,
    ) -> GetSingleSearchAttributeConfig {
        GetSingleSearchAttributeConfig {
            client: self.client.clone(),
            name: name.into(),
        }
    }
    /// Update extended search attribute
    ///
    /// Update an existing search attribute configuration.
    /// You can patch these fields:
    /// * name  * displayName * applicationAttributes
    ///
    /// `PATCH /accounts/search-attribute-config/{name}` (operation `patchSearchAttributeConfig`).
    ///
    /// Arguments:
    ///
    /// - `name`: Name of the search attribute configuration to patch.
    /// - `body`: The request body (`application/json-patch+json`).
    pub fn patch_search_attribute_config(
        &self,
        name: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchSearchAttributeConfig {
        PatchSearchAttributeConfig {
            client: self.client.clone(),
            name: name.into(),
            body,
        }
    }
}
/// Request builder of [`SearchAttributeConfigurationApi::create_search_attribute_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSearchAttributeConfig {
    client: crate::Client,
    body: models::SearchAttributeConfig,
}
impl CreateSearchAttributeConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/accounts/search-attribute-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::serde_json::Value>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateSearchAttributeConfig, models::serde_json::Value,
    CreateSearchAttributeConfigError
);
/// The errors of [`CreateSearchAttributeConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateSearchAttributeConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SearchAttributeConfigurationApi::delete_search_attribute_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteSearchAttributeConfig {
    client: crate::Client,
    name: String,
}
impl DeleteSearchAttributeConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/accounts/search-attribute-config/",
            &runtime::encode::path_param(&self.name, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    DeleteSearchAttributeConfig, (), DeleteSearchAttributeConfigError
);
/// The errors of [`DeleteSearchAttributeConfig`]: [`crate::errors::Error401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteSearchAttributeConfigError = crate::errors::Error401_403_404_429_500;
/// Request builder of [`SearchAttributeConfigurationApi::get_search_attribute_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSearchAttributeConfig {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
}
impl GetSearchAttributeConfig {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/accounts/search-attribute-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::SearchAttributeConfig>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SearchAttributeConfig>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SearchAttributeConfig>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SearchAttributeConfig>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    GetSearchAttributeConfig, Vec < models::SearchAttributeConfig >,
    GetSearchAttributeConfigError
);
/// The errors of [`GetSearchAttributeConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSearchAttributeConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SearchAttributeConfigurationApi::get_single_search_attribute_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSingleSearchAttributeConfig {
    client: crate::Client,
    name: String,
}
impl GetSingleSearchAttributeConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/accounts/search-attribute-config/",
            &runtime::encode::path_param(&self.name, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<GetSingleSearchAttributeConfigResponse> {
        Ok(
            match resp.status().as_u16() {
                200 => {
                    GetSingleSearchAttributeConfigResponse::Status200(
                        resp.json_with(crate::decode_body).await?,
                    )
                }
                204 => {
                    resp.empty().await?;
                    GetSingleSearchAttributeConfigResponse::Status204
                }
                _ => {
                    GetSingleSearchAttributeConfigResponse::Status200(
                        resp.json_with(crate::decode_body).await?,
                    )
                }
            },
        )
    }
}
runtime::send_methods!(
    GetSingleSearchAttributeConfig, GetSingleSearchAttributeConfigResponse,
    GetSingleSearchAttributeConfigError
);
/// The errors of [`GetSingleSearchAttributeConfig`]: [`crate::errors::Error401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSingleSearchAttributeConfigError = crate::errors::Error401_403_404_429_500;
/// The successful answers of \[`GetSingleSearchAttributeConfig`\], by status.
#[derive(Debug, Clone)]
pub enum GetSingleSearchAttributeConfigResponse {
    /// HTTP 200.
    Status200(models::SearchAttributeConfig),
    /// HTTP 204.
    Status204,
}
/// Request builder of [`SearchAttributeConfigurationApi::patch_search_attribute_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchSearchAttributeConfig {
    client: crate::Client,
    name: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchSearchAttributeConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/accounts/search-attribute-config/",
            &runtime::encode::path_param(&self.name, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SearchAttributeConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchSearchAttributeConfig, models::SearchAttributeConfig,
    PatchSearchAttributeConfigError
);
/// The errors of [`PatchSearchAttributeConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchSearchAttributeConfigError = crate::errors::Error400_401_403_404_429_500;
