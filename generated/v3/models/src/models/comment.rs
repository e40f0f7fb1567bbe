#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Comment {
    /// Id of the identity making the comment
    #[serde(rename = "commenterId", default, skip_serializing_if = "Option::is_none")]
    pub commenter_id: Option<String>,
    /// Human-readable display name of the identity making the comment
    #[serde(rename = "commenterName", default, skip_serializing_if = "Option::is_none")]
    pub commenter_name: Option<String>,
    /// Content of the comment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Date and time comment was made
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Comment {
    /// Builds a `Comment` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for Comment {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
