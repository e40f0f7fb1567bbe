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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UserLevelSummaryDto {
    /// Builds a `UserLevelSummaryDto` with every field unset.
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
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `legacy_group`.
    pub fn legacy_group(mut self, value: impl Into<String>) -> Self {
        self.legacy_group = Some(Some(value.into()));
        self
    }
    /// Sets `legacy_group` to an explicit `null`.
    pub fn legacy_group_null(mut self) -> Self {
        self.legacy_group = Some(None);
        self
    }
    /// Sets `right_sets`.
    pub fn right_sets(mut self, value: impl Into<Vec<crate::RightSetDto>>) -> Self {
        self.right_sets = Some(value.into());
        self
    }
    /// Sets `custom`.
    pub fn custom(mut self, value: impl Into<bool>) -> Self {
        self.custom = Some(value.into());
        self
    }
    /// Sets `admin_assignable`.
    pub fn admin_assignable(mut self, value: impl Into<bool>) -> Self {
        self.admin_assignable = Some(value.into());
        self
    }
    /// Sets `translated_name`.
    pub fn translated_name(mut self, value: impl Into<String>) -> Self {
        self.translated_name = Some(Some(value.into()));
        self
    }
    /// Sets `translated_name` to an explicit `null`.
    pub fn translated_name_null(mut self) -> Self {
        self.translated_name = Some(None);
        self
    }
    /// Sets `translated_grant`.
    pub fn translated_grant(mut self, value: impl Into<String>) -> Self {
        self.translated_grant = Some(Some(value.into()));
        self
    }
    /// Sets `translated_grant` to an explicit `null`.
    pub fn translated_grant_null(mut self) -> Self {
        self.translated_grant = Some(None);
        self
    }
    /// Sets `translated_remove`.
    pub fn translated_remove(mut self, value: impl Into<String>) -> Self {
        self.translated_remove = Some(Some(value.into()));
        self
    }
    /// Sets `translated_remove` to an explicit `null`.
    pub fn translated_remove_null(mut self) -> Self {
        self.translated_remove = Some(None);
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::PublicIdentity>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<crate::UserLevelSummaryDtoStatus>) -> Self {
        self.status = Some(value.into());
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
    /// Sets `associated_identities_count`.
    pub fn associated_identities_count(mut self, value: impl Into<i32>) -> Self {
        self.associated_identities_count = Some(Some(value.into()));
        self
    }
    /// Sets `associated_identities_count` to an explicit `null`.
    pub fn associated_identities_count_null(mut self) -> Self {
        self.associated_identities_count = Some(None);
        self
    }
}
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
