#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssignmentContextDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested: Option<crate::AccessRequestContext>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matched: Option<Vec<crate::RoleMatchDto>>,
    /// Date that the assignment will was evaluated
    #[serde(rename = "computedDate", default, skip_serializing_if = "Option::is_none")]
    pub computed_date: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AssignmentContextDto {
    /// Builds a `AssignmentContextDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `requested`.
    pub fn requested(mut self, value: impl Into<crate::AccessRequestContext>) -> Self {
        self.requested = Some(value.into());
        self
    }
    /// Sets `matched`.
    pub fn matched(mut self, value: impl Into<Vec<crate::RoleMatchDto>>) -> Self {
        self.matched = Some(value.into());
        self
    }
    /// Sets `computed_date`.
    pub fn computed_date(mut self, value: impl Into<String>) -> Self {
        self.computed_date = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for AssignmentContextDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.matched, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
