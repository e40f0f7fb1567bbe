#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMachineAccountMappingsResponseItem {
    /// Targeted Entity
    pub target: Option<crate::ListMachineAccountMappingsResponseItemTarget>,
    pub transform_definition: Option<
        crate::ListMachineAccountMappingsResponseItemTransformDefinition,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItem {
    /// Builds a `ListMachineAccountMappingsResponseItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListMachineAccountMappingsResponseItem {
    target: optional::<crate::ListMachineAccountMappingsResponseItemTarget>(target),
    transform_definition: optional::<crate::ListMachineAccountMappingsResponseItemTransformDefinition>(transform_definition),
});
crate::serde_helpers::serde_struct!(ListMachineAccountMappingsResponseItem {
    target: optional("target"),
    transform_definition: optional("transformDefinition"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ListMachineAccountMappingsResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.target, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.transform_definition, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Targeted Entity
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMachineAccountMappingsResponseItemTarget {
    /// The type of target entity
    pub r#type: Option<crate::ListMachineAccountMappingsResponseItemTargetType>,
    /// Name of the targeted attribute
    pub attribute_name: Option<String>,
    /// The ID of Source
    pub source_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTarget {
    /// Builds a `ListMachineAccountMappingsResponseItemTarget` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListMachineAccountMappingsResponseItemTarget {
    r#type: optional::<crate::ListMachineAccountMappingsResponseItemTargetType>(r#type),
    attribute_name: optional::<String>(attribute_name),
    source_id: optional::<String>(source_id),
});
crate::serde_helpers::serde_struct!(ListMachineAccountMappingsResponseItemTarget {
    r#type: optional("type"),
    attribute_name: optional("attributeName"),
    source_id: optional("sourceId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ListMachineAccountMappingsResponseItemTarget {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of target entity
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListMachineAccountMappingsResponseItemTargetType {
    /// `ACCOUNT`
    Account,
    /// `IDENTITY`
    Identity,
    /// `OWNER_ACCOUNT`
    OwnerAccount,
    /// `OWNER_IDENTITY`
    OwnerIdentity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ListMachineAccountMappingsResponseItemTargetType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "ACCOUNT",
            Self::Identity => "IDENTITY",
            Self::OwnerAccount => "OWNER_ACCOUNT",
            Self::OwnerIdentity => "OWNER_IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ListMachineAccountMappingsResponseItemTargetType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT" => Self::Account,
            "IDENTITY" => Self::Identity,
            "OWNER_ACCOUNT" => Self::OwnerAccount,
            "OWNER_IDENTITY" => Self::OwnerIdentity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ListMachineAccountMappingsResponseItemTargetType);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMachineAccountMappingsResponseItemTransformDefinition {
    /// The type of transform
    pub r#type: Option<String>,
    /// attributes object
    pub attributes: Option<
        crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributes,
    >,
    /// Transform Operation
    pub id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTransformDefinition {
    /// Builds a `ListMachineAccountMappingsResponseItemTransformDefinition` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListMachineAccountMappingsResponseItemTransformDefinition {
    r#type: optional::<String>(r#type),
    attributes: optional::<crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributes>(attributes),
    id: optional::<String>(id),
});
crate::serde_helpers::serde_struct!(ListMachineAccountMappingsResponseItemTransformDefinition {
    r#type: optional("type"),
    attributes: optional("attributes"),
    id: optional("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ListMachineAccountMappingsResponseItemTransformDefinition {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// attributes object
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMachineAccountMappingsResponseItemTransformDefinitionAttributes {
    /// Input Object
    pub input: Option<
        crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTransformDefinitionAttributes {
    /// Builds a `ListMachineAccountMappingsResponseItemTransformDefinitionAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListMachineAccountMappingsResponseItemTransformDefinitionAttributes {
    input: optional::<crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput>(input),
});
crate::serde_helpers::serde_struct!(ListMachineAccountMappingsResponseItemTransformDefinitionAttributes {
    input: optional("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ListMachineAccountMappingsResponseItemTransformDefinitionAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Input Object
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput {
    /// The Type of Attribute
    pub r#type: Option<String>,
    /// Attibute Mapping Object
    pub attributes: Option<
        crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput {
    /// Builds a `ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput {
    r#type: optional::<String>(r#type),
    attributes: optional::<crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes>(attributes),
});
crate::serde_helpers::serde_struct!(ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput {
    r#type: optional("type"),
    attributes: optional("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Attibute Mapping Object
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes {
    /// The name of attribute
    pub attribute_name: Option<String>,
    /// Name of the Source
    pub source_name: Option<String>,
    /// ID of the Source
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes {
    /// Builds a `ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes {
    attribute_name: optional::<String>(attribute_name),
    source_name: optional::<String>(source_name),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes {
    attribute_name: optional("attributeName"),
    source_name: optional("sourceName"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
