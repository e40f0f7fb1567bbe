#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityListItem {
    /// the identity ID
    pub id: Option<String>,
    /// the display name of the identity
    pub display_name: Option<String>,
    /// the first name of the identity
    pub first_name: Option<Option<String>>,
    /// the last name of the identity
    pub last_name: Option<Option<String>>,
    /// indicates if an identity is active or not
    pub active: Option<bool>,
    /// the date when the identity was deleted
    pub deleted_date: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityListItem {
    /// Builds a `IdentityListItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityListItem {
    id: optional::<String>(id),
    display_name: optional::<String>(display_name),
    first_name: nullable::<String>(first_name, first_name_null),
    last_name: nullable::<String>(last_name, last_name_null),
    active: optional::<bool>(active),
    deleted_date: nullable::<String>(deleted_date, deleted_date_null),
});
crate::serde_helpers::serde_struct!(IdentityListItem {
    id: optional("id"),
    display_name: optional("displayName"),
    first_name: nullable("firstName"),
    last_name: nullable("lastName"),
    active: optional("active"),
    deleted_date: nullable("deletedDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityListItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
