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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::SendTokenResponse> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(CreateSendToken, models::SendTokenResponse);
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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::VerificationResponse> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(PingVerificationStatus, models::VerificationResponse);
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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::VerificationResponse> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(SendDuoVerifyRequest, models::VerificationResponse);
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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::KbaAuthResponse> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(SendKbaAnswers, models::KbaAuthResponse);
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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::VerificationResponse> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(SendOktaVerifyRequest, models::VerificationResponse);
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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::TokenAuthResponse> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(SendTokenAuthRequest, models::TokenAuthResponse);
