//! The error enums that several operations share.
#![allow(non_camel_case_types)]
#[allow(unused_imports)]
use crate::{models, runtime};
/// The errors of the 415 operations that document the error statuses `400`, `401`, `403`, `404`, `429`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "account_activities",
        feature = "accounts",
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "classify_source",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_user_levels",
        feature = "data_access_security",
        feature = "data_segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "iai_outliers",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "machine_classification_config",
        feature = "machine_identities",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "parameter_storage",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "reports_data_extraction",
        feature = "role_propagation",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "shared_signals_framework_ssf",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "task_management",
        feature = "tenant",
        feature = "tenant_context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "launchers",
        feature = "tags"
    )
)]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error400_401_403_404_429_500 {
    /// HTTP 400. Operations describe it differently: see each one's error type.
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
        feature = "access_model_metadata",
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "account_activities",
        feature = "accounts",
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "classify_source",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_user_levels",
        feature = "data_access_security",
        feature = "data_segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "iai_outliers",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "machine_classification_config",
        feature = "machine_identities",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "parameter_storage",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "reports_data_extraction",
        feature = "role_propagation",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "shared_signals_framework_ssf",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "task_management",
        feature = "tenant",
        feature = "tenant_context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "launchers",
        feature = "tags"
    )
)]
runtime::operation_error!(
    Error400_401_403_404_429_500 { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 404 => NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
/// The errors of the 332 operations that document the error statuses `400`, `401`, `403`, `429`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
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
        feature = "api_usage",
        feature = "application_discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "classify_source",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "data_segmentation",
        feature = "declassify_source",
        feature = "dimensions",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_classify",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "parameter_storage",
        feature = "password_configuration",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "privilege_criteria",
        feature = "privilege_criteria_configuration",
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "role_propagation",
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "shared_signals_framework_ssf",
        feature = "sod_policies",
        feature = "source_usages",
        feature = "sources",
        feature = "tagged_objects",
        feature = "task_management",
        feature = "tenant_context",
        feature = "triggers",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "tags"
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
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_usages",
        feature = "accounts",
        feature = "api_usage",
        feature = "application_discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "classify_source",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "data_segmentation",
        feature = "declassify_source",
        feature = "dimensions",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_classify",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "parameter_storage",
        feature = "password_configuration",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "privilege_criteria",
        feature = "privilege_criteria_configuration",
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "role_propagation",
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "shared_signals_framework_ssf",
        feature = "sod_policies",
        feature = "source_usages",
        feature = "sources",
        feature = "tagged_objects",
        feature = "task_management",
        feature = "tenant_context",
        feature = "triggers",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "tags"
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
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::Unauthorized>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
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
#[cfg(any(feature = "iai_role_mining", feature = "identity_history"))]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error400_401_403_404_500 {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::Unauthorized>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
#[cfg(any(feature = "iai_role_mining", feature = "identity_history"))]
runtime::operation_error!(
    Error400_401_403_404_500 { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden,
    404 => NotFound, 500 => InternalServerError }
);
/// The errors of the 7 operations that document the error statuses `401`, `403`, `404`, `429`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(any(feature = "search_attribute_configuration", feature = "work_items"))]
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
#[cfg(any(feature = "search_attribute_configuration", feature = "work_items"))]
runtime::operation_error!(
    Error401_403_404_429_500 { 401 => Unauthorized, 403 => Forbidden, 404 => NotFound,
    429 => TooManyRequests, 500 => InternalServerError }
);
/// The errors of the 2 operations that document the error statuses `400`, `403`, `404`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(feature = "custom_password_instructions")]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error400_403_404_500 {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
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
/// The errors of the 2 operations that document the error statuses `400`, `401`, `403`, `404`, `409`, `429`, `500` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(feature = "parameter_storage")]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error400_401_403_404_409_429_500 {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::Unauthorized>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 409: Conflict - Indicates that the request could not be processed because of conflict in the current state of the resource.
    Conflict(Box<runtime::ApiError>),
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
#[cfg(feature = "parameter_storage")]
runtime::operation_error!(
    Error400_401_403_404_409_429_500 { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 404 => NotFound, 409 => Conflict, 429 => TooManyRequests, 500 =>
    InternalServerError }
);
/// The errors of the 2 operations that document the error statuses `400`, `403`, `404` with the same models: one variant per status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything. Each of those operations names it with an alias (`{Operation}Error`, beside its builder) that says what the statuses mean for it.
#[cfg(any(feature = "scheduled_search", feature = "work_items"))]
#[derive(Debug)]
#[non_exhaustive]
pub enum Error400_403_404 {
    /// HTTP 400: Client Error - Returned if the request body is invalid.
    BadRequest(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDto>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
#[cfg(any(feature = "scheduled_search", feature = "work_items"))]
runtime::operation_error!(
    Error400_403_404 { 400 => BadRequest, 403 => Forbidden, 404 => NotFound }
);
