//! Operations tagged `Org Config`.
//!
//! Use this API to implement organization configuration functionality.
//! Administrators can use this functionality to manage organization settings, such as time zones.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Org Config`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct OrgConfigApi {
    client: crate::Client,
}
impl OrgConfigApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        OrgConfigApi { client }
    }
    /// Get org configuration settings
    ///
    /// Get org configuration with only external (org admin) accessible properties for the current org.
    ///
    /// `GET /org-config` (operation `getOrgConfig`).
    pub fn get_org_config(&self) -> GetOrgConfig {
        GetOrgConfig {
            client: self.client.clone(),
        }
    }
    /// Get list of time zones
    ///
    /// Get a list of valid time zones that can be set in org configurations.
    ///
    /// `GET /org-config/valid-time-zones` (operation `getValidTimeZones`).
    pub fn get_valid_time_zones(&self) -> GetValidTimeZones {
        GetValidTimeZones {
            client: self.client.clone(),
        }
    }
    /// Patch an org configuration property
    ///
    /// Patch configuration of the current org using <http://jsonpatch.com/> syntax.  Commonly used for changing the time zone of an org.
    ///
    /// `PATCH /org-config` (operation `patchOrgConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: A list of schema attribute update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    pub fn patch_org_config(
        &self,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchOrgConfig {
        PatchOrgConfig {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`OrgConfigApi::get_org_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrgConfig {
    client: crate::Client,
}
impl GetOrgConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/org-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(resp: runtime::Response) -> runtime::Result<models::OrgConfig> {
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
runtime::send_methods!(GetOrgConfig, models::OrgConfig);
/// Request builder of [`OrgConfigApi::get_valid_time_zones`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetValidTimeZones {
    client: crate::Client,
}
impl GetValidTimeZones {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/org-config/valid-time-zones".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(resp: runtime::Response) -> runtime::Result<Vec<String>> {
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
runtime::send_methods!(GetValidTimeZones, Vec < String >);
/// Request builder of [`OrgConfigApi::patch_org_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchOrgConfig {
    client: crate::Client,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchOrgConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/org-config".to_string();
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
    async fn decode(resp: runtime::Response) -> runtime::Result<models::OrgConfig> {
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
runtime::send_methods!(PatchOrgConfig, models::OrgConfig);
