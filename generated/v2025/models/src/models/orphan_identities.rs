/// Arguments for Orphan Identities report (ORPHAN_IDENTITIES)
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OrphanIdentities {
    /// Output report file formats. These are formats for calling GET endpoint as query parameter 'fileFormat'.  In case report won't have this argument there will be \['CSV', 'PDF'\] as default.
    #[serde(
        rename = "selectedFormats",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub selected_formats: Option<Vec<crate::OrphanIdentitiesSelectedFormatsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl OrphanIdentities {
    /// Builds a `OrphanIdentities` with every field unset.
    pub fn new() -> Self {
        Self {
            selected_formats: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for OrphanIdentities {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.selected_formats, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
