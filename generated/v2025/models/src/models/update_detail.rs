#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateDetail {
    /// The detailed message for an update. Typically the relevent error message when status is error.
    pub message: Option<String>,
    /// The connector script name
    pub script_name: Option<String>,
    /// The list of updated files supported by the connector
    pub updated_files: Option<Option<Vec<String>>>,
    /// The connector update status
    pub status: Option<crate::UpdateDetailStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UpdateDetail {
    /// Builds a `UpdateDetail` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(UpdateDetail {
    message: optional::<String>(message),
    script_name: optional::<String>(script_name),
    updated_files: nullable::<Vec<String>>(updated_files, updated_files_null),
    status: optional::<crate::UpdateDetailStatus>(status),
});
crate::serde_helpers::serde_struct!(UpdateDetail {
    message: optional("message"),
    script_name: optional("scriptName"),
    updated_files: nullable("updatedFiles"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UpdateDetail {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The connector update status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateDetailStatus {
    /// `ERROR`
    Error,
    /// `UPDATED`
    Updated,
    /// `UNCHANGED`
    Unchanged,
    /// `SKIPPED`
    Skipped,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl UpdateDetailStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "ERROR",
            Self::Updated => "UPDATED",
            Self::Unchanged => "UNCHANGED",
            Self::Skipped => "SKIPPED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for UpdateDetailStatus {
    fn from(value: &str) -> Self {
        match value {
            "ERROR" => Self::Error,
            "UPDATED" => Self::Updated,
            "UNCHANGED" => Self::Unchanged,
            "SKIPPED" => Self::Skipped,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(UpdateDetailStatus);
