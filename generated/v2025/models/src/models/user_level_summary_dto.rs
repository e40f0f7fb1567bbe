/// It represents a summary of a user level, including its metadata, attributes, and associated properties.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserLevelSummaryDto {
    /// The unique identifier of the UserLevel.
    pub id: Option<String>,
    /// The human-readable name of the UserLevel.
    pub name: Option<String>,
    /// A human-readable description of the UserLevel.
    pub description: Option<Option<String>>,
    /// The legacy group associated with the UserLevel, used for backward compatibility for the UserLevel id.
    pub legacy_group: Option<Option<String>>,
    /// List of RightSets associated with the UserLevel.
    pub right_sets: Option<Vec<crate::RightSetDto>>,
    /// Indicates whether the UserLevel is custom.
    pub custom: Option<bool>,
    /// Indicates whether the UserLevel is admin-assignable.
    pub admin_assignable: Option<bool>,
    /// The translated name of the UserLevel.
    pub translated_name: Option<Option<String>>,
    /// The translated grant message for the UserLevel.
    pub translated_grant: Option<Option<String>>,
    /// The translated remove message for the UserLevel.
    pub translated_remove: Option<Option<String>>,
    /// The owner of the UserLevel.
    pub owner: Option<crate::PublicIdentity>,
    /// The status of the UserLevel.
    pub status: Option<crate::UserLevelSummaryDtoStatus>,
    /// The creation timestamp of the UserLevel.
    pub created: Option<crate::primitives::DateTime>,
    /// The last modification timestamp of the UserLevel.
    pub modified: Option<crate::primitives::DateTime>,
    /// The count of associated identities for the UserLevel.
    pub associated_identities_count: Option<Option<i32>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UserLevelSummaryDto {
    /// Builds a `UserLevelSummaryDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(UserLevelSummaryDto {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: nullable::<String>(description, description_null),
    legacy_group: nullable::<String>(legacy_group, legacy_group_null),
    right_sets: optional::<Vec<crate::RightSetDto>>(right_sets),
    custom: optional::<bool>(custom),
    admin_assignable: optional::<bool>(admin_assignable),
    translated_name: nullable::<String>(translated_name, translated_name_null),
    translated_grant: nullable::<String>(translated_grant, translated_grant_null),
    translated_remove: nullable::<String>(translated_remove, translated_remove_null),
    owner: optional::<crate::PublicIdentity>(owner),
    status: optional::<crate::UserLevelSummaryDtoStatus>(status),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    associated_identities_count: nullable::<i32>(associated_identities_count, associated_identities_count_null),
});
crate::serde_helpers::serde_struct!(UserLevelSummaryDto {
    id: optional("id"),
    name: optional("name"),
    description: nullable("description"),
    legacy_group: nullable("legacyGroup"),
    right_sets: optional("rightSets"),
    custom: optional("custom"),
    admin_assignable: optional("adminAssignable"),
    translated_name: nullable("translatedName"),
    translated_grant: nullable("translatedGrant"),
    translated_remove: nullable("translatedRemove"),
    owner: optional("owner"),
    status: optional("status"),
    created: optional("created"),
    modified: optional("modified"),
    associated_identities_count: nullable("associatedIdentitiesCount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UserLevelSummaryDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.right_sets, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The status of the UserLevel.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserLevelSummaryDtoStatus {
    /// `ACTIVE`
    Active,
    /// `DRAFT`
    Draft,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl UserLevelSummaryDtoStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Draft => "DRAFT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for UserLevelSummaryDtoStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "DRAFT" => Self::Draft,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(UserLevelSummaryDtoStatus);
