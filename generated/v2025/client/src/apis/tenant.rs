//! Operations tagged `Tenant`.
//!
//! API for reading tenant details.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Tenant`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct TenantApi {
    client: crate::Client,
}
impl TenantApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        TenantApi { client }
    }
    /// Get tenant information.
    ///
    /// This rest endpoint can be used to retrieve tenant details.
    ///
    /// `GET /tenant` (operation `getTenant`).
    pub fn get_tenant(&self) -> GetTenant {
        GetTenant {
            client: self.client.clone(),
        }
    }
}
/// Request builder of [`TenantApi::get_tenant`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTenant {
    client: crate::Client,
}
impl GetTenant {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/tenant".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Tenant>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetTenant, models::Tenant, GetTenantError);
/// The errors of [`GetTenant`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetTenantError {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::Unauthorized>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(Box<runtime::TypedApiError<models::TooManyRequests>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    GetTenantError { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 404 =>
    NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
