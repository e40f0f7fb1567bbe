/// The trigger that starts the workflow
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WorkflowTriggerV2024 {
    /// The trigger type
    pub r#type: crate::WorkflowTriggerV2024Type,
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub display_name: Option<Option<String>>,
    /// Workflow Trigger Attributes.
    pub attributes: Option<crate::WorkflowTriggerV2024Attributes>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl WorkflowTriggerV2024 {
    /// Builds a `WorkflowTriggerV2024` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::WorkflowTriggerV2024Type,
        attributes: Option<crate::WorkflowTriggerV2024Attributes>,
    ) -> Self {
        Self {
            r#type,
            display_name: None,
            attributes,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for WorkflowTriggerV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
