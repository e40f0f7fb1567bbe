/// Reference information returned in response to a request.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterStorageReference {
    /// The ID of the reference
    pub id: String,
    /// The ID of the consumer holding the reference
    pub consumer_id: String,
    /// The ID of the parameter that the reference is pointing to.
    pub parameter_id: String,
    /// The human-readable name of the reference
    pub name: String,
    /// The hint string used to validate the reference
    pub usage_hint: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ParameterStorageReference {
    /// Builds a `ParameterStorageReference` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        consumer_id: impl Into<String>,
        parameter_id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            consumer_id: consumer_id.into(),
            parameter_id: parameter_id.into(),
            name: name.into(),
            usage_hint: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ParameterStorageReference {
    usage_hint: optional::<String>(usage_hint),
});
crate::serde_helpers::serde_struct!(ParameterStorageReference {
    id: required("id"),
    consumer_id: required("consumerId"),
    parameter_id: required("parameterId"),
    name: required("name"),
    usage_hint: optional("usageHint"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ParameterStorageReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
