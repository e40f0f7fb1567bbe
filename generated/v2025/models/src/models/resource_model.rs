#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceModel {
    /// The unique identifier for the resource.
    pub id: Option<i64>,
    /// The display name or label for the resource.
    pub name: Option<Option<String>>,
    /// The full path to the resource within the system or application.
    pub full_path: Option<Option<String>>,
    /// The unique identifier of the application to which this resource belongs.
    pub application_id: Option<i64>,
    /// The type of business service or resource.
    pub r#type: Option<crate::BusinessServiceType>,
    /// A list of UUIDs representing the owners of the resource.
    pub owners: Option<Option<Vec<String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ResourceModel {
    /// Builds a `ResourceModel` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ResourceModel {
    id: optional::<i64>(id),
    name: nullable::<String>(name, name_null),
    full_path: nullable::<String>(full_path, full_path_null),
    application_id: optional::<i64>(application_id),
    r#type: optional::<crate::BusinessServiceType>(r#type),
    owners: nullable::<Vec<String>>(owners, owners_null),
});
crate::serde_helpers::serde_struct!(ResourceModel {
    id: optional("id"),
    name: nullable("name"),
    full_path: nullable("fullPath"),
    application_id: optional("applicationId"),
    r#type: optional("type"),
    owners: nullable("owners"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ResourceModel {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
