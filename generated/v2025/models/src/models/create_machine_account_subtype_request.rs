#[derive(Debug, Clone, PartialEq)]
pub struct CreateMachineAccountSubtypeRequest {
    /// Technical name of the subtype.
    pub technical_name: String,
    /// Display name of the subtype.
    pub display_name: String,
    /// Description of the subtype.
    pub description: String,
    /// Type of the subtype.
    pub r#type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreateMachineAccountSubtypeRequest {
    /// Builds a `CreateMachineAccountSubtypeRequest` from its required fields; the others are unset.
    pub fn new(
        technical_name: impl Into<String>,
        display_name: impl Into<String>,
        description: impl Into<String>,
    ) -> Self {
        Self {
            technical_name: technical_name.into(),
            display_name: display_name.into(),
            description: description.into(),
            r#type: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CreateMachineAccountSubtypeRequest {
    r#type: optional::<String>(r#type),
});
crate::serde_helpers::serde_struct!(CreateMachineAccountSubtypeRequest {
    technical_name: required("technicalName"),
    display_name: required("displayName"),
    description: required("description"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreateMachineAccountSubtypeRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
