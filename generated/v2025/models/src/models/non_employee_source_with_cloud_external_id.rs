/// Includes the fields of [`NonEmployeeSource`](crate::NonEmployeeSource), [`NonEmployeeSourceLite`](crate::NonEmployeeSourceLite).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeSourceWithCloudExternalId {
    /// Non-Employee source id.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    /// Source Id associated with this non-employee source.
    pub source_id: Option<String>,
    /// Source name associated with this non-employee source.
    pub name: Option<String>,
    /// Source description associated with this non-employee source.
    pub description: Option<String>,
    /// List of approvers
    pub approvers: Option<Vec<crate::NonEmployeeIdentityReferenceWithId>>,
    /// List of account managers
    pub account_managers: Option<Vec<crate::NonEmployeeIdentityReferenceWithId>>,
    /// When the request was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// When the request was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Legacy ID used for sources from the V1 API. This attribute will be removed from a future version of the API and will not be considered a breaking change. No clients should rely on this ID always being present.
    pub cloud_external_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeSourceWithCloudExternalId {
    /// Builds a `NonEmployeeSourceWithCloudExternalId` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NonEmployeeSourceWithCloudExternalId {
    id: optional::<String>(id),
    source_id: optional::<String>(source_id),
    name: optional::<String>(name),
    description: optional::<String>(description),
    approvers: optional::<Vec<crate::NonEmployeeIdentityReferenceWithId>>(approvers),
    account_managers: optional::<Vec<crate::NonEmployeeIdentityReferenceWithId>>(account_managers),
    modified: optional::<crate::primitives::DateTime>(modified),
    created: optional::<crate::primitives::DateTime>(created),
    cloud_external_id: optional::<String>(cloud_external_id),
});
crate::serde_helpers::serde_struct!(NonEmployeeSourceWithCloudExternalId {
    id: optional("id"),
    source_id: optional("sourceId"),
    name: optional("name"),
    description: optional("description"),
    approvers: optional("approvers"),
    account_managers: optional("accountManagers"),
    modified: optional("modified"),
    created: optional("created"),
    cloud_external_id: optional("cloudExternalId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeSourceWithCloudExternalId {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approvers, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_managers, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
