#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleTargetDto {
    /// Source Id and Name related to this assignment
    pub source: Option<crate::BaseReferenceDto>,
    pub account_info: Option<crate::AccountInfoDto>,
    /// Role reference for this account target
    pub role: Option<crate::BaseReferenceDto>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleTargetDto {
    /// Builds a `RoleTargetDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::BaseReferenceDto>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `account_info`.
    pub fn account_info(mut self, value: impl Into<crate::AccountInfoDto>) -> Self {
        self.account_info = Some(value.into());
        self
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<crate::BaseReferenceDto>) -> Self {
        self.role = Some(value.into());
        self
    }
}
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
