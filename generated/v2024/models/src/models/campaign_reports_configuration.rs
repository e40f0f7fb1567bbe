#[derive(Debug, Clone, PartialEq, Default)]
pub struct CampaignReportsConfiguration {
    /// list of identity attribute columns
    pub identity_attribute_columns: Option<Option<Vec<String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignReportsConfiguration {
    /// Builds a `CampaignReportsConfiguration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CampaignReportsConfiguration {
    identity_attribute_columns: nullable::<Vec<String>>(identity_attribute_columns, identity_attribute_columns_null),
});
crate::serde_helpers::serde_struct!(CampaignReportsConfiguration {
    identity_attribute_columns: nullable("identityAttributeColumns"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignReportsConfiguration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
