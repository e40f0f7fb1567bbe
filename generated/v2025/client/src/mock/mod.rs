//! Typed test doubles (feature `mock`): test code that uses this crate without a tenant.
//!
//! Every operation has an expectation for the runtime's loopback
//! [`MockServer`](crate::mock::MockServer), started by a function named like the operation in
//! the module of its tag (`mock::<tag>::<operation>()`, beside
//! `client.<tag>().<operation>()`). It already knows
//! the operation's method and path template; a path parameter matches any value until its
//! typed matcher sets one, and typed matchers require query and header parameters or a JSON
//! body, encoded as the client encodes them. The answer is typed per documented status
//! (`respond_ok(&model)`, `respond_not_found(&error)`, `respond_4xx(status, &error)`;
//! `respond_ok_example()` answers with the spec's example when it has one), and
//! [`Mock::respond_json`](crate::mock::Mock::respond_json),
//! [`Mock::respond_with`](crate::mock::Mock::respond_with) and
//! [`Mock::matching`](crate::mock::Mock::matching) take anything else.
//!
//! ```text
//! let server = MockServer::start().await;
//! server.expect(mock::<tag>::<operation>().<parameter>(value).respond_ok(&model).times(1));
//! let client = Client::new(server.client());
//! let answer = client.<tag>().<operation>().<parameter>(value).send().await?;
//! server.verify().expect("every expectation met");
//! ```
//!
//! The crate's README ("Testing without a tenant") and `tests/mock.rs` hold a complete test
//! that runs (`cargo test --features mock`).

// The typed methods take the types the client sends and decodes, as references.
#![allow(clippy::ptr_arg, clippy::borrowed_box)]

use std::marker::PhantomData;

use crate::runtime::mock::Serialize;
pub use crate::runtime::mock::{Expectation, MockServer, ReceivedRequest, Reply};

/// Expectations of the operations tagged `Access Model Metadata`.
#[cfg(feature = "access_model_metadata")]
pub mod access_model_metadata;
/// Expectations of the operations tagged `Access Profiles`.
#[cfg(feature = "access_profiles")]
pub mod access_profiles;
/// Expectations of the operations tagged `Access Request Approvals`.
#[cfg(feature = "access_request_approvals")]
pub mod access_request_approvals;
/// Expectations of the operations tagged `Access Request Identity Metrics`.
#[cfg(feature = "access_request_identity_metrics")]
pub mod access_request_identity_metrics;
/// Expectations of the operations tagged `Access Requests`.
#[cfg(feature = "access_requests")]
pub mod access_requests;
/// Expectations of the operations tagged `Account Activities`.
#[cfg(feature = "account_activities")]
pub mod account_activities;
/// Expectations of the operations tagged `Account Aggregations`.
#[cfg(feature = "account_aggregations")]
pub mod account_aggregations;
/// Expectations of the operations tagged `Account Usages`.
#[cfg(feature = "account_usages")]
pub mod account_usages;
/// Expectations of the operations tagged `Accounts`.
#[cfg(feature = "accounts")]
pub mod accounts;
/// Expectations of the operations tagged `Api Usage`.
#[cfg(feature = "api_usage")]
pub mod api_usage;
/// Expectations of the operations tagged `Application Discovery`.
#[cfg(feature = "application_discovery")]
pub mod application_discovery;
/// Expectations of the operations tagged `Approvals`.
#[cfg(feature = "approvals")]
pub mod approvals;
/// Expectations of the operations tagged `Apps`.
#[cfg(feature = "apps")]
pub mod apps;
/// Expectations of the operations tagged `Auth Profile`.
#[cfg(feature = "auth_profile")]
pub mod auth_profile;
/// Expectations of the operations tagged `Auth Users`.
#[cfg(feature = "auth_users")]
pub mod auth_users;
/// Expectations of the operations tagged `Branding`.
#[cfg(feature = "branding")]
pub mod branding;
/// Expectations of the operations tagged `Certification Campaign Filters`.
#[cfg(feature = "certification_campaign_filters")]
pub mod certification_campaign_filters;
/// Expectations of the operations tagged `Certification Campaigns`.
#[cfg(feature = "certification_campaigns")]
pub mod certification_campaigns;
/// Expectations of the operations tagged `Certification Summaries`.
#[cfg(feature = "certification_summaries")]
pub mod certification_summaries;
/// Expectations of the operations tagged `Certifications`.
#[cfg(feature = "certifications")]
pub mod certifications;
/// Expectations of the operations tagged `Classify Source`.
#[cfg(feature = "classify_source")]
pub mod classify_source;
/// Expectations of the operations tagged `Configuration Hub`.
#[cfg(feature = "configuration_hub")]
pub mod configuration_hub;
/// Expectations of the operations tagged `Connector Customizers`.
#[cfg(feature = "connector_customizers")]
pub mod connector_customizers;
/// Expectations of the operations tagged `Connector Rule Management`.
#[cfg(feature = "connector_rule_management")]
pub mod connector_rule_management;
/// Expectations of the operations tagged `Connectors`.
#[cfg(feature = "connectors")]
pub mod connectors;
/// Expectations of the operations tagged `Custom Forms`.
#[cfg(feature = "custom_forms")]
pub mod custom_forms;
/// Expectations of the operations tagged `Custom Password Instructions`.
#[cfg(feature = "custom_password_instructions")]
pub mod custom_password_instructions;
/// Expectations of the operations tagged `Custom User Levels`.
#[cfg(feature = "custom_user_levels")]
pub mod custom_user_levels;
/// Expectations of the operations tagged `Data Access Security`.
#[cfg(feature = "data_access_security")]
pub mod data_access_security;
/// Expectations of the operations tagged `Data Segmentation`.
#[cfg(feature = "data_segmentation")]
pub mod data_segmentation;
/// Expectations of the operations tagged `Declassify Source`.
#[cfg(feature = "declassify_source")]
pub mod declassify_source;
/// Expectations of the operations tagged `Dimensions`.
#[cfg(feature = "dimensions")]
pub mod dimensions;
/// Expectations of the operations tagged `Entitlements`.
#[cfg(feature = "entitlements")]
pub mod entitlements;
/// Expectations of the operations tagged `Global Tenant Security Settings`.
#[cfg(feature = "global_tenant_security_settings")]
pub mod global_tenant_security_settings;
/// Expectations of the operations tagged `Governance Groups`.
#[cfg(feature = "governance_groups")]
pub mod governance_groups;
/// Expectations of the operations tagged `IAI Access Request Recommendations`.
#[cfg(feature = "iai_access_request_recommendations")]
pub mod iai_access_request_recommendations;
/// Expectations of the operations tagged `IAI Common Access`.
#[cfg(feature = "iai_common_access")]
pub mod iai_common_access;
/// Expectations of the operations tagged `IAI Outliers`.
#[cfg(feature = "iai_outliers")]
pub mod iai_outliers;
/// Expectations of the operations tagged `IAI Peer Group Strategies`.
#[cfg(feature = "iai_peer_group_strategies")]
pub mod iai_peer_group_strategies;
/// Expectations of the operations tagged `IAI Recommendations`.
#[cfg(feature = "iai_recommendations")]
pub mod iai_recommendations;
/// Expectations of the operations tagged `IAI Role Mining`.
#[cfg(feature = "iai_role_mining")]
pub mod iai_role_mining;
/// Expectations of the operations tagged `Icons`.
#[cfg(feature = "icons")]
pub mod icons;
/// Expectations of the operations tagged `Identities`.
#[cfg(feature = "identities")]
pub mod identities;
/// Expectations of the operations tagged `Identity Attributes`.
#[cfg(feature = "identity_attributes")]
pub mod identity_attributes;
/// Expectations of the operations tagged `Identity History`.
#[cfg(feature = "identity_history")]
pub mod identity_history;
/// Expectations of the operations tagged `Identity Profiles`.
#[cfg(feature = "identity_profiles")]
pub mod identity_profiles;
/// Expectations of the operations tagged `Lifecycle States`.
#[cfg(feature = "lifecycle_states")]
pub mod lifecycle_states;
/// Expectations of the operations tagged `Machine Account Classify`.
#[cfg(feature = "machine_account_classify")]
pub mod machine_account_classify;
/// Expectations of the operations tagged `Machine Account Mappings`.
#[cfg(feature = "machine_account_mappings")]
pub mod machine_account_mappings;
/// Expectations of the operations tagged `Machine Accounts`.
#[cfg(feature = "machine_accounts")]
pub mod machine_accounts;
/// Expectations of the operations tagged `Machine Classification Config`.
#[cfg(feature = "machine_classification_config")]
pub mod machine_classification_config;
/// Expectations of the operations tagged `Machine Identities`.
#[cfg(feature = "machine_identities")]
pub mod machine_identities;
/// Expectations of the operations tagged `Managed Clients`.
#[cfg(feature = "managed_clients")]
pub mod managed_clients;
/// Expectations of the operations tagged `Managed Cluster Types`.
#[cfg(feature = "managed_cluster_types")]
pub mod managed_cluster_types;
/// Expectations of the operations tagged `Managed Clusters`.
#[cfg(feature = "managed_clusters")]
pub mod managed_clusters;
/// Expectations of the operations tagged `MFA Configuration`.
#[cfg(feature = "mfa_configuration")]
pub mod mfa_configuration;
/// Expectations of the operations tagged `Multi-Host Integration`.
#[cfg(feature = "multi_host_integration")]
pub mod multi_host_integration;
/// Expectations of the operations tagged `Non-Employee Lifecycle Management`.
#[cfg(feature = "non_employee_lifecycle_management")]
pub mod non_employee_lifecycle_management;
/// Expectations of the operations tagged `Notifications`.
#[cfg(feature = "notifications")]
pub mod notifications;
/// Expectations of the operations tagged `OAuth Clients`.
#[cfg(feature = "o_auth_clients")]
pub mod o_auth_clients;
/// Expectations of the operations tagged `Org Config`.
#[cfg(feature = "org_config")]
pub mod org_config;
/// Expectations of the operations tagged `Parameter Storage`.
#[cfg(feature = "parameter_storage")]
pub mod parameter_storage;
/// Expectations of the operations tagged `Password Configuration`.
#[cfg(feature = "password_configuration")]
pub mod password_configuration;
/// Expectations of the operations tagged `Password Dictionary`.
#[cfg(feature = "password_dictionary")]
pub mod password_dictionary;
/// Expectations of the operations tagged `Password Management`.
#[cfg(feature = "password_management")]
pub mod password_management;
/// Expectations of the operations tagged `Password Policies`.
#[cfg(feature = "password_policies")]
pub mod password_policies;
/// Expectations of the operations tagged `Password Sync Groups`.
#[cfg(feature = "password_sync_groups")]
pub mod password_sync_groups;
/// Expectations of the operations tagged `Personal Access Tokens`.
#[cfg(feature = "personal_access_tokens")]
pub mod personal_access_tokens;
/// Expectations of the operations tagged `Privilege Criteria`.
#[cfg(feature = "privilege_criteria")]
pub mod privilege_criteria;
/// Expectations of the operations tagged `Privilege Criteria Configuration`.
#[cfg(feature = "privilege_criteria_configuration")]
pub mod privilege_criteria_configuration;
/// Expectations of the operations tagged `Public Identities`.
#[cfg(feature = "public_identities")]
pub mod public_identities;
/// Expectations of the operations tagged `Public Identities Config`.
#[cfg(feature = "public_identities_config")]
pub mod public_identities_config;
/// Expectations of the operations tagged `Reports Data Extraction`.
#[cfg(feature = "reports_data_extraction")]
pub mod reports_data_extraction;
/// Expectations of the operations tagged `Requestable Objects`.
#[cfg(feature = "requestable_objects")]
pub mod requestable_objects;
/// Expectations of the operations tagged `Role Insights`.
#[cfg(feature = "role_insights")]
pub mod role_insights;
/// Expectations of the operations tagged `Role Propagation`.
#[cfg(feature = "role_propagation")]
pub mod role_propagation;
/// Expectations of the operations tagged `Roles`.
#[cfg(feature = "roles")]
pub mod roles;
/// Expectations of the operations tagged `Saved Search`.
#[cfg(feature = "saved_search")]
pub mod saved_search;
/// Expectations of the operations tagged `Scheduled Search`.
#[cfg(feature = "scheduled_search")]
pub mod scheduled_search;
/// Expectations of the operations tagged `Search`.
#[cfg(feature = "search")]
pub mod search;
/// Expectations of the operations tagged `Search Attribute Configuration`.
#[cfg(feature = "search_attribute_configuration")]
pub mod search_attribute_configuration;
/// Expectations of the operations tagged `Segments`.
#[cfg(feature = "segments")]
pub mod segments;
/// Expectations of the operations tagged `Service Desk Integration`.
#[cfg(feature = "service_desk_integration")]
pub mod service_desk_integration;
/// Expectations of the operations tagged `Shared Signals Framework (SSF)`.
#[cfg(feature = "shared_signals_framework_ssf")]
pub mod shared_signals_framework_ssf;
/// Expectations of the operations tagged `SIM Integrations`.
#[cfg(feature = "sim_integrations")]
pub mod sim_integrations;
/// Expectations of the operations tagged `SOD Policies`.
#[cfg(feature = "sod_policies")]
pub mod sod_policies;
/// Expectations of the operations tagged `SOD Violations`.
#[cfg(feature = "sod_violations")]
pub mod sod_violations;
/// Expectations of the operations tagged `Source Usages`.
#[cfg(feature = "source_usages")]
pub mod source_usages;
/// Expectations of the operations tagged `Sources`.
#[cfg(feature = "sources")]
pub mod sources;
/// Expectations of the operations tagged `SP-Config`.
#[cfg(feature = "sp_config")]
pub mod sp_config;
/// Expectations of the operations tagged `Suggested Entitlement Description`.
#[cfg(feature = "suggested_entitlement_description")]
pub mod suggested_entitlement_description;
/// Expectations of the operations tagged `Tagged Objects`.
#[cfg(feature = "tagged_objects")]
pub mod tagged_objects;
/// Expectations of the operations tagged `Task Management`.
#[cfg(feature = "task_management")]
pub mod task_management;
/// Expectations of the operations tagged `Tenant`.
#[cfg(feature = "tenant")]
pub mod tenant;
/// Expectations of the operations tagged `Tenant Context`.
#[cfg(feature = "tenant_context")]
pub mod tenant_context;
/// Expectations of the operations tagged `Transforms`.
#[cfg(feature = "transforms")]
pub mod transforms;
/// Expectations of the operations tagged `Triggers`.
#[cfg(feature = "triggers")]
pub mod triggers;
/// Expectations of the operations tagged `UI Metadata`.
#[cfg(feature = "ui_metadata")]
pub mod ui_metadata;
/// Expectations of the operations tagged `Work Items`.
#[cfg(feature = "work_items")]
pub mod work_items;
/// Expectations of the operations tagged `Work Reassignment`.
#[cfg(feature = "work_reassignment")]
pub mod work_reassignment;
/// Expectations of the operations tagged `Workflows`.
#[cfg(feature = "workflows")]
pub mod workflows;
/// Expectations of the operations tagged `Launchers`.
#[cfg(feature = "launchers")]
pub mod launchers;
/// Expectations of the operations tagged `Tags`.
#[cfg(feature = "tags")]
pub mod tags;

/// An expectation of operation `O` (a marker type of a tag module): add it with
/// [`MockServer::expect`].
#[must_use = "an expectation does nothing until `MockServer::expect`"]
pub struct Mock<O> {
    expectation: Expectation,
    operation: PhantomData<fn() -> O>,
}

impl<O> Clone for Mock<O> {
    fn clone(&self) -> Self {
        Mock {
            expectation: self.expectation.clone(),
            operation: PhantomData,
        }
    }
}

impl<O> std::fmt::Debug for Mock<O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.expectation.fmt(f)
    }
}

impl<O> From<Mock<O>> for Expectation {
    fn from(mock: Mock<O>) -> Expectation {
        mock.expectation
    }
}

impl<O> Mock<O> {
    /// `method` on `path` below [`crate::BASE_PATH`] (a template: `{name}` matches any value).
    #[doc(hidden)]
    pub fn new(method: crate::runtime::Method, path: &str) -> Self {
        Mock {
            expectation: Expectation::new(method, format!("{}{path}", crate::BASE_PATH)),
            operation: PhantomData,
        }
    }

    fn map(self, f: impl FnOnce(Expectation) -> Expectation) -> Self {
        Mock {
            expectation: f(self.expectation),
            operation: PhantomData,
        }
    }

    /// Expects exactly `n` matching requests ([`MockServer::verify`] checks it).
    pub fn times(self, n: usize) -> Self {
        self.map(|e| e.times(n))
    }

    /// Sets path parameter `{name}` (see [`Expectation::path_param`]).
    pub fn path_param<T: Serialize + ?Sized>(self, name: &str, value: &T, explode: bool) -> Self {
        self.map(|e| e.path_param(name, value, explode))
    }

    /// Requires query parameter `name` in `style` (see [`Expectation::query_param`]).
    pub fn query_param<T: Serialize + ?Sized>(
        self,
        name: &str,
        value: &T,
        style: &str,
        explode: bool,
    ) -> Self {
        self.map(|e| e.query_param(name, value, style, explode))
    }

    /// Requires header parameter `name` (see [`Expectation::header_param`]).
    pub fn header_param<T: Serialize + ?Sized>(self, name: &str, value: &T) -> Self {
        self.map(|e| e.header_param(name, value))
    }

    /// Requires header `name` with `value`.
    pub fn with_header(self, name: &str, value: &str) -> Self {
        self.map(|e| e.header(name, value))
    }

    /// Requires a JSON body equal to `body`.
    pub fn json_body<T: Serialize + ?Sized>(self, body: &T) -> Self {
        self.map(|e| e.json_body(body))
    }

    /// Requires `predicate` to accept the request.
    pub fn matching(
        self,
        predicate: impl Fn(&ReceivedRequest) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.map(|e| e.matching(predicate))
    }

    /// Answers `status` with any `body` as JSON (an undocumented status, a raw value).
    pub fn respond_json<T: Serialize + ?Sized>(self, status: u16, body: &T) -> Self {
        self.map(|e| e.respond(status, body))
    }

    /// Answers `status` with JSON text sent as it is.
    pub fn respond_json_text(self, status: u16, json: &str) -> Self {
        self.map(|e| e.respond_json_text(status, json))
    }

    /// Answers `status` with `text` as `content_type`.
    pub fn respond_text(self, status: u16, content_type: &str, text: &str) -> Self {
        self.map(|e| e.respond_text(status, content_type, text))
    }

    /// Answers `status` with `body` as `content_type`.
    pub fn respond_bytes(self, status: u16, content_type: &str, body: &[u8]) -> Self {
        self.map(|e| e.respond_bytes(status, content_type, body))
    }

    /// Answers `status` without a body.
    pub fn respond_empty(self, status: u16) -> Self {
        self.map(|e| e.respond_empty(status))
    }

    /// Answers with any [`Reply`] (a header, a truncated body, a reset...).
    pub fn respond_with(self, reply: Reply) -> Self {
        self.map(|e| e.reply(reply))
    }

    /// The untyped expectation.
    pub fn into_expectation(self) -> Expectation {
        self.expectation
    }
}
