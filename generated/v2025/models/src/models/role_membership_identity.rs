/// A reference to an Identity in an IDENTITY_LIST role membership criteria.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMembershipIdentity {
    pub r#type: Option<Option<crate::DtoType>>,
    /// Identity id
    pub id: Option<String>,
    /// Human-readable display name of the Identity.
    pub name: Option<Option<String>>,
    /// User name of the Identity
    pub alias_name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMembershipIdentity {
    /// Builds a `RoleMembershipIdentity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::DtoType>) -> Self {
        self.r#type = Some(Some(value.into()));
        self
    }
    /// Sets `type` to an explicit `null`.
    pub fn type_null(mut self) -> Self {
        self.r#type = Some(None);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `alias_name`.
    pub fn alias_name(mut self, value: impl Into<String>) -> Self {
        self.alias_name = Some(Some(value.into()));
        self
    }
    /// Sets `alias_name` to an explicit `null`.
    pub fn alias_name_null(mut self) -> Self {
        self.alias_name = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(RoleMembershipIdentity {
    r#type: nullable("type"),
    id: optional("id"),
    name: nullable("name"),
    alias_name: nullable("aliasName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMembershipIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
