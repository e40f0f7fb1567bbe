/// KBA Configuration
#[derive(Debug, Clone, PartialEq)]
pub struct KbaQuestion {
    /// KBA Question Id
    pub id: String,
    /// KBA Question description
    pub text: String,
    /// Denotes whether the KBA question has an answer configured for any user in the tenant
    pub has_answer: bool,
    /// Denotes the number of KBA configurations for this question
    pub num_answers: i32,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl KbaQuestion {
    /// Builds a `KbaQuestion` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        text: impl Into<String>,
        has_answer: impl Into<bool>,
        num_answers: impl Into<i32>,
    ) -> Self {
        Self {
            id: id.into(),
            text: text.into(),
            has_answer: has_answer.into(),
            num_answers: num_answers.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(KbaQuestion {
    id: required("id"),
    text: required("text"),
    has_answer: required("hasAnswer"),
    num_answers: required("numAnswers"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for KbaQuestion {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
