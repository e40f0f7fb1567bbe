/// TaskStatus Message
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskStatusMessage {
    /// Type of the message
    pub r#type: crate::TaskStatusMessageType,
    /// Localized form of the message
    #[serde(rename = "localizedText")]
    pub localized_text: Option<crate::LocalizedMessage>,
    /// Key of the message
    pub key: String,
    /// Message parameters for internationalization
    pub parameters: Option<Vec<crate::TaskStatusMessageParametersItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TaskStatusMessage {
    /// Builds a `TaskStatusMessage` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::TaskStatusMessageType,
        localized_text: Option<crate::LocalizedMessage>,
        key: String,
        parameters: Option<Vec<crate::TaskStatusMessageParametersItem>>,
    ) -> Self {
        Self {
            r#type,
            localized_text,
            key,
            parameters,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for TaskStatusMessage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.localized_text, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.parameters, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
