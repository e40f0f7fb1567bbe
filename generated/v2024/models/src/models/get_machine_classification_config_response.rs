#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetMachineClassificationConfigResponse {
    /// Indicates whether Classification is enabled for a Source
    pub enabled: Option<bool>,
    /// Classification Method
    pub classification_method: Option<
        crate::GetMachineClassificationConfigResponseClassificationMethod,
    >,
    pub criteria: Option<crate::MachineClassificationCriteriaLevel1>,
    /// Date the config was created
    pub created: Option<crate::primitives::DateTime>,
    /// Date the config was last updated
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl GetMachineClassificationConfigResponse {
    /// Builds a `GetMachineClassificationConfigResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(GetMachineClassificationConfigResponse {
    enabled: optional::<bool>(enabled),
    classification_method: optional::<crate::GetMachineClassificationConfigResponseClassificationMethod>(classification_method),
    criteria: optional::<crate::MachineClassificationCriteriaLevel1>(criteria),
    created: optional::<crate::primitives::DateTime>(created),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
});
crate::serde_helpers::serde_struct!(GetMachineClassificationConfigResponse {
    enabled: optional("enabled"),
    classification_method: optional("classificationMethod"),
    criteria: optional("criteria"),
    created: optional("created"),
    modified: nullable("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for GetMachineClassificationConfigResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.classification_method, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Classification Method
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetMachineClassificationConfigResponseClassificationMethod {
    /// `SOURCE`
    Source,
    /// `CRITERIA`
    Criteria,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GetMachineClassificationConfigResponseClassificationMethod {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Criteria => "CRITERIA",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetMachineClassificationConfigResponseClassificationMethod {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Self::Source,
            "CRITERIA" => Self::Criteria,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    GetMachineClassificationConfigResponseClassificationMethod
);
