#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityCertDecisionSummary {
    /// Number of entitlement decisions that have been made
    pub entitlement_decisions_made: Option<i32>,
    /// Number of access profile decisions that have been made
    pub access_profile_decisions_made: Option<i32>,
    /// Number of role decisions that have been made
    pub role_decisions_made: Option<i32>,
    /// Number of account decisions that have been made
    pub account_decisions_made: Option<i32>,
    /// The total number of entitlement decisions on the certification, both complete and incomplete
    pub entitlement_decisions_total: Option<i32>,
    /// The total number of access profile decisions on the certification, both complete and incomplete
    pub access_profile_decisions_total: Option<i32>,
    /// The total number of role decisions on the certification, both complete and incomplete
    pub role_decisions_total: Option<i32>,
    /// The total number of account decisions on the certification, both complete and incomplete
    pub account_decisions_total: Option<i32>,
    /// The number of entitlement decisions that have been made which were approved
    pub entitlements_approved: Option<i32>,
    /// The number of entitlement decisions that have been made which were revoked
    pub entitlements_revoked: Option<i32>,
    /// The number of access profile decisions that have been made which were approved
    pub access_profiles_approved: Option<i32>,
    /// The number of access profile decisions that have been made which were revoked
    pub access_profiles_revoked: Option<i32>,
    /// The number of role decisions that have been made which were approved
    pub roles_approved: Option<i32>,
    /// The number of role decisions that have been made which were revoked
    pub roles_revoked: Option<i32>,
    /// The number of account decisions that have been made which were approved
    pub accounts_approved: Option<i32>,
    /// The number of account decisions that have been made which were revoked
    pub accounts_revoked: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityCertDecisionSummary {
    /// Builds a `IdentityCertDecisionSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityCertDecisionSummary {
    entitlement_decisions_made: optional::<i32>(entitlement_decisions_made),
    access_profile_decisions_made: optional::<i32>(access_profile_decisions_made),
    role_decisions_made: optional::<i32>(role_decisions_made),
    account_decisions_made: optional::<i32>(account_decisions_made),
    entitlement_decisions_total: optional::<i32>(entitlement_decisions_total),
    access_profile_decisions_total: optional::<i32>(access_profile_decisions_total),
    role_decisions_total: optional::<i32>(role_decisions_total),
    account_decisions_total: optional::<i32>(account_decisions_total),
    entitlements_approved: optional::<i32>(entitlements_approved),
    entitlements_revoked: optional::<i32>(entitlements_revoked),
    access_profiles_approved: optional::<i32>(access_profiles_approved),
    access_profiles_revoked: optional::<i32>(access_profiles_revoked),
    roles_approved: optional::<i32>(roles_approved),
    roles_revoked: optional::<i32>(roles_revoked),
    accounts_approved: optional::<i32>(accounts_approved),
    accounts_revoked: optional::<i32>(accounts_revoked),
});
crate::serde_helpers::serde_struct!(IdentityCertDecisionSummary {
    entitlement_decisions_made: optional("entitlementDecisionsMade"),
    access_profile_decisions_made: optional("accessProfileDecisionsMade"),
    role_decisions_made: optional("roleDecisionsMade"),
    account_decisions_made: optional("accountDecisionsMade"),
    entitlement_decisions_total: optional("entitlementDecisionsTotal"),
    access_profile_decisions_total: optional("accessProfileDecisionsTotal"),
    role_decisions_total: optional("roleDecisionsTotal"),
    account_decisions_total: optional("accountDecisionsTotal"),
    entitlements_approved: optional("entitlementsApproved"),
    entitlements_revoked: optional("entitlementsRevoked"),
    access_profiles_approved: optional("accessProfilesApproved"),
    access_profiles_revoked: optional("accessProfilesRevoked"),
    roles_approved: optional("rolesApproved"),
    roles_revoked: optional("rolesRevoked"),
    accounts_approved: optional("accountsApproved"),
    accounts_revoked: optional("accountsRevoked"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityCertDecisionSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
