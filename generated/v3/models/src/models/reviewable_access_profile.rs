#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewableAccessProfile {
    /// The id of the Access Profile
    pub id: Option<String>,
    /// Name of the Access Profile
    pub name: Option<String>,
    /// Information about the Access Profile
    pub description: Option<String>,
    /// Indicates if the entitlement is a privileged entitlement
    pub privileged: Option<bool>,
    /// True if the entitlement is cloud governed
    pub cloud_governed: Option<bool>,
    /// The date at which a user's access expires
    pub end_date: Option<Option<crate::primitives::DateTime>>,
    /// Owner of the Access Profile
    pub owner: Option<Option<crate::IdentityReferenceWithNameAndEmail>>,
    /// A list of entitlements associated with this Access Profile
    pub entitlements: Option<Vec<Option<crate::ReviewableEntitlement>>>,
    /// Date the Access Profile was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Date the Access Profile was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ReviewableAccessProfile {
    /// Builds a `ReviewableAccessProfile` with every field unset.
    pub fn new() -> Self {
        Self::default()
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
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `privileged`.
    pub fn privileged(mut self, value: impl Into<bool>) -> Self {
        self.privileged = Some(value.into());
        self
    }
    /// Sets `cloud_governed`.
    pub fn cloud_governed(mut self, value: impl Into<bool>) -> Self {
        self.cloud_governed = Some(value.into());
        self
    }
    /// Sets `end_date`.
    pub fn end_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.end_date = Some(Some(value.into()));
        self
    }
    /// Sets `end_date` to an explicit `null`.
    pub fn end_date_null(mut self) -> Self {
        self.end_date = Some(None);
        self
    }
    /// Sets `owner`.
    pub fn owner(
        mut self,
        value: impl Into<crate::IdentityReferenceWithNameAndEmail>,
    ) -> Self {
        self.owner = Some(Some(value.into()));
        self
    }
    /// Sets `owner` to an explicit `null`.
    pub fn owner_null(mut self) -> Self {
        self.owner = Some(None);
        self
    }
    /// Sets `entitlements`.
    pub fn entitlements(
        mut self,
        value: impl Into<Vec<Option<crate::ReviewableEntitlement>>>,
    ) -> Self {
        self.entitlements = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ReviewableAccessProfile {
    id: optional("id"),
    name: optional("name"),
    description: optional("description"),
    privileged: optional("privileged"),
    cloud_governed: optional("cloudGoverned"),
    end_date: nullable("endDate"),
    owner: nullable("owner"),
    entitlements: optional("entitlements"),
    created: optional("created"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReviewableAccessProfile {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
