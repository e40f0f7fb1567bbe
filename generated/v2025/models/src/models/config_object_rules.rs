/// Rules to be applied to the config object during the draft process.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConfigObjectRules {
    #[serde(
        rename = "takeFromTargetRules",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub take_from_target_rules: Option<Vec<crate::ConfigObjectRule>>,
    #[serde(rename = "defaultRules", default, skip_serializing_if = "Option::is_none")]
    pub default_rules: Option<Vec<crate::ConfigObjectRule>>,
    /// Indicates whether the object can be edited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editable: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConfigObjectRules {
    /// Builds a `ConfigObjectRules` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `take_from_target_rules`.
    pub fn take_from_target_rules(
        mut self,
        value: impl Into<Vec<crate::ConfigObjectRule>>,
    ) -> Self {
        self.take_from_target_rules = Some(value.into());
        self
    }
    /// Sets `default_rules`.
    pub fn default_rules(
        mut self,
        value: impl Into<Vec<crate::ConfigObjectRule>>,
    ) -> Self {
        self.default_rules = Some(value.into());
        self
    }
    /// Sets `editable`.
    pub fn editable(mut self, value: impl Into<bool>) -> Self {
        self.editable = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ConfigObjectRules {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.take_from_target_rules, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.default_rules, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
