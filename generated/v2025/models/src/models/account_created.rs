#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountCreated {
    /// Details about the event.
    pub event: crate::AccountCreatedEvent,
    pub source: crate::AccountSourceReference,
    pub account: crate::AccountV2,
    pub identity: crate::IdentityReferenceV2025,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountCreated {
    /// Builds a `AccountCreated` from its required fields; the others are unset.
    pub fn new(
        event: crate::AccountCreatedEvent,
        source: crate::AccountSourceReference,
        account: crate::AccountV2,
        identity: crate::IdentityReferenceV2025,
    ) -> Self {
        Self {
            event,
            source,
            account,
            identity,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountCreated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.event, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
