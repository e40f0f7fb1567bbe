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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UpdateDetail {
    /// Builds a `UpdateDetail` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `script_name`.
    pub fn script_name(mut self, value: impl Into<String>) -> Self {
        self.script_name = Some(value.into());
        self
    }
    /// Sets `updated_files`.
    pub fn updated_files(mut self, value: impl Into<Vec<String>>) -> Self {
        self.updated_files = Some(Some(value.into()));
        self
    }
    /// Sets `updated_files` to an explicit `null`.
    pub fn updated_files_null(mut self) -> Self {
        self.updated_files = Some(None);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<crate::UpdateDetailStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
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
