#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningPotentialRole {
    /// The session created by details
    pub created_by: Option<crate::RoleMiningPotentialRoleCreatedBy>,
    /// The density of a potential role.
    pub density: Option<i32>,
    /// The description of a potential role.
    pub description: Option<Option<String>>,
    /// The number of entitlements in a potential role.
    pub entitlement_count: Option<i32>,
    /// The list of entitlement ids to be excluded.
    pub excluded_entitlements: Option<Option<Vec<String>>>,
    /// The freshness of a potential role.
    pub freshness: Option<i32>,
    /// The number of identities in a potential role.
    pub identity_count: Option<i32>,
    /// Identity attribute distribution.
    pub identity_distribution: Option<
        Option<Vec<crate::RoleMiningIdentityDistribution>>,
    >,
    /// The list of ids in a potential role.
    pub identity_ids: Option<Vec<String>>,
    /// The status for this identity group which can be OBTAINED or COMPRESSED
    pub identity_group_status: Option<Option<String>>,
    /// Name of the potential role.
    pub name: Option<String>,
    /// The potential role reference
    pub potential_role_ref: Option<
        Option<crate::RoleMiningPotentialRolePotentialRoleRef>,
    >,
    pub provision_state: Option<Option<crate::RoleMiningPotentialRoleProvisionState>>,
    /// The quality of a potential role.
    pub quality: Option<i32>,
    /// The roleId of a potential role.
    pub role_id: Option<Option<String>>,
    /// The potential role's saved status.
    pub saved: Option<bool>,
    /// The session parameters of the potential role.
    pub session: Option<crate::RoleMiningSessionParametersDto>,
    /// Role mining potential type.
    pub r#type: Option<crate::RoleMiningRoleType>,
    /// Id of the potential role
    pub id: Option<String>,
    /// The date-time when this potential role was created.
    pub created_date: Option<crate::primitives::DateTime>,
    /// The date-time when this potential role was modified.
    pub modified_date: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningPotentialRole {
    /// Builds a `RoleMiningPotentialRole` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningPotentialRole {
    created_by: optional::<crate::RoleMiningPotentialRoleCreatedBy>(created_by),
    density: optional::<i32>(density),
    description: nullable::<String>(description, description_null),
    entitlement_count: optional::<i32>(entitlement_count),
    excluded_entitlements: nullable::<Vec<String>>(excluded_entitlements, excluded_entitlements_null),
    freshness: optional::<i32>(freshness),
    identity_count: optional::<i32>(identity_count),
    identity_distribution: nullable::<Vec<crate::RoleMiningIdentityDistribution>>(identity_distribution, identity_distribution_null),
    identity_ids: optional::<Vec<String>>(identity_ids),
    identity_group_status: nullable::<String>(identity_group_status, identity_group_status_null),
    name: optional::<String>(name),
    potential_role_ref: nullable::<crate::RoleMiningPotentialRolePotentialRoleRef>(potential_role_ref, potential_role_ref_null),
    provision_state: nullable::<crate::RoleMiningPotentialRoleProvisionState>(provision_state, provision_state_null),
    quality: optional::<i32>(quality),
    role_id: nullable::<String>(role_id, role_id_null),
    saved: optional::<bool>(saved),
    session: optional::<crate::RoleMiningSessionParametersDto>(session),
    r#type: optional::<crate::RoleMiningRoleType>(r#type),
    id: optional::<String>(id),
    created_date: optional::<crate::primitives::DateTime>(created_date),
    modified_date: optional::<crate::primitives::DateTime>(modified_date),
});
crate::serde_helpers::serde_struct!(RoleMiningPotentialRole {
    created_by: nullable("createdBy"),
    density: optional("density"),
    description: nullable("description"),
    entitlement_count: optional("entitlementCount"),
    excluded_entitlements: nullable("excludedEntitlements"),
    freshness: optional("freshness"),
    identity_count: optional("identityCount"),
    identity_distribution: nullable("identityDistribution"),
    identity_ids: optional("identityIds"),
    identity_group_status: nullable("identityGroupStatus"),
    name: optional("name"),
    potential_role_ref: nullable("potentialRoleRef"),
    provision_state: nullable("provisionState"),
    quality: optional("quality"),
    role_id: nullable("roleId"),
    saved: optional("saved"),
    session: optional("session"),
    r#type: optional("type"),
    id: optional("id"),
    created_date: optional("createdDate"),
    modified_date: optional("modifiedDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningPotentialRole {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.created_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_distribution, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.potential_role_ref, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.provision_state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.session, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The session created by details
#[derive(Debug, Clone, PartialEq)]
pub enum RoleMiningPotentialRoleCreatedBy {
    EntityCreatedByDto(crate::EntityCreatedByDto),
    String(Option<String>),
}
impl ::serde::Serialize for RoleMiningPotentialRoleCreatedBy {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::EntityCreatedByDto(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::String(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for RoleMiningPotentialRoleCreatedBy {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<crate::EntityCreatedByDto>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::EntityCreatedByDto(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::EntityCreatedByDto(value),
                );
            }
            Err(error) => errors.push(("EntityCreatedByDto", error)),
        }
        match crate::serde_helpers::try_variant::<Option<String>>(&json) {
            Ok(value) => return Ok(Self::String(value)),
            Err(error) => errors.push(("String", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::EntityCreatedByDto as ::serde::Deserialize>::deserialize(json)
                    .map(Self::EntityCreatedByDto)
            }
            1usize => {
                <Option<String> as ::serde::Deserialize>::deserialize(json)
                    .map(Self::String)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "RoleMiningPotentialRoleCreatedBy",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for RoleMiningPotentialRoleCreatedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::EntityCreatedByDto(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::String(_) => {}
        }
    }
}
/// The potential role reference
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningPotentialRolePotentialRoleRef {
    /// Id of the potential role
    pub id: Option<String>,
    /// Name of the potential role
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningPotentialRolePotentialRoleRef {
    /// Builds a `RoleMiningPotentialRolePotentialRoleRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningPotentialRolePotentialRoleRef {
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(RoleMiningPotentialRolePotentialRoleRef {
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningPotentialRolePotentialRoleRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
