//! Operations tagged `Certification Campaign Filters`.
//!
//! Use this API to implement the certification campaign filter functionality. These filters can be used to create a certification campaign that includes a subset of your entitlements or users to certify.
//!
//! For example, if for a certification campaign an organization wants to certify only specific users or entitlements, then those can be included/excluded on the basis of campaign filters.
//!
//! For more information about creating a campaign filter, refer to [Creating a Campaign Filter](https://documentation.sailpoint.com/saas/help/certs/campaign_filters.html#creating-a-campaign-filter)
//!
//! You can create campaign filters using any of the following criteria types:
//!
//! - Access Profile : This criteria type includes or excludes access profiles from a campaign.
//!
//! - Account Attribute : This criteria type includes or excludes certification items that match a specified value in an account attribute.
//!
//! - Entitlement : This criteria type includes or excludes entitlements from a campaign.
//!
//! - Identity : This criteria type includes or excludes specific identities from your campaign.
//!
//! - Identity Attribute : This criteria type includes or excludes identities based on whether they have an identity attribute that matches criteria you've chosen.
//!
//! - Role : This criteria type includes or excludes roles, as opposed to identities.
//!
//! - Source : This criteria type includes or excludes entitlements from a source you select.
//!
//! For more information about these criteria types, refer to [Types of Campaign Filters](https://documentation.sailpoint.com/saas/help/certs/campaign_filters.html#types-of-campaign-filters)
//!
//! Once the campaign filter is created, it can be linked while creating the campaign. The generated campaign will have the items to review as per the campaign filter.
//!
//! For example, An inclusion campaign filter is created with a source of Source 1, an operation of Equals, and an entitlement of Entitlement 1. When this filter is selected, only users who have Entitlement 1 are included in the campaign, and only Entitlement 1 is shown in the certification.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Certification Campaign Filters`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct CertificationCampaignFiltersApi {
    client: crate::Client,
}
impl CertificationCampaignFiltersApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        CertificationCampaignFiltersApi {
            client,
        }
    }
    /// Create campaign filter
    ///
    /// Use this API to create a campaign filter based on filter details and criteria.
    ///
    /// `POST /campaign-filters` (operation `createCampaignFilter`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_campaign_filter(
        &self,
        body: models::CampaignFilterDetails,
    ) -> CreateCampaignFilter {
        CreateCampaignFilter {
            client: self.client.clone(),
            body,
        }
    }
    /// Deletes campaign filters
    ///
    /// Deletes campaign filters whose Ids are specified in the provided list of campaign filter Ids. Authorized callers must be an ORG_ADMIN or a CERT_ADMIN.
    ///
    /// `POST /campaign-filters/delete` (operation `deleteCampaignFilters`).
    ///
    /// Arguments:
    ///
    /// - `body`: A json list of IDs of campaign filters to delete.
    pub fn delete_campaign_filters(&self, body: Vec<String>) -> DeleteCampaignFilters {
        DeleteCampaignFilters {
            client: self.client.clone(),
            body,
        }
    }
    /// Get campaign filter by id
    ///
    /// Retrieves information for an existing campaign filter using the filter's ID.
    ///
    /// `GET /campaign-filters/{id}` (operation `getCampaignFilterById`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the campaign filter to be retrieved.
    pub fn get_campaign_filter_by_id(
        &self,
        id: impl Into<String>,
    ) -> GetCampaignFilterById {
        GetCampaignFilterById {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List campaign filters
    ///
    /// Use this API to list all campaign filters. You can reduce scope with standard V3 query parameters.
    ///
    /// `GET /campaign-filters` (operation `listCampaignFilters`).
    pub fn list_campaign_filters(&self) -> ListCampaignFilters {
        ListCampaignFilters {
            client: self.client.clone(),
            limit: None,
            start: None,
            include_system_filters: None,
        }
    }
    /// Updates a campaign filter
    ///
    /// Updates an existing campaign filter using the filter's ID.
    ///
    /// `POST /campaign-filters/{filterId}` (operation `updateCampaignFilter`).
    ///
    /// Arguments:
    ///
    /// - `filter_id`: The ID of the campaign filter being modified.
    /// - `body`: A campaign filter details with updated field values.
    pub fn update_campaign_filter(
        &self,
        filter_id: impl Into<String>,
        body: models::CampaignFilterDetails,
    ) -> UpdateCampaignFilter {
        UpdateCampaignFilter {
            client: self.client.clone(),
            filter_id: filter_id.into(),
            body,
        }
    }
}
/// Request builder of [`CertificationCampaignFiltersApi::create_campaign_filter`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCampaignFilter {
    client: crate::Client,
    body: models::CampaignFilterDetails,
}
impl CreateCampaignFilter {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/campaign-filters".to_string();
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
        Output = runtime::Result<models::CampaignFilterDetails>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateCampaignFilter, models::CampaignFilterDetails, CreateCampaignFilterError
);
/// The errors of [`CreateCampaignFilter`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateCampaignFilterError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`CertificationCampaignFiltersApi::delete_campaign_filters`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCampaignFilters {
    client: crate::Client,
    body: Vec<String>,
}
impl DeleteCampaignFilters {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/campaign-filters/delete".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
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
runtime::send_methods!(DeleteCampaignFilters, (), DeleteCampaignFiltersError);
/// The errors of [`DeleteCampaignFilters`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteCampaignFiltersError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignFiltersApi::get_campaign_filter_by_id`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCampaignFilterById {
    client: crate::Client,
    id: String,
}
impl GetCampaignFilterById {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/campaign-filters/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::CampaignFilterDetails>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetCampaignFilterById, models::CampaignFilterDetails, GetCampaignFilterByIdError
);
/// The errors of [`GetCampaignFilterById`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetCampaignFilterByIdError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignFiltersApi::list_campaign_filters`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCampaignFilters {
    client: crate::Client,
    limit: Option<i32>,
    start: Option<i32>,
    include_system_filters: Option<bool>,
}
impl ListCampaignFilters {
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
    /// Start/Offset into the full result set. Usually specified with *limit* to paginate through the results. See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn start(mut self, value: i32) -> Self {
        self.start = Some(value);
        self
    }
    /// If this is true, the API includes system filters in the count and results. Otherwise it excludes them. If no value is provided, the default is true.
    ///
    /// Default: `true`.
    ///
    /// Example: `true`.
    pub fn include_system_filters(mut self, value: bool) -> Self {
        self.include_system_filters = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/campaign-filters".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.start {
            req = req.query("start", v, "form", true)?;
        }
        if let Some(v) = &self.include_system_filters {
            req = req.query("includeSystemFilters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ListCampaignFiltersResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListCampaignFilters, models::ListCampaignFiltersResponse, ListCampaignFiltersError
);
/// The errors of [`ListCampaignFilters`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListCampaignFiltersError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`CertificationCampaignFiltersApi::update_campaign_filter`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateCampaignFilter {
    client: crate::Client,
    filter_id: String,
    body: models::CampaignFilterDetails,
}
impl UpdateCampaignFilter {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaign-filters/",
            &runtime::encode::path_param(&self.filter_id, false)?,
        ]
            .concat();
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
        Output = runtime::Result<models::CampaignFilterDetails>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateCampaignFilter, models::CampaignFilterDetails, UpdateCampaignFilterError
);
/// The errors of [`UpdateCampaignFilter`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateCampaignFilterError = crate::errors::Error400_401_403_429_500;
