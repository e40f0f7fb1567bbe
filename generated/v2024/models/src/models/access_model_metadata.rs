/// Metadata that describes an access item
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessModelMetadata {
    /// Unique identifier for the metadata type
    pub key: Option<String>,
    /// Human readable name of the metadata type
    pub name: Option<String>,
    /// Allows selecting multiple values
    pub multiselect: Option<bool>,
    /// The state of the metadata item
    pub status: Option<String>,
    /// The type of the metadata item
    pub r#type: Option<String>,
    /// The types of objects
    pub object_types: Option<Vec<String>>,
    /// Describes the metadata item
    pub description: Option<String>,
    /// The value to assign to the metadata item
    pub values: Option<Vec<crate::AccessModelMetadataValuesItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessModelMetadata {
    /// Builds a `AccessModelMetadata` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessModelMetadata {
    key: optional::<String>(key),
    name: optional::<String>(name),
    multiselect: optional::<bool>(multiselect),
    status: optional::<String>(status),
    r#type: optional::<String>(r#type),
    object_types: optional::<Vec<String>>(object_types),
    description: optional::<String>(description),
    values: optional::<Vec<crate::AccessModelMetadataValuesItem>>(values),
});
crate::serde_helpers::serde_struct!(AccessModelMetadata {
    key: optional("key"),
    name: optional("name"),
    multiselect: optional("multiselect"),
    status: optional("status"),
    r#type: optional("type"),
    object_types: optional("objectTypes"),
    description: optional("description"),
    values: optional("values"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessModelMetadata {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// An individual value to assign to the metadata item
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessModelMetadataValuesItem {
    /// The value to assign to the metdata item
    pub value: Option<String>,
    /// Display name of the value
    pub name: Option<String>,
    /// The status of the individual value
    pub status: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessModelMetadataValuesItem {
    /// Builds a `AccessModelMetadataValuesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessModelMetadataValuesItem {
    value: optional::<String>(value),
    name: optional::<String>(name),
    status: optional::<String>(status),
});
crate::serde_helpers::serde_struct!(AccessModelMetadataValuesItem {
    value: optional("value"),
    name: optional("name"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessModelMetadataValuesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
