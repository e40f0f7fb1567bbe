//! Operations tagged `Auth Profile`.
//!
//! Use this API to implement Auth Profile functionality.
//! With this functionality in place, users can read authentication profiles and make changes to them.
//!
//! An authentication profile represents an identity profile's authentication configuration.
//! When the identity profile is created, its authentication profile is also created.
//! An authentication profile includes information like its authentication profile type (`BLOCK`, `MFA`, `NON_PTA`, PTA\`) and settings controlling whether or not it blocks access from off network or untrusted geographies.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Auth Profile`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct AuthProfileApi {
    client: crate::Client,
}
impl AuthProfileApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        AuthProfileApi { client }
    }
    /// Get auth profile.
    ///
    /// This API returns auth profile information.
    ///
    /// `GET /auth-profiles/{id}` (operation `getProfileConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Auth Profile to get.
    pub fn get_profile_config(&self, id: impl Into<String>) -> GetProfileConfig {
        GetProfileConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get list of auth profiles.
    ///
    /// This API returns a list of auth profiles.
    ///
    /// `GET /auth-profiles` (operation `getProfileConfigList`).
    pub fn get_profile_config_list(&self) -> GetProfileConfigList {
        GetProfileConfigList {
            client: self.client.clone(),
        }
    }
    /// Patch a specified auth profile
    ///
    /// This API updates an existing Auth Profile. The following fields are patchable:
    /// **offNetwork**, **untrustedGeography**, **applicationId**, **applicationName**, **type**
    ///
    /// `PATCH /auth-profiles/{id}` (operation `patchProfileConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Auth Profile to patch.
    /// - `body`: The request body (`application/json-patch+json`).
    pub fn patch_profile_config(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchProfileConfig {
        PatchProfileConfig {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`AuthProfileApi::get_profile_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetProfileConfig {
    client: crate::Client,
    id: String,
}
impl GetProfileConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/auth-profiles/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(resp: runtime::Response) -> runtime::Result<models::AuthProfile> {
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
runtime::send_methods!(GetProfileConfig, models::AuthProfile);
/// Request builder of [`AuthProfileApi::get_profile_config_list`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetProfileConfigList {
    client: crate::Client,
}
impl GetProfileConfigList {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/auth-profiles".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<Vec<models::AuthProfileSummary>> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDtoV3>().await,
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
runtime::send_methods!(GetProfileConfigList, Vec < models::AuthProfileSummary >);
/// Request builder of [`AuthProfileApi::patch_profile_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchProfileConfig {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchProfileConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/auth-profiles/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    async fn decode(resp: runtime::Response) -> runtime::Result<models::AuthProfile> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDtoV3>().await,
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
runtime::send_methods!(PatchProfileConfig, models::AuthProfile);
