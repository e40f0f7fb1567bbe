/// Identity the account is correlated with.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountCorrelatedIdentity {
    /// DTO type of the identity the account is correlated with.
    pub r#type: crate::AccountCorrelatedIdentityType,
    /// ID of the identity the account is correlated with.
    pub id: String,
    /// Display name of the identity the account is correlated with.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountCorrelatedIdentity {
    /// Builds a `AccountCorrelatedIdentity` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::AccountCorrelatedIdentityType,
        id: String,
        name: String,
    ) -> Self {
        Self {
            r#type,
            id,
            name,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountCorrelatedIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
