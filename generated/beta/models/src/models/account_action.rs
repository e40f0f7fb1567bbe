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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountAction {
    /// Builds a `AccountAction` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountAction {
    action: optional::<crate::AccountActionAction>(action),
    source_ids: nullable::<Vec<String>>(source_ids, source_ids_null),
    exclude_source_ids: nullable::<Vec<String>>(exclude_source_ids, exclude_source_ids_null),
    all_sources: optional::<bool>(all_sources),
});
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
