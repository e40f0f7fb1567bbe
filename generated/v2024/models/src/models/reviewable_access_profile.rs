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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReviewableAccessProfile {
    /// Builds a `ReviewableAccessProfile` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReviewableAccessProfile {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: optional::<String>(description),
    privileged: optional::<bool>(privileged),
    cloud_governed: optional::<bool>(cloud_governed),
    end_date: nullable::<crate::primitives::DateTime>(end_date, end_date_null),
    owner: nullable::<crate::IdentityReferenceWithNameAndEmail>(owner, owner_null),
    entitlements: optional::<Vec<Option<crate::ReviewableEntitlement>>>(entitlements),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
});
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
