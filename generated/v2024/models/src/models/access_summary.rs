/// An object holding the access that is being reviewed
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessSummary {
    pub access: Option<crate::AccessSummaryAccess>,
    pub entitlement: Option<Option<crate::ReviewableEntitlement>>,
    pub access_profile: Option<crate::ReviewableAccessProfile>,
    pub role: Option<Option<crate::ReviewableRole>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessSummary {
    /// Builds a `AccessSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `access`.
    pub fn access(mut self, value: impl Into<crate::AccessSummaryAccess>) -> Self {
        self.access = Some(value.into());
        self
    }
    /// Sets `entitlement`.
    pub fn entitlement(
        mut self,
        value: impl Into<crate::ReviewableEntitlement>,
    ) -> Self {
        self.entitlement = Some(Some(value.into()));
        self
    }
    /// Sets `entitlement` to an explicit `null`.
    pub fn entitlement_null(mut self) -> Self {
        self.entitlement = Some(None);
        self
    }
    /// Sets `access_profile`.
    pub fn access_profile(
        mut self,
        value: impl Into<crate::ReviewableAccessProfile>,
    ) -> Self {
        self.access_profile = Some(value.into());
        self
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<crate::ReviewableRole>) -> Self {
        self.role = Some(Some(value.into()));
        self
    }
    /// Sets `role` to an explicit `null`.
    pub fn role_null(mut self) -> Self {
        self.role = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(AccessSummary {
    access: optional("access"),
    entitlement: nullable("entitlement"),
    access_profile: optional("accessProfile"),
    role: nullable("role"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_profile, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.role, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessSummaryAccess {
    /// The type of item being certified
    pub r#type: Option<crate::DtoType>,
    /// The ID of the item being certified
    pub id: Option<String>,
    /// The name of the item being certified
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessSummaryAccess {
    /// Builds a `AccessSummaryAccess` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::DtoType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AccessSummaryAccess {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessSummaryAccess {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
