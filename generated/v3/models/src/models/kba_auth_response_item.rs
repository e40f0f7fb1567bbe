#[derive(Debug, Clone, PartialEq, Default)]
pub struct KbaAuthResponseItem {
    /// The KBA question id
    pub question_id: Option<Option<String>>,
    /// Return true if verified
    pub is_verified: Option<Option<bool>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl KbaAuthResponseItem {
    /// Builds a `KbaAuthResponseItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(KbaAuthResponseItem {
    question_id: nullable::<String>(question_id, question_id_null),
    is_verified: nullable::<bool>(is_verified, is_verified_null),
});
crate::serde_helpers::serde_struct!(KbaAuthResponseItem {
    question_id: nullable("questionId"),
    is_verified: nullable("isVerified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for KbaAuthResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
