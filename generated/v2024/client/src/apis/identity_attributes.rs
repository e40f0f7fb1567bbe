//! Operations tagged `Identity Attributes`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Identity Attributes`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct IdentityAttributesApi {
    client: crate::Client,
}
impl IdentityAttributesApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        IdentityAttributesApi { client }
    }
    /// Create identity attribute
    ///
    /// Use this API to create a new identity attribute.
    ///
    /// `POST /identity-attributes` (operation `createIdentityAttribute`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_identity_attribute(
        &self,
        body: models::IdentityAttributeV2024,
    ) -> CreateIdentityAttribute {
        CreateIdentityAttribute {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete identity attribute
    ///
    /// This deletes an identity attribute with the given name.  The `system` and `standard` properties must be set to false before you can delete an identity attribute.
    ///
    /// `DELETE /identity-attributes/{name}` (operation `deleteIdentityAttribute`).
    ///
    /// Arguments:
    ///
    /// - `name`: The attribute's technical name. Example: `"displayName"`.
    pub fn delete_identity_attribute(
        &self,
        name: impl Into<String>,
    ) -> DeleteIdentityAttribute {
        DeleteIdentityAttribute {
            client: self.client.clone(),
            name: name.into(),
        }
    }
    /// Bulk delete identity attributes
    ///
    /// Use this API to bulk delete identity attributes for a given set of names. Attributes that are currently mapped in an identity profile cannot be deleted.  The `system` and `standard` properties must be set to 'false' before you can delete an identity attribute.
    ///
    /// `DELETE /identity-attributes/bulk-delete` (operation `deleteIdentityAttributesInBulk`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn delete_identity_attributes_in_bulk(
        &self,
        body: models::IdentityAttributeNames,
    ) -> DeleteIdentityAttributesInBulk {
        DeleteIdentityAttributesInBulk {
            client: self.client.clone(),
            body,
        }
    }
    /// Get identity attribute
    ///
    /// This gets an identity attribute for a given technical name.
    ///
    /// `GET /identity-attributes/{name}` (operation `getIdentityAttribute`).
    ///
    /// Arguments:
    ///
    /// - `name`: The attribute's technical name. Example: `"displayName"`.
    pub fn get_identity_attribute(
        &self,
        name: impl Into<String>,
    ) -> GetIdentityAttribute {
        GetIdentityAttribute {
            client: self.client.clone(),
            name: name.into(),
        }
    }
    /// List identity attributes
    ///
    /// Use this API to get a collection of identity attributes.
    ///
    /// `GET /identity-attributes` (operation `listIdentityAttributes`).
    pub fn list_identity_attributes(&self) -> ListIdentityAttributes {
        ListIdentityAttributes {
            client: self.client.clone(),
            include_system: None,
            include_silent: None,
            searchable_only: None,
            count: None,
        }
    }
    /// Update identity attribute
    ///
    /// This updates an existing identity attribute.  Making an attribute searchable requires that the `system`, `standard`, and `multi` properties be set to false.
    ///
    /// `PUT /identity-attributes/{name}` (operation `putIdentityAttribute`).
    ///
    /// Arguments:
    ///
    /// - `name`: The attribute's technical name. Example: `"displayName"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_identity_attribute(
        &self,
        name: impl Into<String>,
        body: models::IdentityAttributeV2024,
    ) -> PutIdentityAttribute {
        PutIdentityAttribute {
            client: self.client.clone(),
            name: name.into(),
            body,
        }
    }
}
/// Request builder of [`IdentityAttributesApi::create_identity_attribute`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateIdentityAttribute {
    client: crate::Client,
    body: models::IdentityAttributeV2024,
}
impl CreateIdentityAttribute {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identity-attributes".to_string();
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
        Output = runtime::Result<models::IdentityAttributeV2024>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateIdentityAttribute, models::IdentityAttributeV2024, CreateIdentityAttributeError
);
/// The errors of [`CreateIdentityAttribute`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateIdentityAttributeError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentityAttributesApi::delete_identity_attribute`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteIdentityAttribute {
    client: crate::Client,
    name: String,
}
impl DeleteIdentityAttribute {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-attributes/",
            &runtime::encode::path_param(&self.name, false)?,
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
runtime::send_methods!(DeleteIdentityAttribute, (), DeleteIdentityAttributeError);
/// The errors of [`DeleteIdentityAttribute`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteIdentityAttributeError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentityAttributesApi::delete_identity_attributes_in_bulk`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteIdentityAttributesInBulk {
    client: crate::Client,
    body: models::IdentityAttributeNames,
}
impl DeleteIdentityAttributesInBulk {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identity-attributes/bulk-delete".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    DeleteIdentityAttributesInBulk, (), DeleteIdentityAttributesInBulkError
);
/// The errors of [`DeleteIdentityAttributesInBulk`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteIdentityAttributesInBulkError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentityAttributesApi::get_identity_attribute`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetIdentityAttribute {
    client: crate::Client,
    name: String,
}
impl GetIdentityAttribute {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-attributes/",
            &runtime::encode::path_param(&self.name, false)?,
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
        Output = runtime::Result<models::IdentityAttributeV2024>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetIdentityAttribute, models::IdentityAttributeV2024, GetIdentityAttributeError
);
/// The errors of [`GetIdentityAttribute`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetIdentityAttributeError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentityAttributesApi::list_identity_attributes`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListIdentityAttributes {
    client: crate::Client,
    include_system: Option<bool>,
    include_silent: Option<bool>,
    searchable_only: Option<bool>,
    count: Option<bool>,
}
impl ListIdentityAttributes {
    /// Include 'system' attributes in the response.
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    pub fn include_system(mut self, value: bool) -> Self {
        self.include_system = Some(value);
        self
    }
    /// Include 'silent' attributes in the response.
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    pub fn include_silent(mut self, value: bool) -> Self {
        self.include_silent = Some(value);
        self
    }
    /// Include only 'searchable' attributes in the response.
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    pub fn searchable_only(mut self, value: bool) -> Self {
        self.searchable_only = Some(value);
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
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identity-attributes".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.include_system {
            req = req.query("includeSystem", v, "form", true)?;
        }
        if let Some(v) = &self.include_silent {
            req = req.query("includeSilent", v, "form", true)?;
        }
        if let Some(v) = &self.searchable_only {
            req = req.query("searchableOnly", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::IdentityAttributeV2024>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListIdentityAttributes, Vec < models::IdentityAttributeV2024 >,
    ListIdentityAttributesError
);
/// The errors of [`ListIdentityAttributes`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListIdentityAttributesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IdentityAttributesApi::put_identity_attribute`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutIdentityAttribute {
    client: crate::Client,
    name: String,
    body: models::IdentityAttributeV2024,
}
impl PutIdentityAttribute {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-attributes/",
            &runtime::encode::path_param(&self.name, false)?,
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
        Output = runtime::Result<models::IdentityAttributeV2024>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutIdentityAttribute, models::IdentityAttributeV2024, PutIdentityAttributeError
);
/// The errors of [`PutIdentityAttribute`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutIdentityAttributeError = crate::errors::Error400_401_403_404_429_500;
