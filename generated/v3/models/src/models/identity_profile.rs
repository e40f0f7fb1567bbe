/// Includes the fields of [`BaseCommonDto`](crate::BaseCommonDto).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityProfile {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// Identity profile's description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// Identity profile's owner.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub owner: Option<Option<crate::IdentityProfileOwner>>,
    /// Identity profile's priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    #[serde(rename = "authoritativeSource")]
    pub authoritative_source: crate::IdentityProfileAuthoritativeSource,
    /// Set this value to 'True' if an identity refresh is necessary. You would typically want to trigger an identity refresh when a change has been made on the source.
    #[serde(
        rename = "identityRefreshRequired",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub identity_refresh_required: Option<bool>,
    /// Number of identities belonging to the identity profile.
    #[serde(rename = "identityCount", default, skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    #[serde(
        rename = "identityAttributeConfig",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub identity_attribute_config: Option<crate::IdentityAttributeConfig>,
    #[serde(
        rename = "identityExceptionReportReference",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub identity_exception_report_reference: Option<
        Option<crate::IdentityExceptionReportReference>,
    >,
    /// Indicates the value of `requiresPeriodicRefresh` attribute for the identity profile.
    #[serde(
        rename = "hasTimeBasedAttr",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub has_time_based_attr: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityProfile {
    /// Builds a `IdentityProfile` from its required fields; the others are unset.
    pub fn new(
        name: Option<String>,
        authoritative_source: crate::IdentityProfileAuthoritativeSource,
    ) -> Self {
        Self {
            id: None,
            name,
            created: None,
            modified: None,
            description: None,
            owner: None,
            priority: None,
            authoritative_source,
            identity_refresh_required: None,
            identity_count: None,
            identity_attribute_config: None,
            identity_exception_report_reference: None,
            has_time_based_attr: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityProfile {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.authoritative_source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_attribute_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.identity_exception_report_reference,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityProfileAuthoritativeSource {
    /// Authoritative source's object type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::IdentityProfileAuthoritativeSourceType>,
    /// Authoritative source's ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Authoritative source's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityProfileAuthoritativeSource {
    /// Builds a `IdentityProfileAuthoritativeSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for IdentityProfileAuthoritativeSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Authoritative source's object type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityProfileAuthoritativeSourceType {
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityProfileAuthoritativeSourceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentityProfileAuthoritativeSourceType {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentityProfileAuthoritativeSourceType);
/// Identity profile's owner.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityProfileOwner {
    /// Owner's object type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::IdentityProfileOwnerType>,
    /// Owner's ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Owner's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityProfileOwner {
    /// Builds a `IdentityProfileOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for IdentityProfileOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Owner's object type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityProfileOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityProfileOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentityProfileOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentityProfileOwnerType);
