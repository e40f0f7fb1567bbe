/// Attributes related to an external trigger
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExternalTriggerAttributes {
    /// A unique name for the external trigger
    pub name: Option<Option<String>>,
    /// Additional context about the external trigger
    pub description: Option<Option<String>>,
    /// OAuth Client ID to authenticate with this trigger
    pub client_id: Option<Option<String>>,
    /// URL to invoke this workflow
    pub url: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ExternalTriggerAttributes {
    /// Builds a `ExternalTriggerAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ExternalTriggerAttributes {
    name: nullable::<String>(name, name_null),
    description: nullable::<String>(description, description_null),
    client_id: nullable::<String>(client_id, client_id_null),
    url: nullable::<String>(url, url_null),
});
crate::serde_helpers::serde_struct!(ExternalTriggerAttributes {
    name: nullable("name"),
    description: nullable("description"),
    client_id: nullable("clientId"),
    url: nullable("url"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ExternalTriggerAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
