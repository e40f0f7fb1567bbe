//! Operations tagged `Shared Signals Framework (SSF)`.
//!
//! The SSF Transmitter Service is a security event notification system that monitors identity attribute changes
//! and automatically triggers session revocation events when specific lifecycle conditions are met.
//!
//! Use this API to implement transmitter functionality so administrators can discover the transmitter and manage streams.
//! Transmitters send identity data and events from Identity Security Cloud to external receivers over the Secure Sync Framework (SSF).
//! The SSF configuration and JWKS endpoints support discovery and verification; the stream management endpoints support creating, updating, and managing streams and verifying receivers.
//! In Identity Security Cloud, administrators can use the "Connections" &gt; "Shared Signals" area to view and manage transmitters and their streams.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Shared Signals Framework (SSF)`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct SharedSignalsFrameworkSsfApi {
    client: crate::Client,
}
impl SharedSignalsFrameworkSsfApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        SharedSignalsFrameworkSsfApi {
            client,
        }
    }
    /// Create stream
    ///
    /// An SSF stream is associated with the client ID of the OAuth 2.0 access token used to create the stream.
    /// One SSF stream is allowed for each client ID.
    ///
    /// You can create a maximum of 10 SSF stream configurations for one org.
    ///
    /// `POST /ssf/streams` (operation `createStream`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_stream(&self, body: models::CreateStreamRequest) -> CreateStream {
        CreateStream {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete stream
    ///
    /// Deletes a stream by its ID. There is no request body; the stream is identified by the required
    /// query parameter `stream_id`. On success the response has no body (204 No Content).
    ///
    /// The associated stream with the client ID (through the request OAuth 2.0 access token) is deleted.
    ///
    /// `DELETE /ssf/streams` (operation `deleteStream`).
    ///
    /// Arguments:
    ///
    /// - `stream_id`: ID of the stream to delete. Required; omitted or empty returns 400. Example: `"550e8400-e29b-41d4-a716-446655440000"`.
    pub fn delete_stream(&self, stream_id: impl Into<String>) -> DeleteStream {
        DeleteStream {
            client: self.client.clone(),
            stream_id: stream_id.into(),
        }
    }
    /// Get JWKS
    ///
    /// Returns the transmitter's JSON Web Key Set (JWKS) for verifying signed delivery requests.
    ///
    /// `GET /ssf/jwks` (operation `getJWKSData`).
    pub fn get_jwks_data(&self) -> GetJwksData {
        GetJwksData {
            client: self.client.clone(),
        }
    }
    /// Get SSF configuration
    ///
    /// Returns the SSF transmitter discovery metadata (well-known configuration).
    ///
    /// `GET /.well-known/ssf-configuration` (operation `getSSFConfiguration`).
    pub fn get_ssf_configuration(&self) -> GetSsfConfiguration {
        GetSsfConfiguration {
            client: self.client.clone(),
        }
    }
    /// Get stream(s)
    ///
    /// Retrieves either a list of all SSF stream configurations or the individual configuration if specified by ID.
    ///
    /// As stream configurations are tied to a client ID, you can only view the stream associated with the client ID
    /// of the request OAuth 2.0 access token.
    ///
    /// Query parameter `aud` (co filter) can be used to filter by audience.
    ///
    /// `GET /ssf/streams` (operation `getStream`).
    pub fn get_stream(&self) -> GetStream {
        GetStream {
            client: self.client.clone(),
            stream_id: None,
        }
    }
    /// Get stream status
    ///
    /// Returns the status (enabled, paused, disabled) and optional reason for the stream associated with the client ID of the request's OAuth 2.0 access token. The stream_id query parameter is required.
    ///
    /// `GET /ssf/streams/status` (operation `getStreamStatus`).
    ///
    /// Arguments:
    ///
    /// - `stream_id`: ID of the stream whose status to retrieve. Example: `"550e8400-e29b-41d4-a716-446655440000"`.
    pub fn get_stream_status(&self, stream_id: impl Into<String>) -> GetStreamStatus {
        GetStreamStatus {
            client: self.client.clone(),
            stream_id: stream_id.into(),
        }
    }
    /// Verify stream
    ///
    /// Verifies an SSF stream by publishing a verification event requested by a security events provider.
    ///
    /// `POST /ssf/streams/verify` (operation `sendStreamVerification`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn send_stream_verification(
        &self,
        body: models::VerificationRequest,
    ) -> SendStreamVerification {
        SendStreamVerification {
            client: self.client.clone(),
            body,
        }
    }
    /// Replace stream configuration
    ///
    /// Replaces a stream's configuration (PUT). stream_id and delivery are required; full receiver-supplied properties.
    ///
    /// The associated stream with the client ID (through the request OAuth 2.0 access token) is replaced.
    ///
    /// `PUT /ssf/streams` (operation `setStreamConfiguration`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn set_stream_configuration(
        &self,
        body: models::ReplaceStreamConfigurationRequest,
    ) -> SetStreamConfiguration {
        SetStreamConfiguration {
            client: self.client.clone(),
            body,
        }
    }
    /// Update stream configuration
    ///
    /// Partially updates a stream's configuration (PATCH). Only provided fields are updated.
    ///
    /// The associated stream with the client ID (through the request OAuth 2.0 access token) is updated.
    ///
    /// `PATCH /ssf/streams` (operation `updateStreamConfiguration`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn update_stream_configuration(
        &self,
        body: models::UpdateStreamConfigurationRequest,
    ) -> UpdateStreamConfiguration {
        UpdateStreamConfiguration {
            client: self.client.clone(),
            body,
        }
    }
    /// Update stream status
    ///
    /// Updates the operational status (enabled, paused, disabled) with an optional reason for the stream associated with the client ID of the request's OAuth 2.0 access token.
    ///
    /// `POST /ssf/streams/status` (operation `updateStreamStatus`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn update_stream_status(
        &self,
        body: models::UpdateStreamStatusRequest,
    ) -> UpdateStreamStatus {
        UpdateStreamStatus {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`SharedSignalsFrameworkSsfApi::create_stream`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateStream {
    client: crate::Client,
    body: models::CreateStreamRequest,
}
impl CreateStream {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/ssf/streams".to_string();
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
        Output = runtime::Result<models::StreamConfigResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateStream, models::StreamConfigResponse, CreateStreamError);
/// The errors of [`CreateStream`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateStreamError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SharedSignalsFrameworkSsfApi::delete_stream`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteStream {
    client: crate::Client,
    stream_id: String,
}
impl DeleteStream {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/ssf/streams".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        {
            let v = &self.stream_id;
            req = req.query("stream_id", v, "form", true)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteStream, (), DeleteStreamError);
/// The errors of [`DeleteStream`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteStreamError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SharedSignalsFrameworkSsfApi::get_jwks_data`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetJwksData {
    client: crate::Client,
}
impl GetJwksData {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/ssf/jwks".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        req = req.without_auth();
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Jwks>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetJwksData, models::Jwks, GetJwksDataError);
/// The errors of [`GetJwksData`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetJwksDataError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SharedSignalsFrameworkSsfApi::get_ssf_configuration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSsfConfiguration {
    client: crate::Client,
}
impl GetSsfConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/.well-known/ssf-configuration".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        req = req.without_auth();
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::TransmitterMetadata>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSsfConfiguration, models::TransmitterMetadata, GetSsfConfigurationError
);
/// The errors of [`GetSsfConfiguration`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSsfConfigurationError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SharedSignalsFrameworkSsfApi::get_stream`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetStream {
    client: crate::Client,
    stream_id: Option<String>,
}
impl GetStream {
    /// If provided, returns that stream; otherwise returns list of all streams.
    ///
    /// Example: `"550e8400-e29b-41d4-a716-446655440000"`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/ssf/streams".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.stream_id {
            req = req.query("stream_id", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::GetStreamResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetStream, models::GetStreamResponse, GetStreamError);
/// The errors of [`GetStream`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetStreamError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SharedSignalsFrameworkSsfApi::get_stream_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetStreamStatus {
    client: crate::Client,
    stream_id: String,
}
impl GetStreamStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/ssf/streams/status".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        {
            let v = &self.stream_id;
            req = req.query("stream_id", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::StreamStatusResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetStreamStatus, models::StreamStatusResponse, GetStreamStatusError
);
/// The errors of [`GetStreamStatus`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetStreamStatusError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SharedSignalsFrameworkSsfApi::send_stream_verification`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendStreamVerification {
    client: crate::Client,
    body: models::VerificationRequest,
}
impl SendStreamVerification {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/ssf/streams/verify".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(SendStreamVerification, (), SendStreamVerificationError);
/// The errors of [`SendStreamVerification`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SendStreamVerificationError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SharedSignalsFrameworkSsfApi::set_stream_configuration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetStreamConfiguration {
    client: crate::Client,
    body: models::ReplaceStreamConfigurationRequest,
}
impl SetStreamConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/ssf/streams".to_string();
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
        Output = runtime::Result<models::UpdateStreamConfigResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SetStreamConfiguration, models::UpdateStreamConfigResponse,
    SetStreamConfigurationError
);
/// The errors of [`SetStreamConfiguration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetStreamConfigurationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SharedSignalsFrameworkSsfApi::update_stream_configuration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateStreamConfiguration {
    client: crate::Client,
    body: models::UpdateStreamConfigurationRequest,
}
impl UpdateStreamConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/ssf/streams".to_string();
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
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::UpdateStreamConfigResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateStreamConfiguration, models::UpdateStreamConfigResponse,
    UpdateStreamConfigurationError
);
/// The errors of [`UpdateStreamConfiguration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateStreamConfigurationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SharedSignalsFrameworkSsfApi::update_stream_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateStreamStatus {
    client: crate::Client,
    body: models::UpdateStreamStatusRequest,
}
impl UpdateStreamStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/ssf/streams/status".to_string();
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
        Output = runtime::Result<models::StreamStatusResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateStreamStatus, models::StreamStatusResponse, UpdateStreamStatusError
);
/// The errors of [`UpdateStreamStatus`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateStreamStatusError = crate::errors::Error400_401_403_404_429_500;
