//! The error enums that several operations share.
#![allow(non_camel_case_types)]
#[allow(unused_imports)]
use crate::{models, runtime};
/// The errors of the 252 operations that document the error statuses `400`, `401`, `403`, `404`, `429`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "account_activities",
        feature = "accounts",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "entitlements",
        feature = "iai_outliers",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "launchers",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_dictionary",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "tags",
        feature = "task_management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error400_401_403_404_429_500 {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::UnauthorizedResponse>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(Box<runtime::TypedApiError<models::TooManyRequestsResponse>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "account_activities",
        feature = "accounts",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "entitlements",
        feature = "iai_outliers",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "launchers",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_dictionary",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "tags",
        feature = "task_management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
runtime::operation_error!(
    Error400_401_403_404_429_500 { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 404 => NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
/// The errors of the 247 operations that document the error statuses `400`, `401`, `403`, `429`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_message_catalogs",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_configuration",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities_config",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "sod_policies",
        feature = "source_usages",
        feature = "sources",
        feature = "tagged_objects",
        feature = "tags",
        feature = "task_management",
        feature = "triggers",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error400_401_403_429_500 {
    /// HTTP 400. Operations describe it differently: see each one's error type.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::UnauthorizedResponse>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(Box<runtime::TypedApiError<models::TooManyRequestsResponse>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_message_catalogs",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_configuration",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities_config",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "sod_policies",
        feature = "source_usages",
        feature = "sources",
        feature = "tagged_objects",
        feature = "tags",
        feature = "task_management",
        feature = "triggers",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
runtime::operation_error!(
    Error400_401_403_429_500 { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden,
    429 => TooManyRequests, 500 => InternalServerError }
);
/// The errors of the 17 operations that document the error statuses `400`, `401`, `403`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(
    any(
        feature = "iai_common_access",
        feature = "iai_role_mining",
        feature = "role_insights"
    )
)]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error400_401_403_500 {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::UnauthorizedResponse>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
#[cfg(
    any(
        feature = "iai_common_access",
        feature = "iai_role_mining",
        feature = "role_insights"
    )
)]
runtime::operation_error!(
    Error400_401_403_500 { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 500
    => InternalServerError }
);
/// The errors of the 8 operations that document the error statuses `400`, `401`, `403`, `404`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(
    any(
        feature = "iai_role_mining",
        feature = "identity_history",
        feature = "password_management"
    )
)]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error400_401_403_404_500 {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::UnauthorizedResponse>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
#[cfg(
    any(
        feature = "iai_role_mining",
        feature = "identity_history",
        feature = "password_management"
    )
)]
runtime::operation_error!(
    Error400_401_403_404_500 { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden,
    404 => NotFound, 500 => InternalServerError }
);
/// The errors of the 4 operations that document the error statuses `401`, `403`, `404`, `429`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(
    any(
        feature = "account_aggregations",
        feature = "search_attribute_configuration",
        feature = "sources"
    )
)]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error401_403_404_429_500 {
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::UnauthorizedResponse>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(Box<runtime::TypedApiError<models::TooManyRequestsResponse>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
#[cfg(
    any(
        feature = "account_aggregations",
        feature = "search_attribute_configuration",
        feature = "sources"
    )
)]
runtime::operation_error!(
    Error401_403_404_429_500 { 401 => Unauthorized, 403 => Forbidden, 404 => NotFound,
    429 => TooManyRequests, 500 => InternalServerError }
);
/// The errors of the 3 operations that document the error statuses `401`, `403`, `429`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(any(feature = "access_request_approvals", feature = "notifications"))]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error401_403_429_500 {
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::UnauthorizedResponse>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(Box<runtime::TypedApiError<models::TooManyRequestsResponse>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
#[cfg(any(feature = "access_request_approvals", feature = "notifications"))]
runtime::operation_error!(
    Error401_403_429_500 { 401 => Unauthorized, 403 => Forbidden, 429 => TooManyRequests,
    500 => InternalServerError }
);
/// The errors of the 2 operations that document the error statuses `400`, `403`, `404`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(feature = "custom_password_instructions")]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error400_403_404_500 {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
#[cfg(feature = "custom_password_instructions")]
runtime::operation_error!(
    Error400_403_404_500 { 400 => BadRequest, 403 => Forbidden, 404 => NotFound, 500 =>
    InternalServerError }
);
