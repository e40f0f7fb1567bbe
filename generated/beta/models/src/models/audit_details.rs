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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AuditDetails {
    /// Builds a `AuditDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AuditDetails {
    created: optional::<crate::primitives::DateTime>(created),
    created_by: optional::<crate::Identity>(created_by),
    modified: optional::<crate::primitives::DateTime>(modified),
    modified_by: optional::<crate::Identity>(modified_by),
});
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
