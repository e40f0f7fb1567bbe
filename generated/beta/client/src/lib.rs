#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::unit_arg,
    clippy::let_unit_value,
    clippy::doc_lazy_continuation
)]
pub use sailpoint_beta_models as models;
pub use sailpoint_runtime as runtime;
pub mod apis;
/// The error enums that several operations share: each operation's error type
/// (`{Operation}Error`, beside its builder) is an alias of one of these.
pub mod errors;
/// Typed test doubles: one expectation per operation for the runtime's loopback
/// mock server (feature `mock`).
#[cfg(feature = "mock")]
pub mod mock;
/// Path of this API version below the tenant's API base URL.
pub const BASE_PATH: &str = "/beta";
/// `User-Agent` product token of this crate.
pub const PRODUCT: &str = concat!(
    env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")
);
/// Decodes a JSON answer with `models::decode::decode`: strictly with
/// `runtime::Configuration::strict_decoding`, else keeping the members whose values do
/// not fit (listed in `runtime::ApiResponse::deviations`).
#[allow(dead_code)]
fn decode_body<T: runtime::serde::de::DeserializeOwned>(
    body: &[u8],
    strict: bool,
) -> Result<(T, Vec<runtime::Deviation>), runtime::serde_json::Error> {
    let decoding = if strict {
        models::decode::Decoding::Strict
    } else {
        models::decode::Decoding::Tolerant
    };
    let (value, deviations) = models::decode::decode(body, decoding)?;
    let deviations = deviations
        .into_iter()
        .map(|d| runtime::Deviation {
            path: d.path,
            expected: d.expected,
            found: d.found,
        })
        .collect();
    Ok((value, deviations))
}
/// The API client: one accessor per tag. Requests go to `{base URL}/beta`.
///
/// Cloning is cheap; clones share the runtime client (connections and token).
#[derive(Debug, Clone)]
pub struct Client {
    runtime: runtime::Client,
}
impl Client {
    /// A client sending through `runtime`, which may also serve other API versions.
    pub fn new(runtime: runtime::Client) -> Self {
        Client { runtime }
    }
    /// A client configured from `SAIL_BASE_URL`, `SAIL_CLIENT_ID` and
    /// `SAIL_CLIENT_SECRET`, or `./config.json` (see
    /// [`runtime::Configuration::from_env`]).
    pub fn from_env() -> runtime::Result<Self> {
        Ok(Client::new(runtime::Client::from_env()?))
    }
    /// A client for an explicit configuration.
    pub fn from_configuration(config: runtime::Configuration) -> runtime::Result<Self> {
        Ok(Client::new(runtime::Client::new(config)?))
    }
    /// The runtime client (configuration, token).
    pub fn runtime(&self) -> &runtime::Client {
        &self.runtime
    }
    /// Operations tagged `Access Model Metadata` (8 operations).
    #[cfg(feature = "access_model_metadata")]
    pub fn access_model_metadata(
        &self,
    ) -> apis::access_model_metadata::AccessModelMetadataApi {
        apis::access_model_metadata::AccessModelMetadataApi::new(self.clone())
    }
    /// Operations tagged `Access Profiles` (8 operations).
    #[cfg(feature = "access_profiles")]
    pub fn access_profiles(&self) -> apis::access_profiles::AccessProfilesApi {
        apis::access_profiles::AccessProfilesApi::new(self.clone())
    }
    /// Operations tagged `Access Request Approvals` (6 operations).
    #[cfg(feature = "access_request_approvals")]
    pub fn access_request_approvals(
        &self,
    ) -> apis::access_request_approvals::AccessRequestApprovalsApi {
        apis::access_request_approvals::AccessRequestApprovalsApi::new(self.clone())
    }
    /// Operations tagged `Access Request Identity Metrics` (1 operation).
    #[cfg(feature = "access_request_identity_metrics")]
    pub fn access_request_identity_metrics(
        &self,
    ) -> apis::access_request_identity_metrics::AccessRequestIdentityMetricsApi {
        apis::access_request_identity_metrics::AccessRequestIdentityMetricsApi::new(
            self.clone(),
        )
    }
    /// Operations tagged `Access Requests` (7 operations).
    #[cfg(feature = "access_requests")]
    pub fn access_requests(&self) -> apis::access_requests::AccessRequestsApi {
        apis::access_requests::AccessRequestsApi::new(self.clone())
    }
    /// Operations tagged `Account Activities` (2 operations).
    #[cfg(feature = "account_activities")]
    pub fn account_activities(&self) -> apis::account_activities::AccountActivitiesApi {
        apis::account_activities::AccountActivitiesApi::new(self.clone())
    }
    /// Operations tagged `Account Aggregations` (1 operation).
    #[cfg(feature = "account_aggregations")]
    pub fn account_aggregations(
        &self,
    ) -> apis::account_aggregations::AccountAggregationsApi {
        apis::account_aggregations::AccountAggregationsApi::new(self.clone())
    }
    /// Operations tagged `Account Usages` (1 operation).
    #[cfg(feature = "account_usages")]
    pub fn account_usages(&self) -> apis::account_usages::AccountUsagesApi {
        apis::account_usages::AccountUsagesApi::new(self.clone())
    }
    /// Operations tagged `Accounts` (16 operations).
    #[cfg(feature = "accounts")]
    pub fn accounts(&self) -> apis::accounts::AccountsApi {
        apis::accounts::AccountsApi::new(self.clone())
    }
    /// Operations tagged `Application Discovery` (5 operations).
    #[cfg(feature = "application_discovery")]
    pub fn application_discovery(
        &self,
    ) -> apis::application_discovery::ApplicationDiscoveryApi {
        apis::application_discovery::ApplicationDiscoveryApi::new(self.clone())
    }
    /// Operations tagged `Apps` (14 operations).
    #[cfg(feature = "apps")]
    pub fn apps(&self) -> apis::apps::AppsApi {
        apis::apps::AppsApi::new(self.clone())
    }
    /// Operations tagged `Auth Profile` (3 operations).
    #[cfg(feature = "auth_profile")]
    pub fn auth_profile(&self) -> apis::auth_profile::AuthProfileApi {
        apis::auth_profile::AuthProfileApi::new(self.clone())
    }
    /// Operations tagged `Certification Campaigns` (22 operations).
    #[cfg(feature = "certification_campaigns")]
    pub fn certification_campaigns(
        &self,
    ) -> apis::certification_campaigns::CertificationCampaignsApi {
        apis::certification_campaigns::CertificationCampaignsApi::new(self.clone())
    }
    /// Operations tagged `Certifications` (6 operations).
    #[cfg(feature = "certifications")]
    pub fn certifications(&self) -> apis::certifications::CertificationsApi {
        apis::certifications::CertificationsApi::new(self.clone())
    }
    /// Operations tagged `Connector Rule Management` (6 operations).
    #[cfg(feature = "connector_rule_management")]
    pub fn connector_rule_management(
        &self,
    ) -> apis::connector_rule_management::ConnectorRuleManagementApi {
        apis::connector_rule_management::ConnectorRuleManagementApi::new(self.clone())
    }
    /// Operations tagged `Connectors` (1 operation).
    #[cfg(feature = "connectors")]
    pub fn connectors(&self) -> apis::connectors::ConnectorsApi {
        apis::connectors::ConnectorsApi::new(self.clone())
    }
    /// Operations tagged `Custom Forms` (19 operations).
    #[cfg(feature = "custom_forms")]
    pub fn custom_forms(&self) -> apis::custom_forms::CustomFormsApi {
        apis::custom_forms::CustomFormsApi::new(self.clone())
    }
    /// Operations tagged `Custom Password Instructions` (3 operations).
    #[cfg(feature = "custom_password_instructions")]
    pub fn custom_password_instructions(
        &self,
    ) -> apis::custom_password_instructions::CustomPasswordInstructionsApi {
        apis::custom_password_instructions::CustomPasswordInstructionsApi::new(
            self.clone(),
        )
    }
    /// Operations tagged `Entitlements` (12 operations).
    #[cfg(feature = "entitlements")]
    pub fn entitlements(&self) -> apis::entitlements::EntitlementsApi {
        apis::entitlements::EntitlementsApi::new(self.clone())
    }
    /// Operations tagged `Governance Groups` (10 operations).
    #[cfg(feature = "governance_groups")]
    pub fn governance_groups(&self) -> apis::governance_groups::GovernanceGroupsApi {
        apis::governance_groups::GovernanceGroupsApi::new(self.clone())
    }
    /// Operations tagged `IAI Access Request Recommendations` (8 operations).
    #[cfg(feature = "iai_access_request_recommendations")]
    pub fn iai_access_request_recommendations(
        &self,
    ) -> apis::iai_access_request_recommendations::IaiAccessRequestRecommendationsApi {
        apis::iai_access_request_recommendations::IaiAccessRequestRecommendationsApi::new(
            self.clone(),
        )
    }
    /// Operations tagged `IAI Common Access` (3 operations).
    #[cfg(feature = "iai_common_access")]
    pub fn iai_common_access(&self) -> apis::iai_common_access::IaiCommonAccessApi {
        apis::iai_common_access::IaiCommonAccessApi::new(self.clone())
    }
    /// Operations tagged `IAI Message Catalogs` (1 operation).
    #[cfg(feature = "iai_message_catalogs")]
    pub fn iai_message_catalogs(
        &self,
    ) -> apis::iai_message_catalogs::IaiMessageCatalogsApi {
        apis::iai_message_catalogs::IaiMessageCatalogsApi::new(self.clone())
    }
    /// Operations tagged `IAI Outliers` (9 operations).
    #[cfg(feature = "iai_outliers")]
    pub fn iai_outliers(&self) -> apis::iai_outliers::IaiOutliersApi {
        apis::iai_outliers::IaiOutliersApi::new(self.clone())
    }
    /// Operations tagged `IAI Peer Group Strategies` (1 operation).
    #[cfg(feature = "iai_peer_group_strategies")]
    pub fn iai_peer_group_strategies(
        &self,
    ) -> apis::iai_peer_group_strategies::IaiPeerGroupStrategiesApi {
        apis::iai_peer_group_strategies::IaiPeerGroupStrategiesApi::new(self.clone())
    }
    /// Operations tagged `IAI Recommendations` (3 operations).
    #[cfg(feature = "iai_recommendations")]
    pub fn iai_recommendations(
        &self,
    ) -> apis::iai_recommendations::IaiRecommendationsApi {
        apis::iai_recommendations::IaiRecommendationsApi::new(self.clone())
    }
    /// Operations tagged `IAI Role Mining` (25 operations).
    #[cfg(feature = "iai_role_mining")]
    pub fn iai_role_mining(&self) -> apis::iai_role_mining::IaiRoleMiningApi {
        apis::iai_role_mining::IaiRoleMiningApi::new(self.clone())
    }
    /// Operations tagged `Icons` (2 operations).
    #[cfg(feature = "icons")]
    pub fn icons(&self) -> apis::icons::IconsApi {
        apis::icons::IconsApi::new(self.clone())
    }
    /// Operations tagged `Identities` (11 operations).
    #[cfg(feature = "identities")]
    pub fn identities(&self) -> apis::identities::IdentitiesApi {
        apis::identities::IdentitiesApi::new(self.clone())
    }
    /// Operations tagged `Identity Attributes` (6 operations).
    #[cfg(feature = "identity_attributes")]
    pub fn identity_attributes(
        &self,
    ) -> apis::identity_attributes::IdentityAttributesApi {
        apis::identity_attributes::IdentityAttributesApi::new(self.clone())
    }
    /// Operations tagged `Identity History` (11 operations).
    #[cfg(feature = "identity_history")]
    pub fn identity_history(&self) -> apis::identity_history::IdentityHistoryApi {
        apis::identity_history::IdentityHistoryApi::new(self.clone())
    }
    /// Operations tagged `Identity Profiles` (11 operations).
    #[cfg(feature = "identity_profiles")]
    pub fn identity_profiles(&self) -> apis::identity_profiles::IdentityProfilesApi {
        apis::identity_profiles::IdentityProfilesApi::new(self.clone())
    }
    /// Operations tagged `Launchers` (6 operations).
    #[cfg(feature = "launchers")]
    pub fn launchers(&self) -> apis::launchers::LaunchersApi {
        apis::launchers::LaunchersApi::new(self.clone())
    }
    /// Operations tagged `Lifecycle States` (2 operations).
    #[cfg(feature = "lifecycle_states")]
    pub fn lifecycle_states(&self) -> apis::lifecycle_states::LifecycleStatesApi {
        apis::lifecycle_states::LifecycleStatesApi::new(self.clone())
    }
    /// Operations tagged `Managed Clients` (2 operations).
    #[cfg(feature = "managed_clients")]
    pub fn managed_clients(&self) -> apis::managed_clients::ManagedClientsApi {
        apis::managed_clients::ManagedClientsApi::new(self.clone())
    }
    /// Operations tagged `Managed Clusters` (4 operations).
    #[cfg(feature = "managed_clusters")]
    pub fn managed_clusters(&self) -> apis::managed_clusters::ManagedClustersApi {
        apis::managed_clusters::ManagedClustersApi::new(self.clone())
    }
    /// Operations tagged `MFA Configuration` (8 operations).
    #[cfg(feature = "mfa_configuration")]
    pub fn mfa_configuration(&self) -> apis::mfa_configuration::MfaConfigurationApi {
        apis::mfa_configuration::MfaConfigurationApi::new(self.clone())
    }
    /// Operations tagged `MFA Controller` (6 operations).
    #[cfg(feature = "mfa_controller")]
    pub fn mfa_controller(&self) -> apis::mfa_controller::MfaControllerApi {
        apis::mfa_controller::MfaControllerApi::new(self.clone())
    }
    /// Operations tagged `Multi-Host Integration` (13 operations).
    #[cfg(feature = "multi_host_integration")]
    pub fn multi_host_integration(
        &self,
    ) -> apis::multi_host_integration::MultiHostIntegrationApi {
        apis::multi_host_integration::MultiHostIntegrationApi::new(self.clone())
    }
    /// Operations tagged `Non-Employee Lifecycle Management` (32 operations).
    #[cfg(feature = "non_employee_lifecycle_management")]
    pub fn non_employee_lifecycle_management(
        &self,
    ) -> apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi {
        apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::new(
            self.clone(),
        )
    }
    /// Operations tagged `Notifications` (15 operations).
    #[cfg(feature = "notifications")]
    pub fn notifications(&self) -> apis::notifications::NotificationsApi {
        apis::notifications::NotificationsApi::new(self.clone())
    }
    /// Operations tagged `OAuth Clients` (5 operations).
    #[cfg(feature = "o_auth_clients")]
    pub fn o_auth_clients(&self) -> apis::o_auth_clients::OAuthClientsApi {
        apis::o_auth_clients::OAuthClientsApi::new(self.clone())
    }
    /// Operations tagged `Org Config` (3 operations).
    #[cfg(feature = "org_config")]
    pub fn org_config(&self) -> apis::org_config::OrgConfigApi {
        apis::org_config::OrgConfigApi::new(self.clone())
    }
    /// Operations tagged `Password Configuration` (3 operations).
    #[cfg(feature = "password_configuration")]
    pub fn password_configuration(
        &self,
    ) -> apis::password_configuration::PasswordConfigurationApi {
        apis::password_configuration::PasswordConfigurationApi::new(self.clone())
    }
    /// Operations tagged `Password Dictionary` (2 operations).
    #[cfg(feature = "password_dictionary")]
    pub fn password_dictionary(
        &self,
    ) -> apis::password_dictionary::PasswordDictionaryApi {
        apis::password_dictionary::PasswordDictionaryApi::new(self.clone())
    }
    /// Operations tagged `Password Management` (4 operations).
    #[cfg(feature = "password_management")]
    pub fn password_management(
        &self,
    ) -> apis::password_management::PasswordManagementApi {
        apis::password_management::PasswordManagementApi::new(self.clone())
    }
    /// Operations tagged `Password Policies` (5 operations).
    #[cfg(feature = "password_policies")]
    pub fn password_policies(&self) -> apis::password_policies::PasswordPoliciesApi {
        apis::password_policies::PasswordPoliciesApi::new(self.clone())
    }
    /// Operations tagged `Password Sync Groups` (5 operations).
    #[cfg(feature = "password_sync_groups")]
    pub fn password_sync_groups(
        &self,
    ) -> apis::password_sync_groups::PasswordSyncGroupsApi {
        apis::password_sync_groups::PasswordSyncGroupsApi::new(self.clone())
    }
    /// Operations tagged `Personal Access Tokens` (4 operations).
    #[cfg(feature = "personal_access_tokens")]
    pub fn personal_access_tokens(
        &self,
    ) -> apis::personal_access_tokens::PersonalAccessTokensApi {
        apis::personal_access_tokens::PersonalAccessTokensApi::new(self.clone())
    }
    /// Operations tagged `Public Identities Config` (2 operations).
    #[cfg(feature = "public_identities_config")]
    pub fn public_identities_config(
        &self,
    ) -> apis::public_identities_config::PublicIdentitiesConfigApi {
        apis::public_identities_config::PublicIdentitiesConfigApi::new(self.clone())
    }
    /// Operations tagged `Requestable Objects` (1 operation).
    #[cfg(feature = "requestable_objects")]
    pub fn requestable_objects(
        &self,
    ) -> apis::requestable_objects::RequestableObjectsApi {
        apis::requestable_objects::RequestableObjectsApi::new(self.clone())
    }
    /// Operations tagged `Role Insights` (9 operations).
    #[cfg(feature = "role_insights")]
    pub fn role_insights(&self) -> apis::role_insights::RoleInsightsApi {
        apis::role_insights::RoleInsightsApi::new(self.clone())
    }
    /// Operations tagged `Roles` (8 operations).
    #[cfg(feature = "roles")]
    pub fn roles(&self) -> apis::roles::RolesApi {
        apis::roles::RolesApi::new(self.clone())
    }
    /// Operations tagged `Search Attribute Configuration` (5 operations).
    #[cfg(feature = "search_attribute_configuration")]
    pub fn search_attribute_configuration(
        &self,
    ) -> apis::search_attribute_configuration::SearchAttributeConfigurationApi {
        apis::search_attribute_configuration::SearchAttributeConfigurationApi::new(
            self.clone(),
        )
    }
    /// Operations tagged `Segments` (5 operations).
    #[cfg(feature = "segments")]
    pub fn segments(&self) -> apis::segments::SegmentsApi {
        apis::segments::SegmentsApi::new(self.clone())
    }
    /// Operations tagged `Service Desk Integration` (10 operations).
    #[cfg(feature = "service_desk_integration")]
    pub fn service_desk_integration(
        &self,
    ) -> apis::service_desk_integration::ServiceDeskIntegrationApi {
        apis::service_desk_integration::ServiceDeskIntegrationApi::new(self.clone())
    }
    /// Operations tagged `SIM Integrations` (7 operations).
    #[cfg(feature = "sim_integrations")]
    pub fn sim_integrations(&self) -> apis::sim_integrations::SimIntegrationsApi {
        apis::sim_integrations::SimIntegrationsApi::new(self.clone())
    }
    /// Operations tagged `SOD Policies` (16 operations).
    #[cfg(feature = "sod_policies")]
    pub fn sod_policies(&self) -> apis::sod_policies::SodPoliciesApi {
        apis::sod_policies::SodPoliciesApi::new(self.clone())
    }
    /// Operations tagged `SOD Violations` (1 operation).
    #[cfg(feature = "sod_violations")]
    pub fn sod_violations(&self) -> apis::sod_violations::SodViolationsApi {
        apis::sod_violations::SodViolationsApi::new(self.clone())
    }
    /// Operations tagged `Source Usages` (2 operations).
    #[cfg(feature = "source_usages")]
    pub fn source_usages(&self) -> apis::source_usages::SourceUsagesApi {
        apis::source_usages::SourceUsagesApi::new(self.clone())
    }
    /// Operations tagged `Sources` (43 operations).
    #[cfg(feature = "sources")]
    pub fn sources(&self) -> apis::sources::SourcesApi {
        apis::sources::SourcesApi::new(self.clone())
    }
    /// Operations tagged `SP-Config` (7 operations).
    #[cfg(feature = "sp_config")]
    pub fn sp_config(&self) -> apis::sp_config::SpConfigApi {
        apis::sp_config::SpConfigApi::new(self.clone())
    }
    /// Operations tagged `Suggested Entitlement Description` (7 operations).
    #[cfg(feature = "suggested_entitlement_description")]
    pub fn suggested_entitlement_description(
        &self,
    ) -> apis::suggested_entitlement_description::SuggestedEntitlementDescriptionApi {
        apis::suggested_entitlement_description::SuggestedEntitlementDescriptionApi::new(
            self.clone(),
        )
    }
    /// Operations tagged `Tagged Objects` (8 operations).
    #[cfg(feature = "tagged_objects")]
    pub fn tagged_objects(&self) -> apis::tagged_objects::TaggedObjectsApi {
        apis::tagged_objects::TaggedObjectsApi::new(self.clone())
    }
    /// Operations tagged `Tags` (4 operations).
    #[cfg(feature = "tags")]
    pub fn tags(&self) -> apis::tags::TagsApi {
        apis::tags::TagsApi::new(self.clone())
    }
    /// Operations tagged `Task Management` (5 operations).
    #[cfg(feature = "task_management")]
    pub fn task_management(&self) -> apis::task_management::TaskManagementApi {
        apis::task_management::TaskManagementApi::new(self.clone())
    }
    /// Operations tagged `Tenant` (1 operation).
    #[cfg(feature = "tenant")]
    pub fn tenant(&self) -> apis::tenant::TenantApi {
        apis::tenant::TenantApi::new(self.clone())
    }
    /// Operations tagged `Transforms` (5 operations).
    #[cfg(feature = "transforms")]
    pub fn transforms(&self) -> apis::transforms::TransformsApi {
        apis::transforms::TransformsApi::new(self.clone())
    }
    /// Operations tagged `Triggers` (10 operations).
    #[cfg(feature = "triggers")]
    pub fn triggers(&self) -> apis::triggers::TriggersApi {
        apis::triggers::TriggersApi::new(self.clone())
    }
    /// Operations tagged `UI Metadata` (2 operations).
    #[cfg(feature = "ui_metadata")]
    pub fn ui_metadata(&self) -> apis::ui_metadata::UiMetadataApi {
        apis::ui_metadata::UiMetadataApi::new(self.clone())
    }
    /// Operations tagged `Work Items` (13 operations).
    #[cfg(feature = "work_items")]
    pub fn work_items(&self) -> apis::work_items::WorkItemsApi {
        apis::work_items::WorkItemsApi::new(self.clone())
    }
    /// Operations tagged `Work Reassignment` (9 operations).
    #[cfg(feature = "work_reassignment")]
    pub fn work_reassignment(&self) -> apis::work_reassignment::WorkReassignmentApi {
        apis::work_reassignment::WorkReassignmentApi::new(self.clone())
    }
    /// Operations tagged `Workflows` (18 operations).
    #[cfg(feature = "workflows")]
    pub fn workflows(&self) -> apis::workflows::WorkflowsApi {
        apis::workflows::WorkflowsApi::new(self.clone())
    }
}
