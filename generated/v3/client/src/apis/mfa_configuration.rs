//! Operations tagged `MFA Configuration`.
//!
//! Configure and test multifactor authentication (MFA) methods
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `MFA Configuration`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct MfaConfigurationApi {
    client: crate::Client,
}
impl MfaConfigurationApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        MfaConfigurationApi { client }
    }
    /// Delete mfa method configuration
    ///
    /// This API removes the configuration for the specified MFA method.
    ///
    /// `DELETE /mfa/{method}/delete` (operation `deleteMFAConfig`).
    ///
    /// Arguments:
    ///
    /// - `method`: The name of the MFA method. The currently supported method names are 'okta-verify' and 'duo-web'.
    pub fn delete_mfa_config(
        &self,
        method: models::DeleteMfaConfigMethod,
    ) -> DeleteMfaConfig {
        DeleteMfaConfig {
            client: self.client.clone(),
            method,
        }
    }
    /// Configuration of duo mfa method
    ///
    /// This API returns the configuration of an Duo MFA method.
    ///
    /// `GET /mfa/duo-web/config` (operation `getMFADuoConfig`).
    pub fn get_mfa_duo_config(&self) -> GetMfaDuoConfig {
        GetMfaDuoConfig {
            client: self.client.clone(),
        }
    }
    /// Configuration of kba mfa method
    ///
    /// This API returns the KBA configuration for MFA.
    ///
    /// `GET /mfa/kba/config` (operation `getMFAKbaConfig`).
    pub fn get_mfa_kba_config(&self) -> GetMfaKbaConfig {
        GetMfaKbaConfig {
            client: self.client.clone(),
            all_languages: None,
        }
    }
    /// Configuration of okta mfa method
    ///
    /// This API returns the configuration of an Okta MFA method.
    ///
    /// `GET /mfa/okta-verify/config` (operation `getMFAOktaConfig`).
    pub fn get_mfa_okta_config(&self) -> GetMfaOktaConfig {
        GetMfaOktaConfig {
            client: self.client.clone(),
        }
    }
    /// Set duo mfa configuration
    ///
    /// This API sets the configuration of an Duo MFA method.
    ///
    /// `PUT /mfa/duo-web/config` (operation `setMFADuoConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn set_mfa_duo_config(&self, body: models::MfaDuoConfig) -> SetMfaDuoConfig {
        SetMfaDuoConfig {
            client: self.client.clone(),
            body,
        }
    }
    /// Set mfa kba configuration
    ///
    /// This API sets answers to challenge questions.  Any configured questions omitted from the request are removed from user KBA configuration.
    ///
    /// `POST /mfa/kba/config/answers` (operation `setMFAKBAConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn set_mfakba_config(
        &self,
        body: Vec<models::KbaAnswerRequestItem>,
    ) -> SetMfakbaConfig {
        SetMfakbaConfig {
            client: self.client.clone(),
            body,
        }
    }
    /// Set okta mfa configuration
    ///
    /// This API sets the configuration of an Okta MFA method.
    ///
    /// `PUT /mfa/okta-verify/config` (operation `setMFAOktaConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn set_mfa_okta_config(&self, body: models::MfaOktaConfig) -> SetMfaOktaConfig {
        SetMfaOktaConfig {
            client: self.client.clone(),
            body,
        }
    }
    /// Mfa method's test configuration
    ///
    /// This API validates that the configuration is valid and will properly authenticate with the MFA provider identified by the method path parameter.
    ///
    /// `GET /mfa/{method}/test` (operation `testMFAConfig`).
    ///
    /// Arguments:
    ///
    /// - `method`: The name of the MFA method. The currently supported method names are 'okta-verify' and 'duo-web'.
    pub fn test_mfa_config(&self, method: models::TestMfaConfigMethod) -> TestMfaConfig {
        TestMfaConfig {
            client: self.client.clone(),
            method,
        }
    }
}
/// Request builder of [`MfaConfigurationApi::delete_mfa_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteMfaConfig {
    client: crate::Client,
    method: models::DeleteMfaConfigMethod,
}
impl DeleteMfaConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/mfa/",
            &runtime::encode::path_param(&self.method, false)?,
            "/delete",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
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
        Output = runtime::Result<models::MfaOktaConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(DeleteMfaConfig, models::MfaOktaConfig, DeleteMfaConfigError);
/// The errors of [`DeleteMfaConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteMfaConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MfaConfigurationApi::get_mfa_duo_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMfaDuoConfig {
    client: crate::Client,
}
impl GetMfaDuoConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/mfa/duo-web/config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::MfaDuoConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetMfaDuoConfig, models::MfaDuoConfig, GetMfaDuoConfigError);
/// The errors of [`GetMfaDuoConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMfaDuoConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MfaConfigurationApi::get_mfa_kba_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMfaKbaConfig {
    client: crate::Client,
    all_languages: Option<bool>,
}
impl GetMfaKbaConfig {
    /// Indicator whether the question text should be returned in all configured languages
    ///    * If true, the question text is returned in all languages that it is configured in.
    ///    * If false, the question text is returned in the user locale if available, else for the default locale.
    ///    * If not passed, it behaves the same way as passing this parameter as false
    ///
    /// Example: `"allLanguages=true"`.
    pub fn all_languages(mut self, value: bool) -> Self {
        self.all_languages = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/mfa/kba/config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.all_languages {
            req = req.query("allLanguages", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::KbaQuestion>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetMfaKbaConfig, Vec < models::KbaQuestion >, GetMfaKbaConfigError
);
/// The errors of [`GetMfaKbaConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMfaKbaConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MfaConfigurationApi::get_mfa_okta_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMfaOktaConfig {
    client: crate::Client,
}
impl GetMfaOktaConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/mfa/okta-verify/config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::MfaOktaConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetMfaOktaConfig, models::MfaOktaConfig, GetMfaOktaConfigError);
/// The errors of [`GetMfaOktaConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMfaOktaConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MfaConfigurationApi::set_mfa_duo_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetMfaDuoConfig {
    client: crate::Client,
    body: models::MfaDuoConfig,
}
impl SetMfaDuoConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/mfa/duo-web/config".to_string();
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
        Output = runtime::Result<models::MfaDuoConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(SetMfaDuoConfig, models::MfaDuoConfig, SetMfaDuoConfigError);
/// The errors of [`SetMfaDuoConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetMfaDuoConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MfaConfigurationApi::set_mfakba_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetMfakbaConfig {
    client: crate::Client,
    body: Vec<models::KbaAnswerRequestItem>,
}
impl SetMfakbaConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/mfa/kba/config/answers".to_string();
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
        Output = runtime::Result<Vec<models::KbaAnswerResponseItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SetMfakbaConfig, Vec < models::KbaAnswerResponseItem >, SetMfakbaConfigError
);
/// The errors of [`SetMfakbaConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetMfakbaConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MfaConfigurationApi::set_mfa_okta_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetMfaOktaConfig {
    client: crate::Client,
    body: models::MfaOktaConfig,
}
impl SetMfaOktaConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/mfa/okta-verify/config".to_string();
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
        Output = runtime::Result<models::MfaOktaConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(SetMfaOktaConfig, models::MfaOktaConfig, SetMfaOktaConfigError);
/// The errors of [`SetMfaOktaConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetMfaOktaConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MfaConfigurationApi::test_mfa_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TestMfaConfig {
    client: crate::Client,
    method: models::TestMfaConfigMethod,
}
impl TestMfaConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/mfa/", &runtime::encode::path_param(&self.method, false)?, "/test"]
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
        Output = runtime::Result<models::MfaConfigTestResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(TestMfaConfig, models::MfaConfigTestResponse, TestMfaConfigError);
/// The errors of [`TestMfaConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type TestMfaConfigError = crate::errors::Error400_401_403_429_500;
