//! Operations tagged `Privilege Criteria Configuration`.
//!
//! Use this API to manage the configuration of privilege criteria.
//!
//! **globalPrivilegeLevelEnabled**: Boolean flag indicating whether privilege classification is enabled.
//!
//! **privilegeClassificationMode**: Enum specifying the mode (CRITERIA_PRIVILEGE_LEVEL, SINGLE_PRIVILEGE_LEVEL) to use for privilege classification. CRITERIA_PRIVILEGE_LEVEL mode uses criteria to determine privilege levels, while SINGLE_PRIVILEGE_LEVEL assigns the same privilege level to all enititlements based on the value of singlePrivilegeLevel.privilegeLevel.
//!
//! **singlePrivilegeLevel.privilegeLevel**: Enum specifying the privilege level (HIGH, MEDIUM, LOW) to assign to all privileges when the privilege classification mode is SINGLE_PRIVILEGE_LEVEL.
//!
//! **criteriaPrivilegeLevel.connectorHighEnabled**: Boolean flag indicating whether HIGH level connector criteria is used for privilege classification.
//!
//! **criteriaPrivilegeLevel.connectorMediumEnabled**: Boolean flag indicating whether MEDIUM level connector criteria is used for privilege classification.
//!
//! **criteriaPrivilegeLevel.connectorLowEnabled**: Boolean flag indicating whether LOW level connector criteria is used for privilege classification.
//!
//! **criteriaPrivilegeLevel.customHighEnabled**: Boolean flag indicating whether HIGH level custom criteria is used for privilege classification.
//!
//! **criteriaPrivilegeLevel.customMediumEnabled**: Boolean flag indicating whether MEDIUM level custom criteria is used for privilege classification.
//!
//! **criteriaPrivilegeLevel.customLowEnabled**: Boolean flag indicating whether LOW level custom criteria is used for privilege classification.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Privilege Criteria Configuration`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct PrivilegeCriteriaConfigurationApi {
    client: crate::Client,
}
impl PrivilegeCriteriaConfigurationApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        PrivilegeCriteriaConfigurationApi {
            client,
        }
    }
    /// Get privilege criteria config
    ///
    /// Use this API to get the privilege criteria configuration by Id.
    ///
    /// `GET /criteria-config/privilege/{criteriaConfigId}` (operation `getPrivilegeCriteriaConfig`).
    ///
    /// Arguments:
    ///
    /// - `criteria_config_id`: The Id of the privilege criteria configuration record to retrieve. Example: `"6d123044-5834-4e8d-a49f-9c70089b0de1"`.
    pub fn get_privilege_criteria_config(
        &self,
        criteria_config_id: impl Into<String>,
    ) -> GetPrivilegeCriteriaConfig {
        GetPrivilegeCriteriaConfig {
            client: self.client.clone(),
            criteria_config_id: criteria_config_id.into(),
        }
    }
    /// List privilege criteria config
    ///
    /// Use this API to list the privilege criteria configuration.
    ///
    /// `GET /criteria-config/privilege` (operation `listPrivilegeCriteriaConfig`).
    ///
    /// Arguments:
    ///
    /// - `filters`: Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results) Filtering is supported for the following fields and operators: **sourceId**: *eq* All filter values are case-sensitive for this API. For example, the following is valid: `?filters=sourceId eq "2c91809175e6c63f0175fb5570220569"` Example: `"sourceId eq \"c42c45d8d7c04d2da64d215cd8c32f21\""`.
    pub fn list_privilege_criteria_config(
        &self,
        filters: impl Into<String>,
    ) -> ListPrivilegeCriteriaConfig {
        ListPrivilegeCriteriaConfig {
            client: self.client.clone(),
            filters: filters.into(),
        }
    }
    /// Update privilege criteria configuration
    ///
    /// Use this API to update the privilege criteria configuration.
    ///
    /// `PATCH /criteria-config/privilege/{criteriaConfigId}` (operation `patchPrivilegeCriteriaConfig`).
    ///
    /// Arguments:
    ///
    /// - `criteria_config_id`: The Id of the privilege criteria configuration to update. Example: `"6d123044-5834-4e8d-a49f-9c70089b0de1"`.
    /// - `body`: A list of criteria configuration operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    pub fn patch_privilege_criteria_config(
        &self,
        criteria_config_id: impl Into<String>,
        body: Vec<models::serde_json::Value>,
    ) -> PatchPrivilegeCriteriaConfig {
        PatchPrivilegeCriteriaConfig {
            client: self.client.clone(),
            criteria_config_id: criteria_config_id.into(),
            body,
        }
    }
}
/// Request builder of [`PrivilegeCriteriaConfigurationApi::get_privilege_criteria_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPrivilegeCriteriaConfig {
    client: crate::Client,
    criteria_config_id: String,
}
impl GetPrivilegeCriteriaConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/criteria-config/privilege/",
            &runtime::encode::path_param(&self.criteria_config_id, false)?,
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
        Output = runtime::Result<models::PrivilegeCriteriaConfigDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetPrivilegeCriteriaConfig, models::PrivilegeCriteriaConfigDto,
    GetPrivilegeCriteriaConfigError
);
/// The errors of [`GetPrivilegeCriteriaConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPrivilegeCriteriaConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PrivilegeCriteriaConfigurationApi::list_privilege_criteria_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListPrivilegeCriteriaConfig {
    client: crate::Client,
    filters: String,
}
impl ListPrivilegeCriteriaConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/criteria-config/privilege".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        {
            let v = &self.filters;
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::PrivilegeCriteriaConfigDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListPrivilegeCriteriaConfig, Vec < models::PrivilegeCriteriaConfigDto >,
    ListPrivilegeCriteriaConfigError
);
/// The errors of [`ListPrivilegeCriteriaConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListPrivilegeCriteriaConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PrivilegeCriteriaConfigurationApi::patch_privilege_criteria_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchPrivilegeCriteriaConfig {
    client: crate::Client,
    criteria_config_id: String,
    body: Vec<models::serde_json::Value>,
}
impl PatchPrivilegeCriteriaConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/criteria-config/privilege/",
            &runtime::encode::path_param(&self.criteria_config_id, false)?,
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
        Output = runtime::Result<models::PrivilegeCriteriaConfigDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchPrivilegeCriteriaConfig, models::PrivilegeCriteriaConfigDto,
    PatchPrivilegeCriteriaConfigError
);
/// The errors of [`PatchPrivilegeCriteriaConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchPrivilegeCriteriaConfigError = crate::errors::Error400_401_403_429_500;
