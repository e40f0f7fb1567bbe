#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeDefinition {
    /// The name of the attribute.
    pub name: Option<String>,
    /// Attribute name in the native system.
    pub native_name: Option<Option<String>>,
    /// The type of the attribute.
    pub r#type: Option<crate::AttributeDefinitionType>,
    /// A reference to the schema on the source to the attribute values map to.
    pub schema: Option<Option<crate::AttributeDefinitionSchema>>,
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AttributeDefinition {
    /// Builds a `AttributeDefinition` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `native_name`.
    pub fn native_name(mut self, value: impl Into<String>) -> Self {
        self.native_name = Some(Some(value.into()));
        self
    }
    /// Sets `native_name` to an explicit `null`.
    pub fn native_name_null(mut self) -> Self {
        self.native_name = Some(None);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::AttributeDefinitionType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `schema`.
    pub fn schema(mut self, value: impl Into<crate::AttributeDefinitionSchema>) -> Self {
        self.schema = Some(Some(value.into()));
        self
    }
    /// Sets `schema` to an explicit `null`.
    pub fn schema_null(mut self) -> Self {
        self.schema = Some(None);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `is_multi`.
    pub fn is_multi(mut self, value: impl Into<bool>) -> Self {
        self.is_multi = Some(value.into());
        self
    }
    /// Sets `is_entitlement`.
    pub fn is_entitlement(mut self, value: impl Into<bool>) -> Self {
        self.is_entitlement = Some(value.into());
        self
    }
    /// Sets `is_group`.
    pub fn is_group(mut self, value: impl Into<bool>) -> Self {
        self.is_group = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AttributeDefinition {
    name: optional("name"),
    native_name: nullable("nativeName"),
    r#type: optional("type"),
    schema: nullable("schema"),
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AttributeDefinitionSchema {
    /// Builds a `AttributeDefinitionSchema` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::AttributeDefinitionSchemaType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
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
