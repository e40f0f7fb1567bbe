//! One module per tag, each behind the cargo feature of the same name.
/// Operations tagged `Access Model Metadata`.
#[cfg(feature = "access_model_metadata")]
pub mod access_model_metadata;
/// Operations tagged `Access Profiles`.
#[cfg(feature = "access_profiles")]
pub mod access_profiles;
/// Operations tagged `Access Request Approvals`.
#[cfg(feature = "access_request_approvals")]
pub mod access_request_approvals;
/// Operations tagged `Access Request Identity Metrics`.
#[cfg(feature = "access_request_identity_metrics")]
pub mod access_request_identity_metrics;
/// Operations tagged `Access Requests`.
#[cfg(feature = "access_requests")]
pub mod access_requests;
/// Operations tagged `Account Activities`.
#[cfg(feature = "account_activities")]
pub mod account_activities;
/// Operations tagged `Account Aggregations`.
#[cfg(feature = "account_aggregations")]
pub mod account_aggregations;
/// Operations tagged `Account Usages`.
#[cfg(feature = "account_usages")]
pub mod account_usages;
/// Operations tagged `Accounts`.
#[cfg(feature = "accounts")]
pub mod accounts;
/// Operations tagged `Application Discovery`.
#[cfg(feature = "application_discovery")]
pub mod application_discovery;
/// Operations tagged `Apps`.
#[cfg(feature = "apps")]
pub mod apps;
/// Operations tagged `Auth Profile`.
#[cfg(feature = "auth_profile")]
pub mod auth_profile;
/// Operations tagged `Certification Campaigns`.
#[cfg(feature = "certification_campaigns")]
pub mod certification_campaigns;
/// Operations tagged `Certifications`.
#[cfg(feature = "certifications")]
pub mod certifications;
/// Operations tagged `Connector Rule Management`.
#[cfg(feature = "connector_rule_management")]
pub mod connector_rule_management;
/// Operations tagged `Connectors`.
#[cfg(feature = "connectors")]
pub mod connectors;
/// Operations tagged `Custom Forms`.
#[cfg(feature = "custom_forms")]
pub mod custom_forms;
/// Operations tagged `Custom Password Instructions`.
#[cfg(feature = "custom_password_instructions")]
pub mod custom_password_instructions;
/// Operations tagged `Entitlements`.
#[cfg(feature = "entitlements")]
pub mod entitlements;
/// Operations tagged `Governance Groups`.
#[cfg(feature = "governance_groups")]
pub mod governance_groups;
/// Operations tagged `IAI Access Request Recommendations`.
#[cfg(feature = "iai_access_request_recommendations")]
pub mod iai_access_request_recommendations;
/// Operations tagged `IAI Common Access`.
#[cfg(feature = "iai_common_access")]
pub mod iai_common_access;
/// Operations tagged `IAI Message Catalogs`.
#[cfg(feature = "iai_message_catalogs")]
pub mod iai_message_catalogs;
/// Operations tagged `IAI Outliers`.
#[cfg(feature = "iai_outliers")]
pub mod iai_outliers;
/// Operations tagged `IAI Peer Group Strategies`.
#[cfg(feature = "iai_peer_group_strategies")]
pub mod iai_peer_group_strategies;
/// Operations tagged `IAI Recommendations`.
#[cfg(feature = "iai_recommendations")]
pub mod iai_recommendations;
/// Operations tagged `IAI Role Mining`.
#[cfg(feature = "iai_role_mining")]
pub mod iai_role_mining;
/// Operations tagged `Icons`.
#[cfg(feature = "icons")]
pub mod icons;
/// Operations tagged `Identities`.
#[cfg(feature = "identities")]
pub mod identities;
/// Operations tagged `Identity Attributes`.
#[cfg(feature = "identity_attributes")]
pub mod identity_attributes;
/// Operations tagged `Identity History`.
#[cfg(feature = "identity_history")]
pub mod identity_history;
/// Operations tagged `Identity Profiles`.
#[cfg(feature = "identity_profiles")]
pub mod identity_profiles;
/// Operations tagged `Launchers`.
#[cfg(feature = "launchers")]
pub mod launchers;
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
/// Operations tagged `Multi-Host Integration`.
#[cfg(feature = "multi_host_integration")]
pub mod multi_host_integration;
/// Operations tagged `Non-Employee Lifecycle Management`.
#[cfg(feature = "non_employee_lifecycle_management")]
pub mod non_employee_lifecycle_management;
/// Operations tagged `Notifications`.
#[cfg(feature = "notifications")]
pub mod notifications;
/// Operations tagged `OAuth Clients`.
#[cfg(feature = "o_auth_clients")]
pub mod o_auth_clients;
/// Operations tagged `Org Config`.
#[cfg(feature = "org_config")]
pub mod org_config;
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
/// Operations tagged `Public Identities Config`.
#[cfg(feature = "public_identities_config")]
pub mod public_identities_config;
/// Operations tagged `Requestable Objects`.
#[cfg(feature = "requestable_objects")]
pub mod requestable_objects;
/// Operations tagged `Role Insights`.
#[cfg(feature = "role_insights")]
pub mod role_insights;
/// Operations tagged `Roles`.
#[cfg(feature = "roles")]
pub mod roles;
/// Operations tagged `Search Attribute Configuration`.
#[cfg(feature = "search_attribute_configuration")]
pub mod search_attribute_configuration;
/// Operations tagged `Segments`.
#[cfg(feature = "segments")]
pub mod segments;
/// Operations tagged `Service Desk Integration`.
#[cfg(feature = "service_desk_integration")]
pub mod service_desk_integration;
/// Operations tagged `SIM Integrations`.
#[cfg(feature = "sim_integrations")]
pub mod sim_integrations;
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
/// Operations tagged `SP-Config`.
#[cfg(feature = "sp_config")]
pub mod sp_config;
/// Operations tagged `Suggested Entitlement Description`.
#[cfg(feature = "suggested_entitlement_description")]
pub mod suggested_entitlement_description;
/// Operations tagged `Tagged Objects`.
#[cfg(feature = "tagged_objects")]
pub mod tagged_objects;
/// Operations tagged `Tags`.
#[cfg(feature = "tags")]
pub mod tags;
/// Operations tagged `Task Management`.
#[cfg(feature = "task_management")]
pub mod task_management;
/// Operations tagged `Tenant`.
#[cfg(feature = "tenant")]
pub mod tenant;
/// Operations tagged `Transforms`.
#[cfg(feature = "transforms")]
pub mod transforms;
/// Operations tagged `Triggers`.
#[cfg(feature = "triggers")]
pub mod triggers;
/// Operations tagged `UI Metadata`.
#[cfg(feature = "ui_metadata")]
pub mod ui_metadata;
/// Operations tagged `Work Items`.
#[cfg(feature = "work_items")]
pub mod work_items;
/// Operations tagged `Work Reassignment`.
#[cfg(feature = "work_reassignment")]
pub mod work_reassignment;
/// Operations tagged `Workflows`.
#[cfg(feature = "workflows")]
pub mod workflows;
