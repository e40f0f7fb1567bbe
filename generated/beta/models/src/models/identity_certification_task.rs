#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityCertificationTask {
    /// The task id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The certification id
    #[serde(
        rename = "certificationId",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub certification_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::IdentityCertificationTaskType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::IdentityCertificationTaskStatus>,
    /// Any errors executing the task (Optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityCertificationTask {
    /// Builds a `IdentityCertificationTask` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            certification_id: None,
            r#type: None,
            status: None,
            errors: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityCertificationTask {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
