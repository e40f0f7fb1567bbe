/// An object holding the access that is being reviewed
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessSummary {
    pub access: Option<crate::AccessSummaryAccess>,
    pub entitlement: Option<Option<crate::ReviewableEntitlement>>,
    pub access_profile: Option<crate::ReviewableAccessProfile>,
    pub role: Option<Option<crate::ReviewableRole>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessSummary {
    /// Builds a `AccessSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessSummary {
    access: optional::<crate::AccessSummaryAccess>(access),
    entitlement: nullable::<crate::ReviewableEntitlement>(entitlement, entitlement_null),
    access_profile: optional::<crate::ReviewableAccessProfile>(access_profile),
    role: nullable::<crate::ReviewableRole>(role, role_null),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessSummaryAccess {
    /// Builds a `AccessSummaryAccess` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessSummaryAccess {
    r#type: optional::<crate::DtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
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
