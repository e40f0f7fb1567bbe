//! Operations tagged `Reports Data Extraction`.
//!
//! Use this API to implement reports lifecycle managing and monitoring.
//! With this functionality in place, users can run reports, view their results, and cancel reports in progress.
//! This can be potentially helpful for auditing purposes.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Reports Data Extraction`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ReportsDataExtractionApi {
    client: crate::Client,
}
impl ReportsDataExtractionApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ReportsDataExtractionApi { client }
    }
    /// Cancel report
    ///
    /// Cancels a running report.
    ///
    /// `POST /reports/{id}/cancel` (operation `cancelReport`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the running Report to cancel
    pub fn cancel_report(&self, id: impl Into<String>) -> CancelReport {
        CancelReport {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get report file
    ///
    /// Gets a report in file format.
    ///
    /// `GET /reports/{taskResultId}` (operation `getReport`).
    ///
    /// Arguments:
    ///
    /// - `task_result_id`: Unique identifier of the task result which handled report Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `file_format`: Output format of the requested report file Example: `"csv"`.
    pub fn get_report(
        &self,
        task_result_id: impl Into<String>,
        file_format: models::GetReportFileFormat,
    ) -> GetReport {
        GetReport {
            client: self.client.clone(),
            task_result_id: task_result_id.into(),
            file_format,
            name: None,
            auditable: None,
        }
    }
    /// Get report result
    ///
    /// Get the report results for a report that was run or is running. Returns empty report result in case there are no active task definitions with used in payload task definition name.
    ///
    /// `GET /reports/{taskResultId}/result` (operation `getReportResult`).
    ///
    /// Arguments:
    ///
    /// - `task_result_id`: Unique identifier of the task result which handled report Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_report_result(
        &self,
        task_result_id: impl Into<String>,
    ) -> GetReportResult {
        GetReportResult {
            client: self.client.clone(),
            task_result_id: task_result_id.into(),
            completed: None,
        }
    }
    /// Run report
    ///
    /// Use this API to run a report according to report input details. If non-concurrent task is already running then it returns, otherwise new task creates and returns.
    ///
    /// `POST /reports/run` (operation `startReport`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn start_report(&self, body: models::ReportDetails) -> StartReport {
        StartReport {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`ReportsDataExtractionApi::cancel_report`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CancelReport {
    client: crate::Client,
    id: String,
}
impl CancelReport {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/reports/",
            &runtime::encode::path_param(&self.id, false)?,
            "/cancel",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(CancelReport, (), CancelReportError);
/// The errors of [`CancelReport`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CancelReportError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ReportsDataExtractionApi::get_report`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetReport {
    client: crate::Client,
    task_result_id: String,
    file_format: models::GetReportFileFormat,
    name: Option<String>,
    auditable: Option<bool>,
}
impl GetReport {
    /// preferred Report file name, by default will be used report name from task result.
    ///
    /// Example: `"Identities Details Report"`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Enables auditing for current report download. Will create an audit event and sent it to the REPORT cloud-audit kafka topic.  Event will be created if there is any result present by requested taskResultId.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn auditable(mut self, value: bool) -> Self {
        self.auditable = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/reports/",
            &runtime::encode::path_param(&self.task_result_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        {
            let v = &self.file_format;
            req = req.query("fileFormat", v, "form", true)?;
        }
        if let Some(v) = &self.name {
            req = req.query("name", v, "form", true)?;
        }
        if let Some(v) = &self.auditable {
            req = req.query("auditable", v, "form", true)?;
        }
        req = req.accept("application/csv, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<runtime::bytes::Bytes>,
    > + Send + 'static {
        resp.bytes()
    }
}
runtime::send_methods!(GetReport, runtime::bytes::Bytes, GetReportError);
/// The errors of [`GetReport`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetReportError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ReportsDataExtractionApi::get_report_result`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetReportResult {
    client: crate::Client,
    task_result_id: String,
    completed: Option<bool>,
}
impl GetReportResult {
    /// state of task result to apply ordering when results are fetching from the DB
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn completed(mut self, value: bool) -> Self {
        self.completed = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/reports/",
            &runtime::encode::path_param(&self.task_result_id, false)?,
            "/result",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.completed {
            req = req.query("completed", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ReportResults>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetReportResult, models::ReportResults, GetReportResultError);
/// The errors of [`GetReportResult`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetReportResultError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ReportsDataExtractionApi::start_report`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartReport {
    client: crate::Client,
    body: models::ReportDetails,
}
impl StartReport {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/reports/run".to_string();
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
        Output = runtime::Result<models::TaskResultDetails>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(StartReport, models::TaskResultDetails, StartReportError);
/// The errors of [`StartReport`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartReportError = crate::errors::Error400_401_403_429_500;
