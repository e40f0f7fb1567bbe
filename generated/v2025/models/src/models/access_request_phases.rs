/// Provides additional details about this access request phase.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestPhases {
    /// The time that this phase started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<crate::primitives::DateTime>,
    /// The time that this phase finished.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub finished: Option<Option<crate::primitives::DateTime>>,
    /// The name of this phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The state of this phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<crate::AccessRequestPhasesState>,
    /// The state of this phase.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub result: Option<Option<crate::AccessRequestPhasesResult>>,
    /// A reference to another object on the RequestedItemStatus that contains more details about the phase. Note that for the Provisioning phase, this will be empty if there are no manual work items.
    #[serde(
        rename = "phaseReference",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub phase_reference: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestPhases {
    /// Builds a `AccessRequestPhases` with every field unset.
    pub fn new() -> Self {
        Self {
            started: None,
            finished: None,
            name: None,
            state: None,
            result: None,
            phase_reference: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessRequestPhases {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.result, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
