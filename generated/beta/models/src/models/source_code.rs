/// SourceCode
#[derive(Debug, Clone, PartialEq)]
pub struct SourceCode {
    /// the version of the code
    pub version: String,
    /// The code
    pub script: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceCode {
    /// Builds a `SourceCode` from its required fields; the others are unset.
    pub fn new(version: impl Into<String>, script: impl Into<String>) -> Self {
        Self {
            version: version.into(),
            script: script.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SourceCode {
    version: required("version"),
    script: required("script"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceCode {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
