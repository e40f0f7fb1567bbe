//! Operations tagged `Connectors`.
//!
//! Use this API to implement connector functionality.
//! With this functionality in place, administrators can view available connectors.
//!
//! Connectors are the bridges Identity Security Cloud uses to communicate with and aggregate data from sources.
//! For example, if it is necessary to set up a connection between Identity Security Cloud and the Active Directory source, a connector can bridge the two and enable Identity Security Cloud to synchronize data between the systems.
//! This ensures account entitlements and states are correct throughout the organization.
//!
//! In Identity Security Cloud, administrators can use the Connections drop-down menu and select Sources to view the available source connectors.
//!
//! Refer to [Identity Security Cloud Connectors](https://documentation.sailpoint.com/connectors/identitynow/landingpages/help/landingpages/identitynow_connectivity_landing.html) for more information about the connectors available in Identity Security Cloud.
//!
//! Refer to [SaaS Connectivity](https://developer.sailpoint.com/docs/connectivity/saas-connectivity/) for more information about the SaaS custom connectors that do not need VAs (virtual appliances) to communicate with their sources.
//!
//! Refer to [Managing Sources](https://documentation.sailpoint.com/saas/help/sources/index.html) for more information about using connectors in Identity Security Cloud.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Connectors`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ConnectorsApi {
    client: crate::Client,
}
impl ConnectorsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ConnectorsApi { client }
    }
    /// Create custom connector
    ///
    /// Create custom connector.
    ///
    /// `POST /connectors` (operation `createCustomConnector`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_custom_connector(
        &self,
        body: models::CustomConnectorCreateRequest,
    ) -> CreateCustomConnector {
        CreateCustomConnector {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete connector by script name
    ///
    /// Delete a custom connector that using its script name.
    ///
    /// `DELETE /connectors/{scriptName}` (operation `deleteCustomConnector`).
    ///
    /// Arguments:
    ///
    /// - `script_name`: The scriptName value of the connector. ScriptName is the unique id generated at connector creation.
    pub fn delete_custom_connector(
        &self,
        script_name: impl Into<String>,
    ) -> DeleteCustomConnector {
        DeleteCustomConnector {
            client: self.client.clone(),
            script_name: script_name.into(),
        }
    }
    /// Get connector by script name
    ///
    /// Fetches a connector that using its script name.
    ///
    /// `GET /connectors/{scriptName}` (operation `getConnector`).
    ///
    /// Arguments:
    ///
    /// - `script_name`: The scriptName value of the connector. ScriptName is the unique id generated at connector creation.
    pub fn get_connector(&self, script_name: impl Into<String>) -> GetConnector {
        GetConnector {
            client: self.client.clone(),
            script_name: script_name.into(),
            locale: None,
        }
    }
    /// Get connector list
    ///
    /// Fetches list of connectors that have 'RELEASED' status using filtering and pagination.
    ///
    /// `GET /connectors` (operation `getConnectorList`).
    pub fn get_connector_list(&self) -> GetConnectorList {
        GetConnectorList {
            client: self.client.clone(),
            filters: None,
            limit: None,
            offset: None,
            count: None,
            locale: None,
        }
    }
    /// Get connector source configuration
    ///
    /// Fetches a connector's source config using its script name.
    ///
    /// `GET /connectors/{scriptName}/source-config` (operation `getConnectorSourceConfig`).
    ///
    /// Arguments:
    ///
    /// - `script_name`: The scriptName value of the connector. ScriptName is the unique id generated at connector creation.
    pub fn get_connector_source_config(
        &self,
        script_name: impl Into<String>,
    ) -> GetConnectorSourceConfig {
        GetConnectorSourceConfig {
            client: self.client.clone(),
            script_name: script_name.into(),
        }
    }
    /// Get connector source template
    ///
    /// Fetches a connector's source template using its script name.
    ///
    /// `GET /connectors/{scriptName}/source-template` (operation `getConnectorSourceTemplate`).
    ///
    /// Arguments:
    ///
    /// - `script_name`: The scriptName value of the connector. ScriptName is the unique id generated at connector creation.
    pub fn get_connector_source_template(
        &self,
        script_name: impl Into<String>,
    ) -> GetConnectorSourceTemplate {
        GetConnectorSourceTemplate {
            client: self.client.clone(),
            script_name: script_name.into(),
        }
    }
    /// Get connector translations
    ///
    /// Fetches a connector's translations using its script name.
    ///
    /// `GET /connectors/{scriptName}/translations/{locale}` (operation `getConnectorTranslations`).
    ///
    /// Arguments:
    ///
    /// - `script_name`: The scriptName value of the connector. Scriptname is the unique id generated at connector creation.
    /// - `locale`: The locale to apply to the config. If no viable locale is given, it will default to "en"
    pub fn get_connector_translations(
        &self,
        script_name: impl Into<String>,
        locale: models::GetConnectorTranslationsLocale,
    ) -> GetConnectorTranslations {
        GetConnectorTranslations {
            client: self.client.clone(),
            script_name: script_name.into(),
            locale,
        }
    }
    /// Update connector source configuration
    ///
    /// Update a connector's source config using its script name.
    ///
    /// `PUT /connectors/{scriptName}/source-config` (operation `putConnectorSourceConfig`).
    ///
    /// Arguments:
    ///
    /// - `script_name`: The scriptName value of the connector. ScriptName is the unique id generated at connector creation.
    /// - `body`: The request body (`multipart/form-data`).
    pub fn put_connector_source_config(
        &self,
        script_name: impl Into<String>,
        body: models::PutConnectorSourceConfigRequest,
    ) -> PutConnectorSourceConfig {
        PutConnectorSourceConfig {
            client: self.client.clone(),
            script_name: script_name.into(),
            body,
        }
    }
    /// Update connector source template
    ///
    /// Update a connector's source template using its script name.
    ///
    /// `PUT /connectors/{scriptName}/source-template` (operation `putConnectorSourceTemplate`).
    ///
    /// Arguments:
    ///
    /// - `script_name`: The scriptName value of the connector. ScriptName is the unique id generated at connector creation.
    /// - `body`: The request body (`multipart/form-data`).
    pub fn put_connector_source_template(
        &self,
        script_name: impl Into<String>,
        body: models::PutConnectorSourceTemplateRequest,
    ) -> PutConnectorSourceTemplate {
        PutConnectorSourceTemplate {
            client: self.client.clone(),
            script_name: script_name.into(),
            body,
        }
    }
    /// Update connector translations
    ///
    /// Update a connector's translations using its script name.
    ///
    /// `PUT /connectors/{scriptName}/translations/{locale}` (operation `putConnectorTranslations`).
    ///
    /// Arguments:
    ///
    /// - `script_name`: The scriptName value of the connector. Scriptname is the unique id generated at connector creation.
    /// - `locale`: The locale to apply to the config. If no viable locale is given, it will default to "en"
    /// - `body`: The request body (`multipart/form-data`).
    pub fn put_connector_translations(
        &self,
        script_name: impl Into<String>,
        locale: models::PutConnectorTranslationsLocale,
        body: models::serde_json::Value,
    ) -> PutConnectorTranslations {
        PutConnectorTranslations {
            client: self.client.clone(),
            script_name: script_name.into(),
            locale,
            body,
        }
    }
    /// Update connector by script name
    ///
    /// This API updates a custom connector by script name using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    ///
    /// The following fields are patchable:
    ///
    /// * connectorMetadata
    ///
    /// * applicationXml
    ///
    /// * correlationConfigXml
    ///
    /// * sourceConfigXml
    ///
    /// `PATCH /connectors/{scriptName}` (operation `updateConnector`).
    ///
    /// Arguments:
    ///
    /// - `script_name`: The scriptName value of the connector. ScriptName is the unique id generated at connector creation.
    /// - `body`: A list of connector detail update operations
    pub fn update_connector(
        &self,
        script_name: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> UpdateConnector {
        UpdateConnector {
            client: self.client.clone(),
            script_name: script_name.into(),
            body,
        }
    }
}
/// Request builder of [`ConnectorsApi::create_custom_connector`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCustomConnector {
    client: crate::Client,
    body: models::CustomConnectorCreateRequest,
}
impl CreateCustomConnector {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/connectors".to_string();
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
        Output = runtime::Result<models::CustomConnectorResponseObject>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateCustomConnector, models::CustomConnectorResponseObject,
    CreateCustomConnectorError
);
/// The errors of [`CreateCustomConnector`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateCustomConnectorError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorsApi::delete_custom_connector`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCustomConnector {
    client: crate::Client,
    script_name: String,
}
impl DeleteCustomConnector {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connectors/",
            &runtime::encode::path_param(&self.script_name, false)?,
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
runtime::send_methods!(DeleteCustomConnector, (), DeleteCustomConnectorError);
/// The errors of [`DeleteCustomConnector`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteCustomConnectorError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorsApi::get_connector`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetConnector {
    client: crate::Client,
    script_name: String,
    locale: Option<models::GetConnectorLocale>,
}
impl GetConnector {
    /// The locale to apply to the config. If no viable locale is given, it will default to "en"
    pub fn locale(mut self, value: models::GetConnectorLocale) -> Self {
        self.locale = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connectors/",
            &runtime::encode::path_param(&self.script_name, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.locale {
            req = req.query("locale", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ConnectorDetail>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetConnector, models::ConnectorDetail, GetConnectorError);
/// The errors of [`GetConnector`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetConnectorError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorsApi::get_connector_list`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetConnectorList {
    client: crate::Client,
    filters: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    locale: Option<models::GetConnectorListLocale>,
}
impl GetConnectorList {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *sw, co*
    ///
    /// **type**: *sw, co, eq*
    ///
    /// **directConnect**: *eq*
    ///
    /// **category**: *eq*
    ///
    /// **features**: *ca*
    ///
    /// **labels**: *ca*
    ///
    /// Example: `"directConnect eq \"true\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
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
    /// The locale to apply to the config. If no viable locale is given, it will default to "en"
    pub fn locale(mut self, value: models::GetConnectorListLocale) -> Self {
        self.locale = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/connectors".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.locale {
            req = req.query("locale", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::CustomConnectorResponseObject>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::CustomConnectorResponseObject>,
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
        runtime::Result<models::CustomConnectorResponseObject>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::CustomConnectorResponseObject>,
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
    GetConnectorList, Vec < models::CustomConnectorResponseObject >,
    GetConnectorListError
);
/// The errors of [`GetConnectorList`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetConnectorListError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorsApi::get_connector_source_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetConnectorSourceConfig {
    client: crate::Client,
    script_name: String,
}
impl GetConnectorSourceConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connectors/",
            &runtime::encode::path_param(&self.script_name, false)?,
            "/source-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/xml, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<runtime::bytes::Bytes>,
    > + Send + 'static {
        resp.bytes()
    }
}
runtime::send_methods!(
    GetConnectorSourceConfig, runtime::bytes::Bytes, GetConnectorSourceConfigError
);
/// The errors of [`GetConnectorSourceConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetConnectorSourceConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorsApi::get_connector_source_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetConnectorSourceTemplate {
    client: crate::Client,
    script_name: String,
}
impl GetConnectorSourceTemplate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connectors/",
            &runtime::encode::path_param(&self.script_name, false)?,
            "/source-template",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/xml, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<runtime::bytes::Bytes>,
    > + Send + 'static {
        resp.bytes()
    }
}
runtime::send_methods!(
    GetConnectorSourceTemplate, runtime::bytes::Bytes, GetConnectorSourceTemplateError
);
/// The errors of [`GetConnectorSourceTemplate`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetConnectorSourceTemplateError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorsApi::get_connector_translations`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetConnectorTranslations {
    client: crate::Client,
    script_name: String,
    locale: models::GetConnectorTranslationsLocale,
}
impl GetConnectorTranslations {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connectors/",
            &runtime::encode::path_param(&self.script_name, false)?,
            "/translations/",
            &runtime::encode::path_param(&self.locale, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("text/plain, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<String>> + Send + 'static {
        resp.text()
    }
}
runtime::send_methods!(GetConnectorTranslations, String, GetConnectorTranslationsError);
/// The errors of [`GetConnectorTranslations`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetConnectorTranslationsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorsApi::put_connector_source_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutConnectorSourceConfig {
    client: crate::Client,
    script_name: String,
    body: models::PutConnectorSourceConfigRequest,
}
impl PutConnectorSourceConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connectors/",
            &runtime::encode::path_param(&self.script_name, false)?,
            "/source-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["file"])?;
            form = form.file("file", body.file.clone(), None, None);
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::UpdateDetail>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutConnectorSourceConfig, models::UpdateDetail, PutConnectorSourceConfigError
);
/// The errors of [`PutConnectorSourceConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutConnectorSourceConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorsApi::put_connector_source_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutConnectorSourceTemplate {
    client: crate::Client,
    script_name: String,
    body: models::PutConnectorSourceTemplateRequest,
}
impl PutConnectorSourceTemplate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connectors/",
            &runtime::encode::path_param(&self.script_name, false)?,
            "/source-template",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["file"])?;
            form = form.file("file", body.file.clone(), None, None);
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::UpdateDetail>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutConnectorSourceTemplate, models::UpdateDetail, PutConnectorSourceTemplateError
);
/// The errors of [`PutConnectorSourceTemplate`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutConnectorSourceTemplateError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorsApi::put_connector_translations`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutConnectorTranslations {
    client: crate::Client,
    script_name: String,
    locale: models::PutConnectorTranslationsLocale,
    body: models::serde_json::Value,
}
impl PutConnectorTranslations {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connectors/",
            &runtime::encode::path_param(&self.script_name, false)?,
            "/translations/",
            &runtime::encode::path_param(&self.locale, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &[])?;
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::UpdateDetail>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutConnectorTranslations, models::UpdateDetail, PutConnectorTranslationsError
);
/// The errors of [`PutConnectorTranslations`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutConnectorTranslationsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConnectorsApi::update_connector`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateConnector {
    client: crate::Client,
    script_name: String,
    body: Vec<models::JsonPatchOperation>,
}
impl UpdateConnector {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/connectors/",
            &runtime::encode::path_param(&self.script_name, false)?,
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
        Output = runtime::Result<models::ConnectorDetail>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(UpdateConnector, models::ConnectorDetail, UpdateConnectorError);
/// The errors of [`UpdateConnector`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateConnectorError = crate::errors::Error400_401_403_404_429_500;
