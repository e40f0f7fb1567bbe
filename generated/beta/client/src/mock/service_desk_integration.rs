//! Typed expectations of the operations tagged `Service Desk Integration`: `server.expect(mock::service_desk_integration::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_service_desk_integration()`], as `Mock<CreateServiceDeskIntegration>`.
pub enum CreateServiceDeskIntegration {}
/// Expects [`ServiceDeskIntegrationApi::create_service_desk_integration`](crate::apis::service_desk_integration::ServiceDeskIntegrationApi::create_service_desk_integration): `POST /service-desk-integrations`.
pub fn create_service_desk_integration() -> super::Mock<CreateServiceDeskIntegration> {
    super::Mock::new(runtime::Method::POST, "/service-desk-integrations")
}
impl super::Mock<CreateServiceDeskIntegration> {
    /// Requires a JSON body equal to `value`.
    pub fn body(
        self,
        value: &models::GetServiceDeskIntegrationListResponseItem,
    ) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::GetServiceDeskIntegrationListResponseItem,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_service_desk_integration()`], as `Mock<DeleteServiceDeskIntegration>`.
pub enum DeleteServiceDeskIntegration {}
/// Expects [`ServiceDeskIntegrationApi::delete_service_desk_integration`](crate::apis::service_desk_integration::ServiceDeskIntegrationApi::delete_service_desk_integration): `DELETE /service-desk-integrations/{id}`.
pub fn delete_service_desk_integration() -> super::Mock<DeleteServiceDeskIntegration> {
    super::Mock::new(runtime::Method::DELETE, "/service-desk-integrations/{id}")
}
impl super::Mock<DeleteServiceDeskIntegration> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_service_desk_integration()`], as `Mock<GetServiceDeskIntegration>`.
pub enum GetServiceDeskIntegration {}
/// Expects [`ServiceDeskIntegrationApi::get_service_desk_integration`](crate::apis::service_desk_integration::ServiceDeskIntegrationApi::get_service_desk_integration): `GET /service-desk-integrations/{id}`.
pub fn get_service_desk_integration() -> super::Mock<GetServiceDeskIntegration> {
    super::Mock::new(runtime::Method::GET, "/service-desk-integrations/{id}")
}
impl super::Mock<GetServiceDeskIntegration> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::GetServiceDeskIntegrationListResponseItem,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_service_desk_integration_list()`], as `Mock<GetServiceDeskIntegrationList>`.
pub enum GetServiceDeskIntegrationList {}
/// Expects [`ServiceDeskIntegrationApi::get_service_desk_integration_list`](crate::apis::service_desk_integration::ServiceDeskIntegrationApi::get_service_desk_integration_list): `GET /service-desk-integrations`.
pub fn get_service_desk_integration_list() -> super::Mock<
    GetServiceDeskIntegrationList,
> {
    super::Mock::new(runtime::Method::GET, "/service-desk-integrations")
}
impl super::Mock<GetServiceDeskIntegrationList> {
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::GetServiceDeskIntegrationListResponseItem>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_service_desk_integration_template()`], as `Mock<GetServiceDeskIntegrationTemplate>`.
pub enum GetServiceDeskIntegrationTemplate {}
/// Expects [`ServiceDeskIntegrationApi::get_service_desk_integration_template`](crate::apis::service_desk_integration::ServiceDeskIntegrationApi::get_service_desk_integration_template): `GET /service-desk-integrations/templates/{scriptName}`.
pub fn get_service_desk_integration_template() -> super::Mock<
    GetServiceDeskIntegrationTemplate,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/service-desk-integrations/templates/{scriptName}",
    )
}
impl super::Mock<GetServiceDeskIntegrationTemplate> {
    /// Requires path parameter `scriptName` with `value`, encoded as the client does.
    pub fn script_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scriptName", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ServiceDeskIntegrationTemplateDto) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_service_desk_integration_types()`], as `Mock<GetServiceDeskIntegrationTypes>`.
pub enum GetServiceDeskIntegrationTypes {}
/// Expects [`ServiceDeskIntegrationApi::get_service_desk_integration_types`](crate::apis::service_desk_integration::ServiceDeskIntegrationApi::get_service_desk_integration_types): `GET /service-desk-integrations/types`.
pub fn get_service_desk_integration_types() -> super::Mock<
    GetServiceDeskIntegrationTypes,
> {
    super::Mock::new(runtime::Method::GET, "/service-desk-integrations/types")
}
impl super::Mock<GetServiceDeskIntegrationTypes> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::ServiceDeskIntegrationTemplateType>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_status_check_details()`], as `Mock<GetStatusCheckDetails>`.
pub enum GetStatusCheckDetails {}
/// Expects [`ServiceDeskIntegrationApi::get_status_check_details`](crate::apis::service_desk_integration::ServiceDeskIntegrationApi::get_status_check_details): `GET /service-desk-integrations/status-check-configuration`.
pub fn get_status_check_details() -> super::Mock<GetStatusCheckDetails> {
    super::Mock::new(
        runtime::Method::GET,
        "/service-desk-integrations/status-check-configuration",
    )
}
impl super::Mock<GetStatusCheckDetails> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::QueuedCheckConfigDetails) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`patch_service_desk_integration()`], as `Mock<PatchServiceDeskIntegration>`.
pub enum PatchServiceDeskIntegration {}
/// Expects [`ServiceDeskIntegrationApi::patch_service_desk_integration`](crate::apis::service_desk_integration::ServiceDeskIntegrationApi::patch_service_desk_integration): `PATCH /service-desk-integrations/{id}`.
pub fn patch_service_desk_integration() -> super::Mock<PatchServiceDeskIntegration> {
    super::Mock::new(runtime::Method::PATCH, "/service-desk-integrations/{id}")
}
impl super::Mock<PatchServiceDeskIntegration> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::GetServiceDeskIntegrationListResponseItem,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`put_service_desk_integration()`], as `Mock<PutServiceDeskIntegration>`.
pub enum PutServiceDeskIntegration {}
/// Expects [`ServiceDeskIntegrationApi::put_service_desk_integration`](crate::apis::service_desk_integration::ServiceDeskIntegrationApi::put_service_desk_integration): `PUT /service-desk-integrations/{id}`.
pub fn put_service_desk_integration() -> super::Mock<PutServiceDeskIntegration> {
    super::Mock::new(runtime::Method::PUT, "/service-desk-integrations/{id}")
}
impl super::Mock<PutServiceDeskIntegration> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(
        self,
        value: &models::GetServiceDeskIntegrationListResponseItem,
    ) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::GetServiceDeskIntegrationListResponseItem,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`update_status_check_details()`], as `Mock<UpdateStatusCheckDetails>`.
pub enum UpdateStatusCheckDetails {}
/// Expects [`ServiceDeskIntegrationApi::update_status_check_details`](crate::apis::service_desk_integration::ServiceDeskIntegrationApi::update_status_check_details): `PUT /service-desk-integrations/status-check-configuration`.
pub fn update_status_check_details() -> super::Mock<UpdateStatusCheckDetails> {
    super::Mock::new(
        runtime::Method::PUT,
        "/service-desk-integrations/status-check-configuration",
    )
}
impl super::Mock<UpdateStatusCheckDetails> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::QueuedCheckConfigDetails) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::QueuedCheckConfigDetails) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
