/// A reference to the schema on the source to the attribute values map to.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AttributeDefinitionSchema {
    /// The type of object being referenced
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::AttributeDefinitionSchemaType>,
    /// The object ID this reference applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The human-readable display name of the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AttributeDefinitionSchema {
    /// Builds a `AttributeDefinitionSchema` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            id: None,
            name: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AttributeDefinitionSchema {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
