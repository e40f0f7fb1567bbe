#[derive(Debug, Clone, PartialEq)]
pub struct Launcher {
    /// ID of the Launcher
    ///
    /// Format: `uuid`.
    pub id: String,
    /// Date the Launcher was created
    pub created: crate::primitives::DateTime,
    /// Date the Launcher was last modified
    pub modified: crate::primitives::DateTime,
    /// Owner of the Launcher
    pub owner: crate::LauncherOwner,
    /// Name of the Launcher, limited to 255 characters
    pub name: String,
    /// Description of the Launcher, limited to 2000 characters
    pub description: String,
    /// Launcher type
    pub r#type: crate::LauncherType,
    /// State of the Launcher
    pub disabled: bool,
    pub reference: Option<crate::LauncherReference>,
    /// JSON configuration associated with this Launcher, restricted to a max size of 4KB
    pub config: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Launcher {
    /// Builds a `Launcher` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        created: impl Into<crate::primitives::DateTime>,
        modified: impl Into<crate::primitives::DateTime>,
        owner: impl Into<crate::LauncherOwner>,
        name: impl Into<String>,
        description: impl Into<String>,
        r#type: impl Into<crate::LauncherType>,
        disabled: impl Into<bool>,
        config: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            created: created.into(),
            modified: modified.into(),
            owner: owner.into(),
            name: name.into(),
            description: description.into(),
            r#type: r#type.into(),
            disabled: disabled.into(),
            reference: None,
            config: config.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Launcher {
    reference: optional::<crate::LauncherReference>(reference),
});
crate::serde_helpers::serde_struct!(Launcher {
    id: required("id"),
    created: required("created"),
    modified: required("modified"),
    owner: required("owner"),
    name: required("name"),
    description: required("description"),
    r#type: required("type"),
    disabled: required("disabled"),
    reference: optional("reference"),
    config: required("config"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Launcher {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reference, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Owner of the Launcher
#[derive(Debug, Clone, PartialEq)]
pub struct LauncherOwner {
    /// Owner type
    pub r#type: String,
    /// Owner ID
    pub id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LauncherOwner {
    /// Builds a `LauncherOwner` from its required fields; the others are unset.
    pub fn new(r#type: impl Into<String>, id: impl Into<String>) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(LauncherOwner {
    r#type: required("type"),
    id: required("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LauncherOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LauncherReference {
    /// Type of Launcher reference
    pub r#type: Option<crate::LauncherReferenceType>,
    /// ID of Launcher reference
    pub id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LauncherReference {
    /// Builds a `LauncherReference` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LauncherReference {
    r#type: optional::<crate::LauncherReferenceType>(r#type),
    id: optional::<String>(id),
});
crate::serde_helpers::serde_struct!(LauncherReference {
    r#type: optional("type"),
    id: optional("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LauncherReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of Launcher reference
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LauncherReferenceType {
    /// `WORKFLOW`
    Workflow,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl LauncherReferenceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Workflow => "WORKFLOW",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LauncherReferenceType {
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW" => Self::Workflow,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(LauncherReferenceType);
/// Launcher type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LauncherType {
    /// `INTERACTIVE_PROCESS`
    InteractiveProcess,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl LauncherType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InteractiveProcess => "INTERACTIVE_PROCESS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LauncherType {
    fn from(value: &str) -> Self {
        match value {
            "INTERACTIVE_PROCESS" => Self::InteractiveProcess,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(LauncherType);
