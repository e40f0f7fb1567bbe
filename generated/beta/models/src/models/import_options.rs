#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportOptions {
    /// Object type names to be excluded from an sp-config export command.
    pub exclude_types: Option<Vec<crate::ImportOptionsExcludeTypesItem>>,
    /// Object type names to be included in an sp-config export command. IncludeTypes takes precedence over excludeTypes.
    pub include_types: Option<Vec<crate::ImportOptionsIncludeTypesItem>>,
    /// Additional options targeting specific objects related to each item in the includeTypes field
    pub object_options: Option<
        ::indexmap::IndexMap<String, crate::ObjectExportImportOptions>,
    >,
    /// List of object types that can be used to resolve references on import.
    pub default_references: Option<Vec<crate::ImportOptionsDefaultReferencesItem>>,
    /// By default, every import will first export all existing objects supported by sp-config as a backup before the import is attempted. If excludeBackup is true, the backup will not be performed.
    pub exclude_backup: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportOptions {
    /// Builds a `ImportOptions` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportOptions {
    exclude_types: optional::<Vec<crate::ImportOptionsExcludeTypesItem>>(exclude_types),
    include_types: optional::<Vec<crate::ImportOptionsIncludeTypesItem>>(include_types),
    object_options: optional::<::indexmap::IndexMap<String, crate::ObjectExportImportOptions>>(object_options),
    default_references: optional::<Vec<crate::ImportOptionsDefaultReferencesItem>>(default_references),
    exclude_backup: optional::<bool>(exclude_backup),
});
crate::serde_helpers::serde_struct!(ImportOptions {
    exclude_types: optional("excludeTypes"),
    include_types: optional("includeTypes"),
    object_options: optional("objectOptions"),
    default_references: optional("defaultReferences"),
    exclude_backup: optional("excludeBackup"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportOptions {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.exclude_types, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.include_types, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.object_options, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.default_references, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImportOptionsDefaultReferencesItem {
    /// `CONNECTOR_RULE`
    ConnectorRule,
    /// `IDENTITY_OBJECT_CONFIG`
    IdentityObjectConfig,
    /// `IDENTITY_PROFILE`
    IdentityProfile,
    /// `RULE`
    Rule,
    /// `SOURCE`
    Source,
    /// `TRANSFORM`
    Transform,
    /// `TRIGGER_SUBSCRIPTION`
    TriggerSubscription,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ImportOptionsDefaultReferencesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConnectorRule => "CONNECTOR_RULE",
            Self::IdentityObjectConfig => "IDENTITY_OBJECT_CONFIG",
            Self::IdentityProfile => "IDENTITY_PROFILE",
            Self::Rule => "RULE",
            Self::Source => "SOURCE",
            Self::Transform => "TRANSFORM",
            Self::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ImportOptionsDefaultReferencesItem {
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => Self::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => Self::IdentityObjectConfig,
            "IDENTITY_PROFILE" => Self::IdentityProfile,
            "RULE" => Self::Rule,
            "SOURCE" => Self::Source,
            "TRANSFORM" => Self::Transform,
            "TRIGGER_SUBSCRIPTION" => Self::TriggerSubscription,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ImportOptionsDefaultReferencesItem);
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImportOptionsExcludeTypesItem {
    /// `CONNECTOR_RULE`
    ConnectorRule,
    /// `IDENTITY_OBJECT_CONFIG`
    IdentityObjectConfig,
    /// `IDENTITY_PROFILE`
    IdentityProfile,
    /// `RULE`
    Rule,
    /// `SOURCE`
    Source,
    /// `TRANSFORM`
    Transform,
    /// `TRIGGER_SUBSCRIPTION`
    TriggerSubscription,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ImportOptionsExcludeTypesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConnectorRule => "CONNECTOR_RULE",
            Self::IdentityObjectConfig => "IDENTITY_OBJECT_CONFIG",
            Self::IdentityProfile => "IDENTITY_PROFILE",
            Self::Rule => "RULE",
            Self::Source => "SOURCE",
            Self::Transform => "TRANSFORM",
            Self::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ImportOptionsExcludeTypesItem {
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => Self::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => Self::IdentityObjectConfig,
            "IDENTITY_PROFILE" => Self::IdentityProfile,
            "RULE" => Self::Rule,
            "SOURCE" => Self::Source,
            "TRANSFORM" => Self::Transform,
            "TRIGGER_SUBSCRIPTION" => Self::TriggerSubscription,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ImportOptionsExcludeTypesItem);
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ImportOptionsIncludeTypesItem {
    /// `CONNECTOR_RULE`
    ConnectorRule,
    /// `IDENTITY_OBJECT_CONFIG`
    IdentityObjectConfig,
    /// `IDENTITY_PROFILE`
    IdentityProfile,
    /// `RULE`
    Rule,
    /// `SOURCE`
    Source,
    /// `TRANSFORM`
    Transform,
    /// `TRIGGER_SUBSCRIPTION`
    TriggerSubscription,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ImportOptionsIncludeTypesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConnectorRule => "CONNECTOR_RULE",
            Self::IdentityObjectConfig => "IDENTITY_OBJECT_CONFIG",
            Self::IdentityProfile => "IDENTITY_PROFILE",
            Self::Rule => "RULE",
            Self::Source => "SOURCE",
            Self::Transform => "TRANSFORM",
            Self::TriggerSubscription => "TRIGGER_SUBSCRIPTION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ImportOptionsIncludeTypesItem {
    fn from(value: &str) -> Self {
        match value {
            "CONNECTOR_RULE" => Self::ConnectorRule,
            "IDENTITY_OBJECT_CONFIG" => Self::IdentityObjectConfig,
            "IDENTITY_PROFILE" => Self::IdentityProfile,
            "RULE" => Self::Rule,
            "SOURCE" => Self::Source,
            "TRANSFORM" => Self::Transform,
            "TRIGGER_SUBSCRIPTION" => Self::TriggerSubscription,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ImportOptionsIncludeTypesItem);
