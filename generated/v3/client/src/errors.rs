//! The error enums that several operations share.
#![allow(non_camel_case_types)]
#[allow(unused_imports)]
use crate::{models, runtime};
/// The errors of the 194 operations that document the error statuses `400`, `401`, `403`, `404`, `429`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "account_activities",
        feature = "accounts",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "connectors",
        feature = "global_tenant_security_settings",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "non_employee_lifecycle_management",
        feature = "o_auth_clients",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "reports_data_extraction",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "sources",
        feature = "transforms",
        feature = "work_items",
        feature = "workflows"
    )
)]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error400_401_403_404_429_500 {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::Unauthorized>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
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
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "account_activities",
        feature = "accounts",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "connectors",
        feature = "global_tenant_security_settings",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "non_employee_lifecycle_management",
        feature = "o_auth_clients",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "reports_data_extraction",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "sources",
        feature = "transforms",
        feature = "work_items",
        feature = "workflows"
    )
)]
runtime::operation_error!(
    Error400_401_403_404_429_500 { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 404 => NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
/// The errors of the 158 operations that document the error statuses `400`, `401`, `403`, `429`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(
    any(
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "non_employee_lifecycle_management",
        feature = "o_auth_clients",
        feature = "password_configuration",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "sod_policies",
        feature = "source_usages",
        feature = "sources",
        feature = "tagged_objects",
        feature = "work_items",
        feature = "workflows"
    )
)]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error400_401_403_429_500 {
    /// HTTP 400. Operations describe it differently: see each one's error type.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::Unauthorized>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
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
#[cfg(
    any(
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "non_employee_lifecycle_management",
        feature = "o_auth_clients",
        feature = "password_configuration",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "sod_policies",
        feature = "source_usages",
        feature = "sources",
        feature = "tagged_objects",
        feature = "work_items",
        feature = "workflows"
    )
)]
runtime::operation_error!(
    Error400_401_403_429_500 { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden,
    429 => TooManyRequests, 500 => InternalServerError }
);
/// The errors of the 5 operations that document the error statuses `401`, `403`, `404`, `429`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(feature = "work_items")]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error401_403_404_429_500 {
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::Unauthorized>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
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
#[cfg(feature = "work_items")]
runtime::operation_error!(
    Error401_403_404_429_500 { 401 => Unauthorized, 403 => Forbidden, 404 => NotFound,
    429 => TooManyRequests, 500 => InternalServerError }
);
