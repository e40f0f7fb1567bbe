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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DimensionAttribute {
    /// Builds a `DimensionAttribute` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DimensionAttribute {
    name: optional::<String>(name),
    display_name: optional::<String>(display_name),
    derived: optional::<bool>(derived),
});
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
