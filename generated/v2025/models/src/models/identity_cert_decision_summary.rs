#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityCertDecisionSummary {
    /// Number of entitlement decisions that have been made
    #[serde(
        rename = "entitlementDecisionsMade",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entitlement_decisions_made: Option<i32>,
    /// Number of access profile decisions that have been made
    #[serde(
        rename = "accessProfileDecisionsMade",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub access_profile_decisions_made: Option<i32>,
    /// Number of role decisions that have been made
    #[serde(
        rename = "roleDecisionsMade",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub role_decisions_made: Option<i32>,
    /// Number of account decisions that have been made
    #[serde(
        rename = "accountDecisionsMade",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub account_decisions_made: Option<i32>,
    /// The total number of entitlement decisions on the certification, both complete and incomplete
    #[serde(
        rename = "entitlementDecisionsTotal",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entitlement_decisions_total: Option<i32>,
    /// The total number of access profile decisions on the certification, both complete and incomplete
    #[serde(
        rename = "accessProfileDecisionsTotal",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub access_profile_decisions_total: Option<i32>,
    /// The total number of role decisions on the certification, both complete and incomplete
    #[serde(
        rename = "roleDecisionsTotal",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub role_decisions_total: Option<i32>,
    /// The total number of account decisions on the certification, both complete and incomplete
    #[serde(
        rename = "accountDecisionsTotal",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub account_decisions_total: Option<i32>,
    /// The number of entitlement decisions that have been made which were approved
    #[serde(
        rename = "entitlementsApproved",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entitlements_approved: Option<i32>,
    /// The number of entitlement decisions that have been made which were revoked
    #[serde(
        rename = "entitlementsRevoked",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entitlements_revoked: Option<i32>,
    /// The number of access profile decisions that have been made which were approved
    #[serde(
        rename = "accessProfilesApproved",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub access_profiles_approved: Option<i32>,
    /// The number of access profile decisions that have been made which were revoked
    #[serde(
        rename = "accessProfilesRevoked",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub access_profiles_revoked: Option<i32>,
    /// The number of role decisions that have been made which were approved
    #[serde(rename = "rolesApproved", default, skip_serializing_if = "Option::is_none")]
    pub roles_approved: Option<i32>,
    /// The number of role decisions that have been made which were revoked
    #[serde(rename = "rolesRevoked", default, skip_serializing_if = "Option::is_none")]
    pub roles_revoked: Option<i32>,
    /// The number of account decisions that have been made which were approved
    #[serde(
        rename = "accountsApproved",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub accounts_approved: Option<i32>,
    /// The number of account decisions that have been made which were revoked
    #[serde(
        rename = "accountsRevoked",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub accounts_revoked: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityCertDecisionSummary {
    /// Builds a `IdentityCertDecisionSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `entitlement_decisions_made`.
    pub fn entitlement_decisions_made(mut self, value: impl Into<i32>) -> Self {
        self.entitlement_decisions_made = Some(value.into());
        self
    }
    /// Sets `access_profile_decisions_made`.
    pub fn access_profile_decisions_made(mut self, value: impl Into<i32>) -> Self {
        self.access_profile_decisions_made = Some(value.into());
        self
    }
    /// Sets `role_decisions_made`.
    pub fn role_decisions_made(mut self, value: impl Into<i32>) -> Self {
        self.role_decisions_made = Some(value.into());
        self
    }
    /// Sets `account_decisions_made`.
    pub fn account_decisions_made(mut self, value: impl Into<i32>) -> Self {
        self.account_decisions_made = Some(value.into());
        self
    }
    /// Sets `entitlement_decisions_total`.
    pub fn entitlement_decisions_total(mut self, value: impl Into<i32>) -> Self {
        self.entitlement_decisions_total = Some(value.into());
        self
    }
    /// Sets `access_profile_decisions_total`.
    pub fn access_profile_decisions_total(mut self, value: impl Into<i32>) -> Self {
        self.access_profile_decisions_total = Some(value.into());
        self
    }
    /// Sets `role_decisions_total`.
    pub fn role_decisions_total(mut self, value: impl Into<i32>) -> Self {
        self.role_decisions_total = Some(value.into());
        self
    }
    /// Sets `account_decisions_total`.
    pub fn account_decisions_total(mut self, value: impl Into<i32>) -> Self {
        self.account_decisions_total = Some(value.into());
        self
    }
    /// Sets `entitlements_approved`.
    pub fn entitlements_approved(mut self, value: impl Into<i32>) -> Self {
        self.entitlements_approved = Some(value.into());
        self
    }
    /// Sets `entitlements_revoked`.
    pub fn entitlements_revoked(mut self, value: impl Into<i32>) -> Self {
        self.entitlements_revoked = Some(value.into());
        self
    }
    /// Sets `access_profiles_approved`.
    pub fn access_profiles_approved(mut self, value: impl Into<i32>) -> Self {
        self.access_profiles_approved = Some(value.into());
        self
    }
    /// Sets `access_profiles_revoked`.
    pub fn access_profiles_revoked(mut self, value: impl Into<i32>) -> Self {
        self.access_profiles_revoked = Some(value.into());
        self
    }
    /// Sets `roles_approved`.
    pub fn roles_approved(mut self, value: impl Into<i32>) -> Self {
        self.roles_approved = Some(value.into());
        self
    }
    /// Sets `roles_revoked`.
    pub fn roles_revoked(mut self, value: impl Into<i32>) -> Self {
        self.roles_revoked = Some(value.into());
        self
    }
    /// Sets `accounts_approved`.
    pub fn accounts_approved(mut self, value: impl Into<i32>) -> Self {
        self.accounts_approved = Some(value.into());
        self
    }
    /// Sets `accounts_revoked`.
    pub fn accounts_revoked(mut self, value: impl Into<i32>) -> Self {
        self.accounts_revoked = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for IdentityCertDecisionSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
