/// Includes the fields of [`SodReportResultDto`](crate::SodReportResultDto).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportResultReference {
    /// SOD policy violation report result DTO type.
    pub r#type: Option<crate::SodReportResultDtoType>,
    /// SOD policy violation report result ID.
    pub id: Option<String>,
    /// Human-readable name of the SOD policy violation report result.
    pub name: Option<String>,
    /// Status of a SOD policy violation report.
    pub status: Option<crate::ReportResultReferenceStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReportResultReference {
    /// Builds a `ReportResultReference` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReportResultReference {
    r#type: optional::<crate::SodReportResultDtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
    status: optional::<crate::ReportResultReferenceStatus>(status),
});
crate::serde_helpers::serde_struct!(ReportResultReference {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReportResultReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
