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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DocumentFields {
    /// Builds a `DocumentFields` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pod`.
    pub fn pod(mut self, value: impl Into<String>) -> Self {
        self.pod = Some(value.into());
        self
    }
    /// Sets `org`.
    pub fn org(mut self, value: impl Into<String>) -> Self {
        self.org = Some(value.into());
        self
    }
    /// Sets `_type`.
    pub fn _type(mut self, value: impl Into<crate::DocumentType>) -> Self {
        self._type = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::DocumentType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `_version`.
    pub fn _version(mut self, value: impl Into<String>) -> Self {
        self._version = Some(value.into());
        self
    }
}
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
