#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityPreviewResponse {
    /// Identity's manager.
    pub identity: Option<crate::IdentityPreviewResponseIdentity>,
    pub preview_attributes: Option<Vec<crate::IdentityAttributePreview>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityPreviewResponse {
    /// Builds a `IdentityPreviewResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityPreviewResponse {
    identity: optional::<crate::IdentityPreviewResponseIdentity>(identity),
    preview_attributes: optional::<Vec<crate::IdentityAttributePreview>>(preview_attributes),
});
crate::serde_helpers::serde_struct!(IdentityPreviewResponse {
    identity: optional("identity"),
    preview_attributes: optional("previewAttributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityPreviewResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.preview_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity's manager.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityPreviewResponseIdentity {
    /// DTO type of identity's manager.
    pub r#type: Option<crate::IdentityPreviewResponseIdentityType>,
    /// ID of identity's manager.
    pub id: Option<String>,
    /// Human-readable display name of identity's manager.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityPreviewResponseIdentity {
    /// Builds a `IdentityPreviewResponseIdentity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityPreviewResponseIdentity {
    r#type: optional::<crate::IdentityPreviewResponseIdentityType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(IdentityPreviewResponseIdentity {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityPreviewResponseIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of identity's manager.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityPreviewResponseIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityPreviewResponseIdentityType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentityPreviewResponseIdentityType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentityPreviewResponseIdentityType);
