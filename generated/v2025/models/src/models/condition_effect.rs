/// Effect produced by a condition.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConditionEffect {
    /// Type of effect to perform when the conditions are evaluated for this logic block.
    /// HIDE ConditionEffectTypeHide  Disables validations.
    /// SHOW ConditionEffectTypeShow  Enables validations.
    /// DISABLE ConditionEffectTypeDisable  Disables validations.
    /// ENABLE ConditionEffectTypeEnable  Enables validations.
    /// REQUIRE ConditionEffectTypeRequire
    /// OPTIONAL ConditionEffectTypeOptional
    /// SUBMIT_MESSAGE ConditionEffectTypeSubmitMessage
    /// SUBMIT_NOTIFICATION ConditionEffectTypeSubmitNotification
    /// SET_DEFAULT_VALUE ConditionEffectTypeSetDefaultValue  This value is ignored on purpose.
    #[serde(rename = "effectType", default, skip_serializing_if = "Option::is_none")]
    pub effect_type: Option<crate::ConditionEffectEffectType>,
    /// Arbitrary map containing a configuration based on the EffectType.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<crate::ConditionEffectConfig>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConditionEffect {
    /// Builds a `ConditionEffect` with every field unset.
    pub fn new() -> Self {
        Self {
            effect_type: None,
            config: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ConditionEffect {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.effect_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
