#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountAttributesChanged {
    /// The identity whose account attributes were updated.
    pub identity: crate::AccountAttributesChangedIdentity,
    /// The source that contains the account.
    pub source: crate::AccountAttributesChangedSource,
    /// Details of the account where the attributes changed.
    pub account: crate::AccountAttributesChangedAccount,
    /// A list of attributes that changed.
    pub changes: Vec<crate::AccountAttributesChangedChangesItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountAttributesChanged {
    /// Builds a `AccountAttributesChanged` from its required fields; the others are unset.
    pub fn new(
        identity: crate::AccountAttributesChangedIdentity,
        source: crate::AccountAttributesChangedSource,
        account: crate::AccountAttributesChangedAccount,
        changes: Vec<crate::AccountAttributesChangedChangesItem>,
    ) -> Self {
        Self {
            identity,
            source,
            account,
            changes,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountAttributesChanged {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.changes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
