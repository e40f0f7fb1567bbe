/// Details about report result or current state.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReportResults {
    /// Use this property to define what report should be processed in the RDE service.
    #[serde(rename = "reportType", default, skip_serializing_if = "Option::is_none")]
    pub report_type: Option<crate::ReportResultsReportType>,
    /// Name of the task definition which is started to process requesting report. Usually the same as report name
    #[serde(rename = "taskDefName", default, skip_serializing_if = "Option::is_none")]
    pub task_def_name: Option<String>,
    /// Unique task definition identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Report processing start date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Report current state or result status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::ReportResultsStatus>,
    /// Report processing time in ms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// Report size in rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<i64>,
    /// Output report file formats. This are formats for calling get endpoint as a query parameter 'fileFormat'.  In case report won't have this argument there will be \['CSV', 'PDF'\] as default.
    #[serde(
        rename = "availableFormats",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub available_formats: Option<Vec<crate::ReportResultsAvailableFormatsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReportResults {
    /// Builds a `ReportResults` with every field unset.
    pub fn new() -> Self {
        Self {
            report_type: None,
            task_def_name: None,
            id: None,
            created: None,
            status: None,
            duration: None,
            rows: None,
            available_formats: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ReportResults {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.report_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.available_formats, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
