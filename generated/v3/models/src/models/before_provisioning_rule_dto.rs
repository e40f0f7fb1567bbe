/// Before Provisioning Rule.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BeforeProvisioningRuleDto {
    /// Before Provisioning Rule DTO type.
    pub r#type: Option<crate::BeforeProvisioningRuleDtoType>,
    /// Before Provisioning Rule ID.
    pub id: Option<String>,
    /// Rule display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BeforeProvisioningRuleDto {
    /// Builds a `BeforeProvisioningRuleDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BeforeProvisioningRuleDto {
    r#type: optional::<crate::BeforeProvisioningRuleDtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(BeforeProvisioningRuleDto {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BeforeProvisioningRuleDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Before Provisioning Rule DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BeforeProvisioningRuleDtoType {
    /// `RULE`
    Rule,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl BeforeProvisioningRuleDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rule => "RULE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BeforeProvisioningRuleDtoType {
    fn from(value: &str) -> Self {
        match value {
            "RULE" => Self::Rule,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(BeforeProvisioningRuleDtoType);
