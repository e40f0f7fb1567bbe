#[derive(Debug, Clone, PartialEq)]
pub struct LauncherRequest {
    /// Name of the Launcher, limited to 255 characters
    pub name: String,
    /// Description of the Launcher, limited to 2000 characters
    pub description: String,
    /// Launcher type
    pub r#type: crate::LauncherRequestType,
    /// State of the Launcher
    pub disabled: bool,
    pub reference: Option<crate::LauncherRequestReference>,
    /// JSON configuration associated with this Launcher, restricted to a max size of 4KB
    pub config: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LauncherRequest {
    /// Builds a `LauncherRequest` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        r#type: impl Into<crate::LauncherRequestType>,
        disabled: impl Into<bool>,
        config: impl Into<String>,
    ) -> Self {
        Self {
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
crate::serde_helpers::setters!(LauncherRequest {
    reference: optional::<crate::LauncherRequestReference>(reference),
});
crate::serde_helpers::serde_struct!(LauncherRequest {
    name: required("name"),
    description: required("description"),
    r#type: required("type"),
    disabled: required("disabled"),
    reference: optional("reference"),
    config: required("config"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LauncherRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reference, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct LauncherRequestReference {
    /// Type of Launcher reference
    pub r#type: crate::LauncherRequestReferenceType,
    /// ID of Launcher reference
    pub id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LauncherRequestReference {
    /// Builds a `LauncherRequestReference` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::LauncherRequestReferenceType>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(LauncherRequestReference {
    r#type: required("type"),
    id: required("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LauncherRequestReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of Launcher reference
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LauncherRequestReferenceType {
    /// `WORKFLOW`
    Workflow,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl LauncherRequestReferenceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Workflow => "WORKFLOW",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LauncherRequestReferenceType {
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW" => Self::Workflow,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(LauncherRequestReferenceType);
/// Launcher type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LauncherRequestType {
    /// `INTERACTIVE_PROCESS`
    InteractiveProcess,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl LauncherRequestType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InteractiveProcess => "INTERACTIVE_PROCESS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LauncherRequestType {
    fn from(value: &str) -> Self {
        match value {
            "INTERACTIVE_PROCESS" => Self::InteractiveProcess,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(LauncherRequestType);
