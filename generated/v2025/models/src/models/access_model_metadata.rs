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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessModelMetadata {
    /// Builds a `AccessModelMetadata` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `key`.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `multiselect`.
    pub fn multiselect(mut self, value: impl Into<bool>) -> Self {
        self.multiselect = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `object_types`.
    pub fn object_types(mut self, value: impl Into<Vec<String>>) -> Self {
        self.object_types = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `values`.
    pub fn values(
        mut self,
        value: impl Into<Vec<crate::AccessModelMetadataValuesItem>>,
    ) -> Self {
        self.values = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessModelMetadataValuesItem {
    /// Builds a `AccessModelMetadataValuesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
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
