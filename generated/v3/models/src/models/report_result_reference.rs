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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReportResultReference {
    /// Builds a `ReportResultReference` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::SodReportResultDtoType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<crate::ReportResultReferenceStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}
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
