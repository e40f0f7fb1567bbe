#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateDetail {
    /// The detailed message for an update. Typically the relevent error message when status is error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The connector script name
    #[serde(rename = "scriptName", default, skip_serializing_if = "Option::is_none")]
    pub script_name: Option<String>,
    /// The list of updated files supported by the connector
    #[serde(
        rename = "updatedFiles",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub updated_files: Option<Option<Vec<String>>>,
    /// The connector update status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::UpdateDetailStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UpdateDetail {
    /// Builds a `UpdateDetail` with every field unset.
    pub fn new() -> Self {
        Self {
            message: None,
            script_name: None,
            updated_files: None,
            status: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for UpdateDetail {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
