#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMatchDto {
    /// Role Id and Name related to this match
    pub role_ref: Option<crate::BaseReferenceDto>,
    pub matched_attributes: Option<Vec<crate::ContextAttributeDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMatchDto {
    /// Builds a `RoleMatchDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `role_ref`.
    pub fn role_ref(mut self, value: impl Into<crate::BaseReferenceDto>) -> Self {
        self.role_ref = Some(value.into());
        self
    }
    /// Sets `matched_attributes`.
    pub fn matched_attributes(
        mut self,
        value: impl Into<Vec<crate::ContextAttributeDto>>,
    ) -> Self {
        self.matched_attributes = Some(value.into());
        self
    }
}
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
