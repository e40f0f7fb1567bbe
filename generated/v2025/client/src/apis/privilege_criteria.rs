//! Operations tagged `Privilege Criteria`.
//!
//! Use this API to create, retrieve, update, and delete privilege criteria.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Privilege Criteria`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct PrivilegeCriteriaApi {
    client: crate::Client,
}
impl PrivilegeCriteriaApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        PrivilegeCriteriaApi { client }
    }
    /// Create custom privilege criteria
    ///
    /// Use this API to create a custom privilege criteria
    ///
    /// `POST /criteria/privilege` (operation `createCustomPrivilegeCriteria`).
    ///
    /// Arguments:
    ///
    /// - `body`: Create custom privilege criteria request body.
    pub fn create_custom_privilege_criteria(
        &self,
        body: models::CreatePrivilegeCriteriaRequest,
    ) -> CreateCustomPrivilegeCriteria {
        CreateCustomPrivilegeCriteria {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete privilege criteria
    ///
    /// Use this API to delete a specific custom privilege criteria.
    ///
    /// `DELETE /criteria/privilege/{criteriaId}` (operation `deleteCustomPrivilegeCriteria`).
    ///
    /// Arguments:
    ///
    /// - `criteria_id`: The Id of the custom privilege criteria to delete. Example: `"6d123044-5834-4e8d-a49f-9c70089b0de1"`.
    pub fn delete_custom_privilege_criteria(
        &self,
        criteria_id: impl Into<String>,
    ) -> DeleteCustomPrivilegeCriteria {
        DeleteCustomPrivilegeCriteria {
            client: self.client.clone(),
            criteria_id: criteria_id.into(),
        }
    }
    /// Get privilege criteria
    ///
    /// Use this API to get a specific privilege criteria.
    ///
    /// `GET /criteria/privilege/{criteriaId}` (operation `getPrivilegeCriteria`).
    ///
    /// Arguments:
    ///
    /// - `criteria_id`: The Id of the privilege criteria record to return. Example: `"6d123044-5834-4e8d-a49f-9c70089b0de1"`.
    pub fn get_privilege_criteria(
        &self,
        criteria_id: impl Into<String>,
    ) -> GetPrivilegeCriteria {
        GetPrivilegeCriteria {
            client: self.client.clone(),
            criteria_id: criteria_id.into(),
        }
    }
    /// List privilege criteria
    ///
    /// Use this API to list all privilege criteria matching a filter
    ///
    /// `GET /criteria/privilege` (operation `listPrivilegeCriteria`).
    ///
    /// Arguments:
    ///
    /// - `filters`: Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results) Filtering is supported for the following fields and operators: **type**: *eq* **sourceId**: *eq* **privilegeLevel**: *eq* **Supported composite operators**: *and* All filter values are case-sensitive for this API. For example, the following is valid: `?filters=type eq "CUSTOM" and sourceId eq "2c91809175e6c63f0175fb5570220569"` Example: `"type eq \"CUSTOM\" and sourceId eq \"c42c45d8d7c04d2da64d215cd8c32f21\""`.
    pub fn list_privilege_criteria(
        &self,
        filters: impl Into<String>,
    ) -> ListPrivilegeCriteria {
        ListPrivilegeCriteria {
            client: self.client.clone(),
            filters: filters.into(),
        }
    }
    /// Update privilege criteria
    ///
    /// Use this API to update a specific custom privilege criteria by overwriting the information with new information.
    ///
    /// `PUT /criteria/privilege/{criteriaId}` (operation `putCustomPrivilegeCriteriaValue`).
    ///
    /// Arguments:
    ///
    /// - `criteria_id`: The Id of the privilege criteria record to return. Example: `"6d123044-5834-4e8d-a49f-9c70089b0de1"`.
    /// - `body`: The new version of the custom privilege criteria. This overwrites the existing privilege criteria.
    pub fn put_custom_privilege_criteria_value(
        &self,
        criteria_id: impl Into<String>,
        body: models::PrivilegeCriteriaDto,
    ) -> PutCustomPrivilegeCriteriaValue {
        PutCustomPrivilegeCriteriaValue {
            client: self.client.clone(),
            criteria_id: criteria_id.into(),
            body,
        }
    }
}
/// Request builder of [`PrivilegeCriteriaApi::create_custom_privilege_criteria`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCustomPrivilegeCriteria {
    client: crate::Client,
    body: models::CreatePrivilegeCriteriaRequest,
}
impl CreateCustomPrivilegeCriteria {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/criteria/privilege".to_string();
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
        Output = runtime::Result<models::PrivilegeCriteriaDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateCustomPrivilegeCriteria, models::PrivilegeCriteriaDto,
    CreateCustomPrivilegeCriteriaError
);
/// The errors of [`CreateCustomPrivilegeCriteria`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateCustomPrivilegeCriteriaError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PrivilegeCriteriaApi::delete_custom_privilege_criteria`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCustomPrivilegeCriteria {
    client: crate::Client,
    criteria_id: String,
}
impl DeleteCustomPrivilegeCriteria {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/criteria/privilege/",
            &runtime::encode::path_param(&self.criteria_id, false)?,
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
runtime::send_methods!(
    DeleteCustomPrivilegeCriteria, (), DeleteCustomPrivilegeCriteriaError
);
/// The errors of [`DeleteCustomPrivilegeCriteria`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteCustomPrivilegeCriteriaError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PrivilegeCriteriaApi::get_privilege_criteria`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPrivilegeCriteria {
    client: crate::Client,
    criteria_id: String,
}
impl GetPrivilegeCriteria {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/criteria/privilege/",
            &runtime::encode::path_param(&self.criteria_id, false)?,
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
        Output = runtime::Result<models::PrivilegeCriteriaDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetPrivilegeCriteria, models::PrivilegeCriteriaDto, GetPrivilegeCriteriaError
);
/// The errors of [`GetPrivilegeCriteria`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPrivilegeCriteriaError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PrivilegeCriteriaApi::list_privilege_criteria`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListPrivilegeCriteria {
    client: crate::Client,
    filters: String,
}
impl ListPrivilegeCriteria {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/criteria/privilege".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        {
            let v = &self.filters;
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::PrivilegeCriteriaDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListPrivilegeCriteria, Vec < models::PrivilegeCriteriaDto >,
    ListPrivilegeCriteriaError
);
/// The errors of [`ListPrivilegeCriteria`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListPrivilegeCriteriaError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PrivilegeCriteriaApi::put_custom_privilege_criteria_value`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutCustomPrivilegeCriteriaValue {
    client: crate::Client,
    criteria_id: String,
    body: models::PrivilegeCriteriaDto,
}
impl PutCustomPrivilegeCriteriaValue {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/criteria/privilege/",
            &runtime::encode::path_param(&self.criteria_id, false)?,
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
        Output = runtime::Result<models::PrivilegeCriteriaDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutCustomPrivilegeCriteriaValue, models::PrivilegeCriteriaDto,
    PutCustomPrivilegeCriteriaValueError
);
/// The errors of [`PutCustomPrivilegeCriteriaValue`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutCustomPrivilegeCriteriaValueError = crate::errors::Error400_401_403_429_500;
