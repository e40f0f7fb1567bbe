//! Typed expectations of the operations tagged `Shared Signals Framework (SSF)`: `server.expect(mock::shared_signals_framework_ssf::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_stream()`], as `Mock<CreateStream>`.
pub enum CreateStream {}
/// Expects [`SharedSignalsFrameworkSsfApi::create_stream`](crate::apis::shared_signals_framework_ssf::SharedSignalsFrameworkSsfApi::create_stream): `POST /ssf/streams`.
pub fn create_stream() -> super::Mock<CreateStream> {
    super::Mock::new(runtime::Method::POST, "/ssf/streams")
}
impl super::Mock<CreateStream> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CreateStreamRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::StreamConfigResponse) -> Self {
        self.respond_json(201, body)
    }
    /// Answers `201` with the spec's example.
    pub fn respond_created_example(self) -> Self {
        self.respond_json_text(
            201,
            "{\"stream_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"iss\":\"https://tenant.sailpoint.com\",\"aud\":\"https://receiver.example.com\",\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":\"https://receiver.example.com/ssf/events\"},\"events_supported\":[\"https://schemas.openid.net/secevent/caep/event-type/{event-type}\"],\"events_requested\":[\"https://schemas.openid.net/secevent/caep/event-type/{event-type}\"],\"events_delivered\":[\"https://schemas.openid.net/secevent/caep/event-type/{event-type}\"],\"description\":\"Production event stream\",\"inactivity_timeout\":3600,\"min_verification_interval\":300}",
        )
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_stream()`], as `Mock<DeleteStream>`.
pub enum DeleteStream {}
/// Expects [`SharedSignalsFrameworkSsfApi::delete_stream`](crate::apis::shared_signals_framework_ssf::SharedSignalsFrameworkSsfApi::delete_stream): `DELETE /ssf/streams`.
pub fn delete_stream() -> super::Mock<DeleteStream> {
    super::Mock::new(runtime::Method::DELETE, "/ssf/streams")
}
impl super::Mock<DeleteStream> {
    /// Requires query parameter `stream_id` with `value`, encoded as the client does.
    pub fn stream_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("stream_id", &value, "form", true)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_jwks_data()`], as `Mock<GetJwksData>`.
pub enum GetJwksData {}
/// Expects [`SharedSignalsFrameworkSsfApi::get_jwks_data`](crate::apis::shared_signals_framework_ssf::SharedSignalsFrameworkSsfApi::get_jwks_data): `GET /ssf/jwks`.
pub fn get_jwks_data() -> super::Mock<GetJwksData> {
    super::Mock::new(runtime::Method::GET, "/ssf/jwks")
}
impl super::Mock<GetJwksData> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Jwks) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"keys\":[{\"alg\":\"RS256\",\"e\":\"AQAB\",\"kid\":\"mrk-3db792b3d0a642dbbb5bb28b542929cd\",\"kty\":\"RSA\",\"n\":\"xMPKL_ccvjTDQAJ60jg5kP9XJmEIpeSb1FIjzvAnM9RP-vSiY5iW2eK0-VLHYB_XbcDT8jzneUmX90mCfiwF_F4Mjh3f0D79ncrXDglnBLKnuqmvNcblUOuOyNFts3jQSBAqB_GR_dSjKLzbs1wP3K8EJqosQGfPNuh5HxFfU79v-uZFdtkYzf_xtu8phrO84VT_DLuFJyIxLOcY5MVJ6uHlmlKXSJbMO8xTKzvcz6TTZM8XrrT73GpTCdtmNVpCLz2v14XQb-6sNeya2v037ktrgdUWFLC63iIgNKzgNr88L7x3j5AeeOi1VX_2ZAxLrz4BUtJxxyWxVthrpDCYuQ\",\"use\":\"sig\"}]}",
        )
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_ssf_configuration()`], as `Mock<GetSsfConfiguration>`.
pub enum GetSsfConfiguration {}
/// Expects [`SharedSignalsFrameworkSsfApi::get_ssf_configuration`](crate::apis::shared_signals_framework_ssf::SharedSignalsFrameworkSsfApi::get_ssf_configuration): `GET /.well-known/ssf-configuration`.
pub fn get_ssf_configuration() -> super::Mock<GetSsfConfiguration> {
    super::Mock::new(runtime::Method::GET, "/.well-known/ssf-configuration")
}
impl super::Mock<GetSsfConfiguration> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::TransmitterMetadata) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"spec_version\":\"1_0\",\"issuer\":\"https://tenant.api.identitynow.com\",\"jwks_uri\":\"https://tenant.api.identitynow.com/ssf/jwks\",\"delivery_methods_supported\":[\"urn:ietf:rfc:8935\"],\"configuration_endpoint\":\"https://tenant.api.identitynow.com/latest/ssf/streams\",\"status_endpoint\":\"https://tenant.api.identitynow.com/latest/ssf/streams/status\",\"verification_endpoint\":\"https://tenant.api.identitynow.com/latest/ssf/streams/verify\",\"authorization_schemes\":[{\"spec_urn\":\"urn:ietf:rfc:6749\"},{\"spec_urn\":\"urn:ietf:rfc:6750\"}]}",
        )
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_stream()`], as `Mock<GetStream>`.
pub enum GetStream {}
/// Expects [`SharedSignalsFrameworkSsfApi::get_stream`](crate::apis::shared_signals_framework_ssf::SharedSignalsFrameworkSsfApi::get_stream): `GET /ssf/streams`.
pub fn get_stream() -> super::Mock<GetStream> {
    super::Mock::new(runtime::Method::GET, "/ssf/streams")
}
impl super::Mock<GetStream> {
    /// Requires query parameter `stream_id` with `value`, encoded as the client does.
    pub fn stream_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("stream_id", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::GetStreamResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"stream_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"iss\":\"https://tenant.sailpoint.com\",\"aud\":\"https://receiver.example.com\",\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":\"https://receiver.example.com/ssf/events\"},\"events_supported\":[\"https://schemas.openid.net/secevent/caep/event-type/{event-type}\"],\"events_requested\":[\"https://schemas.openid.net/secevent/caep/event-type/{event-type}\"],\"events_delivered\":[\"https://schemas.openid.net/secevent/caep/event-type/{event-type}\"],\"description\":\"Production event stream\",\"inactivity_timeout\":3600,\"min_verification_interval\":300}",
        )
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_stream_status()`], as `Mock<GetStreamStatus>`.
pub enum GetStreamStatus {}
/// Expects [`SharedSignalsFrameworkSsfApi::get_stream_status`](crate::apis::shared_signals_framework_ssf::SharedSignalsFrameworkSsfApi::get_stream_status): `GET /ssf/streams/status`.
pub fn get_stream_status() -> super::Mock<GetStreamStatus> {
    super::Mock::new(runtime::Method::GET, "/ssf/streams/status")
}
impl super::Mock<GetStreamStatus> {
    /// Requires query parameter `stream_id` with `value`, encoded as the client does.
    pub fn stream_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("stream_id", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::StreamStatusResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"stream_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"status\":\"enabled\",\"reason\":\"\"}",
        )
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`send_stream_verification()`], as `Mock<SendStreamVerification>`.
pub enum SendStreamVerification {}
/// Expects [`SharedSignalsFrameworkSsfApi::send_stream_verification`](crate::apis::shared_signals_framework_ssf::SharedSignalsFrameworkSsfApi::send_stream_verification): `POST /ssf/streams/verify`.
pub fn send_stream_verification() -> super::Mock<SendStreamVerification> {
    super::Mock::new(runtime::Method::POST, "/ssf/streams/verify")
}
impl super::Mock<SendStreamVerification> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::VerificationRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`set_stream_configuration()`], as `Mock<SetStreamConfiguration>`.
pub enum SetStreamConfiguration {}
/// Expects [`SharedSignalsFrameworkSsfApi::set_stream_configuration`](crate::apis::shared_signals_framework_ssf::SharedSignalsFrameworkSsfApi::set_stream_configuration): `PUT /ssf/streams`.
pub fn set_stream_configuration() -> super::Mock<SetStreamConfiguration> {
    super::Mock::new(runtime::Method::PUT, "/ssf/streams")
}
impl super::Mock<SetStreamConfiguration> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ReplaceStreamConfigurationRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::UpdateStreamConfigResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"stream_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"iss\":\"https://tenant.sailpoint.com\",\"aud\":\"https://receiver.example.com\",\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":\"https://receiver.example.com/ssf/events\"},\"events_supported\":[\"https://schemas.openid.net/secevent/caep/event-type/{event-type}\"],\"events_requested\":[\"https://schemas.openid.net/secevent/caep/event-type/{event-type}\"],\"events_delivered\":[\"https://schemas.openid.net/secevent/caep/event-type/{event-type}\"],\"description\":\"Replaced config\",\"inactivity_timeout\":3600,\"min_verification_interval\":300,\"updatedAt\":\"2025-02-11T14:35:00Z\"}",
        )
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`update_stream_configuration()`], as `Mock<UpdateStreamConfiguration>`.
pub enum UpdateStreamConfiguration {}
/// Expects [`SharedSignalsFrameworkSsfApi::update_stream_configuration`](crate::apis::shared_signals_framework_ssf::SharedSignalsFrameworkSsfApi::update_stream_configuration): `PATCH /ssf/streams`.
pub fn update_stream_configuration() -> super::Mock<UpdateStreamConfiguration> {
    super::Mock::new(runtime::Method::PATCH, "/ssf/streams")
}
impl super::Mock<UpdateStreamConfiguration> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::UpdateStreamConfigurationRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::UpdateStreamConfigResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"stream_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"iss\":\"https://tenant.sailpoint.com\",\"aud\":\"https://receiver.example.com\",\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":\"https://receiver.example.com/ssf/events/v2\"},\"events_supported\":[\"https://schemas.openid.net/secevent/caep/event-type/{event-type}\"],\"events_requested\":[\"https://schemas.openid.net/secevent/caep/event-type/{event-type}\"],\"events_delivered\":[\"https://schemas.openid.net/secevent/caep/event-type/{event-type}\"],\"description\":\"Updated description\",\"inactivity_timeout\":3600,\"min_verification_interval\":300,\"updatedAt\":\"2025-02-11T14:30:00Z\"}",
        )
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`update_stream_status()`], as `Mock<UpdateStreamStatus>`.
pub enum UpdateStreamStatus {}
/// Expects [`SharedSignalsFrameworkSsfApi::update_stream_status`](crate::apis::shared_signals_framework_ssf::SharedSignalsFrameworkSsfApi::update_stream_status): `POST /ssf/streams/status`.
pub fn update_stream_status() -> super::Mock<UpdateStreamStatus> {
    super::Mock::new(runtime::Method::POST, "/ssf/streams/status")
}
impl super::Mock<UpdateStreamStatus> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::UpdateStreamStatusRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::StreamStatusResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"stream_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"status\":\"paused\",\"reason\":\"manually paused\"}",
        )
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
