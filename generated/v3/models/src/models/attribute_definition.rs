#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeDefinition {
    /// The name of the attribute.
    pub name: Option<String>,
    /// Attribute name in the native system.
    pub native_name: Option<Option<String>>,
    /// The type of the attribute.
    pub r#type: Option<crate::AttributeDefinitionType>,
    /// A reference to the schema on the source to the attribute values map to.
    pub schema: Option<crate::AttributeDefinitionSchema>,
    /// A human-readable description of the attribute.
    pub description: Option<String>,
    /// Flag indicating whether or not the attribute is multi-valued.
    pub is_multi: Option<bool>,
    /// Flag indicating whether or not the attribute is an entitlement.
    pub is_entitlement: Option<bool>,
    /// Flag indicating whether or not the attribute represents a group.
    /// This can only be `true` if `isEntitlement` is also `true` **and** there is a schema defined for the attribute..
    pub is_group: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AttributeDefinition {
    /// Builds a `AttributeDefinition` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AttributeDefinition {
    name: optional::<String>(name),
    native_name: nullable::<String>(native_name, native_name_null),
    r#type: optional::<crate::AttributeDefinitionType>(r#type),
    schema: optional::<crate::AttributeDefinitionSchema>(schema),
    description: optional::<String>(description),
    is_multi: optional::<bool>(is_multi),
    is_entitlement: optional::<bool>(is_entitlement),
    is_group: optional::<bool>(is_group),
});
crate::serde_helpers::serde_struct!(AttributeDefinition {
    name: optional("name"),
    native_name: nullable("nativeName"),
    r#type: optional("type"),
    schema: optional("schema"),
    description: optional("description"),
    is_multi: optional("isMulti"),
    is_entitlement: optional("isEntitlement"),
    is_group: optional("isGroup"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttributeDefinition {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.schema, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// A reference to the schema on the source to the attribute values map to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeDefinitionSchema {
    /// The type of object being referenced
    pub r#type: Option<crate::AttributeDefinitionSchemaType>,
    /// The object ID this reference applies to.
    pub id: Option<String>,
    /// The human-readable display name of the object.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AttributeDefinitionSchema {
    /// Builds a `AttributeDefinitionSchema` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AttributeDefinitionSchema {
    r#type: optional::<crate::AttributeDefinitionSchemaType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(AttributeDefinitionSchema {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttributeDefinitionSchema {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of object being referenced
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AttributeDefinitionSchemaType {
    /// `CONNECTOR_SCHEMA`
    ConnectorSchema,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AttributeDefinitionSchemaType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConnectorSchema => "CONNECTOR_SCHEMA",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AttributeDefinitionSchemaType {
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_SCHEMA" => Self::ConnectorSchema,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AttributeDefinitionSchemaType);
