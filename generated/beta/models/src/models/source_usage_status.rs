#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceUsageStatus {
    /// Source Usage Status. Acceptable values are:
    ///   - COMPLETE
    ///    - This status means that an activity data source has been setup and usage insights are available for the source.
    ///   - INCOMPLETE
    ///    - This status means that an activity data source has not been setup and usage insights are not available for the source.
    pub status: Option<crate::SourceUsageStatusStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceUsageStatus {
    /// Builds a `SourceUsageStatus` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceUsageStatus {
    status: optional::<crate::SourceUsageStatusStatus>(status),
});
crate::serde_helpers::serde_struct!(SourceUsageStatus {
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceUsageStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Source Usage Status. Acceptable values are:
///   - COMPLETE
///    - This status means that an activity data source has been setup and usage insights are available for the source.
///   - INCOMPLETE
///    - This status means that an activity data source has not been setup and usage insights are not available for the source.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SourceUsageStatusStatus {
    /// `COMPLETE`
    Complete,
    /// `INCOMPLETE`
    Incomplete,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SourceUsageStatusStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Complete => "COMPLETE",
            Self::Incomplete => "INCOMPLETE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SourceUsageStatusStatus {
    fn from(value: &str) -> Self {
        match value {
            "COMPLETE" => Self::Complete,
            "INCOMPLETE" => Self::Incomplete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SourceUsageStatusStatus);
