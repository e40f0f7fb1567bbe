#[derive(Debug, Clone, PartialEq)]
pub struct KbaAnswerResponseItem {
    /// Question Id
    pub id: String,
    /// Question description
    pub question: String,
    /// Denotes whether the KBA question has an answer configured for the current user
    pub has_answer: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl KbaAnswerResponseItem {
    /// Builds a `KbaAnswerResponseItem` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        question: impl Into<String>,
        has_answer: impl Into<bool>,
    ) -> Self {
        Self {
            id: id.into(),
            question: question.into(),
            has_answer: has_answer.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(KbaAnswerResponseItem {
    id: required("id"),
    question: required("question"),
    has_answer: required("hasAnswer"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for KbaAnswerResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
