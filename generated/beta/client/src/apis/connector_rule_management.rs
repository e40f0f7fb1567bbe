//! Operations tagged `Connector Rule Management`.
//!
//! Use this API to implement connector rule management functionality.
//! With this functionality in place, administrators can implement connector-executed rules in a programmatic, scalable way.
//!
//! In Identity Security Cloud (ISC), [rules](https://developer.sailpoint.com/docs/extensibility/rules) serve as a flexible configuration framework you can leverage to perform complex or advanced configurations.
//! [Connector-executed rules](https://developer.sailpoint.com/docs/extensibility/rules/connector-rules) are rules that are executed in the ISC virtual appliance (VA), usually extensions of the [connector](https://documentation.sailpoint.com/connectors/isc/landingpages/help/landingpages/isc_landing.html) itself, the bridge between the data source and ISC.
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
    /// Creates a new connector rule.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /connector-rules` (operation `createConnectorRule`).
    ///
    /// Arguments:
    ///
    /// - `body`: The connector rule to create
    pub fn create_connector_rule(
        &self,
        body: models::ConnectorRuleCreateRequest,
    ) -> CreateConnectorRule {
        CreateConnectorRule {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete a connector-rule
    ///
    /// Deletes the connector rule specified by the given ID.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `DELETE /connector-rules/{id}` (operation `deleteConnectorRule`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the connector rule to delete Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn delete_connector_rule(&self, id: impl Into<String>) -> DeleteConnectorRule {
        DeleteConnectorRule {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Connector-rule by id
    ///
    /// Returns the connector rule specified by ID.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /connector-rules/{id}` (operation `getConnectorRule`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the connector rule to retrieve Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn get_connector_rule(&self, id: impl Into<String>) -> GetConnectorRule {
        GetConnectorRule {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List connector rules
    ///
    /// Returns the list of connector rules.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /connector-rules` (operation `getConnectorRuleList`).
    pub fn get_connector_rule_list(&self) -> GetConnectorRuleList {
        GetConnectorRuleList {
            client: self.client.clone(),
        }
    }
    /// Update a connector rule
    ///
    /// Updates an existing connector rule with the one provided in the request body. Note that the fields 'id', 'name', and 'type' are immutable.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `PUT /connector-rules/{id}` (operation `updateConnectorRule`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the connector rule to update Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn update_connector_rule(&self, id: impl Into<String>) -> UpdateConnectorRule {
        UpdateConnectorRule {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Validate connector rule
    ///
    /// Returns a list of issues within the code to fix, if any.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /connector-rules/validate` (operation `validateConnectorRule`).
    ///
    /// Arguments:
    ///
    /// - `body`: The code to validate
    pub fn validate_connector_rule(
        &self,
        body: models::SourceCode,
    ) -> ValidateConnectorRule {
        ValidateConnectorRule {
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
}
impl GetConnectorRuleList {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/connector-rules".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
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
/// Request builder of [`ConnectorRuleManagementApi::update_connector_rule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateConnectorRule {
    client: crate::Client,
    id: String,
    body: Option<models::ConnectorRuleUpdateRequest>,
}
impl UpdateConnectorRule {
    /// The connector rule with updated data
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
    UpdateConnectorRule, models::ConnectorRuleResponse, UpdateConnectorRuleError
);
/// The errors of [`UpdateConnectorRule`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateConnectorRuleError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorRuleManagementApi::validate_connector_rule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ValidateConnectorRule {
    client: crate::Client,
    body: models::SourceCode,
}
impl ValidateConnectorRule {
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
    ValidateConnectorRule, models::ConnectorRuleValidationResponse,
    ValidateConnectorRuleError
);
/// The errors of [`ValidateConnectorRule`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ValidateConnectorRuleError = crate::errors::Error400_401_403_429_500;
