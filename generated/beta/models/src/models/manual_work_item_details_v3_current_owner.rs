/// Identity of current work item owner.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManualWorkItemDetailsV3CurrentOwner {
    /// DTO type of current work item owner's identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::ManualWorkItemDetailsV3CurrentOwnerType>,
    /// ID of current work item owner's identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name of current work item owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManualWorkItemDetailsV3CurrentOwner {
    /// Builds a `ManualWorkItemDetailsV3CurrentOwner` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            id: None,
            name: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ManualWorkItemDetailsV3CurrentOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
