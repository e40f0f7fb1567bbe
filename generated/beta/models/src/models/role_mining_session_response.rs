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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMiningSessionResponse {
    /// Builds a `RoleMiningSessionResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `scope`.
    pub fn scope(mut self, value: impl Into<crate::RoleMiningSessionScope>) -> Self {
        self.scope = Some(value.into());
        self
    }
    /// Sets `min_num_identities_in_potential_role`.
    pub fn min_num_identities_in_potential_role(
        mut self,
        value: impl Into<i64>,
    ) -> Self {
        self.min_num_identities_in_potential_role = Some(Some(value.into()));
        self
    }
    /// Sets `min_num_identities_in_potential_role` to an explicit `null`.
    pub fn min_num_identities_in_potential_role_null(mut self) -> Self {
        self.min_num_identities_in_potential_role = Some(None);
        self
    }
    /// Sets `scoping_method`.
    pub fn scoping_method(mut self, value: impl Into<String>) -> Self {
        self.scoping_method = Some(Some(value.into()));
        self
    }
    /// Sets `scoping_method` to an explicit `null`.
    pub fn scoping_method_null(mut self) -> Self {
        self.scoping_method = Some(None);
        self
    }
    /// Sets `prescribed_prune_threshold`.
    pub fn prescribed_prune_threshold(mut self, value: impl Into<i64>) -> Self {
        self.prescribed_prune_threshold = Some(Some(value.into()));
        self
    }
    /// Sets `prescribed_prune_threshold` to an explicit `null`.
    pub fn prescribed_prune_threshold_null(mut self) -> Self {
        self.prescribed_prune_threshold = Some(None);
        self
    }
    /// Sets `prune_threshold`.
    pub fn prune_threshold(mut self, value: impl Into<i64>) -> Self {
        self.prune_threshold = Some(Some(value.into()));
        self
    }
    /// Sets `prune_threshold` to an explicit `null`.
    pub fn prune_threshold_null(mut self) -> Self {
        self.prune_threshold = Some(None);
        self
    }
    /// Sets `potential_role_count`.
    pub fn potential_role_count(mut self, value: impl Into<i64>) -> Self {
        self.potential_role_count = Some(value.into());
        self
    }
    /// Sets `potential_roles_ready_count`.
    pub fn potential_roles_ready_count(mut self, value: impl Into<i64>) -> Self {
        self.potential_roles_ready_count = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<crate::RoleMiningSessionStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `email_recipient_id`.
    pub fn email_recipient_id(mut self, value: impl Into<String>) -> Self {
        self.email_recipient_id = Some(Some(value.into()));
        self
    }
    /// Sets `email_recipient_id` to an explicit `null`.
    pub fn email_recipient_id_null(mut self) -> Self {
        self.email_recipient_id = Some(None);
        self
    }
    /// Sets `created_by`.
    pub fn created_by(
        mut self,
        value: impl Into<crate::RoleMiningSessionResponseCreatedBy>,
    ) -> Self {
        self.created_by = Some(value.into());
        self
    }
    /// Sets `identity_count`.
    pub fn identity_count(mut self, value: impl Into<i64>) -> Self {
        self.identity_count = Some(value.into());
        self
    }
    /// Sets `saved`.
    pub fn saved(mut self, value: impl Into<bool>) -> Self {
        self.saved = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `data_file_path`.
    pub fn data_file_path(mut self, value: impl Into<String>) -> Self {
        self.data_file_path = Some(Some(value.into()));
        self
    }
    /// Sets `data_file_path` to an explicit `null`.
    pub fn data_file_path_null(mut self) -> Self {
        self.data_file_path = Some(None);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `created_date`.
    pub fn created_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.created_date = Some(value.into());
        self
    }
    /// Sets `modified_date`.
    pub fn modified_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.modified_date = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::RoleMiningRoleType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
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
