#[derive(Debug, Clone, PartialEq)]
pub struct KbaAnswerRequestItem {
    /// Question Id
    pub id: String,
    /// An answer for the KBA question
    pub answer: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl KbaAnswerRequestItem {
    /// Builds a `KbaAnswerRequestItem` from its required fields; the others are unset.
    pub fn new(id: impl Into<String>, answer: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            answer: answer.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(KbaAnswerRequestItem {
    id: required("id"),
    answer: required("answer"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for KbaAnswerRequestItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
