/// Source configuration information that is used by correlation process.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CorrelationConfig {
    /// The ID of the correlation configuration.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub id: Option<Option<String>>,
    /// The name of the correlation configuration.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub name: Option<Option<String>>,
    /// The list of attribute assignments of the correlation configuration.
    #[serde(
        rename = "attributeAssignments",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attribute_assignments: Option<
        Option<Vec<crate::CorrelationConfigAttributeAssignmentsItem>>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CorrelationConfig {
    /// Builds a `CorrelationConfig` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            attribute_assignments: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CorrelationConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_assignments, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
