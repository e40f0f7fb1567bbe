/// Rules to be applied to the config object during the draft process.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConfigObjectRules {
    pub take_from_target_rules: Option<Vec<crate::ConfigObjectRule>>,
    pub default_rules: Option<Vec<crate::ConfigObjectRule>>,
    /// Indicates whether the object can be edited.
    pub editable: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConfigObjectRules {
    /// Builds a `ConfigObjectRules` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConfigObjectRules {
    take_from_target_rules: optional::<Vec<crate::ConfigObjectRule>>(take_from_target_rules),
    default_rules: optional::<Vec<crate::ConfigObjectRule>>(default_rules),
    editable: optional::<bool>(editable),
});
crate::serde_helpers::serde_struct!(ConfigObjectRules {
    take_from_target_rules: optional("takeFromTargetRules"),
    default_rules: optional("defaultRules"),
    editable: optional("editable"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConfigObjectRules {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.take_from_target_rules, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.default_rules, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
