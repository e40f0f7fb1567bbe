#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMachineAccountMappingsResponseItem {
    /// Targeted Entity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<crate::ListMachineAccountMappingsResponseItemTarget>,
    #[serde(
        rename = "transformDefinition",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub transform_definition: Option<
        crate::ListMachineAccountMappingsResponseItemTransformDefinition,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItem {
    /// Builds a `ListMachineAccountMappingsResponseItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `target`.
    pub fn target(
        mut self,
        value: impl Into<crate::ListMachineAccountMappingsResponseItemTarget>,
    ) -> Self {
        self.target = Some(value.into());
        self
    }
    /// Sets `transform_definition`.
    pub fn transform_definition(
        mut self,
        value: impl Into<
            crate::ListMachineAccountMappingsResponseItemTransformDefinition,
        >,
    ) -> Self {
        self.transform_definition = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ListMachineAccountMappingsResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.target, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.transform_definition, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Targeted Entity
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMachineAccountMappingsResponseItemTarget {
    /// The type of target entity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::ListMachineAccountMappingsResponseItemTargetType>,
    /// Name of the targeted attribute
    #[serde(rename = "attributeName", default, skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// The ID of Source
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTarget {
    /// Builds a `ListMachineAccountMappingsResponseItemTarget` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::ListMachineAccountMappingsResponseItemTargetType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `attribute_name`.
    pub fn attribute_name(mut self, value: impl Into<String>) -> Self {
        self.attribute_name = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
}
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
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMachineAccountMappingsResponseItemTransformDefinition {
    /// The type of transform
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// attributes object
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<
        crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributes,
    >,
    /// Transform Operation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTransformDefinition {
    /// Builds a `ListMachineAccountMappingsResponseItemTransformDefinition` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(
        mut self,
        value: impl Into<
            crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributes,
        >,
    ) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit
for ListMachineAccountMappingsResponseItemTransformDefinition {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// attributes object
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMachineAccountMappingsResponseItemTransformDefinitionAttributes {
    /// Input Object
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<
        crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTransformDefinitionAttributes {
    /// Builds a `ListMachineAccountMappingsResponseItemTransformDefinitionAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `input`.
    pub fn input(
        mut self,
        value: impl Into<
            crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput,
        >,
    ) -> Self {
        self.input = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit
for ListMachineAccountMappingsResponseItemTransformDefinitionAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Input Object
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput {
    /// The Type of Attribute
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Attibute Mapping Object
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<
        crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput {
    /// Builds a `ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(
        mut self,
        value: impl Into<
            crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes,
        >,
    ) -> Self {
        self.attributes = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit
for ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Attibute Mapping Object
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes {
    /// The name of attribute
    #[serde(rename = "attributeName", default, skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// Name of the Source
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// ID of the Source
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes {
    /// Builds a `ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `attribute_name`.
    pub fn attribute_name(mut self, value: impl Into<String>) -> Self {
        self.attribute_name = Some(value.into());
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit
for ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
