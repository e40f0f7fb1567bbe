/// It represents a summary of a user level, including its metadata, attributes, and associated properties.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UserLevelSummaryDto {
    /// The unique identifier of the UserLevel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The human-readable name of the UserLevel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A human-readable description of the UserLevel.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// The legacy group associated with the UserLevel, used for backward compatibility for the UserLevel id.
    #[serde(
        rename = "legacyGroup",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub legacy_group: Option<Option<String>>,
    /// List of RightSets associated with the UserLevel.
    #[serde(rename = "rightSets", default, skip_serializing_if = "Option::is_none")]
    pub right_sets: Option<Vec<crate::RightSetDto>>,
    /// Indicates whether the UserLevel is custom.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom: Option<bool>,
    /// Indicates whether the UserLevel is admin-assignable.
    #[serde(
        rename = "adminAssignable",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub admin_assignable: Option<bool>,
    /// The translated name of the UserLevel.
    #[serde(
        rename = "translatedName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub translated_name: Option<Option<String>>,
    /// The translated grant message for the UserLevel.
    #[serde(
        rename = "translatedGrant",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub translated_grant: Option<Option<String>>,
    /// The translated remove message for the UserLevel.
    #[serde(
        rename = "translatedRemove",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub translated_remove: Option<Option<String>>,
    /// The owner of the UserLevel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<crate::PublicIdentity>,
    /// The status of the UserLevel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::UserLevelSummaryDtoStatus>,
    /// The creation timestamp of the UserLevel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// The last modification timestamp of the UserLevel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// The count of associated identities for the UserLevel.
    #[serde(
        rename = "associatedIdentitiesCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub associated_identities_count: Option<Option<i32>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UserLevelSummaryDto {
    /// Builds a `UserLevelSummaryDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
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
