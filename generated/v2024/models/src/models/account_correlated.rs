#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountCorrelated {
    /// Identity the account is correlated with.
    pub identity: crate::AccountCorrelatedIdentity,
    /// The source the accounts are being correlated from.
    pub source: crate::AccountCorrelatedSource,
    /// The correlated account.
    pub account: crate::AccountCorrelatedAccount,
    /// The attributes associated with the account.  Attributes are unique per source.
    pub attributes: ::serde_json::Value,
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
impl AccountCorrelated {
    /// Builds a `AccountCorrelated` from its required fields; the others are unset.
    pub fn new(
        identity: crate::AccountCorrelatedIdentity,
        source: crate::AccountCorrelatedSource,
        account: crate::AccountCorrelatedAccount,
        attributes: ::serde_json::Value,
    ) -> Self {
        Self {
            identity,
            source,
            account,
            attributes,
            entitlement_count: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountCorrelated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
