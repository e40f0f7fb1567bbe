//! Operations tagged `Account Activities`.
//!
//! Use this API to implement account activity tracking functionality.
//! With this functionality in place, users can track source account activity in Identity Security Cloud, which greatly improves traceability in the system.
//!
//! An account activity refers to a log of each action performed on a source account. This is useful for auditing the changes performed on an account throughout its life.
//! In Identity Security Cloud's Search, users can search for account activities and select the activity's row to get an overview of the activity's account action and view its progress, its involved sources, and its most basic metadata, such as the identity requesting the option and the recipient.
//!
//! Account activity includes most actions Identity Security Cloud completes on source accounts. Users can search in Identity Security Cloud for the following account action types:
//!
//! - Access Request: These include any access requests the source account is involved in.
//!
//! - Account Attribute Updates: These include updates to a single attribute on an account on a source.
//!
//! - Account State Update: These include locking or unlocking actions on an account on a source.
//!
//! - Certification: These include actions removing an entitlement from an account on a source as a result of the entitlement's revocation during a certification.
//!
//! - Cloud Automated `Lifecyclestate`: These include automated lifecycle state changes that result in a source account's correlated identity being assigned to a different lifecycle state.
//! Identity Security Cloud replaces the `Lifecyclestate` variable with the name of the lifecycle state it has moved the account's identity to.
//!
//! - Identity Attribute Update: These include updates to a source account's correlated identity attributes as the result of a provisioning action.
//! When you update an identity attribute that also updates an identity's lifecycle state, the cloud automated `Lifecyclestate` event also displays.
//! Account Activity does not include attribute updates that occur as a result of aggregation.
//!
//! - Identity Refresh: These include correlated identity refreshes that occur for an account on a source whenever the account's correlated identity profile gets a new role or updates.
//! These also include refreshes that occur whenever Identity Security Cloud assigns an application to the account's correlated identity based on the application's being assigned to All Users From Source or Specific Users From Source.
//!
//! - Lifecycle State Refresh: These include the actions that took place when a lifecycle state changed. This event only occurs after a cloud automated `Lifecyclestate` change or a lifecycle state change.
//!
//! - Lifecycle State Change: These include the account activities that result from an identity's manual assignment to a null lifecycle state.
//!
//! - Password Change: These include password changes on sources.
//!
//! Refer to [Account Activity](https://documentation.sailpoint.com/saas/help/search/index.html#account-activity) for more information about account activities.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Account Activities`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct AccountActivitiesApi {
    client: crate::Client,
}
impl AccountActivitiesApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        AccountActivitiesApi { client }
    }
    /// Get an account activity
    ///
    /// This gets a single account activity by its id.
    ///
    /// `GET /account-activities/{id}` (operation `getAccountActivity`).
    ///
    /// Arguments:
    ///
    /// - `id`: The account activity id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_account_activity(&self, id: impl Into<String>) -> GetAccountActivity {
        GetAccountActivity {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List account activities
    ///
    /// This gets a collection of account activities that satisfy the given query parameters.
    ///
    /// `GET /account-activities` (operation `listAccountActivities`).
    pub fn list_account_activities(&self) -> ListAccountActivities {
        ListAccountActivities {
            client: self.client.clone(),
            requested_for: None,
            requested_by: None,
            regarding_identity: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
}
/// Request builder of [`AccountActivitiesApi::get_account_activity`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccountActivity {
    client: crate::Client,
    id: String,
}
impl GetAccountActivity {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/account-activities/",
            &runtime::encode::path_param(&self.id, false)?,
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
        Output = runtime::Result<models::AccountActivity>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetAccountActivity, models::AccountActivity, GetAccountActivityError
);
/// The errors of [`GetAccountActivity`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAccountActivityError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccountActivitiesApi::list_account_activities`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAccountActivities {
    client: crate::Client,
    requested_for: Option<String>,
    requested_by: Option<String>,
    regarding_identity: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListAccountActivities {
    /// The identity that the activity was requested for. *me* indicates the current user. Mutually exclusive with *regarding-identity*.
    ///
    /// Example: `"2c91808568c529c60168cca6f90c1313"`.
    pub fn requested_for(mut self, value: impl Into<String>) -> Self {
        self.requested_for = Some(value.into());
        self
    }
    /// The identity that requested the activity. *me* indicates the current user. Mutually exclusive with *regarding-identity*.
    ///
    /// Example: `"2c91808568c529c60168cca6f90c1313"`.
    pub fn requested_by(mut self, value: impl Into<String>) -> Self {
        self.requested_by = Some(value.into());
        self
    }
    /// The specified identity will be either the requester or target of the account activity. *me* indicates the current user. Mutually exclusive with *requested-for* and *requested-by*.
    ///
    /// Example: `"2c91808568c529c60168cca6f90c1313"`.
    pub fn regarding_identity(mut self, value: impl Into<String>) -> Self {
        self.regarding_identity = Some(value.into());
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
    /// **type**: *eq, in, ge, le, lt, ne, isnull, sw*
    ///
    /// **created**: *gt, lt, ge, le, eq, in, ne, isnull, sw*
    ///
    /// **modified**: *gt, lt, ge, le, eq, in, ne, isnull, sw*
    ///
    /// Example: `"type eq \"Identity Refresh\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **type, created, modified**
    ///
    /// Example: `"created"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/account-activities".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.requested_for {
            req = req.query("requested-for", v, "form", true)?;
        }
        if let Some(v) = &self.requested_by {
            req = req.query("requested-by", v, "form", true)?;
        }
        if let Some(v) = &self.regarding_identity {
            req = req.query("regarding-identity", v, "form", true)?;
        }
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
        Output = runtime::Result<Vec<models::AccountActivity>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::AccountActivity>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::AccountActivity>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::AccountActivity>> {
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
    ListAccountActivities, Vec < models::AccountActivity >, ListAccountActivitiesError
);
/// The errors of [`ListAccountActivities`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListAccountActivitiesError = crate::errors::Error400_401_403_429_500;
