/// Previous certification.
///
/// Includes the fields of [`CertificationReferenceDto`](crate::CertificationReferenceDto).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertificationReference {
    /// DTO type of certification for review.
    pub r#type: Option<crate::CertificationReferenceDtoType>,
    /// ID of certification for review.
    pub id: Option<String>,
    /// Display name of certification for review.
    pub name: Option<String>,
    /// Certification reviewer.
    pub reviewer: Option<crate::Reviewer>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CertificationReference {
    /// Builds a `CertificationReference` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CertificationReference {
    r#type: optional::<crate::CertificationReferenceDtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
    reviewer: optional::<crate::Reviewer>(reviewer),
});
crate::serde_helpers::serde_struct!(CertificationReference {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    reviewer: optional("reviewer"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CertificationReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
