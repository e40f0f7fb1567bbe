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
    /// Arguments:
    ///
    /// - `object_type`: Object type Example: `"application"`.
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
    /// Arguments:
    ///
    /// - `object_type`: Object type Example: `"application"`.
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
        Ok(req)
    }
    async fn decode(resp: runtime::Response) -> runtime::Result<()> {
        resp.empty().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 404 | 500 => resp.error::<models::ErrorResponseDtoV3>().await,
            401 => {
                resp.error::<models::ListAccessModelMetadataAttributeResponse401>().await
            }
            429 => {
                resp.error::<models::ListAccessModelMetadataAttributeResponse429>().await
            }
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(DeleteIcon, ());
/// Request builder of [`IconsApi::set_icon`]: set optional parameters, then `.send().await`.
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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::SetIconResponse> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 404 | 500 => resp.error::<models::ErrorResponseDtoV3>().await,
            401 => {
                resp.error::<models::ListAccessModelMetadataAttributeResponse401>().await
            }
            429 => {
                resp.error::<models::ListAccessModelMetadataAttributeResponse429>().await
            }
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(SetIcon, models::SetIconResponse);
