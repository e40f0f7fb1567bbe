/// Format of Config Hub object rules.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConfigObjectRule {
    /// JSONPath expression denoting the path within the object where a value substitution should be applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Value to be assigned at the jsonPath location within the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub value: Option<crate::ConfigObjectRuleValue>,
    /// Draft modes the rule will apply to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modes: Option<Vec<crate::ConfigObjectRuleModesItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConfigObjectRule {
    /// Builds a `ConfigObjectRule` with every field unset.
    pub fn new() -> Self {
        Self {
            path: None,
            value: None,
            modes: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ConfigObjectRule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.modes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
