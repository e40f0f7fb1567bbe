/// A Dimension
#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    /// The id of the Dimension. This field must be left null when creating a dimension, otherwise a 400 Bad Request error will result.
    pub id: Option<String>,
    /// The human-readable display name of the Dimension
    pub name: String,
    /// Date the Dimension was created
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Date the Dimension was last modified.
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// A human-readable description of the Dimension
    pub description: Option<Option<String>>,
    pub owner: Option<crate::OwnerReference>,
    pub access_profiles: Option<Option<Vec<crate::AccessProfileRef>>>,
    pub entitlements: Option<Vec<crate::EntitlementRef>>,
    pub membership: Option<Option<crate::DimensionMembershipSelector>>,
    /// The ID of the parent role. This field can be left null when creating a dimension, but if provided, it must match the role ID specified in the path variable of the API call.
    pub parent_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Dimension {
    /// Builds a `Dimension` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        owner: impl Into<Option<crate::OwnerReference>>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            description: None,
            owner: owner.into(),
            access_profiles: None,
            entitlements: None,
            membership: None,
            parent_id: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Dimension {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    description: nullable::<String>(description, description_null),
    access_profiles: nullable::<Vec<crate::AccessProfileRef>>(access_profiles, access_profiles_null),
    entitlements: optional::<Vec<crate::EntitlementRef>>(entitlements),
    membership: nullable::<crate::DimensionMembershipSelector>(membership, membership_null),
    parent_id: nullable::<String>(parent_id, parent_id_null),
});
crate::serde_helpers::serde_struct!(Dimension {
    id: optional("id"),
    name: required("name"),
    created: optional("created"),
    modified: optional("modified"),
    description: nullable("description"),
    owner: required("owner"),
    access_profiles: nullable("accessProfiles"),
    entitlements: optional("entitlements"),
    membership: nullable("membership"),
    parent_id: nullable("parentId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Dimension {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_profiles, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.membership, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
