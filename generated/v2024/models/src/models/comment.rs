#[derive(Debug, Clone, PartialEq, Default)]
pub struct Comment {
    /// Id of the identity making the comment
    pub commenter_id: Option<String>,
    /// Human-readable display name of the identity making the comment
    pub commenter_name: Option<String>,
    /// Content of the comment
    pub body: Option<String>,
    /// Date and time comment was made
    pub date: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Comment {
    /// Builds a `Comment` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Comment {
    commenter_id: optional::<String>(commenter_id),
    commenter_name: optional::<String>(commenter_name),
    body: optional::<String>(body),
    date: optional::<crate::primitives::DateTime>(date),
});
crate::serde_helpers::serde_struct!(Comment {
    commenter_id: optional("commenterId"),
    commenter_name: optional("commenterName"),
    body: optional("body"),
    date: optional("date"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Comment {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
