#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessItemAppResponse {
    /// the access item id
    pub id: Option<String>,
    /// the access item type. entitlement in this case
    pub access_type: Option<String>,
    /// the access item display name
    pub display_name: Option<String>,
    /// the associated source name if it exists
    pub source_name: Option<Option<String>>,
    /// the app role id
    pub app_role_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemAppResponse {
    /// Builds a `AccessItemAppResponse` from its required fields; the others are unset.
    pub fn new(app_role_id: impl Into<Option<String>>) -> Self {
        Self {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            app_role_id: app_role_id.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessItemAppResponse {
    id: optional::<String>(id),
    access_type: optional::<String>(access_type),
    display_name: optional::<String>(display_name),
    source_name: nullable::<String>(source_name, source_name_null),
});
crate::serde_helpers::serde_struct!(AccessItemAppResponse {
    id: optional("id"),
    access_type: optional("accessType"),
    display_name: optional("displayName"),
    source_name: nullable("sourceName"),
    app_role_id: required("appRoleId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemAppResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
