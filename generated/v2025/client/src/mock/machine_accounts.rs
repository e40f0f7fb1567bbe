//! Typed expectations of the operations tagged `Machine Accounts`: `server.expect(mock::machine_accounts::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_machine_account_subtype()`], as `Mock<CreateMachineAccountSubtype>`.
pub enum CreateMachineAccountSubtype {}
/// Expects [`MachineAccountsApi::create_machine_account_subtype`](crate::apis::machine_accounts::MachineAccountsApi::create_machine_account_subtype): `POST /sources/{sourceId}/subtypes`.
pub fn create_machine_account_subtype() -> super::Mock<CreateMachineAccountSubtype> {
    super::Mock::new(runtime::Method::POST, "/sources/{sourceId}/subtypes")
}
impl super::Mock<CreateMachineAccountSubtype> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CreateMachineAccountSubtypeRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::SourceSubtype) -> Self {
        self.respond_json(201, body)
    }
    /// Answers `201` with the spec's example.
    pub fn respond_created_example(self) -> Self {
        self.respond_json_text(
            201,
            "{\"id\":\"43bdd144-4b17-4fce-a744-17c7fd3e717b\",\"sourceId\":\"6d0458373bec4b4b80460992b76016da\",\"technicalName\":\"foo\",\"displayName\":\"Mr Foo\",\"description\":\"fighters\",\"created\":\"2025-07-28T16:13:42.801Z\",\"modified\":\"2025-07-28T16:13:42.750Z\",\"type\":\"MACHINE\"}",
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
/// The operation of [`delete_machine_account_subtype()`], as `Mock<DeleteMachineAccountSubtype>`.
pub enum DeleteMachineAccountSubtype {}
/// Expects [`MachineAccountsApi::delete_machine_account_subtype`](crate::apis::machine_accounts::MachineAccountsApi::delete_machine_account_subtype): `DELETE /sources/{sourceId}/subtypes/{technicalName}`.
pub fn delete_machine_account_subtype() -> super::Mock<DeleteMachineAccountSubtype> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/sources/{sourceId}/subtypes/{technicalName}",
    )
}
impl super::Mock<DeleteMachineAccountSubtype> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `technicalName` with `value`, encoded as the client does.
    pub fn technical_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("technicalName", &value, false)
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
/// The operation of [`get_machine_account()`], as `Mock<GetMachineAccount>`.
pub enum GetMachineAccount {}
/// Expects [`MachineAccountsApi::get_machine_account`](crate::apis::machine_accounts::MachineAccountsApi::get_machine_account): `GET /machine-accounts/{id}`.
pub fn get_machine_account() -> super::Mock<GetMachineAccount> {
    super::Mock::new(runtime::Method::GET, "/machine-accounts/{id}")
}
impl super::Mock<GetMachineAccount> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::MachineAccount) -> Self {
        self.respond_json(200, body)
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
/// The operation of [`get_machine_account_subtype_by_id()`], as `Mock<GetMachineAccountSubtypeById>`.
pub enum GetMachineAccountSubtypeById {}
/// Expects [`MachineAccountsApi::get_machine_account_subtype_by_id`](crate::apis::machine_accounts::MachineAccountsApi::get_machine_account_subtype_by_id): `GET /sources/subtypes/{subtypeId}`.
pub fn get_machine_account_subtype_by_id() -> super::Mock<GetMachineAccountSubtypeById> {
    super::Mock::new(runtime::Method::GET, "/sources/subtypes/{subtypeId}")
}
impl super::Mock<GetMachineAccountSubtypeById> {
    /// Requires path parameter `subtypeId` with `value`, encoded as the client does.
    pub fn subtype_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("subtypeId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceSubtype) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"43bdd144-4b17-4fce-a744-17c7fd3e717b\",\"sourceId\":\"6d0458373bec4b4b80460992b76016da\",\"technicalName\":\"foo\",\"displayName\":\"Mr Foo\",\"description\":\"fighters\",\"created\":\"2025-07-28T16:13:42.801Z\",\"modified\":\"2025-07-28T16:13:42.750Z\"}",
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
/// The operation of [`get_machine_account_subtype_by_technical_name()`], as `Mock<GetMachineAccountSubtypeByTechnicalName>`.
pub enum GetMachineAccountSubtypeByTechnicalName {}
/// Expects [`MachineAccountsApi::get_machine_account_subtype_by_technical_name`](crate::apis::machine_accounts::MachineAccountsApi::get_machine_account_subtype_by_technical_name): `GET /sources/{sourceId}/subtypes/{technicalName}`.
pub fn get_machine_account_subtype_by_technical_name() -> super::Mock<
    GetMachineAccountSubtypeByTechnicalName,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/sources/{sourceId}/subtypes/{technicalName}",
    )
}
impl super::Mock<GetMachineAccountSubtypeByTechnicalName> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `technicalName` with `value`, encoded as the client does.
    pub fn technical_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("technicalName", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceSubtype) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"43bdd144-4b17-4fce-a744-17c7fd3e717b\",\"sourceId\":\"6d0458373bec4b4b80460992b76016da\",\"technicalName\":\"foo\",\"displayName\":\"Mr Foo\",\"description\":\"fighters\",\"created\":\"2025-07-28T16:13:42.801Z\",\"modified\":\"2025-07-28T16:13:42.750Z\",\"type\":\"MACHINE\"}",
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
/// The operation of [`list_machine_account_subtypes()`], as `Mock<ListMachineAccountSubtypes>`.
pub enum ListMachineAccountSubtypes {}
/// Expects [`MachineAccountsApi::list_machine_account_subtypes`](crate::apis::machine_accounts::MachineAccountsApi::list_machine_account_subtypes): `GET /sources/{sourceId}/subtypes`.
pub fn list_machine_account_subtypes() -> super::Mock<ListMachineAccountSubtypes> {
    super::Mock::new(runtime::Method::GET, "/sources/{sourceId}/subtypes")
}
impl super::Mock<ListMachineAccountSubtypes> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SourceSubtype>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"43bdd144-4b17-4fce-a744-17c7fd3e717b\",\"sourceId\":\"6d0458373bec4b4b80460992b76016da\",\"technicalName\":\"foo\",\"displayName\":\"Mr Foo\",\"description\":\"fighters\",\"created\":\"2025-07-28T16:13:42.801Z\",\"modified\":\"2025-07-28T16:13:42.750Z\",\"type\":\"MACHINE\"}]",
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
/// The operation of [`list_machine_accounts()`], as `Mock<ListMachineAccounts>`.
pub enum ListMachineAccounts {}
/// Expects [`MachineAccountsApi::list_machine_accounts`](crate::apis::machine_accounts::MachineAccountsApi::list_machine_accounts): `GET /machine-accounts`.
pub fn list_machine_accounts() -> super::Mock<ListMachineAccounts> {
    super::Mock::new(runtime::Method::GET, "/machine-accounts")
}
impl super::Mock<ListMachineAccounts> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::MachineAccount>) -> Self {
        self.respond_json(200, body)
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
/// The operation of [`patch_machine_account_subtype()`], as `Mock<PatchMachineAccountSubtype>`.
pub enum PatchMachineAccountSubtype {}
/// Expects [`MachineAccountsApi::patch_machine_account_subtype`](crate::apis::machine_accounts::MachineAccountsApi::patch_machine_account_subtype): `PATCH /sources/{sourceId}/subtypes/{technicalName}`.
pub fn patch_machine_account_subtype() -> super::Mock<PatchMachineAccountSubtype> {
    super::Mock::new(
        runtime::Method::PATCH,
        "/sources/{sourceId}/subtypes/{technicalName}",
    )
}
impl super::Mock<PatchMachineAccountSubtype> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `technicalName` with `value`, encoded as the client does.
    pub fn technical_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("technicalName", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::serde_json::Value>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceSubtype) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"43bdd144-4b17-4fce-a744-17c7fd3e717b\",\"sourceId\":\"6d0458373bec4b4b80460992b76016da\",\"technicalName\":\"foo\",\"displayName\":\"Test New DisplayName\",\"description\":\"fighters updated\",\"created\":\"2025-07-28T16:13:42.801Z\",\"modified\":\"2025-07-28T16:13:42.750Z\",\"type\":\"MACHINE\"}",
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
/// The operation of [`update_machine_account()`], as `Mock<UpdateMachineAccount>`.
pub enum UpdateMachineAccount {}
/// Expects [`MachineAccountsApi::update_machine_account`](crate::apis::machine_accounts::MachineAccountsApi::update_machine_account): `PATCH /machine-accounts/{id}`.
pub fn update_machine_account() -> super::Mock<UpdateMachineAccount> {
    super::Mock::new(runtime::Method::PATCH, "/machine-accounts/{id}")
}
impl super::Mock<UpdateMachineAccount> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::serde_json::Value>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::MachineAccount) -> Self {
        self.respond_json(200, body)
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
