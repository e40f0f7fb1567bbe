/// Includes the fields of [`ReportResultReference`](crate::ReportResultReference), [`SodReportResultDto`](crate::SodReportResultDto).
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignReport {
    /// SOD policy violation report result DTO type.
    pub r#type: Option<crate::SodReportResultDtoType>,
    /// SOD policy violation report result ID.
    pub id: Option<String>,
    /// Human-readable name of the SOD policy violation report result.
    pub name: Option<String>,
    /// Status of a SOD policy violation report.
    pub status: Option<crate::ReportResultReferenceStatus>,
    pub report_type: crate::ReportType,
    /// The most recent date and time this report was run
    ///
    /// Read-only: set by the server.
    pub last_run_at: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignReport {
    /// Builds a `CampaignReport` from its required fields; the others are unset.
    pub fn new(report_type: impl Into<crate::ReportType>) -> Self {
        Self {
            r#type: None,
            id: None,
            name: None,
            status: None,
            report_type: report_type.into(),
            last_run_at: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CampaignReport {
    r#type: optional::<crate::SodReportResultDtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
    status: optional::<crate::ReportResultReferenceStatus>(status),
    last_run_at: optional::<crate::primitives::DateTime>(last_run_at),
});
crate::serde_helpers::serde_struct!(CampaignReport {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    status: optional("status"),
    report_type: required("reportType"),
    last_run_at: optional("lastRunAt"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignReport {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.report_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
