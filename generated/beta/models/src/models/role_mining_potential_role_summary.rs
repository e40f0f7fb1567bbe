#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningPotentialRoleSummary {
    /// Id of the potential role
    pub id: Option<String>,
    /// Name of the potential role
    pub name: Option<String>,
    /// Details about the potential role
    pub potential_role_ref: Option<crate::RoleMiningPotentialRoleRef>,
    /// The number of identities in a potential role.
    pub identity_count: Option<i32>,
    /// The number of entitlements in a potential role.
    pub entitlement_count: Option<i32>,
    /// The status for this identity group which can be "REQUESTED" or "OBTAINED"
    pub identity_group_status: Option<String>,
    /// The status of provisioning for this potential role. Can be "POTENTIAL", "PENDING", "FAILED", or "COMPLETE".
    pub provision_state: Option<crate::RoleMiningPotentialRoleProvisionState>,
    /// ID of the provisioned role in IIQ or IDN.  Null if this potential role has not been provisioned.
    pub role_id: Option<Option<String>>,
    /// The density metric (0-100) of this potential role. Higher density values indicate higher similarity amongst the identities.
    pub density: Option<i32>,
    /// The freshness metric (0-100) of this potential role. Higher freshness values indicate this potential role is more distinctive compared to existing roles.
    pub freshness: Option<i32>,
    /// The quality metric (0-100) of this potential role. Higher quality values indicate this potential role has high density and freshness.
    pub quality: Option<i32>,
    /// Role mining potential type.
    pub r#type: Option<crate::RoleMiningRoleType>,
    /// The potential role created by details
    pub created_by: Option<crate::RoleMiningPotentialRoleSummaryCreatedBy>,
    /// The date-time when this potential role was created.
    pub created_date: Option<crate::primitives::DateTime>,
    /// The potential role's saved status
    pub saved: Option<bool>,
    /// Description of the potential role
    pub description: Option<Option<String>>,
    /// The session parameters of the potential role.
    pub session: Option<crate::RoleMiningSessionParametersDto>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningPotentialRoleSummary {
    /// Builds a `RoleMiningPotentialRoleSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningPotentialRoleSummary {
    id: optional::<String>(id),
    name: optional::<String>(name),
    potential_role_ref: optional::<crate::RoleMiningPotentialRoleRef>(potential_role_ref),
    identity_count: optional::<i32>(identity_count),
    entitlement_count: optional::<i32>(entitlement_count),
    identity_group_status: optional::<String>(identity_group_status),
    provision_state: optional::<crate::RoleMiningPotentialRoleProvisionState>(provision_state),
    role_id: nullable::<String>(role_id, role_id_null),
    density: optional::<i32>(density),
    freshness: optional::<i32>(freshness),
    quality: optional::<i32>(quality),
    r#type: optional::<crate::RoleMiningRoleType>(r#type),
    created_by: optional::<crate::RoleMiningPotentialRoleSummaryCreatedBy>(created_by),
    created_date: optional::<crate::primitives::DateTime>(created_date),
    saved: optional::<bool>(saved),
    description: nullable::<String>(description, description_null),
    session: optional::<crate::RoleMiningSessionParametersDto>(session),
});
crate::serde_helpers::serde_struct!(RoleMiningPotentialRoleSummary {
    id: optional("id"),
    name: optional("name"),
    potential_role_ref: optional("potentialRoleRef"),
    identity_count: optional("identityCount"),
    entitlement_count: optional("entitlementCount"),
    identity_group_status: optional("identityGroupStatus"),
    provision_state: optional("provisionState"),
    role_id: nullable("roleId"),
    density: optional("density"),
    freshness: optional("freshness"),
    quality: optional("quality"),
    r#type: optional("type"),
    created_by: nullable("createdBy"),
    created_date: optional("createdDate"),
    saved: optional("saved"),
    description: nullable("description"),
    session: optional("session"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningPotentialRoleSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.potential_role_ref, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.provision_state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.created_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.session, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The potential role created by details
#[derive(Debug, Clone, PartialEq)]
pub enum RoleMiningPotentialRoleSummaryCreatedBy {
    EntityCreatedByDto(crate::EntityCreatedByDto),
    String(Option<String>),
}
impl ::serde::Serialize for RoleMiningPotentialRoleSummaryCreatedBy {
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
impl<'de> ::serde::Deserialize<'de> for RoleMiningPotentialRoleSummaryCreatedBy {
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
                "RoleMiningPotentialRoleSummaryCreatedBy",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for RoleMiningPotentialRoleSummaryCreatedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::EntityCreatedByDto(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::String(_) => {}
        }
    }
}
