//! Operations tagged `Machine Accounts`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Machine Accounts`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct MachineAccountsApi {
    client: crate::Client,
}
impl MachineAccountsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        MachineAccountsApi { client }
    }
    /// Create subtype
    ///
    /// Create a new machine account subtype for a source.
    ///
    /// `POST /sources/{sourceId}/subtypes` (operation `createMachineAccountSubtype`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `source_id`: The ID of the source. Example: `"6d0458373bec4b4b80460992b76016da"`.
    /// - `body`: The request body (`application/json`).
    #[deprecated]
    pub fn create_machine_account_subtype(
        &self,
        source_id: impl Into<String>,
        body: models::CreateMachineAccountSubtypeRequest,
    ) -> CreateMachineAccountSubtype {
        CreateMachineAccountSubtype {
            client: self.client.clone(),
            source_id: source_id.into(),
            body,
        }
    }
    /// Delete subtype
    ///
    /// Delete a machine account subtype by source ID and technical name.
    ///
    /// `DELETE /sources/{sourceId}/subtypes/{technicalName}` (operation `deleteMachineAccountSubtype`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `source_id`: The ID of the source. Example: `"6d0458373bec4b4b80460992b76016da"`.
    /// - `technical_name`: The technical name of the subtype. Example: `"foo"`.
    #[deprecated]
    pub fn delete_machine_account_subtype(
        &self,
        source_id: impl Into<String>,
        technical_name: impl Into<String>,
    ) -> DeleteMachineAccountSubtype {
        DeleteMachineAccountSubtype {
            client: self.client.clone(),
            source_id: source_id.into(),
            technical_name: technical_name.into(),
        }
    }
    /// Get machine account details
    ///
    /// Use this API to return the details for a single machine account by its ID.
    ///
    /// `GET /machine-accounts/{id}` (operation `getMachineAccount`).
    ///
    /// Arguments:
    ///
    /// - `id`: Machine Account ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_machine_account(&self, id: impl Into<String>) -> GetMachineAccount {
        GetMachineAccount {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Retrieve subtype by subtype id
    ///
    /// Get a machine account subtype by its unique ID.
    ///
    /// `GET /sources/subtypes/{subtypeId}` (operation `getMachineAccountSubtypeById`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `subtype_id`: The ID of the machine account subtype. Example: `"43bdd144-4b17-4fce-a744-17c7fd3e717b"`.
    #[deprecated]
    pub fn get_machine_account_subtype_by_id(
        &self,
        subtype_id: impl Into<String>,
    ) -> GetMachineAccountSubtypeById {
        GetMachineAccountSubtypeById {
            client: self.client.clone(),
            subtype_id: subtype_id.into(),
        }
    }
    /// Retrieve subtype by source and technicalName
    ///
    /// Get a machine account subtype by source ID and technical name.
    ///
    /// `GET /sources/{sourceId}/subtypes/{technicalName}` (operation `getMachineAccountSubtypeByTechnicalName`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `source_id`: The ID of the source. Example: `"6d0458373bec4b4b80460992b76016da"`.
    /// - `technical_name`: The technical name of the subtype. Example: `"foo"`.
    #[deprecated]
    pub fn get_machine_account_subtype_by_technical_name(
        &self,
        source_id: impl Into<String>,
        technical_name: impl Into<String>,
    ) -> GetMachineAccountSubtypeByTechnicalName {
        GetMachineAccountSubtypeByTechnicalName {
            client: self.client.clone(),
            source_id: source_id.into(),
            technical_name: technical_name.into(),
        }
    }
    /// Retrieve all subtypes by source
    ///
    /// Get all machine account subtypes for a given source.
    ///
    /// `GET /sources/{sourceId}/subtypes` (operation `listMachineAccountSubtypes`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `source_id`: The ID of the source. Example: `"6d0458373bec4b4b80460992b76016da"`.
    #[deprecated]
    pub fn list_machine_account_subtypes(
        &self,
        source_id: impl Into<String>,
    ) -> ListMachineAccountSubtypes {
        ListMachineAccountSubtypes {
            client: self.client.clone(),
            source_id: source_id.into(),
            filters: None,
            sorters: None,
            count: None,
            limit: None,
            offset: None,
        }
    }
    /// List machine accounts
    ///
    /// This returns a list of machine accounts.
    ///
    /// `GET /machine-accounts` (operation `listMachineAccounts`).
    pub fn list_machine_accounts(&self) -> ListMachineAccounts {
        ListMachineAccounts {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// Patch subtype
    ///
    /// Update fields of a machine account subtype by source ID and technical name.
    /// Patchable fields include: `displayName`, `description`.
    ///
    /// `PATCH /sources/{sourceId}/subtypes/{technicalName}` (operation `patchMachineAccountSubtype`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `source_id`: The ID of the source. Example: `"6d0458373bec4b4b80460992b76016da"`.
    /// - `technical_name`: The technical name of the subtype. Example: `"foo"`.
    /// - `body`: A JSON of updated values [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    #[deprecated]
    pub fn patch_machine_account_subtype(
        &self,
        source_id: impl Into<String>,
        technical_name: impl Into<String>,
        body: Vec<models::serde_json::Value>,
    ) -> PatchMachineAccountSubtype {
        PatchMachineAccountSubtype {
            client: self.client.clone(),
            source_id: source_id.into(),
            technical_name: technical_name.into(),
            body,
        }
    }
    /// Update machine account details
    ///
    /// Use this API to update machine accounts details.
    ///
    /// `PATCH /machine-accounts/{id}` (operation `updateMachineAccount`).
    ///
    /// Arguments:
    ///
    /// - `id`: Machine Account ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: A JSON of updated values [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. The following fields are patchable: * description * ownerIdentity * subType * accessType * environment * attributes * classificationMethod * manuallyEdited * nativeIdentity * uuid * source * manuallyCorrelated * enabled * locked * hasEntitlements * connectorAttributes
    pub fn update_machine_account(
        &self,
        id: impl Into<String>,
        body: Vec<models::serde_json::Value>,
    ) -> UpdateMachineAccount {
        UpdateMachineAccount {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`MachineAccountsApi::create_machine_account_subtype`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateMachineAccountSubtype {
    client: crate::Client,
    source_id: String,
    body: models::CreateMachineAccountSubtypeRequest,
}
impl CreateMachineAccountSubtype {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/subtypes",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "createMachineAccountSubtype",
                "X-SailPoint-Experimental",
                "true",
            )?;
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
        Output = runtime::Result<models::SourceSubtype>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateMachineAccountSubtype, models::SourceSubtype, CreateMachineAccountSubtypeError
);
/// The errors of [`CreateMachineAccountSubtype`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateMachineAccountSubtypeError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MachineAccountsApi::delete_machine_account_subtype`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteMachineAccountSubtype {
    client: crate::Client,
    source_id: String,
    technical_name: String,
}
impl DeleteMachineAccountSubtype {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/subtypes/",
            &runtime::encode::path_param(&self.technical_name, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "deleteMachineAccountSubtype",
                "X-SailPoint-Experimental",
                "true",
            )?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    DeleteMachineAccountSubtype, (), DeleteMachineAccountSubtypeError
);
/// The errors of [`DeleteMachineAccountSubtype`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteMachineAccountSubtypeError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MachineAccountsApi::get_machine_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMachineAccount {
    client: crate::Client,
    id: String,
}
impl GetMachineAccount {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/machine-accounts/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::MachineAccount>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetMachineAccount, models::MachineAccount, GetMachineAccountError
);
/// The errors of [`GetMachineAccount`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMachineAccountError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MachineAccountsApi::get_machine_account_subtype_by_id`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMachineAccountSubtypeById {
    client: crate::Client,
    subtype_id: String,
}
impl GetMachineAccountSubtypeById {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/subtypes/",
            &runtime::encode::path_param(&self.subtype_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getMachineAccountSubtypeById",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceSubtype>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetMachineAccountSubtypeById, models::SourceSubtype,
    GetMachineAccountSubtypeByIdError
);
/// The errors of [`GetMachineAccountSubtypeById`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMachineAccountSubtypeByIdError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MachineAccountsApi::get_machine_account_subtype_by_technical_name`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMachineAccountSubtypeByTechnicalName {
    client: crate::Client,
    source_id: String,
    technical_name: String,
}
impl GetMachineAccountSubtypeByTechnicalName {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/subtypes/",
            &runtime::encode::path_param(&self.technical_name, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getMachineAccountSubtypeByTechnicalName",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceSubtype>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetMachineAccountSubtypeByTechnicalName, models::SourceSubtype,
    GetMachineAccountSubtypeByTechnicalNameError
);
/// The errors of [`GetMachineAccountSubtypeByTechnicalName`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMachineAccountSubtypeByTechnicalNameError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MachineAccountsApi::list_machine_account_subtypes`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMachineAccountSubtypes {
    client: crate::Client,
    source_id: String,
    filters: Option<String>,
    sorters: Option<String>,
    count: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
}
impl ListMachineAccountSubtypes {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **displayName**: *eq, sw*
    ///
    /// **technicalName**: *eq, sw*
    ///
    /// Example: `"displayName eq \"sail\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **displayName, technicalName**
    ///
    /// Example: `"displayName"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/subtypes",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        req = req
            .experimental(
                "listMachineAccountSubtypes",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::SourceSubtype>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SourceSubtype>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SourceSubtype>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SourceSubtype>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    ListMachineAccountSubtypes, Vec < models::SourceSubtype >,
    ListMachineAccountSubtypesError
);
/// The errors of [`ListMachineAccountSubtypes`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListMachineAccountSubtypesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MachineAccountsApi::list_machine_accounts`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMachineAccounts {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListMachineAccounts {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, sw*
    ///
    /// **nativeIdentity**: *eq, in, sw*
    ///
    /// **uuid**: *eq, in*
    ///
    /// **description**: *eq, in, sw*
    ///
    /// **machineIdentity.id**: *eq, in*
    ///
    /// **machineIdentity.name**: *eq, in, sw*
    ///
    /// **subtype.technicalName**: *eq, in, sw*
    ///
    /// **subtype.displayName**: *eq, in, sw*
    ///
    /// **accessType**: *eq, in, sw*
    ///
    /// **environment**: *eq, in, sw*
    ///
    /// **ownerIdentity**: *eq, in*
    ///
    /// **ownerIdentity.id**: *eq, in*
    ///
    /// **ownerIdentity.name**: *eq, in, sw*
    ///
    /// **manuallyCorrelated**: *eq*
    ///
    /// **enabled**: *eq*
    ///
    /// **locked**: *eq*
    ///
    /// **hasEntitlements**: *eq*
    ///
    /// **attributes**: *eq*
    ///
    /// **source.id**: *eq, in*
    ///
    /// **source.name**: *eq, in, sw*
    ///
    /// **created**: *eq, gt, lt, ge, le*
    ///
    /// **modified**: *eq, gt, lt, ge, le*
    ///
    /// Example: `"hasEntitlements eq true"`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, nativeIdentity, ownerIdentity, uuid, description, machineIdentity.id, machineIdentity.name, subtype.technicalName, subtype.displayName, accessType, environment, manuallyCorrelated, enabled, locked, hasEntitlements, ownerIdentity.id, ownerIdentity.name, attributes, source.id, source.name, created, modified**
    ///
    /// Example: `"id,name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/machine-accounts".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::MachineAccount>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::MachineAccount>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::MachineAccount>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::MachineAccount>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    ListMachineAccounts, Vec < models::MachineAccount >, ListMachineAccountsError
);
/// The errors of [`ListMachineAccounts`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListMachineAccountsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MachineAccountsApi::patch_machine_account_subtype`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchMachineAccountSubtype {
    client: crate::Client,
    source_id: String,
    technical_name: String,
    body: Vec<models::serde_json::Value>,
}
impl PatchMachineAccountSubtype {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/subtypes/",
            &runtime::encode::path_param(&self.technical_name, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "patchMachineAccountSubtype",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceSubtype>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchMachineAccountSubtype, models::SourceSubtype, PatchMachineAccountSubtypeError
);
/// The errors of [`PatchMachineAccountSubtype`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchMachineAccountSubtypeError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`MachineAccountsApi::update_machine_account`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateMachineAccount {
    client: crate::Client,
    id: String,
    body: Vec<models::serde_json::Value>,
}
impl UpdateMachineAccount {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/machine-accounts/", &runtime::encode::path_param(&self.id, false)?]
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
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::MachineAccount>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateMachineAccount, models::MachineAccount, UpdateMachineAccountError
);
/// The errors of [`UpdateMachineAccount`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateMachineAccountError = crate::errors::Error400_401_403_404_429_500;
