#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleTargetDto {
    /// Source Id and Name related to this assignment
    pub source: Option<crate::BaseReferenceDto>,
    pub account_info: Option<crate::AccountInfoDto>,
    /// Role reference for this account target
    pub role: Option<crate::BaseReferenceDto>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleTargetDto {
    /// Builds a `RoleTargetDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleTargetDto {
    source: optional::<crate::BaseReferenceDto>(source),
    account_info: optional::<crate::AccountInfoDto>(account_info),
    role: optional::<crate::BaseReferenceDto>(role),
});
crate::serde_helpers::serde_struct!(RoleTargetDto {
    source: optional("source"),
    account_info: optional("accountInfo"),
    role: optional("role"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleTargetDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_info, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.role, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
