//! One module per tag, each behind the cargo feature of the same name.
/// Operations tagged `Access Profiles`.
#[cfg(feature = "access_profiles")]
pub mod access_profiles;
/// Operations tagged `Access Request Approvals`.
#[cfg(feature = "access_request_approvals")]
pub mod access_request_approvals;
/// Operations tagged `Access Requests`.
#[cfg(feature = "access_requests")]
pub mod access_requests;
/// Operations tagged `Account Activities`.
#[cfg(feature = "account_activities")]
pub mod account_activities;
/// Operations tagged `Account Usages`.
#[cfg(feature = "account_usages")]
pub mod account_usages;
/// Operations tagged `Accounts`.
#[cfg(feature = "accounts")]
pub mod accounts;
/// Operations tagged `Application Discovery`.
#[cfg(feature = "application_discovery")]
pub mod application_discovery;
/// Operations tagged `Auth Users`.
#[cfg(feature = "auth_users")]
pub mod auth_users;
/// Operations tagged `Branding`.
#[cfg(feature = "branding")]
pub mod branding;
/// Operations tagged `Certification Campaign Filters`.
#[cfg(feature = "certification_campaign_filters")]
pub mod certification_campaign_filters;
/// Operations tagged `Certification Campaigns`.
#[cfg(feature = "certification_campaigns")]
pub mod certification_campaigns;
/// Operations tagged `Certification Summaries`.
#[cfg(feature = "certification_summaries")]
pub mod certification_summaries;
/// Operations tagged `Certifications`.
#[cfg(feature = "certifications")]
pub mod certifications;
/// Operations tagged `Configuration Hub`.
#[cfg(feature = "configuration_hub")]
pub mod configuration_hub;
/// Operations tagged `Connectors`.
#[cfg(feature = "connectors")]
pub mod connectors;
/// Operations tagged `Global Tenant Security Settings`.
#[cfg(feature = "global_tenant_security_settings")]
pub mod global_tenant_security_settings;
/// Operations tagged `Identity Profiles`.
#[cfg(feature = "identity_profiles")]
pub mod identity_profiles;
/// Operations tagged `Lifecycle States`.
#[cfg(feature = "lifecycle_states")]
pub mod lifecycle_states;
/// Operations tagged `Managed Clients`.
#[cfg(feature = "managed_clients")]
pub mod managed_clients;
/// Operations tagged `Managed Clusters`.
#[cfg(feature = "managed_clusters")]
pub mod managed_clusters;
/// Operations tagged `MFA Configuration`.
#[cfg(feature = "mfa_configuration")]
pub mod mfa_configuration;
/// Operations tagged `MFA Controller`.
#[cfg(feature = "mfa_controller")]
pub mod mfa_controller;
/// Operations tagged `Non-Employee Lifecycle Management`.
#[cfg(feature = "non_employee_lifecycle_management")]
pub mod non_employee_lifecycle_management;
/// Operations tagged `OAuth Clients`.
#[cfg(feature = "o_auth_clients")]
pub mod o_auth_clients;
/// Operations tagged `Password Configuration`.
#[cfg(feature = "password_configuration")]
pub mod password_configuration;
/// Operations tagged `Password Dictionary`.
#[cfg(feature = "password_dictionary")]
pub mod password_dictionary;
/// Operations tagged `Password Management`.
#[cfg(feature = "password_management")]
pub mod password_management;
/// Operations tagged `Password Policies`.
#[cfg(feature = "password_policies")]
pub mod password_policies;
/// Operations tagged `Password Sync Groups`.
#[cfg(feature = "password_sync_groups")]
pub mod password_sync_groups;
/// Operations tagged `Personal Access Tokens`.
#[cfg(feature = "personal_access_tokens")]
pub mod personal_access_tokens;
/// Operations tagged `Public Identities`.
#[cfg(feature = "public_identities")]
pub mod public_identities;
/// Operations tagged `Public Identities Config`.
#[cfg(feature = "public_identities_config")]
pub mod public_identities_config;
/// Operations tagged `Reports Data Extraction`.
#[cfg(feature = "reports_data_extraction")]
pub mod reports_data_extraction;
/// Operations tagged `Requestable Objects`.
#[cfg(feature = "requestable_objects")]
pub mod requestable_objects;
/// Operations tagged `Roles`.
#[cfg(feature = "roles")]
pub mod roles;
/// Operations tagged `Saved Search`.
#[cfg(feature = "saved_search")]
pub mod saved_search;
/// Operations tagged `Scheduled Search`.
#[cfg(feature = "scheduled_search")]
pub mod scheduled_search;
/// Operations tagged `Search`.
#[cfg(feature = "search")]
pub mod search;
/// Operations tagged `Search Attribute Configuration`.
#[cfg(feature = "search_attribute_configuration")]
pub mod search_attribute_configuration;
/// Operations tagged `Segments`.
#[cfg(feature = "segments")]
pub mod segments;
/// Operations tagged `Service Desk Integration`.
#[cfg(feature = "service_desk_integration")]
pub mod service_desk_integration;
/// Operations tagged `SOD Policies`.
#[cfg(feature = "sod_policies")]
pub mod sod_policies;
/// Operations tagged `SOD Violations`.
#[cfg(feature = "sod_violations")]
pub mod sod_violations;
/// Operations tagged `Source Usages`.
#[cfg(feature = "source_usages")]
pub mod source_usages;
/// Operations tagged `Sources`.
#[cfg(feature = "sources")]
pub mod sources;
/// Operations tagged `Tagged Objects`.
#[cfg(feature = "tagged_objects")]
pub mod tagged_objects;
/// Operations tagged `Transforms`.
#[cfg(feature = "transforms")]
pub mod transforms;
/// Operations tagged `Work Items`.
#[cfg(feature = "work_items")]
pub mod work_items;
/// Operations tagged `Workflows`.
#[cfg(feature = "workflows")]
pub mod workflows;
