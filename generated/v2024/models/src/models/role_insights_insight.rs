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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleInsightsInsight {
    /// Builds a `RoleInsightsInsight` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `identities_with_access`.
    pub fn identities_with_access(mut self, value: impl Into<i64>) -> Self {
        self.identities_with_access = Some(value.into());
        self
    }
    /// Sets `identities_impacted`.
    pub fn identities_impacted(mut self, value: impl Into<i64>) -> Self {
        self.identities_impacted = Some(value.into());
        self
    }
    /// Sets `total_number_of_identities`.
    pub fn total_number_of_identities(mut self, value: impl Into<i64>) -> Self {
        self.total_number_of_identities = Some(value.into());
        self
    }
    /// Sets `impacted_identity_names`.
    pub fn impacted_identity_names(mut self, value: impl Into<String>) -> Self {
        self.impacted_identity_names = Some(Some(value.into()));
        self
    }
    /// Sets `impacted_identity_names` to an explicit `null`.
    pub fn impacted_identity_names_null(mut self) -> Self {
        self.impacted_identity_names = Some(None);
        self
    }
}
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
