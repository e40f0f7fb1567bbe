#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMatchDto {
    /// Role Id and Name related to this match
    pub role_ref: Option<crate::BaseReferenceDto>,
    pub matched_attributes: Option<Vec<crate::ContextAttributeDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMatchDto {
    /// Builds a `RoleMatchDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMatchDto {
    role_ref: optional::<crate::BaseReferenceDto>(role_ref),
    matched_attributes: optional::<Vec<crate::ContextAttributeDto>>(matched_attributes),
});
crate::serde_helpers::serde_struct!(RoleMatchDto {
    role_ref: optional("roleRef"),
    matched_attributes: optional("matchedAttributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMatchDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.role_ref, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.matched_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
