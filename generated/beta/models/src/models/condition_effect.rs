/// Effect produced by a condition.
#[derive(Debug, Clone, PartialEq, Default)]
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
    pub effect_type: Option<crate::ConditionEffectEffectType>,
    /// Arbitrary map containing a configuration based on the EffectType.
    pub config: Option<crate::ConditionEffectConfig>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConditionEffect {
    /// Builds a `ConditionEffect` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConditionEffect {
    effect_type: optional::<crate::ConditionEffectEffectType>(effect_type),
    config: optional::<crate::ConditionEffectConfig>(config),
});
crate::serde_helpers::serde_struct!(ConditionEffect {
    effect_type: optional("effectType"),
    config: optional("config"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConditionEffect {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.effect_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Arbitrary map containing a configuration based on the EffectType.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConditionEffectConfig {
    /// Effect type's label.
    pub default_value_label: Option<String>,
    /// Element's identifier.
    pub element: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConditionEffectConfig {
    /// Builds a `ConditionEffectConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConditionEffectConfig {
    default_value_label: optional::<String>(default_value_label),
    element: optional::<String>(element),
});
crate::serde_helpers::serde_struct!(ConditionEffectConfig {
    default_value_label: optional("defaultValueLabel"),
    element: optional("element"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConditionEffectConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
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
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConditionEffectEffectType {
    /// `HIDE`
    Hide,
    /// `SHOW`
    Show,
    /// `DISABLE`
    Disable,
    /// `ENABLE`
    Enable,
    /// `REQUIRE`
    Require,
    /// `OPTIONAL`
    Optional,
    /// `SUBMIT_MESSAGE`
    SubmitMessage,
    /// `SUBMIT_NOTIFICATION`
    SubmitNotification,
    /// `SET_DEFAULT_VALUE`
    SetDefaultValue,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ConditionEffectEffectType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hide => "HIDE",
            Self::Show => "SHOW",
            Self::Disable => "DISABLE",
            Self::Enable => "ENABLE",
            Self::Require => "REQUIRE",
            Self::Optional => "OPTIONAL",
            Self::SubmitMessage => "SUBMIT_MESSAGE",
            Self::SubmitNotification => "SUBMIT_NOTIFICATION",
            Self::SetDefaultValue => "SET_DEFAULT_VALUE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ConditionEffectEffectType {
    fn from(value: &str) -> Self {
        match value {
            "HIDE" => Self::Hide,
            "SHOW" => Self::Show,
            "DISABLE" => Self::Disable,
            "ENABLE" => Self::Enable,
            "REQUIRE" => Self::Require,
            "OPTIONAL" => Self::Optional,
            "SUBMIT_MESSAGE" => Self::SubmitMessage,
            "SUBMIT_NOTIFICATION" => Self::SubmitNotification,
            "SET_DEFAULT_VALUE" => Self::SetDefaultValue,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ConditionEffectEffectType);
