#[derive(Debug, Clone, PartialEq, Default)]
pub struct CampaignCompleteOptions {
    /// Determines whether to auto-approve(APPROVE) or auto-revoke(REVOKE) upon campaign completion.
    pub auto_complete_action: Option<crate::CampaignCompleteOptionsAutoCompleteAction>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignCompleteOptions {
    /// Builds a `CampaignCompleteOptions` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CampaignCompleteOptions {
    auto_complete_action: optional::<crate::CampaignCompleteOptionsAutoCompleteAction>(auto_complete_action),
});
crate::serde_helpers::serde_struct!(CampaignCompleteOptions {
    auto_complete_action: optional("autoCompleteAction"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignCompleteOptions {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.auto_complete_action, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Determines whether to auto-approve(APPROVE) or auto-revoke(REVOKE) upon campaign completion.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignCompleteOptionsAutoCompleteAction {
    /// `APPROVE`
    Approve,
    /// `REVOKE`
    Revoke,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignCompleteOptionsAutoCompleteAction {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approve => "APPROVE",
            Self::Revoke => "REVOKE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignCompleteOptionsAutoCompleteAction {
    fn from(value: &str) -> Self {
        match value {
            "APPROVE" => Self::Approve,
            "REVOKE" => Self::Revoke,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignCompleteOptionsAutoCompleteAction);
