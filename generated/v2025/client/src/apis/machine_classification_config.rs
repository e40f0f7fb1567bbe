//! Operations tagged `Machine Classification Config`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Machine Classification Config`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct MachineClassificationConfigApi {
    client: crate::Client,
}
impl MachineClassificationConfigApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        MachineClassificationConfigApi {
            client,
        }
    }
    /// Delete source's classification config
    ///
    /// Use this API to remove Classification Config for a Source.
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `DELETE /sources/{id}/machine-classification-config` (operation `deleteMachineClassificationConfig`). Experimental: the client sends the experimental header itself.
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn delete_machine_classification_config(
        &self,
        id: impl Into<String>,
    ) -> DeleteMachineClassificationConfig {
        DeleteMachineClassificationConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Machine classification config for source
    ///
    /// This API returns a Machine Classification Config for a Source using Source ID.
    ///
    /// `GET /sources/{id}/machine-classification-config` (operation `getMachineClassificationConfig`). Experimental: the client sends the experimental header itself.
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_machine_classification_config(
        &self,
        id: impl Into<String>,
    ) -> GetMachineClassificationConfig {
        GetMachineClassificationConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Update source's classification config
    ///
    /// Use this API to update Classification Config for a Source. A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `PUT /sources/{id}/machine-classification-config` (operation `setMachineClassificationConfig`). Experimental: the client sends the experimental header itself.
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: The request body (`application/json`).
    pub fn set_machine_classification_config(
        &self,
        id: impl Into<String>,
        body: models::GetMachineClassificationConfigResponse,
    ) -> SetMachineClassificationConfig {
        SetMachineClassificationConfig {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`MachineClassificationConfigApi::delete_machine_classification_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteMachineClassificationConfig {
    client: crate::Client,
    id: String,
}
impl DeleteMachineClassificationConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/machine-classification-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.header("X-SailPoint-Experimental", "true")?;
        Ok(req)
    }
    async fn decode(resp: runtime::Response) -> runtime::Result<()> {
        resp.empty().await
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
runtime::send_methods!(DeleteMachineClassificationConfig, ());
/// Request builder of [`MachineClassificationConfigApi::get_machine_classification_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMachineClassificationConfig {
    client: crate::Client,
    id: String,
}
impl GetMachineClassificationConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/machine-classification-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.header("X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::GetMachineClassificationConfigResponse> {
        resp.json().await
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
runtime::send_methods!(
    GetMachineClassificationConfig, models::GetMachineClassificationConfigResponse
);
/// Request builder of [`MachineClassificationConfigApi::set_machine_classification_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetMachineClassificationConfig {
    client: crate::Client,
    id: String,
    body: models::GetMachineClassificationConfigResponse,
}
impl SetMachineClassificationConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/machine-classification-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.header("X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::GetMachineClassificationConfigResponse> {
        resp.json().await
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
runtime::send_methods!(
    SetMachineClassificationConfig, models::GetMachineClassificationConfigResponse
);
