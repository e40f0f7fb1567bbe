/// A dimension attribute
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionAttribute {
    /// Name of the attribute
    pub name: Option<String>,
    /// Display name of the attribute
    pub display_name: Option<String>,
    /// If an attribute is derived, its value comes from the identity. Otherwise, it can be provided with access request
    pub derived: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DimensionAttribute {
    /// Builds a `DimensionAttribute` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `derived`.
    pub fn derived(mut self, value: impl Into<bool>) -> Self {
        self.derived = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(DimensionAttribute {
    name: optional("name"),
    display_name: optional("displayName"),
    derived: optional("derived"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DimensionAttribute {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
