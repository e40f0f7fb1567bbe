#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrivilegeCriteriaConfigDto {
    /// The Id of the task which is executing the bulk update.
    pub id: Option<String>,
    /// The Id of the source that the criteria configuration is applied to.
    pub source_id: Option<String>,
    /// The configuration settings for privilege criteria evaluation.
    pub config: Option<::serde_json::Value>,
    /// The date and time when the privilege criteria configuration was created.
    pub created: Option<String>,
    /// The date and time when the privilege criteria configuration was last modified.
    pub modified: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PrivilegeCriteriaConfigDto {
    /// Builds a `PrivilegeCriteriaConfigDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PrivilegeCriteriaConfigDto {
    id: optional::<String>(id),
    source_id: optional::<String>(source_id),
    config: optional::<::serde_json::Value>(config),
    created: optional::<String>(created),
    modified: optional::<String>(modified),
});
crate::serde_helpers::serde_struct!(PrivilegeCriteriaConfigDto {
    id: optional("id"),
    source_id: optional("sourceId"),
    config: nullable("config"),
    created: optional("created"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PrivilegeCriteriaConfigDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
