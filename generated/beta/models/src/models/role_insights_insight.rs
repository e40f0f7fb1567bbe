#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleInsightsInsight {
    /// The number of identities in this role with the entitlement.
    pub r#type: Option<String>,
    /// The number of identities in this role with the entitlement.
    pub identities_with_access: Option<i64>,
    /// The number of identities in this role that do not have the specified entitlement.
    pub identities_impacted: Option<i64>,
    /// The total number of identities.
    pub total_number_of_identities: Option<i64>,
    pub impacted_identity_names: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleInsightsInsight {
    /// Builds a `RoleInsightsInsight` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleInsightsInsight {
    r#type: optional::<String>(r#type),
    identities_with_access: optional::<i64>(identities_with_access),
    identities_impacted: optional::<i64>(identities_impacted),
    total_number_of_identities: optional::<i64>(total_number_of_identities),
    impacted_identity_names: nullable::<String>(impacted_identity_names, impacted_identity_names_null),
});
crate::serde_helpers::serde_struct!(RoleInsightsInsight {
    r#type: optional("type"),
    identities_with_access: optional("identitiesWithAccess"),
    identities_impacted: optional("identitiesImpacted"),
    total_number_of_identities: optional("totalNumberOfIdentities"),
    impacted_identity_names: nullable("impactedIdentityNames"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleInsightsInsight {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
