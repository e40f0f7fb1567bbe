#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadUncorrelatedAccountsTaskTaskMessagesItem {
    /// Type of the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::LoadUncorrelatedAccountsTaskTaskMessagesItemType>,
    /// Flag whether message is an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<bool>,
    /// Flag whether message is a warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<bool>,
    /// Message string identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Message context with the locale based language.
    #[serde(rename = "localizedText", default, skip_serializing_if = "Option::is_none")]
    pub localized_text: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl LoadUncorrelatedAccountsTaskTaskMessagesItem {
    /// Builds a `LoadUncorrelatedAccountsTaskTaskMessagesItem` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            error: None,
            warning: None,
            key: None,
            localized_text: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for LoadUncorrelatedAccountsTaskTaskMessagesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
