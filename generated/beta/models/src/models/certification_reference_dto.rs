/// Certification for review.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertificationReferenceDto {
    /// DTO type of certification for review.
    pub r#type: Option<crate::CertificationReferenceDtoType>,
    /// ID of certification for review.
    pub id: Option<String>,
    /// Display name of certification for review.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CertificationReferenceDto {
    /// Builds a `CertificationReferenceDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CertificationReferenceDto {
    r#type: optional::<crate::CertificationReferenceDtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(CertificationReferenceDto {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CertificationReferenceDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
