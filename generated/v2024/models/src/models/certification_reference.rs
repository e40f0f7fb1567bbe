#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificationReference {
    /// The id of the certification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the certification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::CertificationReferenceType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<crate::Reviewer>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CertificationReference {
    /// Builds a `CertificationReference` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            r#type: None,
            reviewer: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CertificationReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
