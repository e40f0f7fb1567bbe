/// Arbitrary map containing a configuration based on the EffectType.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConditionEffectConfig {
    /// Effect type's label.
    #[serde(
        rename = "defaultValueLabel",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub default_value_label: Option<String>,
    /// Element's identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConditionEffectConfig {
    /// Builds a `ConditionEffectConfig` with every field unset.
    pub fn new() -> Self {
        Self {
            default_value_label: None,
            element: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ConditionEffectConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
