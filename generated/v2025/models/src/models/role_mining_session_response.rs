#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningSessionResponse {
    /// The scope of identities for this role mining session
    pub scope: Option<crate::RoleMiningSessionScope>,
    /// Minimum number of identities in a potential role
    pub min_num_identities_in_potential_role: Option<Option<i64>>,
    /// The scoping method of the role mining session
    pub scoping_method: Option<Option<String>>,
    /// The computed (or prescribed) prune threshold for this session
    pub prescribed_prune_threshold: Option<Option<i64>>,
    /// The prune threshold to be used for this role mining session
    pub prune_threshold: Option<Option<i64>>,
    /// The number of potential roles
    pub potential_role_count: Option<i64>,
    /// The number of potential roles which have completed processing
    pub potential_roles_ready_count: Option<i64>,
    /// The role mining session status
    pub status: Option<crate::RoleMiningSessionStatus>,
    /// The id of the user who will receive an email about the role mining session
    pub email_recipient_id: Option<Option<String>>,
    /// The session created by details
    pub created_by: Option<crate::RoleMiningSessionResponseCreatedBy>,
    /// The number of identities
    pub identity_count: Option<i64>,
    /// The session's saved status
    pub saved: Option<bool>,
    /// The session's saved name
    pub name: Option<Option<String>>,
    /// The data file path of the role mining session
    pub data_file_path: Option<Option<String>>,
    /// Session Id for this role mining session
    pub id: Option<String>,
    /// The date-time when this role mining session was created.
    pub created_date: Option<crate::primitives::DateTime>,
    /// The date-time when this role mining session was completed.
    pub modified_date: Option<crate::primitives::DateTime>,
    /// Role mining session type
    pub r#type: Option<crate::RoleMiningRoleType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningSessionResponse {
    /// Builds a `RoleMiningSessionResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningSessionResponse {
    scope: optional::<crate::RoleMiningSessionScope>(scope),
    min_num_identities_in_potential_role: nullable::<i64>(min_num_identities_in_potential_role, min_num_identities_in_potential_role_null),
    scoping_method: nullable::<String>(scoping_method, scoping_method_null),
    prescribed_prune_threshold: nullable::<i64>(prescribed_prune_threshold, prescribed_prune_threshold_null),
    prune_threshold: nullable::<i64>(prune_threshold, prune_threshold_null),
    potential_role_count: optional::<i64>(potential_role_count),
    potential_roles_ready_count: optional::<i64>(potential_roles_ready_count),
    status: optional::<crate::RoleMiningSessionStatus>(status),
    email_recipient_id: nullable::<String>(email_recipient_id, email_recipient_id_null),
    created_by: optional::<crate::RoleMiningSessionResponseCreatedBy>(created_by),
    identity_count: optional::<i64>(identity_count),
    saved: optional::<bool>(saved),
    name: nullable::<String>(name, name_null),
    data_file_path: nullable::<String>(data_file_path, data_file_path_null),
    id: optional::<String>(id),
    created_date: optional::<crate::primitives::DateTime>(created_date),
    modified_date: optional::<crate::primitives::DateTime>(modified_date),
    r#type: optional::<crate::RoleMiningRoleType>(r#type),
});
crate::serde_helpers::serde_struct!(RoleMiningSessionResponse {
    scope: optional("scope"),
    min_num_identities_in_potential_role: nullable("minNumIdentitiesInPotentialRole"),
    scoping_method: nullable("scopingMethod"),
    prescribed_prune_threshold: nullable("prescribedPruneThreshold"),
    prune_threshold: nullable("pruneThreshold"),
    potential_role_count: optional("potentialRoleCount"),
    potential_roles_ready_count: optional("potentialRolesReadyCount"),
    status: optional("status"),
    email_recipient_id: nullable("emailRecipientId"),
    created_by: nullable("createdBy"),
    identity_count: optional("identityCount"),
    saved: optional("saved"),
    name: nullable("name"),
    data_file_path: nullable("dataFilePath"),
    id: optional("id"),
    created_date: optional("createdDate"),
    modified_date: optional("modifiedDate"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningSessionResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.scope, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.created_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The session created by details
#[derive(Debug, Clone, PartialEq)]
pub enum RoleMiningSessionResponseCreatedBy {
    EntityCreatedByDto(crate::EntityCreatedByDto),
    String(Option<String>),
}
impl ::serde::Serialize for RoleMiningSessionResponseCreatedBy {
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
impl<'de> ::serde::Deserialize<'de> for RoleMiningSessionResponseCreatedBy {
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
                "RoleMiningSessionResponseCreatedBy",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for RoleMiningSessionResponseCreatedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::EntityCreatedByDto(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::String(_) => {}
        }
    }
}
