//! Operations tagged `Work Reassignment`.
//!
//! Use this API to implement work reassignment functionality.
//!
//! Work Reassignment allows access request reviews, certifications, and manual provisioning tasks assigned to a user to be reassigned to a different user. This is primarily used for:
//!
//! - Temporarily redirecting work for users who are out of office, such as on vacation or sick leave
//! - Permanently redirecting work for users who should not be assigned these tasks at all, such as senior executives or service identities
//!
//! Users can define reassignments for themselves, managers can add them for their team members, and administrators can configure them on any user’s behalf. Work assigned during the specified reassignment timeframes will be automatically reassigned to the designated user as it is created.
//!
//! Refer to [Work Reassignment](https://documentation.sailpoint.com/saas/help/users/work_reassignment.html) for more information about this topic.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Work Reassignment`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct WorkReassignmentApi {
    client: crate::Client,
}
impl WorkReassignmentApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        WorkReassignmentApi { client }
    }
    /// Create a reassignment configuration
    ///
    /// Creates a new Reassignment Configuration for the specified identity.
    ///
    /// `POST /reassignment-configurations` (operation `createReassignmentConfiguration`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_reassignment_configuration(
        &self,
        body: models::ConfigurationItemRequest,
    ) -> CreateReassignmentConfiguration {
        CreateReassignmentConfiguration {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete reassignment configuration
    ///
    /// Deletes a single reassignment configuration for the specified identity
    ///
    /// `DELETE /reassignment-configurations/{identityId}/{configType}` (operation `deleteReassignmentConfiguration`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `identity_id`: unique identity id Example: `"2c91808781a71ddb0181b9090b5c504e"`.
    /// - `config_type`: The `configType` path parameter.
    pub fn delete_reassignment_configuration(
        &self,
        identity_id: impl Into<String>,
        config_type: models::ConfigTypeEnum,
    ) -> DeleteReassignmentConfiguration {
        DeleteReassignmentConfiguration {
            client: self.client.clone(),
            identity_id: identity_id.into(),
            config_type,
        }
    }
    /// Evaluate reassignment configuration
    ///
    /// Evaluates the Reassignment Configuration for an `Identity` to determine if work items for the specified type should be reassigned. If a valid Reassignment Configuration is found for the identity & work type, then a lookup is initiated which recursively fetches the Reassignment Configuration for the next `TargetIdentity` until no more results are found or a max depth of 5. That lookup trail is provided in the response and the final reassigned identity in the lookup list is returned as the `reassignToId` property. If no Reassignment Configuration is found for the specified identity & config type then the requested Identity ID will be used as the `reassignToId` value and the lookupTrail node will be empty.
    ///
    /// `GET /reassignment-configurations/{identityId}/evaluate/{configType}` (operation `getEvaluateReassignmentConfiguration`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `identity_id`: unique identity id Example: `"2c91808781a71ddb0181b9090b5c504e"`.
    /// - `config_type`: Reassignment work type Example: `"accessRequests"`.
    pub fn get_evaluate_reassignment_configuration(
        &self,
        identity_id: impl Into<String>,
        config_type: models::ConfigTypeEnum,
    ) -> GetEvaluateReassignmentConfiguration {
        GetEvaluateReassignmentConfiguration {
            client: self.client.clone(),
            identity_id: identity_id.into(),
            config_type,
            exclusion_filters: None,
        }
    }
    /// List reassignment config types
    ///
    /// Gets a collection of types which are available in the Reassignment Configuration UI.
    ///
    /// `GET /reassignment-configurations/types` (operation `getReassignmentConfigTypes`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn get_reassignment_config_types(&self) -> GetReassignmentConfigTypes {
        GetReassignmentConfigTypes {
            client: self.client.clone(),
        }
    }
    /// Get reassignment configuration
    ///
    /// Gets the Reassignment Configuration for an identity.
    ///
    /// `GET /reassignment-configurations/{identityId}` (operation `getReassignmentConfiguration`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `identity_id`: unique identity id Example: `"2c91808781a71ddb0181b9090b5c504f"`.
    pub fn get_reassignment_configuration(
        &self,
        identity_id: impl Into<String>,
    ) -> GetReassignmentConfiguration {
        GetReassignmentConfiguration {
            client: self.client.clone(),
            identity_id: identity_id.into(),
        }
    }
    /// Get tenant-wide reassignment configuration settings
    ///
    /// Gets the global Reassignment Configuration settings for the requestor's tenant.
    ///
    /// `GET /reassignment-configurations/tenant-config` (operation `getTenantConfigConfiguration`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn get_tenant_config_configuration(&self) -> GetTenantConfigConfiguration {
        GetTenantConfigConfiguration {
            client: self.client.clone(),
        }
    }
    /// List reassignment configurations
    ///
    /// Gets all Reassignment configuration for the current org.
    ///
    /// `GET /reassignment-configurations` (operation `listReassignmentConfigurations`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn list_reassignment_configurations(&self) -> ListReassignmentConfigurations {
        ListReassignmentConfigurations {
            client: self.client.clone(),
        }
    }
    /// Update reassignment configuration
    ///
    /// Replaces existing Reassignment configuration for an identity with the newly provided configuration.
    ///
    /// `PUT /reassignment-configurations/{identityId}` (operation `putReassignmentConfig`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `identity_id`: unique identity id Example: `"2c91808781a71ddb0181b9090b5c504e"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_reassignment_config(
        &self,
        identity_id: impl Into<String>,
        body: models::ConfigurationItemRequest,
    ) -> PutReassignmentConfig {
        PutReassignmentConfig {
            client: self.client.clone(),
            identity_id: identity_id.into(),
            body,
        }
    }
    /// Update tenant-wide reassignment configuration settings
    ///
    /// Replaces existing Tenant-wide Reassignment Configuration settings with the newly provided settings.
    ///
    /// `PUT /reassignment-configurations/tenant-config` (operation `putTenantConfiguration`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn put_tenant_configuration(
        &self,
        body: models::TenantConfigurationRequest,
    ) -> PutTenantConfiguration {
        PutTenantConfiguration {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`WorkReassignmentApi::create_reassignment_configuration`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateReassignmentConfiguration {
    client: crate::Client,
    body: models::ConfigurationItemRequest,
}
impl CreateReassignmentConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/reassignment-configurations".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "createReassignmentConfiguration",
                "X-SailPoint-Experimental",
                "true",
            )?;
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
        Output = runtime::Result<models::ConfigurationItemResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateReassignmentConfiguration, models::ConfigurationItemResponse,
    CreateReassignmentConfigurationError
);
/// The errors of [`CreateReassignmentConfiguration`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateReassignmentConfigurationError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`WorkReassignmentApi::delete_reassignment_configuration`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteReassignmentConfiguration {
    client: crate::Client,
    identity_id: String,
    config_type: models::ConfigTypeEnum,
}
impl DeleteReassignmentConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/reassignment-configurations/",
            &runtime::encode::path_param(&self.identity_id, false)?,
            "/",
            &runtime::encode::path_param(&self.config_type, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "deleteReassignmentConfiguration",
                "X-SailPoint-Experimental",
                "true",
            )?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    DeleteReassignmentConfiguration, (), DeleteReassignmentConfigurationError
);
/// The errors of [`DeleteReassignmentConfiguration`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteReassignmentConfigurationError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`WorkReassignmentApi::get_evaluate_reassignment_configuration`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEvaluateReassignmentConfiguration {
    client: crate::Client,
    identity_id: String,
    config_type: models::ConfigTypeEnum,
    exclusion_filters: Option<Vec<String>>,
}
impl GetEvaluateReassignmentConfiguration {
    /// Exclusion filters that disable parts of the reassignment evaluation. Possible values are listed below: - `SELF_REVIEW_DELEGATION`: This will exclude delegations of self-review reassignments
    ///
    /// Example: `"SELF_REVIEW_DELEGATION"`.
    pub fn exclusion_filters(mut self, value: Vec<String>) -> Self {
        self.exclusion_filters = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/reassignment-configurations/",
            &runtime::encode::path_param(&self.identity_id, false)?,
            "/evaluate/",
            &runtime::encode::path_param(&self.config_type, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.exclusion_filters {
            req = req.query("exclusionFilters", v, "form", true)?;
        }
        req = req
            .experimental(
                "getEvaluateReassignmentConfiguration",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::EvaluateResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetEvaluateReassignmentConfiguration, Vec < models::EvaluateResponse >,
    GetEvaluateReassignmentConfigurationError
);
/// The errors of [`GetEvaluateReassignmentConfiguration`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetEvaluateReassignmentConfigurationError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`WorkReassignmentApi::get_reassignment_config_types`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetReassignmentConfigTypes {
    client: crate::Client,
}
impl GetReassignmentConfigTypes {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/reassignment-configurations/types".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getReassignmentConfigTypes",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ConfigType>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetReassignmentConfigTypes, Vec < models::ConfigType >,
    GetReassignmentConfigTypesError
);
/// The errors of [`GetReassignmentConfigTypes`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetReassignmentConfigTypesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`WorkReassignmentApi::get_reassignment_configuration`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetReassignmentConfiguration {
    client: crate::Client,
    identity_id: String,
}
impl GetReassignmentConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/reassignment-configurations/",
            &runtime::encode::path_param(&self.identity_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getReassignmentConfiguration",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ConfigurationResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetReassignmentConfiguration, models::ConfigurationResponse,
    GetReassignmentConfigurationError
);
/// The errors of [`GetReassignmentConfiguration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetReassignmentConfigurationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`WorkReassignmentApi::get_tenant_config_configuration`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTenantConfigConfiguration {
    client: crate::Client,
}
impl GetTenantConfigConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/reassignment-configurations/tenant-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getTenantConfigConfiguration",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::TenantConfigurationResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetTenantConfigConfiguration, models::TenantConfigurationResponse,
    GetTenantConfigConfigurationError
);
/// The errors of [`GetTenantConfigConfiguration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetTenantConfigConfigurationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`WorkReassignmentApi::list_reassignment_configurations`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListReassignmentConfigurations {
    client: crate::Client,
}
impl ListReassignmentConfigurations {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/reassignment-configurations".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "listReassignmentConfigurations",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ConfigurationResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListReassignmentConfigurations, Vec < models::ConfigurationResponse >,
    ListReassignmentConfigurationsError
);
/// The errors of [`ListReassignmentConfigurations`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListReassignmentConfigurationsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`WorkReassignmentApi::put_reassignment_config`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutReassignmentConfig {
    client: crate::Client,
    identity_id: String,
    body: models::ConfigurationItemRequest,
}
impl PutReassignmentConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/reassignment-configurations/",
            &runtime::encode::path_param(&self.identity_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental("putReassignmentConfig", "X-SailPoint-Experimental", "true")?;
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
        Output = runtime::Result<models::ConfigurationItemResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutReassignmentConfig, models::ConfigurationItemResponse, PutReassignmentConfigError
);
/// The errors of [`PutReassignmentConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutReassignmentConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`WorkReassignmentApi::put_tenant_configuration`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutTenantConfiguration {
    client: crate::Client,
    body: models::TenantConfigurationRequest,
}
impl PutTenantConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/reassignment-configurations/tenant-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental("putTenantConfiguration", "X-SailPoint-Experimental", "true")?;
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
        Output = runtime::Result<models::TenantConfigurationResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutTenantConfiguration, models::TenantConfigurationResponse,
    PutTenantConfigurationError
);
/// The errors of [`PutTenantConfiguration`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutTenantConfigurationError = crate::errors::Error400_401_403_429_500;
