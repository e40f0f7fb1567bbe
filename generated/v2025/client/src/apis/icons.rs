//! Operations tagged `Icons`.
//!
//! Use this API to implement functionality related to object icons (application icons for example).
//! With this functionality in place, administrators can set or remove an icon for specific object type for use throughout Identity Security Cloud.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Icons`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct IconsApi {
    client: crate::Client,
}
impl IconsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        IconsApi { client }
    }
    /// Delete an icon
    ///
    /// This API endpoint delete an icon by object type and object id. A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `DELETE /icons/{objectType}/{objectId}` (operation `deleteIcon`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `object_type`: Object type. Available options \['application'\] Example: `"application"`.
    /// - `object_id`: Object id. Example: `"a291e870-48c3-4953-b656-fb5ce2a93169"`.
    pub fn delete_icon(
        &self,
        object_type: models::DeleteIconObjectType,
        object_id: impl Into<String>,
    ) -> DeleteIcon {
        DeleteIcon {
            client: self.client.clone(),
            object_type,
            object_id: object_id.into(),
        }
    }
    /// Update an icon
    ///
    /// This API endpoint updates an icon by object type and object id. A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `PUT /icons/{objectType}/{objectId}` (operation `setIcon`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `object_type`: Object type. Available options \['application'\] Example: `"application"`.
    /// - `object_id`: Object id. Example: `"a291e870-48c3-4953-b656-fb5ce2a93169"`.
    /// - `body`: The request body (`multipart/form-data`).
    pub fn set_icon(
        &self,
        object_type: models::SetIconObjectType,
        object_id: impl Into<String>,
        body: models::SetIconRequest,
    ) -> SetIcon {
        SetIcon {
            client: self.client.clone(),
            object_type,
            object_id: object_id.into(),
            body,
        }
    }
}
/// Request builder of [`IconsApi::delete_icon`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteIcon {
    client: crate::Client,
    object_type: models::DeleteIconObjectType,
    object_id: String,
}
impl DeleteIcon {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/icons/",
            &runtime::encode::path_param(&self.object_type, false)?,
            "/",
            &runtime::encode::path_param(&self.object_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.experimental("deleteIcon", "X-SailPoint-Experimental", "true")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteIcon, (), DeleteIconError);
/// The errors of [`DeleteIcon`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteIconError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IconsApi::set_icon`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetIcon {
    client: crate::Client,
    object_type: models::SetIconObjectType,
    object_id: String,
    body: models::SetIconRequest,
}
impl SetIcon {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/icons/",
            &runtime::encode::path_param(&self.object_type, false)?,
            "/",
            &runtime::encode::path_param(&self.object_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.experimental("setIcon", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["image"])?;
            form = form.file("image", body.image.clone(), None, None);
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SetIconResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(SetIcon, models::SetIconResponse, SetIconError);
/// The errors of [`SetIcon`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetIconError = crate::errors::Error400_401_403_404_429_500;
