#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordDigitToken {
    /// The digit token for password management
    #[serde(rename = "digitToken", default, skip_serializing_if = "Option::is_none")]
    pub digit_token: Option<String>,
    /// The reference ID of the digit token generation request
    #[serde(rename = "requestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl PasswordDigitToken {
    /// Builds a `PasswordDigitToken` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `digit_token`.
    pub fn digit_token(mut self, value: impl Into<String>) -> Self {
        self.digit_token = Some(value.into());
        self
    }
    /// Sets `request_id`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for PasswordDigitToken {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
