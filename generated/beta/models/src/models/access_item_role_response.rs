#[derive(Debug, Clone, PartialEq)]
pub struct AccessItemRoleResponse {
    /// the access item id
    pub id: Option<String>,
    /// the access item type. role in this case
    pub access_type: Option<String>,
    /// the role display name
    pub display_name: Option<String>,
    /// the associated source name if it exists
    pub source_name: Option<Option<String>>,
    /// the description for the role
    pub description: Option<String>,
    /// the date the access profile will be assigned to the specified identity, in case requested with a future start date
    pub start_date: Option<Option<String>>,
    /// the date the role is no longer assigned to the specified identity
    pub remove_date: Option<String>,
    /// indicates whether the role is revocable
    pub revocable: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemRoleResponse {
    /// Builds a `AccessItemRoleResponse` from its required fields; the others are unset.
    pub fn new(revocable: impl Into<bool>) -> Self {
        Self {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            description: None,
            start_date: None,
            remove_date: None,
            revocable: revocable.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessItemRoleResponse {
    id: optional::<String>(id),
    access_type: optional::<String>(access_type),
    display_name: optional::<String>(display_name),
    source_name: nullable::<String>(source_name, source_name_null),
    description: optional::<String>(description),
    start_date: nullable::<String>(start_date, start_date_null),
    remove_date: optional::<String>(remove_date),
});
crate::serde_helpers::serde_struct!(AccessItemRoleResponse {
    id: optional("id"),
    access_type: optional("accessType"),
    display_name: optional("displayName"),
    source_name: nullable("sourceName"),
    description: optional("description"),
    start_date: nullable("startDate"),
    remove_date: optional("removeDate"),
    revocable: required("revocable"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemRoleResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
