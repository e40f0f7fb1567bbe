//! Operations tagged `MFA Controller`.
//!
//! This API used for multifactor authentication functionality belong to gov-multi-auth service. This controller allow you to verify authentication by specified method
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `MFA Controller`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct MfaControllerApi {
    client: crate::Client,
}
impl MfaControllerApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        MfaControllerApi { client }
    }
    /// Create and send user token
    ///
    /// This API send token request.
    ///
    /// `POST /mfa/token/send` (operation `createSendToken`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_send_token(&self, body: models::SendTokenRequest) -> CreateSendToken {
        CreateSendToken {
            client: self.client.clone(),
            body,
        }
    }
    /// Polling mfa method by verificationpollrequest
    ///
    /// This API poll the VerificationPollRequest for the specified MFA method.
    ///
    /// `POST /mfa/{method}/poll` (operation `pingVerificationStatus`).
    ///
    /// Arguments:
    ///
    /// - `method`: The name of the MFA method. The currently supported method names are 'okta-verify', 'duo-web', 'kba','token', 'rsa'
    /// - `body`: The request body (`application/json`).
    pub fn ping_verification_status(
        &self,
        method: models::PingVerificationStatusMethod,
        body: models::VerificationPollRequest,
    ) -> PingVerificationStatus {
        PingVerificationStatus {
            client: self.client.clone(),
            method,
            body,
        }
    }
    /// Verifying authentication via duo method
    ///
    /// This API Authenticates the user via Duo-Web MFA method.
    ///
    /// `POST /mfa/duo-web/verify` (operation `sendDuoVerifyRequest`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn send_duo_verify_request(
        &self,
        body: models::DuoVerificationRequest,
    ) -> SendDuoVerifyRequest {
        SendDuoVerifyRequest {
            client: self.client.clone(),
            body,
        }
    }
    /// Authenticate kba provided mfa method
    ///
    /// This API Authenticate user in KBA MFA method.
    ///
    /// `POST /mfa/kba/authenticate` (operation `sendKbaAnswers`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn send_kba_answers(
        &self,
        body: Vec<models::KbaAnswerRequestItem>,
    ) -> SendKbaAnswers {
        SendKbaAnswers {
            client: self.client.clone(),
            body,
        }
    }
    /// Verifying authentication via okta method
    ///
    /// This API Authenticates the user via Okta-Verify MFA method. Request requires a header called 'slpt-forwarding', and it must contain a remote IP Address of caller.
    ///
    /// `POST /mfa/okta-verify/verify` (operation `sendOktaVerifyRequest`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn send_okta_verify_request(
        &self,
        body: models::OktaVerificationRequest,
    ) -> SendOktaVerifyRequest {
        SendOktaVerifyRequest {
            client: self.client.clone(),
            body,
        }
    }
    /// Authenticate token provided mfa method
    ///
    /// This API Authenticate user in Token MFA method.
    ///
    /// `POST /mfa/token/authenticate` (operation `sendTokenAuthRequest`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn send_token_auth_request(
        &self,
        body: models::TokenAuthRequest,
    ) -> SendTokenAuthRequest {
        SendTokenAuthRequest {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`MfaControllerApi::create_send_token`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSendToken {
    client: crate::Client,
    body: models::SendTokenRequest,
}
impl CreateSendToken {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/mfa/token/send".to_string();
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
        Output = runtime::Result<models::SendTokenResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateSendToken, models::SendTokenResponse, CreateSendTokenError);
/// The errors of [`CreateSendToken`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateSendTokenError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MfaControllerApi::ping_verification_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PingVerificationStatus {
    client: crate::Client,
    method: models::PingVerificationStatusMethod,
    body: models::VerificationPollRequest,
}
impl PingVerificationStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/mfa/", &runtime::encode::path_param(&self.method, false)?, "/poll"]
            .concat();
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
        Output = runtime::Result<models::VerificationResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PingVerificationStatus, models::VerificationResponse, PingVerificationStatusError
);
/// The errors of [`PingVerificationStatus`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PingVerificationStatusError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MfaControllerApi::send_duo_verify_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendDuoVerifyRequest {
    client: crate::Client,
    body: models::DuoVerificationRequest,
}
impl SendDuoVerifyRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/mfa/duo-web/verify".to_string();
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
        Output = runtime::Result<models::VerificationResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SendDuoVerifyRequest, models::VerificationResponse, SendDuoVerifyRequestError
);
/// The errors of [`SendDuoVerifyRequest`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SendDuoVerifyRequestError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MfaControllerApi::send_kba_answers`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendKbaAnswers {
    client: crate::Client,
    body: Vec<models::KbaAnswerRequestItem>,
}
impl SendKbaAnswers {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/mfa/kba/authenticate".to_string();
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
        Output = runtime::Result<models::KbaAuthResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(SendKbaAnswers, models::KbaAuthResponse, SendKbaAnswersError);
/// The errors of [`SendKbaAnswers`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SendKbaAnswersError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MfaControllerApi::send_okta_verify_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendOktaVerifyRequest {
    client: crate::Client,
    body: models::OktaVerificationRequest,
}
impl SendOktaVerifyRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/mfa/okta-verify/verify".to_string();
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
        Output = runtime::Result<models::VerificationResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SendOktaVerifyRequest, models::VerificationResponse, SendOktaVerifyRequestError
);
/// The errors of [`SendOktaVerifyRequest`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SendOktaVerifyRequestError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MfaControllerApi::send_token_auth_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendTokenAuthRequest {
    client: crate::Client,
    body: models::TokenAuthRequest,
}
impl SendTokenAuthRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/mfa/token/authenticate".to_string();
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
        Output = runtime::Result<models::TokenAuthResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SendTokenAuthRequest, models::TokenAuthResponse, SendTokenAuthRequestError
);
/// The errors of [`SendTokenAuthRequest`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SendTokenAuthRequestError = crate::errors::Error400_401_403_429_500;
