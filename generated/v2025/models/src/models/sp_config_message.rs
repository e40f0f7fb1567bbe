/// Config Import/Export Message
///
/// Message model for Config Import/Export.
#[derive(Debug, Clone, PartialEq)]
pub struct SpConfigMessage {
    /// Message key.
    pub key: String,
    /// Message text.
    pub text: String,
    /// Message details if any, in key:value pairs.
    pub details: ::indexmap::IndexMap<String, ::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SpConfigMessage {
    /// Builds a `SpConfigMessage` from its required fields; the others are unset.
    pub fn new(
        key: impl Into<String>,
        text: impl Into<String>,
        details: impl Into<::indexmap::IndexMap<String, ::serde_json::Value>>,
    ) -> Self {
        Self {
            key: key.into(),
            text: text.into(),
            details: details.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SpConfigMessage {
    key: required("key"),
    text: required("text"),
    details: required("details"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SpConfigMessage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
