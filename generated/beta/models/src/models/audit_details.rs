/// Audit details for the reassignment configuration of an identity
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditDetails {
    /// Initial date and time when the record was created
    pub created: Option<crate::primitives::DateTime>,
    pub created_by: Option<crate::Identity>,
    /// Last modified date and time for the record
    pub modified: Option<crate::primitives::DateTime>,
    pub modified_by: Option<crate::Identity>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AuditDetails {
    /// Builds a `AuditDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `created_by`.
    pub fn created_by(mut self, value: impl Into<crate::Identity>) -> Self {
        self.created_by = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `modified_by`.
    pub fn modified_by(mut self, value: impl Into<crate::Identity>) -> Self {
        self.modified_by = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AuditDetails {
    created: optional("created"),
    created_by: optional("createdBy"),
    modified: optional("modified"),
    modified_by: optional("modifiedBy"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AuditDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.created_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.modified_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
