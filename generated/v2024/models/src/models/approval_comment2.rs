#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalComment2 {
    /// The comment text
    pub comment: Option<String>,
    /// The name of the commenter
    pub commenter: Option<String>,
    /// A date-time in ISO-8601 format
    pub date: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalComment2 {
    /// Builds a `ApprovalComment2` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalComment2 {
    comment: optional::<String>(comment),
    commenter: optional::<String>(commenter),
    date: nullable::<crate::primitives::DateTime>(date, date_null),
});
crate::serde_helpers::serde_struct!(ApprovalComment2 {
    comment: optional("comment"),
    commenter: optional("commenter"),
    date: nullable("date"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalComment2 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
