//! Typed expectations of the operations tagged `Reports Data Extraction`: `server.expect(mock::reports_data_extraction::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`cancel_report()`], as `Mock<CancelReport>`.
pub enum CancelReport {}
/// Expects [`ReportsDataExtractionApi::cancel_report`](crate::apis::reports_data_extraction::ReportsDataExtractionApi::cancel_report): `POST /reports/{id}/cancel`.
pub fn cancel_report() -> super::Mock<CancelReport> {
    super::Mock::new(runtime::Method::POST, "/reports/{id}/cancel")
}
impl super::Mock<CancelReport> {
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
/// The operation of [`get_report()`], as `Mock<GetReport>`.
pub enum GetReport {}
/// Expects [`ReportsDataExtractionApi::get_report`](crate::apis::reports_data_extraction::ReportsDataExtractionApi::get_report): `GET /reports/{taskResultId}`.
pub fn get_report() -> super::Mock<GetReport> {
    super::Mock::new(runtime::Method::GET, "/reports/{taskResultId}")
}
impl super::Mock<GetReport> {
    /// Requires path parameter `taskResultId` with `value`, encoded as the client does.
    pub fn task_result_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("taskResultId", &value, false)
    }
    /// Requires query parameter `fileFormat` with `value`, encoded as the client does.
    pub fn file_format(self, value: models::GetReportFileFormat) -> Self {
        self.query_param("fileFormat", &value, "form", true)
    }
    /// Requires query parameter `name` with `value`, encoded as the client does.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("name", &value, "form", true)
    }
    /// Requires query parameter `auditable` with `value`, encoded as the client does.
    pub fn auditable(self, value: bool) -> Self {
        self.query_param("auditable", &value, "form", true)
    }
    /// Answers `200` with `body`.
    pub fn respond_ok(self, body: &[u8]) -> Self {
        self.respond_bytes(200, "application/csv", body)
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
/// The operation of [`get_report_result()`], as `Mock<GetReportResult>`.
pub enum GetReportResult {}
/// Expects [`ReportsDataExtractionApi::get_report_result`](crate::apis::reports_data_extraction::ReportsDataExtractionApi::get_report_result): `GET /reports/{taskResultId}/result`.
pub fn get_report_result() -> super::Mock<GetReportResult> {
    super::Mock::new(runtime::Method::GET, "/reports/{taskResultId}/result")
}
impl super::Mock<GetReportResult> {
    /// Requires path parameter `taskResultId` with `value`, encoded as the client does.
    pub fn task_result_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("taskResultId", &value, false)
    }
    /// Requires query parameter `completed` with `value`, encoded as the client does.
    pub fn completed(self, value: bool) -> Self {
        self.query_param("completed", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ReportResults) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"reportType\":\"IDENTITIES_DETAILS\",\"taskDefName\":\"Identities Details Report\",\"id\":\"1e01d272b8084c4fa12fcf8fa898102d\",\"created\":\"2023-09-07T42:14:05.122Z\",\"status\":\"SUCCESS\",\"duration\":3681,\"rows\":193,\"availableFormats\":[\"CSV\"]}",
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
/// The operation of [`start_report()`], as `Mock<StartReport>`.
pub enum StartReport {}
/// Expects [`ReportsDataExtractionApi::start_report`](crate::apis::reports_data_extraction::ReportsDataExtractionApi::start_report): `POST /reports/run`.
pub fn start_report() -> super::Mock<StartReport> {
    super::Mock::new(runtime::Method::POST, "/reports/run")
}
impl super::Mock<StartReport> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ReportDetails) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::TaskResultDetails) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"reportType\":\"IDENTITIES_DETAILS\",\"taskDefName\":\"Identities Details Report\",\"type\":\"QUARTZ\",\"id\":\"a248c16fe22222b2bd49615481311111\",\"created\":\"2023-09-07T42:14:00.364Z\",\"description\":\"A detailed view of the identities in the system.\",\"parentName\":\"Audit Report\",\"launcher\":\"9832285\",\"launched\":\"2023-09-07T42:14:00.521Z\",\"completed\":\"2023-09-07T42:14:01.137Z\",\"messages\":[],\"returns\":[],\"attributes\":{\"org\":\"an-org\"},\"progress\":\"Initializing...\"}",
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
