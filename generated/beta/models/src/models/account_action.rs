/// Object for specifying Actions to be performed on a specified list of sources' account.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountAction {
    /// Describes if action will be enable, disable or delete.
    pub action: Option<crate::AccountActionAction>,
    /// A unique list of specific source IDs to apply the action to. The sources must have the ENABLE feature or flat file source. Required if allSources is not true. Must not be provided if allSources is true. Cannot be used together with excludeSourceIds See "/sources" endpoint for source features.
    pub source_ids: Option<Option<Vec<String>>>,
    /// A list of source IDs to exclude from the action. Cannot be used together with sourceIds.
    pub exclude_source_ids: Option<Option<Vec<String>>>,
    /// If true, the action applies to all available sources. If true, sourceIds must not be provided. If false or not set, sourceIds is required.
    pub all_sources: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountAction {
    /// Builds a `AccountAction` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `action`.
    pub fn action(mut self, value: impl Into<crate::AccountActionAction>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets `source_ids`.
    pub fn source_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.source_ids = Some(Some(value.into()));
        self
    }
    /// Sets `source_ids` to an explicit `null`.
    pub fn source_ids_null(mut self) -> Self {
        self.source_ids = Some(None);
        self
    }
    /// Sets `exclude_source_ids`.
    pub fn exclude_source_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.exclude_source_ids = Some(Some(value.into()));
        self
    }
    /// Sets `exclude_source_ids` to an explicit `null`.
    pub fn exclude_source_ids_null(mut self) -> Self {
        self.exclude_source_ids = Some(None);
        self
    }
    /// Sets `all_sources`.
    pub fn all_sources(mut self, value: impl Into<bool>) -> Self {
        self.all_sources = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AccountAction {
    action: optional("action"),
    source_ids: nullable("sourceIds"),
    exclude_source_ids: nullable("excludeSourceIds"),
    all_sources: optional("allSources"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountAction {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.action, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Describes if action will be enable, disable or delete.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountActionAction {
    /// `ENABLE`
    Enable,
    /// `DISABLE`
    Disable,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountActionAction {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "ENABLE",
            Self::Disable => "DISABLE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountActionAction {
    fn from(value: &str) -> Self {
        match value {
            "ENABLE" => Self::Enable,
            "DISABLE" => Self::Disable,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountActionAction);
