#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountUpdated {
    /// Details about the event.
    pub event: crate::AccountUpdatedEvent,
    pub source: crate::AccountSourceReference,
    pub account: crate::AccountV2,
    pub identity: crate::IdentityReferenceV2025,
    /// The types of changes that occurred to the account.
    #[serde(rename = "accountChangeTypes")]
    pub account_change_types: Vec<crate::AccountUpdatedAccountChangeTypesItem>,
    /// Details about the single-value attribute changes that occurred to the account.
    #[serde(rename = "singleValueAttributeChanges")]
    pub single_value_attribute_changes: Option<
        Vec<crate::AccountUpdatedSingleValueAttributeChangesItem>,
    >,
    /// Details about the multi-value attribute changes that occurred to the account.
    #[serde(rename = "multiValueAttributeChanges")]
    pub multi_value_attribute_changes: Option<
        Vec<crate::AccountUpdatedMultiValueAttributeChangesItem>,
    >,
    /// Details about the entitlement changes that occurred to the account.
    #[serde(rename = "entitlementChanges")]
    pub entitlement_changes: Option<Vec<crate::AccountUpdatedEntitlementChangesItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountUpdated {
    /// Builds a `AccountUpdated` from its required fields; the others are unset.
    pub fn new(
        event: crate::AccountUpdatedEvent,
        source: crate::AccountSourceReference,
        account: crate::AccountV2,
        identity: crate::IdentityReferenceV2025,
        account_change_types: Vec<crate::AccountUpdatedAccountChangeTypesItem>,
        single_value_attribute_changes: Option<
            Vec<crate::AccountUpdatedSingleValueAttributeChangesItem>,
        >,
        multi_value_attribute_changes: Option<
            Vec<crate::AccountUpdatedMultiValueAttributeChangesItem>,
        >,
        entitlement_changes: Option<Vec<crate::AccountUpdatedEntitlementChangesItem>>,
    ) -> Self {
        Self {
            event,
            source,
            account,
            identity,
            account_change_types,
            single_value_attribute_changes,
            multi_value_attribute_changes,
            entitlement_changes,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountUpdated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.event, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_change_types, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.single_value_attribute_changes,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(
            &self.multi_value_attribute_changes,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement_changes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
