//! Operations tagged `Connector Customizers`.
//!
//! Saas Connectivity Customizers are cloud-based connector customizers. The customizers allow you to customize the out of the box connectors in a similar way to how you can use rules to customize VA (virtual appliance) based connectors.
//!
//! Use these APIs to implement connector customizers functionality.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Connector Customizers`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ConnectorCustomizersApi {
    client: crate::Client,
}
impl ConnectorCustomizersApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ConnectorCustomizersApi { client }
    }
    /// Create connector customizer
    ///
    /// Create a connector customizer.
    ///
    /// `POST /connector-customizers` (operation `createConnectorCustomizer`).
    ///
    /// Arguments:
    ///
    /// - `body`: Connector customizer to create.
    pub fn create_connector_customizer(
        &self,
        body: models::ConnectorCustomizerCreateRequest,
    ) -> CreateConnectorCustomizer {
        CreateConnectorCustomizer {
            client: self.client.clone(),
            body,
        }
    }
    /// Creates a connector customizer version
    ///
    /// Creates a new version for the customizer.
    ///
    /// `POST /connector-customizers/{id}/versions` (operation `createConnectorCustomizerVersion`).
    ///
    /// Arguments:
    ///
    /// - `id`: The id of the connector customizer. Example: `"b07dc46a-1498-4de8-bfbb-259a68e70c8a"`.
    pub fn create_connector_customizer_version(
        &self,
        id: impl Into<String>,
    ) -> CreateConnectorCustomizerVersion {
        CreateConnectorCustomizerVersion {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Delete connector customizer
    ///
    /// Delete the connector customizer for the given ID.
    ///
    /// `DELETE /connector-customizers/{id}` (operation `deleteConnectorCustomizer`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the connector customizer to delete.
    pub fn delete_connector_customizer(
        &self,
        id: impl Into<String>,
    ) -> DeleteConnectorCustomizer {
        DeleteConnectorCustomizer {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get connector customizer
    ///
    /// Gets connector customizer by ID.
    ///
    /// `GET /connector-customizers/{id}` (operation `getConnectorCustomizer`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the connector customizer to get.
    pub fn get_connector_customizer(
        &self,
        id: impl Into<String>,
    ) -> GetConnectorCustomizer {
        GetConnectorCustomizer {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List all connector customizers
    ///
    /// List all connector customizers.
    ///
    /// `GET /connector-customizers` (operation `listConnectorCustomizers`).
    pub fn list_connector_customizers(&self) -> ListConnectorCustomizers {
        ListConnectorCustomizers {
            client: self.client.clone(),
            offset: None,
            limit: None,
        }
    }
    /// Update connector customizer
    ///
    /// Update an existing connector customizer with the one provided in the request body. These fields are immutable: `id`, `name`, `type`.
    ///
    /// `PUT /connector-customizers/{id}` (operation `putConnectorCustomizer`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the connector customizer to update.
    pub fn put_connector_customizer(
        &self,
        id: impl Into<String>,
    ) -> PutConnectorCustomizer {
        PutConnectorCustomizer {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
}
/// Request builder of [`ConnectorCustomizersApi::create_connector_customizer`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateConnectorCustomizer {
    client: crate::Client,
    body: models::ConnectorCustomizerCreateRequest,
}
impl CreateConnectorCustomizer {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/connector-customizers".to_string();
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
        Output = runtime::Result<models::ConnectorCustomizerCreateResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateConnectorCustomizer, models::ConnectorCustomizerCreateResponse,
    CreateConnectorCustomizerError
);
/// The errors of [`CreateConnectorCustomizer`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateConnectorCustomizerError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ConnectorCustomizersApi::create_connector_customizer_version`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateConnectorCustomizerVersion {
    client: crate::Client,
    id: String,
}
impl CreateConnectorCustomizerVersion {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connector-customizers/",
            &runtime::encode::path_param(&self.id, false)?,
            "/versions",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<
            Option<models::ConnectorCustomizerVersionCreateResponse>,
        >,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateConnectorCustomizerVersion, Option <
    models::ConnectorCustomizerVersionCreateResponse >,
    CreateConnectorCustomizerVersionError
);
/// The errors of [`CreateConnectorCustomizerVersion`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateConnectorCustomizerVersionError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorCustomizersApi::delete_connector_customizer`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteConnectorCustomizer {
    client: crate::Client,
    id: String,
}
impl DeleteConnectorCustomizer {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connector-customizers/",
            &runtime::encode::path_param(&self.id, false)?,
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
runtime::send_methods!(DeleteConnectorCustomizer, (), DeleteConnectorCustomizerError);
/// The errors of [`DeleteConnectorCustomizer`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteConnectorCustomizerError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorCustomizersApi::get_connector_customizer`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetConnectorCustomizer {
    client: crate::Client,
    id: String,
}
impl GetConnectorCustomizer {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connector-customizers/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ConnectorCustomizersResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetConnectorCustomizer, models::ConnectorCustomizersResponse,
    GetConnectorCustomizerError
);
/// The errors of [`GetConnectorCustomizer`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetConnectorCustomizerError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorCustomizersApi::list_connector_customizers`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListConnectorCustomizers {
    client: crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
}
impl ListConnectorCustomizers {
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
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/connector-customizers".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ConnectorCustomizersResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ConnectorCustomizersResponse>,
    > {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ConnectorCustomizersResponse>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ConnectorCustomizersResponse>,
    > {
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
    ListConnectorCustomizers, Vec < models::ConnectorCustomizersResponse >,
    ListConnectorCustomizersError
);
/// The errors of [`ListConnectorCustomizers`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListConnectorCustomizersError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ConnectorCustomizersApi::put_connector_customizer`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutConnectorCustomizer {
    client: crate::Client,
    id: String,
    body: Option<models::ConnectorCustomizerCreateRequest>,
}
impl PutConnectorCustomizer {
    /// Connector rule with updated data.
    pub fn body(mut self, value: models::ConnectorCustomizerCreateRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connector-customizers/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ConnectorCustomizerUpdateResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutConnectorCustomizer, models::ConnectorCustomizerUpdateResponse,
    PutConnectorCustomizerError
);
/// The errors of [`PutConnectorCustomizer`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutConnectorCustomizerError = crate::errors::Error400_401_403_404_429_500;
