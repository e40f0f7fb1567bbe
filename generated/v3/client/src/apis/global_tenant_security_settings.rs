//! Operations tagged `Global Tenant Security Settings`.
//!
//! Use this API to implement and customize global tenant security settings.
//! With this functionality in place, administrators can manage the global security settings that a tenant/org has.
//! This API can be used to configure the networks and Geographies allowed to access Identity Security Cloud URLs.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Global Tenant Security Settings`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct GlobalTenantSecuritySettingsApi {
    client: crate::Client,
}
impl GlobalTenantSecuritySettingsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        GlobalTenantSecuritySettingsApi {
            client,
        }
    }
    /// Create security network configuration.
    ///
    /// This API returns the details of an org's network auth configuration. Requires security scope of: 'sp:auth-org:manage'
    ///
    /// `POST /auth-org/network-config` (operation `createAuthOrgNetworkConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: Network configuration creation request body. The following constraints ensure the request body conforms to certain logical guidelines, which are: 1. Each string element in the range array must be a valid ip address or ip subnet mask. 2. Each string element in the geolocation array must be 2 characters, and they can only be uppercase letters.
    pub fn create_auth_org_network_config(
        &self,
        body: models::NetworkConfiguration,
    ) -> CreateAuthOrgNetworkConfig {
        CreateAuthOrgNetworkConfig {
            client: self.client.clone(),
            body,
        }
    }
    /// Get auth org lockout configuration.
    ///
    /// This API returns the details of an org's lockout auth configuration.
    ///
    /// `GET /auth-org/lockout-config` (operation `getAuthOrgLockoutConfig`).
    pub fn get_auth_org_lockout_config(&self) -> GetAuthOrgLockoutConfig {
        GetAuthOrgLockoutConfig {
            client: self.client.clone(),
        }
    }
    /// Get security network configuration.
    ///
    /// This API returns the details of an org's network auth configuration.
    ///
    /// `GET /auth-org/network-config` (operation `getAuthOrgNetworkConfig`).
    pub fn get_auth_org_network_config(&self) -> GetAuthOrgNetworkConfig {
        GetAuthOrgNetworkConfig {
            client: self.client.clone(),
        }
    }
    /// Get service provider configuration.
    ///
    /// This API returns the details of an org's service provider auth configuration.
    ///
    /// `GET /auth-org/service-provider-config` (operation `getAuthOrgServiceProviderConfig`).
    pub fn get_auth_org_service_provider_config(
        &self,
    ) -> GetAuthOrgServiceProviderConfig {
        GetAuthOrgServiceProviderConfig {
            client: self.client.clone(),
        }
    }
    /// Get auth org session configuration.
    ///
    /// This API returns the details of an org's session auth configuration.
    ///
    /// `GET /auth-org/session-config` (operation `getAuthOrgSessionConfig`).
    pub fn get_auth_org_session_config(&self) -> GetAuthOrgSessionConfig {
        GetAuthOrgSessionConfig {
            client: self.client.clone(),
        }
    }
    /// Update auth org lockout configuration
    ///
    /// This API updates an existing lockout configuration for an org using PATCH
    ///
    /// `PATCH /auth-org/lockout-config` (operation `patchAuthOrgLockoutConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: A list of auth org lockout configuration update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. Ensures that the patched Lockout Config conforms to certain logical guidelines, which are: \`1. maximumAttempts &gt;= 1 && maximumAttempts &lt;= 15 2. lockoutDuration &gt;= 5 && lockoutDuration &lt;= 60 3. lockoutWindow &gt;= 5 && lockoutDuration &lt;= 60\`
    pub fn patch_auth_org_lockout_config(
        &self,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchAuthOrgLockoutConfig {
        PatchAuthOrgLockoutConfig {
            client: self.client.clone(),
            body,
        }
    }
    /// Update security network configuration.
    ///
    /// This API updates an existing network configuration for an org using PATCH
    ///  Requires security scope of:  'sp:auth-org:manage'
    ///
    /// `PATCH /auth-org/network-config` (operation `patchAuthOrgNetworkConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: A list of auth org network configuration update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. Ensures that the patched Network Config conforms to certain logical guidelines, which are: 1. Each string element in the range array must be a valid ip address or ip subnet mask. 2. Each string element in the geolocation array must be 2 characters, and they can only be uppercase letters.
    pub fn patch_auth_org_network_config(
        &self,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchAuthOrgNetworkConfig {
        PatchAuthOrgNetworkConfig {
            client: self.client.clone(),
            body,
        }
    }
    /// Update service provider configuration
    ///
    /// This API updates an existing service provider configuration for an org using PATCH.
    ///
    /// `PATCH /auth-org/service-provider-config` (operation `patchAuthOrgServiceProviderConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: A list of auth org service provider configuration update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. Note: /federationProtocolDetails/0 is IdpDetails /federationProtocolDetails/1 is SpDetails Ensures that the patched ServiceProviderConfig conforms to certain logical guidelines, which are: 1. Do not add or remove any elements in the federation protocol details in the service provider configuration. 2. Do not modify, add, or delete the service provider details element in the federation protocol details. 3. If this is the first time the patched ServiceProviderConfig enables Remote IDP sign-in, it must also include IDPDetails. 4. If the patch enables Remote IDP sign in, the entityID in the IDPDetails cannot be null. IDPDetails must include an entityID. 5. Any JIT configuration update must be valid. Just in time configuration update must be valid when enabled. This includes: - A Source ID - Source attribute mappings - Source attribute maps have all the required key values (firstName, lastName, email)
    pub fn patch_auth_org_service_provider_config(
        &self,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchAuthOrgServiceProviderConfig {
        PatchAuthOrgServiceProviderConfig {
            client: self.client.clone(),
            body,
        }
    }
    /// Update auth org session configuration
    ///
    /// This API updates an existing session configuration for an org using PATCH.
    ///
    /// `PATCH /auth-org/session-config` (operation `patchAuthOrgSessionConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: A list of auth org session configuration update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. Ensures that the patched Session Config conforms to certain logical guidelines, which are: \`1. maxSessionTime &gt;= 1 && maxSessionTime &lt;= 10080 (1 week) 2. maxIdleTime &gt;= 1 && maxIdleTime &lt;= 1440 (1 day) 3. maxSessionTime must have a greater duration than maxIdleTime.\`
    pub fn patch_auth_org_session_config(
        &self,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchAuthOrgSessionConfig {
        PatchAuthOrgSessionConfig {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`GlobalTenantSecuritySettingsApi::create_auth_org_network_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAuthOrgNetworkConfig {
    client: crate::Client,
    body: models::NetworkConfiguration,
}
impl CreateAuthOrgNetworkConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/auth-org/network-config".to_string();
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
        Output = runtime::Result<models::NetworkConfiguration>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateAuthOrgNetworkConfig, models::NetworkConfiguration,
    CreateAuthOrgNetworkConfigError
);
/// The errors of [`CreateAuthOrgNetworkConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateAuthOrgNetworkConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`GlobalTenantSecuritySettingsApi::get_auth_org_lockout_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAuthOrgLockoutConfig {
    client: crate::Client,
}
impl GetAuthOrgLockoutConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/auth-org/lockout-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::LockoutConfiguration>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetAuthOrgLockoutConfig, models::LockoutConfiguration, GetAuthOrgLockoutConfigError
);
/// The errors of [`GetAuthOrgLockoutConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAuthOrgLockoutConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`GlobalTenantSecuritySettingsApi::get_auth_org_network_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAuthOrgNetworkConfig {
    client: crate::Client,
}
impl GetAuthOrgNetworkConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/auth-org/network-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NetworkConfiguration>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetAuthOrgNetworkConfig, models::NetworkConfiguration, GetAuthOrgNetworkConfigError
);
/// The errors of [`GetAuthOrgNetworkConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAuthOrgNetworkConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`GlobalTenantSecuritySettingsApi::get_auth_org_service_provider_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAuthOrgServiceProviderConfig {
    client: crate::Client,
}
impl GetAuthOrgServiceProviderConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/auth-org/service-provider-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ServiceProviderConfiguration>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetAuthOrgServiceProviderConfig, models::ServiceProviderConfiguration,
    GetAuthOrgServiceProviderConfigError
);
/// The errors of [`GetAuthOrgServiceProviderConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAuthOrgServiceProviderConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`GlobalTenantSecuritySettingsApi::get_auth_org_session_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAuthOrgSessionConfig {
    client: crate::Client,
}
impl GetAuthOrgSessionConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/auth-org/session-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SessionConfiguration>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetAuthOrgSessionConfig, models::SessionConfiguration, GetAuthOrgSessionConfigError
);
/// The errors of [`GetAuthOrgSessionConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAuthOrgSessionConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`GlobalTenantSecuritySettingsApi::patch_auth_org_lockout_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchAuthOrgLockoutConfig {
    client: crate::Client,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchAuthOrgLockoutConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/auth-org/lockout-config".to_string();
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
        Output = runtime::Result<models::LockoutConfiguration>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchAuthOrgLockoutConfig, models::LockoutConfiguration,
    PatchAuthOrgLockoutConfigError
);
/// The errors of [`PatchAuthOrgLockoutConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchAuthOrgLockoutConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`GlobalTenantSecuritySettingsApi::patch_auth_org_network_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchAuthOrgNetworkConfig {
    client: crate::Client,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchAuthOrgNetworkConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/auth-org/network-config".to_string();
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
        Output = runtime::Result<models::NetworkConfiguration>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchAuthOrgNetworkConfig, models::NetworkConfiguration,
    PatchAuthOrgNetworkConfigError
);
/// The errors of [`PatchAuthOrgNetworkConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchAuthOrgNetworkConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`GlobalTenantSecuritySettingsApi::patch_auth_org_service_provider_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchAuthOrgServiceProviderConfig {
    client: crate::Client,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchAuthOrgServiceProviderConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/auth-org/service-provider-config".to_string();
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
        Output = runtime::Result<models::ServiceProviderConfiguration>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchAuthOrgServiceProviderConfig, models::ServiceProviderConfiguration,
    PatchAuthOrgServiceProviderConfigError
);
/// The errors of [`PatchAuthOrgServiceProviderConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchAuthOrgServiceProviderConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`GlobalTenantSecuritySettingsApi::patch_auth_org_session_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchAuthOrgSessionConfig {
    client: crate::Client,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchAuthOrgSessionConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/auth-org/session-config".to_string();
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
        Output = runtime::Result<models::SessionConfiguration>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchAuthOrgSessionConfig, models::SessionConfiguration,
    PatchAuthOrgSessionConfigError
);
/// The errors of [`PatchAuthOrgSessionConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchAuthOrgSessionConfigError = crate::errors::Error400_401_403_404_429_500;
