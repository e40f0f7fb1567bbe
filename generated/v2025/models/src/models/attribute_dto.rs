#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeDto {
    /// Technical name of the Attribute. This is unique and cannot be changed after creation.
    pub key: Option<String>,
    /// The display name of the key.
    pub name: Option<String>,
    /// Indicates whether the attribute can have multiple values.
    pub multiselect: Option<bool>,
    /// The status of the Attribute.
    pub status: Option<String>,
    /// The type of the Attribute. This can be either "custom" or "governance".
    pub r#type: Option<String>,
    /// An array of object types this attributes values can be applied to. Possible values are "all" or "entitlement". Value "all" means this attribute can be used with all object types that are supported.
    pub object_types: Option<Option<Vec<String>>>,
    /// The description of the Attribute.
    pub description: Option<String>,
    pub values: Option<Option<Vec<crate::AttributeValueDto>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AttributeDto {
    /// Builds a `AttributeDto` with every field unset.
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
        self.object_types = Some(Some(value.into()));
        self
    }
    /// Sets `object_types` to an explicit `null`.
    pub fn object_types_null(mut self) -> Self {
        self.object_types = Some(None);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `values`.
    pub fn values(mut self, value: impl Into<Vec<crate::AttributeValueDto>>) -> Self {
        self.values = Some(Some(value.into()));
        self
    }
    /// Sets `values` to an explicit `null`.
    pub fn values_null(mut self) -> Self {
        self.values = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(AttributeDto {
    key: optional("key"),
    name: optional("name"),
    multiselect: optional("multiselect"),
    status: optional("status"),
    r#type: optional("type"),
    object_types: nullable("objectTypes"),
    description: optional("description"),
    values: nullable("values"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttributeDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
