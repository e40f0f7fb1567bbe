//! Operations tagged `Connector Rule Management`.
//!
//! Use this API to implement connector rule management functionality.
//! With this functionality in place, administrators can implement connector-executed rules in a programmatic, scalable way.
//!
//! In Identity Security Cloud (ISC), [rules](https://developer.sailpoint.com/docs/extensibility/rules) serve as a flexible configuration framework you can leverage to perform complex or advanced configurations.
//! [Connector-executed rules](https://developer.sailpoint.com/docs/extensibility/rules/connector-rules) are rules that are executed in the ISC virtual appliance (VA), usually extensions of the [connector](https://documentation.sailpoint.com/connectors/isc/landingpages/help/landingpages/isc_landing.html) itself, the bridge between the data source and ISC.
//!
//! This API allows administrators to view existing connector-executed rules, make changes to them, delete them, and create new ones from the available types.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Connector Rule Management`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ConnectorRuleManagementApi {
    client: crate::Client,
}
impl ConnectorRuleManagementApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ConnectorRuleManagementApi {
            client,
        }
    }
    /// Create connector rule
    ///
    /// Create a connector rule from the available types.
    ///
    /// `POST /connector-rules` (operation `createConnectorRule`).
    ///
    /// Arguments:
    ///
    /// - `body`: Connector rule to create.
    pub fn create_connector_rule(
        &self,
        body: models::ConnectorRuleCreateRequest,
    ) -> CreateConnectorRule {
        CreateConnectorRule {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete connector rule
    ///
    /// Delete the connector rule for the given ID.
    ///
    /// `DELETE /connector-rules/{id}` (operation `deleteConnectorRule`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the connector rule to delete. Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn delete_connector_rule(&self, id: impl Into<String>) -> DeleteConnectorRule {
        DeleteConnectorRule {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get connector rule
    ///
    /// Get a connector rule by ID.
    ///
    /// `GET /connector-rules/{id}` (operation `getConnectorRule`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the connector rule to get. Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn get_connector_rule(&self, id: impl Into<String>) -> GetConnectorRule {
        GetConnectorRule {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List connector rules
    ///
    /// List existing connector rules.
    ///
    /// `GET /connector-rules` (operation `getConnectorRuleList`).
    pub fn get_connector_rule_list(&self) -> GetConnectorRuleList {
        GetConnectorRuleList {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
        }
    }
    /// Update connector rule
    ///
    /// Update an existing connector rule with the one provided in the request body. These fields are immutable: `id`, `name`, `type`
    ///
    /// `PUT /connector-rules/{id}` (operation `putConnectorRule`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the connector rule to update. Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn put_connector_rule(&self, id: impl Into<String>) -> PutConnectorRule {
        PutConnectorRule {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Validate connector rule
    ///
    /// Detect issues within the connector rule's code to fix and list them.
    ///
    /// `POST /connector-rules/validate` (operation `testConnectorRule`).
    ///
    /// Arguments:
    ///
    /// - `body`: Code to validate.
    pub fn test_connector_rule(&self, body: models::SourceCode) -> TestConnectorRule {
        TestConnectorRule {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`ConnectorRuleManagementApi::create_connector_rule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateConnectorRule {
    client: crate::Client,
    body: models::ConnectorRuleCreateRequest,
}
impl CreateConnectorRule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/connector-rules".to_string();
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
        Output = runtime::Result<models::ConnectorRuleResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateConnectorRule, models::ConnectorRuleResponse, CreateConnectorRuleError
);
/// The errors of [`CreateConnectorRule`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateConnectorRuleError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ConnectorRuleManagementApi::delete_connector_rule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteConnectorRule {
    client: crate::Client,
    id: String,
}
impl DeleteConnectorRule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/connector-rules/", &runtime::encode::path_param(&self.id, false)?]
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
runtime::send_methods!(DeleteConnectorRule, (), DeleteConnectorRuleError);
/// The errors of [`DeleteConnectorRule`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteConnectorRuleError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorRuleManagementApi::get_connector_rule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetConnectorRule {
    client: crate::Client,
    id: String,
}
impl GetConnectorRule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/connector-rules/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::ConnectorRuleResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetConnectorRule, models::ConnectorRuleResponse, GetConnectorRuleError
);
/// The errors of [`GetConnectorRule`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetConnectorRuleError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorRuleManagementApi::get_connector_rule_list`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetConnectorRuleList {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}
impl GetConnectorRuleList {
    /// Note that for this API the maximum value for limit is 50.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `50`.
    ///
    /// Example: `50`.
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
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/connector-rules".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ConnectorRuleResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ConnectorRuleResponse>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ConnectorRuleResponse>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ConnectorRuleResponse>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(50u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(50u64))
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
    GetConnectorRuleList, Vec < models::ConnectorRuleResponse >,
    GetConnectorRuleListError
);
/// The errors of [`GetConnectorRuleList`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetConnectorRuleListError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ConnectorRuleManagementApi::put_connector_rule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutConnectorRule {
    client: crate::Client,
    id: String,
    body: Option<models::ConnectorRuleUpdateRequest>,
}
impl PutConnectorRule {
    /// Connector rule with updated data.
    pub fn body(mut self, value: models::ConnectorRuleUpdateRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/connector-rules/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::ConnectorRuleResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutConnectorRule, models::ConnectorRuleResponse, PutConnectorRuleError
);
/// The errors of [`PutConnectorRule`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutConnectorRuleError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorRuleManagementApi::test_connector_rule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TestConnectorRule {
    client: crate::Client,
    body: models::SourceCode,
}
impl TestConnectorRule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/connector-rules/validate".to_string();
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
        Output = runtime::Result<models::ConnectorRuleValidationResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    TestConnectorRule, models::ConnectorRuleValidationResponse, TestConnectorRuleError
);
/// The errors of [`TestConnectorRule`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type TestConnectorRuleError = crate::errors::Error400_401_403_429_500;
