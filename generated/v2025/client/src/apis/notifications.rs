//! Operations tagged `Notifications`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Notifications`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct NotificationsApi {
    client: crate::Client,
}
impl NotificationsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        NotificationsApi { client }
    }
    /// Verify domain address via dkim
    ///
    /// Create a domain to be verified via DKIM (DomainKeys Identified Mail)
    ///
    /// `POST /verified-domains` (operation `createDomainDkim`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_domain_dkim(&self, body: models::DomainAddress) -> CreateDomainDkim {
        CreateDomainDkim {
            client: self.client.clone(),
            body,
        }
    }
    /// Create notification template
    ///
    /// This will update notification templates that are available in your tenant.
    /// Note that you cannot create new templates in your tenant, but you can use this to create custom notifications from existing templates.  First, copy the response body from the [get notification template endpoint](https://developer.sailpoint.com/idn/api/beta/get-notification-template) for a template you wish to update and paste it into the request body for this endpoint.
    /// Modify the fields you want to change and submit the POST request when ready.
    ///
    /// `POST /notification-templates` (operation `createNotificationTemplate`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_notification_template(
        &self,
        body: models::TemplateDto,
    ) -> CreateNotificationTemplate {
        CreateNotificationTemplate {
            client: self.client.clone(),
            body,
        }
    }
    /// Create verified from address
    ///
    /// Create a new sender email address and initiate verification process.
    ///
    /// `POST /verified-from-addresses` (operation `createVerifiedFromAddress`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_verified_from_address(
        &self,
        body: models::EmailStatusDto,
    ) -> CreateVerifiedFromAddress {
        CreateVerifiedFromAddress {
            client: self.client.clone(),
            body,
        }
    }
    /// Bulk delete notification templates
    ///
    /// This lets you bulk delete templates that you previously created for your site.
    ///
    /// `POST /notification-templates/bulk-delete` (operation `deleteNotificationTemplatesInBulk`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn delete_notification_templates_in_bulk(
        &self,
        body: Vec<models::TemplateBulkDeleteDto>,
    ) -> DeleteNotificationTemplatesInBulk {
        DeleteNotificationTemplatesInBulk {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete verified from address
    ///
    /// Delete a verified sender email address
    ///
    /// `DELETE /verified-from-addresses/{id}` (operation `deleteVerifiedFromAddress`).
    ///
    /// Arguments:
    ///
    /// - `id`: Unique identifier of the verified sender address to delete.
    pub fn delete_verified_from_address(
        &self,
        id: impl Into<String>,
    ) -> DeleteVerifiedFromAddress {
        DeleteVerifiedFromAddress {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get dkim attributes
    ///
    /// Retrieve DKIM (DomainKeys Identified Mail) attributes for all your tenants' AWS SES identities. Limits retrieval to 100 identities per call.
    ///
    /// `GET /verified-domains` (operation `getDkimAttributes`).
    pub fn get_dkim_attributes(&self) -> GetDkimAttributes {
        GetDkimAttributes {
            client: self.client.clone(),
            limit: None,
            offset: None,
        }
    }
    /// Get mail from attributes
    ///
    /// Retrieve MAIL FROM attributes for a given AWS SES identity.
    ///
    /// `GET /mail-from-attributes/{identity}` (operation `getMailFromAttributes`).
    ///
    /// Arguments:
    ///
    /// - `identity`: Returns the MX and TXT record to be put in your DNS, as well as the MAIL FROM domain status Example: `"bobsmith@sailpoint.com"`.
    pub fn get_mail_from_attributes(
        &self,
        identity: impl Into<String>,
    ) -> GetMailFromAttributes {
        GetMailFromAttributes {
            client: self.client.clone(),
            identity: identity.into(),
        }
    }
    /// List notification preferences for tenant.
    ///
    /// Returns a list of notification preferences for tenant.
    ///
    /// `GET /notification-preferences/{key}` (operation `getNotificationPreferences`).
    ///
    /// Arguments:
    ///
    /// - `key`: The `key` path parameter.
    pub fn get_notification_preferences(
        &self,
        key: impl Into<String>,
    ) -> GetNotificationPreferences {
        GetNotificationPreferences {
            client: self.client.clone(),
            key: key.into(),
        }
    }
    /// Get notification template by id
    ///
    /// This gets a template that you have modified for your site by Id.
    ///
    /// `GET /notification-templates/{id}` (operation `getNotificationTemplate`).
    ///
    /// Arguments:
    ///
    /// - `id`: Id of the Notification Template
    pub fn get_notification_template(
        &self,
        id: impl Into<String>,
    ) -> GetNotificationTemplate {
        GetNotificationTemplate {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get notification template context
    ///
    /// The notification service maintains metadata to construct the notification templates or supply any information during the event propagation. The data-store where this information is retrieved is called "Global Context" (a.k.a. notification template context). It defines a set of attributes
    ///  that will be available per tenant (organization).
    ///
    /// `GET /notification-template-context` (operation `getNotificationsTemplateContext`).
    pub fn get_notifications_template_context(&self) -> GetNotificationsTemplateContext {
        GetNotificationsTemplateContext {
            client: self.client.clone(),
        }
    }
    /// List from addresses
    ///
    /// Retrieve a list of sender email addresses and their verification statuses
    ///
    /// `GET /verified-from-addresses` (operation `listFromAddresses`).
    pub fn list_from_addresses(&self) -> ListFromAddresses {
        ListFromAddresses {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// List notification template defaults
    ///
    /// This lists the default templates used for notifications, such as emails from IdentityNow.
    ///
    /// `GET /notification-template-defaults` (operation `listNotificationTemplateDefaults`).
    pub fn list_notification_template_defaults(
        &self,
    ) -> ListNotificationTemplateDefaults {
        ListNotificationTemplateDefaults {
            client: self.client.clone(),
            limit: None,
            offset: None,
            filters: None,
        }
    }
    /// List notification templates
    ///
    /// This lists the templates that you have modified for your site.
    ///
    /// `GET /notification-templates` (operation `listNotificationTemplates`).
    pub fn list_notification_templates(&self) -> ListNotificationTemplates {
        ListNotificationTemplates {
            client: self.client.clone(),
            limit: None,
            offset: None,
            filters: None,
            sorters: None,
        }
    }
    /// Change mail from domain
    ///
    /// Change the MAIL FROM domain of an AWS SES email identity and provide the MX and TXT records to be placed in the caller's DNS
    ///
    /// `PUT /mail-from-attributes` (operation `putMailFromAttributes`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn put_mail_from_attributes(
        &self,
        body: models::MailFromAttributesDto,
    ) -> PutMailFromAttributes {
        PutMailFromAttributes {
            client: self.client.clone(),
            body,
        }
    }
    /// Send test notification
    ///
    /// Send a Test Notification
    ///
    /// `POST /send-test-notification` (operation `sendTestNotification`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn send_test_notification(
        &self,
        body: models::SendTestNotificationRequestDto,
    ) -> SendTestNotification {
        SendTestNotification {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`NotificationsApi::create_domain_dkim`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateDomainDkim {
    client: crate::Client,
    body: models::DomainAddress,
}
impl CreateDomainDkim {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/verified-domains".to_string();
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
        Output = runtime::Result<models::DomainStatusDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateDomainDkim, models::DomainStatusDto, CreateDomainDkimError);
/// The errors of [`CreateDomainDkim`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateDomainDkimError {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::Unauthorized>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 405: Method Not Allowed - indicates that the server knows the request method, but the target resource doesn't support this method.
    MethodNotAllowed(Box<runtime::TypedApiError<models::MethodNotAllowed>>),
    /// HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(Box<runtime::TypedApiError<models::TooManyRequests>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    CreateDomainDkimError { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 405
    => MethodNotAllowed, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`NotificationsApi::create_notification_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateNotificationTemplate {
    client: crate::Client,
    body: models::TemplateDto,
}
impl CreateNotificationTemplate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/notification-templates".to_string();
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
        Output = runtime::Result<models::TemplateDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateNotificationTemplate, models::TemplateDto, CreateNotificationTemplateError
);
/// The errors of [`CreateNotificationTemplate`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateNotificationTemplateError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NotificationsApi::create_verified_from_address`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateVerifiedFromAddress {
    client: crate::Client,
    body: models::EmailStatusDto,
}
impl CreateVerifiedFromAddress {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/verified-from-addresses".to_string();
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
        Output = runtime::Result<models::EmailStatusDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateVerifiedFromAddress, models::EmailStatusDto, CreateVerifiedFromAddressError
);
/// The errors of [`CreateVerifiedFromAddress`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateVerifiedFromAddressError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NotificationsApi::delete_notification_templates_in_bulk`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteNotificationTemplatesInBulk {
    client: crate::Client,
    body: Vec<models::TemplateBulkDeleteDto>,
}
impl DeleteNotificationTemplatesInBulk {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/notification-templates/bulk-delete".to_string();
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
runtime::send_methods!(
    DeleteNotificationTemplatesInBulk, (), DeleteNotificationTemplatesInBulkError
);
/// The errors of [`DeleteNotificationTemplatesInBulk`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteNotificationTemplatesInBulkError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NotificationsApi::delete_verified_from_address`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteVerifiedFromAddress {
    client: crate::Client,
    id: String,
}
impl DeleteVerifiedFromAddress {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/verified-from-addresses/",
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
runtime::send_methods!(DeleteVerifiedFromAddress, (), DeleteVerifiedFromAddressError);
/// The errors of [`DeleteVerifiedFromAddress`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteVerifiedFromAddressError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`NotificationsApi::get_dkim_attributes`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetDkimAttributes {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
}
impl GetDkimAttributes {
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
        let path = "/verified-domains".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::DkimAttributes>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::DkimAttributes>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::DkimAttributes>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::DkimAttributes>> {
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
    GetDkimAttributes, Vec < models::DkimAttributes >, GetDkimAttributesError
);
/// The errors of [`GetDkimAttributes`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetDkimAttributesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NotificationsApi::get_mail_from_attributes`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMailFromAttributes {
    client: crate::Client,
    identity: String,
}
impl GetMailFromAttributes {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/mail-from-attributes/",
            &runtime::encode::path_param(&self.identity, false)?,
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
        Output = runtime::Result<models::MailFromAttributes>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetMailFromAttributes, models::MailFromAttributes, GetMailFromAttributesError
);
/// The errors of [`GetMailFromAttributes`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMailFromAttributesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NotificationsApi::get_notification_preferences`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNotificationPreferences {
    client: crate::Client,
    key: String,
}
impl GetNotificationPreferences {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/notification-preferences/",
            &runtime::encode::path_param(&self.key, false)?,
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
        Output = runtime::Result<models::PreferencesDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetNotificationPreferences, models::PreferencesDto, GetNotificationPreferencesError
);
/// The errors of [`GetNotificationPreferences`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNotificationPreferencesError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`NotificationsApi::get_notification_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNotificationTemplate {
    client: crate::Client,
    id: String,
}
impl GetNotificationTemplate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/notification-templates/",
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
        Output = runtime::Result<models::TemplateDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetNotificationTemplate, models::TemplateDto, GetNotificationTemplateError
);
/// The errors of [`GetNotificationTemplate`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNotificationTemplateError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NotificationsApi::get_notifications_template_context`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNotificationsTemplateContext {
    client: crate::Client,
}
impl GetNotificationsTemplateContext {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/notification-template-context".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NotificationTemplateContext>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetNotificationsTemplateContext, models::NotificationTemplateContext,
    GetNotificationsTemplateContextError
);
/// The errors of [`GetNotificationsTemplateContext`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNotificationsTemplateContextError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NotificationsApi::list_from_addresses`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListFromAddresses {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListFromAddresses {
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
    /// **email**: *eq, ge, le, gt, lt*
    ///
    /// Example: `"email eq \"john.doe@company.com\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **email**
    ///
    /// Example: `"email"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/verified-from-addresses".to_string();
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
        Output = runtime::Result<Vec<models::EmailStatusDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::EmailStatusDto>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::EmailStatusDto>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::EmailStatusDto>> {
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
    ListFromAddresses, Vec < models::EmailStatusDto >, ListFromAddressesError
);
/// The errors of [`ListFromAddresses`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListFromAddressesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NotificationsApi::list_notification_template_defaults`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListNotificationTemplateDefaults {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
}
impl ListNotificationTemplateDefaults {
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **key**: *eq, in, sw*
    ///
    /// **medium**: *eq, sw*
    ///
    /// **locale**: *eq, sw*
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/notification-template-defaults".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::TemplateDtoDefault>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::TemplateDtoDefault>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::TemplateDtoDefault>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::TemplateDtoDefault>> {
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
    ListNotificationTemplateDefaults, Vec < models::TemplateDtoDefault >,
    ListNotificationTemplateDefaultsError
);
/// The errors of [`ListNotificationTemplateDefaults`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListNotificationTemplateDefaultsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NotificationsApi::list_notification_templates`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListNotificationTemplates {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListNotificationTemplates {
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **key**: *eq, in, sw*
    ///
    /// **medium**: *eq, sw*
    ///
    /// **locale**: *eq, sw*
    ///
    /// Example: `"medium eq \"EMAIL\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **key, name, medium**
    ///
    /// Example: `"key, -name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/notification-templates".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
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
        Output = runtime::Result<Vec<models::TemplateDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::TemplateDto>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::TemplateDto>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::TemplateDto>> {
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
    ListNotificationTemplates, Vec < models::TemplateDto >,
    ListNotificationTemplatesError
);
/// The errors of [`ListNotificationTemplates`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListNotificationTemplatesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NotificationsApi::put_mail_from_attributes`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutMailFromAttributes {
    client: crate::Client,
    body: models::MailFromAttributesDto,
}
impl PutMailFromAttributes {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/mail-from-attributes".to_string();
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
        Output = runtime::Result<models::MailFromAttributes>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutMailFromAttributes, models::MailFromAttributes, PutMailFromAttributesError
);
/// The errors of [`PutMailFromAttributes`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutMailFromAttributesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NotificationsApi::send_test_notification`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendTestNotification {
    client: crate::Client,
    body: models::SendTestNotificationRequestDto,
}
impl SendTestNotification {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/send-test-notification".to_string();
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
runtime::send_methods!(SendTestNotification, (), SendTestNotificationError);
/// The errors of [`SendTestNotification`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SendTestNotificationError = crate::errors::Error400_401_403_404_429_500;
