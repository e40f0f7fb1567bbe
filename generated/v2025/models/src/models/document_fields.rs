#[derive(Debug, Clone, PartialEq, Default)]
pub struct DocumentFields {
    /// Name of the pod.
    pub pod: Option<String>,
    /// Name of the tenant.
    pub org: Option<String>,
    pub _type: Option<crate::DocumentType>,
    pub r#type: Option<crate::DocumentType>,
    /// Version number.
    pub _version: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DocumentFields {
    /// Builds a `DocumentFields` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DocumentFields {
    pod: optional::<String>(pod),
    org: optional::<String>(org),
    _type: optional::<crate::DocumentType>(_type),
    r#type: optional::<crate::DocumentType>(r#type),
    _version: optional::<String>(_version),
});
crate::serde_helpers::serde_struct!(DocumentFields {
    pod: optional("pod"),
    org: optional("org"),
    _type: optional("_type"),
    r#type: optional("type"),
    _version: optional("_version"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DocumentFields {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self._type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
