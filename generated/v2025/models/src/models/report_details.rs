/// Details about report to be processed.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReportDetails {
    /// Use this property to define what report should be processed in the RDE service.
    #[serde(rename = "reportType", default, skip_serializing_if = "Option::is_none")]
    pub report_type: Option<crate::ReportDetailsReportType>,
    /// The string-object map(dictionary) with the arguments needed for report processing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<crate::ReportDetailsArguments>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReportDetails {
    /// Builds a `ReportDetails` with every field unset.
    pub fn new() -> Self {
        Self {
            report_type: None,
            arguments: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ReportDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.report_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.arguments, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
