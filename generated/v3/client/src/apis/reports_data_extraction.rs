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
    async fn decode(resp: runtime::Response) -> runtime::Result<()> {
        resp.empty().await
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
runtime::send_methods!(CancelReport, ());
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
    async fn decode(resp: runtime::Response) -> runtime::Result<runtime::bytes::Bytes> {
        resp.bytes().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 404 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(GetReport, runtime::bytes::Bytes);
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
    async fn decode(resp: runtime::Response) -> runtime::Result<models::ReportResults> {
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
runtime::send_methods!(GetReportResult, models::ReportResults);
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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::TaskResultDetails> {
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
runtime::send_methods!(StartReport, models::TaskResultDetails);
