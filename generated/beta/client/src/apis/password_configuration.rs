//! Operations tagged `Password Configuration`.
//!
//! Use this API to implement organization password configuration functionality.
//! With this functionality in place, organization administrators can create organization-specific password configurations.
//!
//! These configurations include details like custom password instructions, as well as digit token length and duration.
//!
//! Refer to [Configuring User Authentication for Password Resets](https://documentation.sailpoint.com/saas/help/pwd/pwd_reset.html) for more information about organization password configuration functionality.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Password Configuration`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct PasswordConfigurationApi {
    client: crate::Client,
}
impl PasswordConfigurationApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        PasswordConfigurationApi { client }
    }
    /// Create password org config
    ///
    /// This API creates the password org config. Unspecified fields will use default value.
    /// To be able to use the custom password instructions, you must set the `customInstructionsEnabled` field to "true".
    /// Requires ORG_ADMIN, API role or authorization scope of 'idn:password-org-config:write'
    ///
    /// `POST /password-org-config` (operation `createPasswordOrgConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_password_org_config(
        &self,
        body: models::PasswordOrgConfig,
    ) -> CreatePasswordOrgConfig {
        CreatePasswordOrgConfig {
            client: self.client.clone(),
            body,
        }
    }
    /// Get password org config
    ///
    /// This API returns the password org config . Requires ORG_ADMIN, API role or authorization scope of 'idn:password-org-config:read'
    ///
    /// `GET /password-org-config` (operation `getPasswordOrgConfig`).
    pub fn get_password_org_config(&self) -> GetPasswordOrgConfig {
        GetPasswordOrgConfig {
            client: self.client.clone(),
        }
    }
    /// Update password org config
    ///
    /// This API updates the password org config for specified fields. Other fields will keep original value.
    /// You must set the `customInstructionsEnabled` field to "true" to be able to use custom password instructions.
    /// Requires ORG_ADMIN, API role or authorization scope of 'idn:password-org-config:write'
    ///
    /// `PUT /password-org-config` (operation `putPasswordOrgConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn put_password_org_config(
        &self,
        body: models::PasswordOrgConfig,
    ) -> PutPasswordOrgConfig {
        PutPasswordOrgConfig {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`PasswordConfigurationApi::create_password_org_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreatePasswordOrgConfig {
    client: crate::Client,
    body: models::PasswordOrgConfig,
}
impl CreatePasswordOrgConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/password-org-config".to_string();
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
        Output = runtime::Result<models::PasswordOrgConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreatePasswordOrgConfig, models::PasswordOrgConfig, CreatePasswordOrgConfigError
);
/// The errors of [`CreatePasswordOrgConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreatePasswordOrgConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PasswordConfigurationApi::get_password_org_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPasswordOrgConfig {
    client: crate::Client,
}
impl GetPasswordOrgConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/password-org-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::PasswordOrgConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetPasswordOrgConfig, models::PasswordOrgConfig, GetPasswordOrgConfigError
);
/// The errors of [`GetPasswordOrgConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPasswordOrgConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PasswordConfigurationApi::put_password_org_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutPasswordOrgConfig {
    client: crate::Client,
    body: models::PasswordOrgConfig,
}
impl PutPasswordOrgConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/password-org-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
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
        Output = runtime::Result<models::PasswordOrgConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutPasswordOrgConfig, models::PasswordOrgConfig, PutPasswordOrgConfigError
);
/// The errors of [`PutPasswordOrgConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutPasswordOrgConfigError = crate::errors::Error400_401_403_429_500;
