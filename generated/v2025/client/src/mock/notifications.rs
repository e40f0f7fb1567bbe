//! Typed expectations of the operations tagged `Notifications`: `server.expect(mock::notifications::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_domain_dkim()`], as `Mock<CreateDomainDkim>`.
pub enum CreateDomainDkim {}
/// Expects [`NotificationsApi::create_domain_dkim`](crate::apis::notifications::NotificationsApi::create_domain_dkim): `POST /verified-domains`.
pub fn create_domain_dkim() -> super::Mock<CreateDomainDkim> {
    super::Mock::new(runtime::Method::POST, "/verified-domains")
}
impl super::Mock<CreateDomainDkim> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::DomainAddress) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::DomainStatusDto) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `405` with `body` as JSON.
    pub fn respond_method_not_allowed(self, body: &models::MethodNotAllowed) -> Self {
        self.respond_json(405, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`create_notification_template()`], as `Mock<CreateNotificationTemplate>`.
pub enum CreateNotificationTemplate {}
/// Expects [`NotificationsApi::create_notification_template`](crate::apis::notifications::NotificationsApi::create_notification_template): `POST /notification-templates`.
pub fn create_notification_template() -> super::Mock<CreateNotificationTemplate> {
    super::Mock::new(runtime::Method::POST, "/notification-templates")
}
impl super::Mock<CreateNotificationTemplate> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::TemplateDto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::TemplateDto) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`create_verified_from_address()`], as `Mock<CreateVerifiedFromAddress>`.
pub enum CreateVerifiedFromAddress {}
/// Expects [`NotificationsApi::create_verified_from_address`](crate::apis::notifications::NotificationsApi::create_verified_from_address): `POST /verified-from-addresses`.
pub fn create_verified_from_address() -> super::Mock<CreateVerifiedFromAddress> {
    super::Mock::new(runtime::Method::POST, "/verified-from-addresses")
}
impl super::Mock<CreateVerifiedFromAddress> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::EmailStatusDto) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::EmailStatusDto) -> Self {
        self.respond_json(201, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_notification_templates_in_bulk()`], as `Mock<DeleteNotificationTemplatesInBulk>`.
pub enum DeleteNotificationTemplatesInBulk {}
/// Expects [`NotificationsApi::delete_notification_templates_in_bulk`](crate::apis::notifications::NotificationsApi::delete_notification_templates_in_bulk): `POST /notification-templates/bulk-delete`.
pub fn delete_notification_templates_in_bulk() -> super::Mock<
    DeleteNotificationTemplatesInBulk,
> {
    super::Mock::new(runtime::Method::POST, "/notification-templates/bulk-delete")
}
impl super::Mock<DeleteNotificationTemplatesInBulk> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::TemplateBulkDeleteDto>) -> Self {
        self.json_body(value)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_verified_from_address()`], as `Mock<DeleteVerifiedFromAddress>`.
pub enum DeleteVerifiedFromAddress {}
/// Expects [`NotificationsApi::delete_verified_from_address`](crate::apis::notifications::NotificationsApi::delete_verified_from_address): `DELETE /verified-from-addresses/{id}`.
pub fn delete_verified_from_address() -> super::Mock<DeleteVerifiedFromAddress> {
    super::Mock::new(runtime::Method::DELETE, "/verified-from-addresses/{id}")
}
impl super::Mock<DeleteVerifiedFromAddress> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_dkim_attributes()`], as `Mock<GetDkimAttributes>`.
pub enum GetDkimAttributes {}
/// Expects [`NotificationsApi::get_dkim_attributes`](crate::apis::notifications::NotificationsApi::get_dkim_attributes): `GET /verified-domains`.
pub fn get_dkim_attributes() -> super::Mock<GetDkimAttributes> {
    super::Mock::new(runtime::Method::GET, "/verified-domains")
}
impl super::Mock<GetDkimAttributes> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::DkimAttributes>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_mail_from_attributes()`], as `Mock<GetMailFromAttributes>`.
pub enum GetMailFromAttributes {}
/// Expects [`NotificationsApi::get_mail_from_attributes`](crate::apis::notifications::NotificationsApi::get_mail_from_attributes): `GET /mail-from-attributes/{identity}`.
pub fn get_mail_from_attributes() -> super::Mock<GetMailFromAttributes> {
    super::Mock::new(runtime::Method::GET, "/mail-from-attributes/{identity}")
}
impl super::Mock<GetMailFromAttributes> {
    /// Requires path parameter `identity` with `value`, encoded as the client does.
    pub fn identity(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identity", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::MailFromAttributes) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_notification_preferences()`], as `Mock<GetNotificationPreferences>`.
pub enum GetNotificationPreferences {}
/// Expects [`NotificationsApi::get_notification_preferences`](crate::apis::notifications::NotificationsApi::get_notification_preferences): `GET /notification-preferences/{key}`.
pub fn get_notification_preferences() -> super::Mock<GetNotificationPreferences> {
    super::Mock::new(runtime::Method::GET, "/notification-preferences/{key}")
}
impl super::Mock<GetNotificationPreferences> {
    /// Requires path parameter `key` with `value`, encoded as the client does.
    pub fn key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("key", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PreferencesDto) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_notification_template()`], as `Mock<GetNotificationTemplate>`.
pub enum GetNotificationTemplate {}
/// Expects [`NotificationsApi::get_notification_template`](crate::apis::notifications::NotificationsApi::get_notification_template): `GET /notification-templates/{id}`.
pub fn get_notification_template() -> super::Mock<GetNotificationTemplate> {
    super::Mock::new(runtime::Method::GET, "/notification-templates/{id}")
}
impl super::Mock<GetNotificationTemplate> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::TemplateDto) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_notifications_template_context()`], as `Mock<GetNotificationsTemplateContext>`.
pub enum GetNotificationsTemplateContext {}
/// Expects [`NotificationsApi::get_notifications_template_context`](crate::apis::notifications::NotificationsApi::get_notifications_template_context): `GET /notification-template-context`.
pub fn get_notifications_template_context() -> super::Mock<
    GetNotificationsTemplateContext,
> {
    super::Mock::new(runtime::Method::GET, "/notification-template-context")
}
impl super::Mock<GetNotificationsTemplateContext> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NotificationTemplateContext) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`list_from_addresses()`], as `Mock<ListFromAddresses>`.
pub enum ListFromAddresses {}
/// Expects [`NotificationsApi::list_from_addresses`](crate::apis::notifications::NotificationsApi::list_from_addresses): `GET /verified-from-addresses`.
pub fn list_from_addresses() -> super::Mock<ListFromAddresses> {
    super::Mock::new(runtime::Method::GET, "/verified-from-addresses")
}
impl super::Mock<ListFromAddresses> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::EmailStatusDto>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`list_notification_template_defaults()`], as `Mock<ListNotificationTemplateDefaults>`.
pub enum ListNotificationTemplateDefaults {}
/// Expects [`NotificationsApi::list_notification_template_defaults`](crate::apis::notifications::NotificationsApi::list_notification_template_defaults): `GET /notification-template-defaults`.
pub fn list_notification_template_defaults() -> super::Mock<
    ListNotificationTemplateDefaults,
> {
    super::Mock::new(runtime::Method::GET, "/notification-template-defaults")
}
impl super::Mock<ListNotificationTemplateDefaults> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::TemplateDtoDefault>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`list_notification_templates()`], as `Mock<ListNotificationTemplates>`.
pub enum ListNotificationTemplates {}
/// Expects [`NotificationsApi::list_notification_templates`](crate::apis::notifications::NotificationsApi::list_notification_templates): `GET /notification-templates`.
pub fn list_notification_templates() -> super::Mock<ListNotificationTemplates> {
    super::Mock::new(runtime::Method::GET, "/notification-templates")
}
impl super::Mock<ListNotificationTemplates> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::TemplateDto>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`put_mail_from_attributes()`], as `Mock<PutMailFromAttributes>`.
pub enum PutMailFromAttributes {}
/// Expects [`NotificationsApi::put_mail_from_attributes`](crate::apis::notifications::NotificationsApi::put_mail_from_attributes): `PUT /mail-from-attributes`.
pub fn put_mail_from_attributes() -> super::Mock<PutMailFromAttributes> {
    super::Mock::new(runtime::Method::PUT, "/mail-from-attributes")
}
impl super::Mock<PutMailFromAttributes> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::MailFromAttributesDto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::MailFromAttributes) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`send_test_notification()`], as `Mock<SendTestNotification>`.
pub enum SendTestNotification {}
/// Expects [`NotificationsApi::send_test_notification`](crate::apis::notifications::NotificationsApi::send_test_notification): `POST /send-test-notification`.
pub fn send_test_notification() -> super::Mock<SendTestNotification> {
    super::Mock::new(runtime::Method::POST, "/send-test-notification")
}
impl super::Mock<SendTestNotification> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SendTestNotificationRequestDto) -> Self {
        self.json_body(value)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
