//! Operations tagged `Triggers`.
//!
//! Event Triggers provide real-time updates to changes in Identity Security Cloud so you can take action as soon as an event occurs, rather than poll an API endpoint for updates. Identity Security Cloud provides a user interface within the admin console to create and manage trigger subscriptions.  These endpoints allow for programatically creating and managing trigger subscriptions.
//!
//! There are two types of event triggers:
//!   * `FIRE_AND_FORGET`: This trigger type will send a payload to each subscriber without needing a response.  Each trigger of this type has a limit of **50 subscriptions**.
//!   * `REQUEST_RESPONSE`: This trigger type will send a payload to a subscriber and expect a response back.  Each trigger of this type may only have **one subscription**.
//!
//! ## Available Event Triggers
//! Production ready event triggers that are available in all tenants.
//!
//! | Name | ID | Type | Trigger condition |
//! |-|-|-|-|
//! | [Access Request Dynamic Approval](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/access-request-dynamic-approval/) | idn:access-request-dynamic-approver | REQUEST_RESPONSE |After an access request is submitted. Expects the subscriber to respond with the ID of an identity or workgroup to add to the approval workflow. |
//! | [Access Request Decision](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/access-request-decision/) | idn:access-request-post-approval | FIRE_AND_FORGET | After an access request is approved. |
//! | [Access Request Submitted](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/access-request-submitted/) | idn:access-request-pre-approval | REQUEST_RESPONSE | After an access request is submitted. Expects the subscriber to respond with an approval decision. |
//! | [Account Aggregation Completed](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/account-aggregation-completed/) | idn:account-aggregation-completed | FIRE_AND_FORGET | After an account aggregation completed, terminated, failed. |
//! | Account Attributes Changed | idn:account-attributes-changed | FIRE_AND_FORGET | After an account aggregation, and one or more account attributes have changed. |
//! | Account Correlated | idn:account-correlated | FIRE_AND_FORGET | After an account is added to an identity. |
//! | Accounts Collected for Aggregation |  idn:aggregation-accounts-collected | FIRE_AND_FORGET | New, changed, and deleted accounts have been gathered during an aggregation and are being processed. |
//! | Campaign Activated | idn:campaign-activated | FIRE_AND_FORGET | After a campaign is activated. |
//! | Campaign Ended | idn:campaign-ended | FIRE_AND_FORGET | After a campaign ends. |
//! | Campaign Generated | idn:campaign-generated | FIRE_AND_FORGET | After a campaign finishes generating. |
//! | Certification Signed Off | idn:certification-signed-off | FIRE_AND_FORGET | After a certification is signed off by its reviewer. |
//! | [Identity Attributes Changed](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/account-aggregation-completed/) | idn:identity-attributes-changed | FIRE_AND_FORGET | After One or more identity attributes changed. |
//! | [Identity Created](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/identity-created/) | idn:identity-created | FIRE_AND_FORGET | After an identity is created. |
//! | [Provisioning Action Completed](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/provisioning-completed/) |  idn:post-provisioning | FIRE_AND_FORGET | After a provisioning action completed on a source. |
//! | [Scheduled Search](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/scheduled-search/) |  idn:saved-search-complete | FIRE_AND_FORGET | After a scheduled search completed. |
//! | [Source Created](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/source-created/) | idn:source-created | FIRE_AND_FORGET | After a source is created. |
//! | [Source Deleted](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/source-deleted/) | idn:source-deleted | FIRE_AND_FORGET | After a source is deleted. |
//! | [Source Updated](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/source-updated/) | idn:source-updated | FIRE_AND_FORGET | After configuration changes have been made to a source. |
//! | [VA Cluster Status Change](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/va-cluster-status-change/) | idn:va-cluster-status-change | FIRE_AND_FORGET | After the status of a VA cluster has changed. |
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Triggers`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct TriggersApi {
    client: crate::Client,
}
impl TriggersApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        TriggersApi { client }
    }
    /// Complete trigger invocation
    ///
    /// Completes an invocation to a REQUEST_RESPONSE type trigger.
    ///
    /// `POST /trigger-invocations/{id}/complete` (operation `completeTriggerInvocation`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the invocation to complete. Example: `"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde"`.
    /// - `body`: The request body (`application/json`).
    pub fn complete_trigger_invocation(
        &self,
        id: impl Into<String>,
        body: models::CompleteInvocation,
    ) -> CompleteTriggerInvocation {
        CompleteTriggerInvocation {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Create a subscription
    ///
    /// This API creates a new subscription to a trigger and defines trigger invocation details. The type of subscription determines which config object is required:
    /// * HTTP subscriptions require httpConfig
    /// * EventBridge subscriptions require eventBridgeConfig
    ///
    /// `POST /trigger-subscriptions` (operation `createSubscription`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_subscription(
        &self,
        body: models::SubscriptionPostRequest,
    ) -> CreateSubscription {
        CreateSubscription {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete a subscription
    ///
    /// Deletes an existing subscription to a trigger.
    ///
    /// `DELETE /trigger-subscriptions/{id}` (operation `deleteSubscription`).
    ///
    /// Arguments:
    ///
    /// - `id`: Subscription ID Example: `"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde"`.
    pub fn delete_subscription(&self, id: impl Into<String>) -> DeleteSubscription {
        DeleteSubscription {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List subscriptions
    ///
    /// Gets a list of all trigger subscriptions.
    ///
    /// `GET /trigger-subscriptions` (operation `listSubscriptions`).
    pub fn list_subscriptions(&self) -> ListSubscriptions {
        ListSubscriptions {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// List latest invocation statuses
    ///
    /// Gets a list of latest invocation statuses.
    /// Statuses of successful invocations are available for up to 24 hours. Statuses of failed invocations are available for up to 48 hours.
    /// This endpoint may only fetch up to 2000 invocations, and should not be treated as a representation of the full history of invocations.
    ///
    /// `GET /trigger-invocations/status` (operation `listTriggerInvocationStatus`).
    pub fn list_trigger_invocation_status(&self) -> ListTriggerInvocationStatus {
        ListTriggerInvocationStatus {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// List triggers
    ///
    /// Gets a list of triggers that are available in the tenant.
    ///
    /// `GET /triggers` (operation `listTriggers`).
    pub fn list_triggers(&self) -> ListTriggers {
        ListTriggers {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// Patch a subscription
    ///
    /// This API updates a trigger subscription in IdentityNow, using a set of instructions to modify a subscription partially. The following fields are patchable:
    ///
    /// **name**, **description**, **enabled**, **type**, **filter**, **responseDeadline**, **httpConfig**, **eventBridgeConfig**, **workflowConfig**
    ///
    /// `PATCH /trigger-subscriptions/{id}` (operation `patchSubscription`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Subscription to patch Example: `"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde"`.
    /// - `body`: The request body (`application/json-patch+json`).
    pub fn patch_subscription(
        &self,
        id: impl Into<String>,
        body: Vec<models::PatchSubscriptionRequestItem>,
    ) -> PatchSubscription {
        PatchSubscription {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Start a test invocation
    ///
    /// Initiate a test event for all subscribers of the specified event trigger.  If there are no subscribers to the specified trigger in the tenant, then no test event will be sent.
    ///
    /// `POST /trigger-invocations/test` (operation `startTestTriggerInvocation`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn start_test_trigger_invocation(
        &self,
        body: models::TestInvocation,
    ) -> StartTestTriggerInvocation {
        StartTestTriggerInvocation {
            client: self.client.clone(),
            body,
        }
    }
    /// Validate a subscription filter
    ///
    /// Validates a JSONPath filter expression against a provided mock input.
    /// Request requires a security scope of:
    ///
    /// `POST /trigger-subscriptions/validate-filter` (operation `testSubscriptionFilter`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn test_subscription_filter(
        &self,
        body: models::ValidateFilterInputDto,
    ) -> TestSubscriptionFilter {
        TestSubscriptionFilter {
            client: self.client.clone(),
            body,
        }
    }
    /// Update a subscription
    ///
    /// This API updates a trigger subscription in IdentityNow, using a full object representation. In other words, the existing
    ///   Subscription is completely replaced. The following fields are immutable:
    ///
    ///   * id
    ///
    ///   * triggerId
    ///
    ///   Attempts to modify these fields result in 400.
    ///
    /// `PUT /trigger-subscriptions/{id}` (operation `updateSubscription`).
    ///
    /// Arguments:
    ///
    /// - `id`: Subscription ID Example: `"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde"`.
    /// - `body`: The request body (`application/json`).
    pub fn update_subscription(
        &self,
        id: impl Into<String>,
        body: models::SubscriptionPutRequest,
    ) -> UpdateSubscription {
        UpdateSubscription {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`TriggersApi::complete_trigger_invocation`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CompleteTriggerInvocation {
    client: crate::Client,
    id: String,
    body: models::CompleteInvocation,
}
impl CompleteTriggerInvocation {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/trigger-invocations/",
            &runtime::encode::path_param(&self.id, false)?,
            "/complete",
        ]
            .concat();
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
runtime::send_methods!(CompleteTriggerInvocation, (), CompleteTriggerInvocationError);
/// The errors of [`CompleteTriggerInvocation`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CompleteTriggerInvocationError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TriggersApi::create_subscription`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSubscription {
    client: crate::Client,
    body: models::SubscriptionPostRequest,
}
impl CreateSubscription {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/trigger-subscriptions".to_string();
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
        Output = runtime::Result<models::Subscription>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateSubscription, models::Subscription, CreateSubscriptionError
);
/// The errors of [`CreateSubscription`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateSubscriptionError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TriggersApi::delete_subscription`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteSubscription {
    client: crate::Client,
    id: String,
}
impl DeleteSubscription {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/trigger-subscriptions/",
            &runtime::encode::path_param(&self.id, false)?,
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
runtime::send_methods!(DeleteSubscription, (), DeleteSubscriptionError);
/// The errors of [`DeleteSubscription`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteSubscriptionError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`TriggersApi::list_subscriptions`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSubscriptions {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListSubscriptions {
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
    /// **id**: *eq*
    ///
    /// **triggerId**: *eq*
    ///
    /// **type**: *eq, le*
    ///
    /// Example: `"id eq \"12cff757-c0c0-413b-8ad7-2a47956d1e89\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **triggerId, triggerName**
    ///
    /// Example: `"triggerName"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/trigger-subscriptions".to_string();
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
        Output = runtime::Result<Vec<models::Subscription>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Subscription>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Subscription>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Subscription>> {
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
    ListSubscriptions, Vec < models::Subscription >, ListSubscriptionsError
);
/// The errors of [`ListSubscriptions`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListSubscriptionsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TriggersApi::list_trigger_invocation_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTriggerInvocationStatus {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListTriggerInvocationStatus {
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
    /// **triggerId**: *eq*
    ///
    /// **subscriptionId**: *eq*
    ///
    /// Example: `"triggerId eq \"idn:access-request-dynamic-approver\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **triggerId, subscriptionName, created, completed**
    ///
    /// Example: `"created"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/trigger-invocations/status".to_string();
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
        Output = runtime::Result<Vec<models::InvocationStatus>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::InvocationStatus>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::InvocationStatus>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::InvocationStatus>> {
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
    ListTriggerInvocationStatus, Vec < models::InvocationStatus >,
    ListTriggerInvocationStatusError
);
/// The errors of [`ListTriggerInvocationStatus`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListTriggerInvocationStatusError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TriggersApi::list_triggers`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTriggers {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListTriggers {
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
    /// **id**: *eq, ge, le*
    ///
    /// Example: `"id eq \"idn:access-request-post-approval\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name**
    ///
    /// Example: `"name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/triggers".to_string();
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
        Output = runtime::Result<Vec<models::Trigger>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Trigger>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Trigger>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Trigger>> {
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
runtime::send_methods!(ListTriggers, Vec < models::Trigger >, ListTriggersError);
/// The errors of [`ListTriggers`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListTriggersError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TriggersApi::patch_subscription`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchSubscription {
    client: crate::Client,
    id: String,
    body: Vec<models::PatchSubscriptionRequestItem>,
}
impl PatchSubscription {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/trigger-subscriptions/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
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
        Output = runtime::Result<models::Subscription>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PatchSubscription, models::Subscription, PatchSubscriptionError);
/// The errors of [`PatchSubscription`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchSubscriptionError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`TriggersApi::start_test_trigger_invocation`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartTestTriggerInvocation {
    client: crate::Client,
    body: models::TestInvocation,
}
impl StartTestTriggerInvocation {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/trigger-invocations/test".to_string();
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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<StartTestTriggerInvocationResponse> {
        Ok(
            match resp.status().as_u16() {
                200 => {
                    StartTestTriggerInvocationResponse::Status200(
                        resp.json_with(crate::decode_body).await?,
                    )
                }
                204 => {
                    resp.empty().await?;
                    StartTestTriggerInvocationResponse::Status204
                }
                _ => {
                    StartTestTriggerInvocationResponse::Status200(
                        resp.json_with(crate::decode_body).await?,
                    )
                }
            },
        )
    }
}
runtime::send_methods!(
    StartTestTriggerInvocation, StartTestTriggerInvocationResponse,
    StartTestTriggerInvocationError
);
/// The errors of [`StartTestTriggerInvocation`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartTestTriggerInvocationError = crate::errors::Error400_401_403_429_500;
/// The successful answers of \[`StartTestTriggerInvocation`\], by status.
#[derive(Debug, Clone)]
pub enum StartTestTriggerInvocationResponse {
    /// HTTP 200.
    Status200(Vec<models::Invocation>),
    /// HTTP 204.
    Status204,
}
/// Request builder of [`TriggersApi::test_subscription_filter`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TestSubscriptionFilter {
    client: crate::Client,
    body: models::ValidateFilterInputDto,
}
impl TestSubscriptionFilter {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/trigger-subscriptions/validate-filter".to_string();
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
        Output = runtime::Result<models::ValidateFilterOutputDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    TestSubscriptionFilter, models::ValidateFilterOutputDto, TestSubscriptionFilterError
);
/// The errors of [`TestSubscriptionFilter`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type TestSubscriptionFilterError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TriggersApi::update_subscription`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateSubscription {
    client: crate::Client,
    id: String,
    body: models::SubscriptionPutRequest,
}
impl UpdateSubscription {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/trigger-subscriptions/",
            &runtime::encode::path_param(&self.id, false)?,
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
        Output = runtime::Result<models::Subscription>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateSubscription, models::Subscription, UpdateSubscriptionError
);
/// The errors of [`UpdateSubscription`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateSubscriptionError = crate::errors::Error400_401_403_404_429_500;
