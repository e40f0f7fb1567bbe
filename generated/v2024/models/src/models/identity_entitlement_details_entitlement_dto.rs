#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityEntitlementDetailsEntitlementDto {
    /// The entitlement id
    pub id: Option<String>,
    /// The entitlement name
    pub name: Option<String>,
    /// Time when the entitlement was last modified
    pub created: Option<crate::primitives::DateTime>,
    /// Time when the entitlement was last modified
    pub modified: Option<crate::primitives::DateTime>,
    /// The description of the entitlement
    pub description: Option<Option<String>>,
    /// The type of the object, will always be "ENTITLEMENT"
    pub r#type: Option<String>,
    /// The source ID
    pub source_id: Option<String>,
    /// The source name
    pub source_name: Option<String>,
    pub owner: Option<crate::OwnerDto>,
    /// The value of the entitlement
    pub value: Option<String>,
    /// a list of properties informing the viewer about the entitlement
    pub flags: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityEntitlementDetailsEntitlementDto {
    /// Builds a `IdentityEntitlementDetailsEntitlementDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::OwnerDto>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `flags`.
    pub fn flags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.flags = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(IdentityEntitlementDetailsEntitlementDto {
    id: optional("id"),
    name: optional("name"),
    created: optional("created"),
    modified: optional("modified"),
    description: nullable("description"),
    r#type: optional("type"),
    source_id: optional("sourceId"),
    source_name: optional("sourceName"),
    owner: optional("owner"),
    value: optional("value"),
    flags: optional("flags"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityEntitlementDetailsEntitlementDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
