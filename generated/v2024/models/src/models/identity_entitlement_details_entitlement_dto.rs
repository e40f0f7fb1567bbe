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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityEntitlementDetailsEntitlementDto {
    /// Builds a `IdentityEntitlementDetailsEntitlementDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityEntitlementDetailsEntitlementDto {
    id: optional::<String>(id),
    name: optional::<String>(name),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    description: nullable::<String>(description, description_null),
    r#type: optional::<String>(r#type),
    source_id: optional::<String>(source_id),
    source_name: optional::<String>(source_name),
    owner: optional::<crate::OwnerDto>(owner),
    value: optional::<String>(value),
    flags: optional::<Vec<String>>(flags),
});
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
