#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountUncorrelated {
    /// Identity the account is uncorrelated with.
    pub identity: crate::AccountUncorrelatedIdentity,
    /// The source the accounts are uncorrelated from.
    pub source: crate::AccountUncorrelatedSource,
    /// Uncorrelated account.
    pub account: crate::AccountUncorrelatedAccount,
    /// The number of entitlements associated with this account.
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entitlement_count: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountUncorrelated {
    /// Builds a `AccountUncorrelated` from its required fields; the others are unset.
    pub fn new(
        identity: crate::AccountUncorrelatedIdentity,
        source: crate::AccountUncorrelatedSource,
        account: crate::AccountUncorrelatedAccount,
    ) -> Self {
        Self {
            identity,
            source,
            account,
            entitlement_count: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountUncorrelated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
