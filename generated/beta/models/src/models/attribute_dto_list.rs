#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeDtoList {
    pub attributes: Option<Option<Vec<crate::AttributeDto>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AttributeDtoList {
    /// Builds a `AttributeDtoList` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<Vec<crate::AttributeDto>>) -> Self {
        self.attributes = Some(Some(value.into()));
        self
    }
    /// Sets `attributes` to an explicit `null`.
    pub fn attributes_null(mut self) -> Self {
        self.attributes = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(AttributeDtoList {
    attributes: nullable("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttributeDtoList {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
