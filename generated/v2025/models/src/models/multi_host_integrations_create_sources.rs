/// This represents sources to be created of same type.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiHostIntegrationsCreateSources {
    /// Source's human-readable name.
    pub name: String,
    /// Source's human-readable description.
    pub description: Option<String>,
    /// Connector specific configuration. This configuration will differ from type to type.
    pub connector_attributes: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationsCreateSources {
    /// Builds a `MultiHostIntegrationsCreateSources` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            description: None,
            connector_attributes: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationsCreateSources {
    description: optional::<String>(description),
    connector_attributes: optional::<::serde_json::Value>(connector_attributes),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationsCreateSources {
    name: required("name"),
    description: optional("description"),
    connector_attributes: nullable("connectorAttributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsCreateSources {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.connector_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
