#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReassignmentTrailDto {
    /// The ID of previous owner identity.
    #[serde(rename = "previousOwner", default, skip_serializing_if = "Option::is_none")]
    pub previous_owner: Option<String>,
    /// The ID of new owner identity.
    #[serde(rename = "newOwner", default, skip_serializing_if = "Option::is_none")]
    pub new_owner: Option<String>,
    /// The type of reassignment.
    #[serde(
        rename = "reassignmentType",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub reassignment_type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReassignmentTrailDto {
    /// Builds a `ReassignmentTrailDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `previous_owner`.
    pub fn previous_owner(mut self, value: impl Into<String>) -> Self {
        self.previous_owner = Some(value.into());
        self
    }
    /// Sets `new_owner`.
    pub fn new_owner(mut self, value: impl Into<String>) -> Self {
        self.new_owner = Some(value.into());
        self
    }
    /// Sets `reassignment_type`.
    pub fn reassignment_type(mut self, value: impl Into<String>) -> Self {
        self.reassignment_type = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ReassignmentTrailDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
