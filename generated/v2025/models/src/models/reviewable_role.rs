#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewableRole {
    /// The id for the Role
    pub id: Option<String>,
    /// The name of the Role
    pub name: Option<String>,
    /// Information about the Role
    pub description: Option<String>,
    /// Indicates if the entitlement is a privileged entitlement
    pub privileged: Option<bool>,
    pub owner: Option<Option<crate::IdentityReferenceWithNameAndEmail>>,
    /// Indicates whether the Role can be revoked or requested
    pub revocable: Option<bool>,
    /// The date when a user's access expires.
    pub end_date: Option<crate::primitives::DateTime>,
    /// The list of Access Profiles associated with this Role
    pub access_profiles: Option<Vec<crate::ReviewableAccessProfile>>,
    /// The list of entitlements associated with this Role
    pub entitlements: Option<Vec<Option<crate::ReviewableEntitlement>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReviewableRole {
    /// Builds a `ReviewableRole` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReviewableRole {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: optional::<String>(description),
    privileged: optional::<bool>(privileged),
    owner: nullable::<crate::IdentityReferenceWithNameAndEmail>(owner, owner_null),
    revocable: optional::<bool>(revocable),
    end_date: optional::<crate::primitives::DateTime>(end_date),
    access_profiles: optional::<Vec<crate::ReviewableAccessProfile>>(access_profiles),
    entitlements: optional::<Vec<Option<crate::ReviewableEntitlement>>>(entitlements),
});
crate::serde_helpers::serde_struct!(ReviewableRole {
    id: optional("id"),
    name: optional("name"),
    description: optional("description"),
    privileged: optional("privileged"),
    owner: nullable("owner"),
    revocable: optional("revocable"),
    end_date: optional("endDate"),
    access_profiles: optional("accessProfiles"),
    entitlements: optional("entitlements"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReviewableRole {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_profiles, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
