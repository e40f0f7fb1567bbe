#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AttributeDefinition {
    /// The name of the attribute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Attribute name in the native system.
    #[serde(
        rename = "nativeName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub native_name: Option<Option<String>>,
    /// The type of the attribute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::AttributeDefinitionType>,
    /// A reference to the schema on the source to the attribute values map to.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub schema: Option<Option<crate::AttributeDefinitionSchema>>,
    /// A human-readable description of the attribute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Flag indicating whether or not the attribute is multi-valued.
    #[serde(rename = "isMulti", default, skip_serializing_if = "Option::is_none")]
    pub is_multi: Option<bool>,
    /// Flag indicating whether or not the attribute is an entitlement.
    #[serde(rename = "isEntitlement", default, skip_serializing_if = "Option::is_none")]
    pub is_entitlement: Option<bool>,
    /// Flag indicating whether or not the attribute represents a group.
    /// This can only be `true` if `isEntitlement` is also `true` **and** there is a schema defined for the attribute..
    #[serde(rename = "isGroup", default, skip_serializing_if = "Option::is_none")]
    pub is_group: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AttributeDefinition {
    /// Builds a `AttributeDefinition` with every field unset.
    pub fn new() -> Self {
        Self {
            name: None,
            native_name: None,
            r#type: None,
            schema: None,
            description: None,
            is_multi: None,
            is_entitlement: None,
            is_group: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AttributeDefinition {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.schema, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
