/// Comments Object
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalComment {
    pub author: Option<crate::ApprovalIdentity>,
    /// Comment to be left on an approval
    pub comment: Option<String>,
    /// Date the comment was created
    pub created_date: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalComment {
    /// Builds a `ApprovalComment` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalComment {
    author: optional::<crate::ApprovalIdentity>(author),
    comment: optional::<String>(comment),
    created_date: optional::<String>(created_date),
});
crate::serde_helpers::serde_struct!(ApprovalComment {
    author: optional("author"),
    comment: optional("comment"),
    created_date: optional("createdDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalComment {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.author, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
