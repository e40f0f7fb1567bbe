#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tag {
    /// Tag id
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the tag.
    pub name: String,
    /// Date the tag was created.
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Date the tag was last modified.
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    #[serde(
        rename = "tagCategoryRefs",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub tag_category_refs: Option<Vec<crate::TagTagCategoryRefsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Tag {
    /// Builds a `Tag` from its required fields; the others are unset.
    pub fn new(name: String) -> Self {
        Self {
            id: None,
            name,
            created: None,
            modified: None,
            tag_category_refs: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for Tag {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.tag_category_refs, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
