//! Operations tagged `Launchers`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Launchers`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct LaunchersApi {
    client: crate::Client,
}
impl LaunchersApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        LaunchersApi { client }
    }
    /// Create launcher
    ///
    /// Create a Launcher with given information
    ///
    /// `POST /launchers` (operation `createLauncher`).
    ///
    /// Arguments:
    ///
    /// - `body`: Payload to create a Launcher
    pub fn create_launcher(&self, body: models::LauncherRequest) -> CreateLauncher {
        CreateLauncher {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete launcher
    ///
    /// Delete the given Launcher ID
    ///
    /// `DELETE /launchers/{launcherID}` (operation `deleteLauncher`).
    ///
    /// Arguments:
    ///
    /// - `launcher_id`: ID of the Launcher to be deleted Example: `"e3012408-8b61-4564-ad41-c5ec131c325b"`.
    pub fn delete_launcher(&self, launcher_id: String) -> DeleteLauncher {
        DeleteLauncher {
            client: self.client.clone(),
            launcher_id,
        }
    }
    /// Get launcher by id
    ///
    /// Get details for the given Launcher ID
    ///
    /// `GET /launchers/{launcherID}` (operation `getLauncher`).
    ///
    /// Arguments:
    ///
    /// - `launcher_id`: ID of the Launcher to be retrieved Example: `"e3012408-8b61-4564-ad41-c5ec131c325b"`.
    pub fn get_launcher(&self, launcher_id: String) -> GetLauncher {
        GetLauncher {
            client: self.client.clone(),
            launcher_id,
        }
    }
    /// List all launchers for tenant
    ///
    /// Return a list of Launchers for the authenticated tenant
    ///
    /// `GET /launchers` (operation `getLaunchers`).
    pub fn get_launchers(&self) -> GetLaunchers {
        GetLaunchers {
            client: self.client.clone(),
            filters: None,
            next: None,
            limit: None,
        }
    }
    /// Replace launcher
    ///
    /// Replace the given Launcher ID with given payload
    ///
    /// `PUT /launchers/{launcherID}` (operation `putLauncher`).
    ///
    /// Arguments:
    ///
    /// - `launcher_id`: ID of the Launcher to be replaced Example: `"e3012408-8b61-4564-ad41-c5ec131c325b"`.
    /// - `body`: Payload to replace Launcher
    pub fn put_launcher(
        &self,
        launcher_id: String,
        body: models::LauncherRequest,
    ) -> PutLauncher {
        PutLauncher {
            client: self.client.clone(),
            launcher_id,
            body,
        }
    }
    /// Launch a launcher
    ///
    /// Launch the given Launcher ID
    ///
    /// `POST /launchers/{launcherID}/launch` (operation `startLauncher`).
    ///
    /// Arguments:
    ///
    /// - `launcher_id`: ID of the Launcher to be launched Example: `"e3012408-8b61-4564-ad41-c5ec131c325b"`.
    pub fn start_launcher(&self, launcher_id: String) -> StartLauncher {
        StartLauncher {
            client: self.client.clone(),
            launcher_id,
        }
    }
}
/// Request builder of [`LaunchersApi::create_launcher`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateLauncher {
    client: crate::Client,
    body: models::LauncherRequest,
}
impl CreateLauncher {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/launchers".to_string();
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
        Output = runtime::Result<models::Launcher>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateLauncher, models::Launcher, CreateLauncherError);
/// The errors of [`CreateLauncher`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateLauncherError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`LaunchersApi::delete_launcher`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteLauncher {
    client: crate::Client,
    launcher_id: String,
}
impl DeleteLauncher {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/launchers/",
            &runtime::encode::path_param(&self.launcher_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
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
runtime::send_methods!(DeleteLauncher, (), DeleteLauncherError);
/// The errors of [`DeleteLauncher`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteLauncherError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`LaunchersApi::get_launcher`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetLauncher {
    client: crate::Client,
    launcher_id: String,
}
impl GetLauncher {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/launchers/",
            &runtime::encode::path_param(&self.launcher_id, false)?,
        ]
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
        Output = runtime::Result<models::Launcher>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetLauncher, models::Launcher, GetLauncherError);
/// The errors of [`GetLauncher`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetLauncherError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`LaunchersApi::get_launchers`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetLaunchers {
    client: crate::Client,
    filters: Option<String>,
    next: Option<String>,
    limit: Option<i32>,
}
impl GetLaunchers {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **description**: *sw*
    ///
    /// **disabled**: *eq*
    ///
    /// **name**: *sw*
    ///
    /// Example: `"disabled eq \"true\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Pagination marker
    ///
    /// Example: `"eyJuZXh0IjoxMjN9Cg=="`.
    pub fn next(mut self, value: impl Into<String>) -> Self {
        self.next = Some(value.into());
        self
    }
    /// Number of Launchers to return
    ///
    /// Default: `10`.
    ///
    /// Example: `42`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/launchers".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.next {
            req = req.query("next", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::GetLaunchersResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetLaunchers, models::GetLaunchersResponse, GetLaunchersError);
/// The errors of [`GetLaunchers`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetLaunchersError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`LaunchersApi::put_launcher`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutLauncher {
    client: crate::Client,
    launcher_id: String,
    body: models::LauncherRequest,
}
impl PutLauncher {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/launchers/",
            &runtime::encode::path_param(&self.launcher_id, false)?,
        ]
            .concat();
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
        Output = runtime::Result<models::Launcher>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PutLauncher, models::Launcher, PutLauncherError);
/// The errors of [`PutLauncher`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutLauncherError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`LaunchersApi::start_launcher`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartLauncher {
    client: crate::Client,
    launcher_id: String,
}
impl StartLauncher {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/launchers/",
            &runtime::encode::path_param(&self.launcher_id, false)?,
            "/launch",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
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
        Output = runtime::Result<models::StartLauncherResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(StartLauncher, models::StartLauncherResponse, StartLauncherError);
/// The errors of [`StartLauncher`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartLauncherError = crate::errors::Error400_401_403_404_429_500;
