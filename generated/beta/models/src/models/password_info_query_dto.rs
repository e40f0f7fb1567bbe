#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct PasswordInfoQueryDto {
    /// The login name of the user
    #[serde(rename = "userName", default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// The display name of the source
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl PasswordInfoQueryDto {
    /// Builds a `PasswordInfoQueryDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `user_name`.
    pub fn user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for PasswordInfoQueryDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
