//! Operations tagged `Branding`.
//!
//! Use this API to implement and customize branding functionality.
//! With this functionality in place, administrators can get and manage existing branding items, and they can also create new branding items and configure them for use throughout Identity Security Cloud.
//! The Branding APIs provide administrators with a way to customize branding items.
//! This customization includes details like their colors, logos, and other information.
//! Refer to [Certifications](https://documentation.sailpoint.com/saas/user-help/certs/reviewing/index.html) for more information about certifications.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Branding`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct BrandingApi {
    client: crate::Client,
}
impl BrandingApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        BrandingApi { client }
    }
    /// Create a branding item
    ///
    /// This API endpoint creates a branding item.
    ///
    /// `POST /brandings` (operation `createBrandingItem`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`multipart/form-data`).
    pub fn create_branding_item(
        &self,
        body: models::BrandingItemCreate,
    ) -> CreateBrandingItem {
        CreateBrandingItem {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete a branding item
    ///
    /// This API endpoint delete information for an existing branding item by name.
    ///
    /// `DELETE /brandings/{name}` (operation `deleteBranding`).
    ///
    /// Arguments:
    ///
    /// - `name`: The name of the branding item to be deleted Example: `"default"`.
    pub fn delete_branding(&self, name: impl Into<String>) -> DeleteBranding {
        DeleteBranding {
            client: self.client.clone(),
            name: name.into(),
        }
    }
    /// Get a branding item
    ///
    /// This API endpoint retrieves information for an existing branding item by name.
    ///
    /// `GET /brandings/{name}` (operation `getBranding`).
    ///
    /// Arguments:
    ///
    /// - `name`: The name of the branding item to be retrieved Example: `"default"`.
    pub fn get_branding(&self, name: impl Into<String>) -> GetBranding {
        GetBranding {
            client: self.client.clone(),
            name: name.into(),
        }
    }
    /// List of branding items
    ///
    /// This API endpoint returns a list of branding items.
    ///
    /// `GET /brandings` (operation `getBrandingList`).
    pub fn get_branding_list(&self) -> GetBrandingList {
        GetBrandingList {
            client: self.client.clone(),
        }
    }
    /// Update a branding item
    ///
    /// This API endpoint updates information for an existing branding item.
    ///
    /// `PUT /brandings/{name}` (operation `setBrandingItem`).
    ///
    /// Arguments:
    ///
    /// - `name`: The name of the branding item to be retrieved Example: `"default"`.
    /// - `body`: The request body (`multipart/form-data`).
    pub fn set_branding_item(
        &self,
        name: impl Into<String>,
        body: models::BrandingItemCreate,
    ) -> SetBrandingItem {
        SetBrandingItem {
            client: self.client.clone(),
            name: name.into(),
            body,
        }
    }
}
/// Request builder of [`BrandingApi::create_branding_item`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBrandingItem {
    client: crate::Client,
    body: models::BrandingItemCreate,
}
impl CreateBrandingItem {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/brandings".to_string();
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
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["fileStandard"])?;
            if let Some(v) = &body.file_standard {
                form = form.file("fileStandard", v.clone(), None, None);
            }
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::BrandingItem>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateBrandingItem, models::BrandingItem, CreateBrandingItemError
);
/// The errors of [`CreateBrandingItem`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateBrandingItemError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`BrandingApi::delete_branding`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteBranding {
    client: crate::Client,
    name: String,
}
impl DeleteBranding {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/brandings/", &runtime::encode::path_param(&self.name, false)?]
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
runtime::send_methods!(DeleteBranding, (), DeleteBrandingError);
/// The errors of [`DeleteBranding`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteBrandingError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`BrandingApi::get_branding`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetBranding {
    client: crate::Client,
    name: String,
}
impl GetBranding {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/brandings/", &runtime::encode::path_param(&self.name, false)?]
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
        Output = runtime::Result<models::BrandingItem>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetBranding, models::BrandingItem, GetBrandingError);
/// The errors of [`GetBranding`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetBrandingError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`BrandingApi::get_branding_list`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetBrandingList {
    client: crate::Client,
}
impl GetBrandingList {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/brandings".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::BrandingItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetBrandingList, Vec < models::BrandingItem >, GetBrandingListError
);
/// The errors of [`GetBrandingList`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetBrandingListError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`BrandingApi::set_branding_item`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetBrandingItem {
    client: crate::Client,
    name: String,
    body: models::BrandingItemCreate,
}
impl SetBrandingItem {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/brandings/", &runtime::encode::path_param(&self.name, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["fileStandard"])?;
            if let Some(v) = &body.file_standard {
                form = form.file("fileStandard", v.clone(), None, None);
            }
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::BrandingItem>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(SetBrandingItem, models::BrandingItem, SetBrandingItemError);
/// The errors of [`SetBrandingItem`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetBrandingItemError = crate::errors::Error400_401_403_404_429_500;
