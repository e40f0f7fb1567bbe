/// Includes the fields of [`BaseCommonDto`](crate::BaseCommonDto).
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityProfile {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// Identity profile's description.
    pub description: Option<Option<String>>,
    /// Identity profile's owner.
    pub owner: Option<Option<crate::IdentityProfileOwner>>,
    /// Identity profile's priority.
    pub priority: Option<i64>,
    pub authoritative_source: crate::IdentityProfileAuthoritativeSource,
    /// Set this value to 'True' if an identity refresh is necessary. You would typically want to trigger an identity refresh when a change has been made on the source.
    pub identity_refresh_required: Option<bool>,
    /// Number of identities belonging to the identity profile.
    pub identity_count: Option<i32>,
    pub identity_attribute_config: Option<crate::IdentityAttributeConfig>,
    pub identity_exception_report_reference: Option<
        Option<crate::IdentityExceptionReportReference>,
    >,
    /// Indicates the value of `requiresPeriodicRefresh` attribute for the identity profile.
    pub has_time_based_attr: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityProfile {
    /// Builds a `IdentityProfile` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<Option<String>>,
        authoritative_source: impl Into<crate::IdentityProfileAuthoritativeSource>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            description: None,
            owner: None,
            priority: None,
            authoritative_source: authoritative_source.into(),
            identity_refresh_required: None,
            identity_count: None,
            identity_attribute_config: None,
            identity_exception_report_reference: None,
            has_time_based_attr: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(IdentityProfile {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    description: nullable::<String>(description, description_null),
    owner: nullable::<crate::IdentityProfileOwner>(owner, owner_null),
    priority: optional::<i64>(priority),
    identity_refresh_required: optional::<bool>(identity_refresh_required),
    identity_count: optional::<i32>(identity_count),
    identity_attribute_config: optional::<crate::IdentityAttributeConfig>(identity_attribute_config),
    identity_exception_report_reference: nullable::<crate::IdentityExceptionReportReference>(identity_exception_report_reference, identity_exception_report_reference_null),
    has_time_based_attr: optional::<bool>(has_time_based_attr),
});
crate::serde_helpers::serde_struct!(IdentityProfile {
    id: optional("id"),
    name: required("name"),
    created: optional("created"),
    modified: optional("modified"),
    description: nullable("description"),
    owner: nullable("owner"),
    priority: optional("priority"),
    authoritative_source: required("authoritativeSource"),
    identity_refresh_required: optional("identityRefreshRequired"),
    identity_count: optional("identityCount"),
    identity_attribute_config: optional("identityAttributeConfig"),
    identity_exception_report_reference: nullable("identityExceptionReportReference"),
    has_time_based_attr: optional("hasTimeBasedAttr"),
    ..additional_properties
});
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityProfileAuthoritativeSource {
    /// Authoritative source's object type.
    pub r#type: Option<crate::IdentityProfileAuthoritativeSourceType>,
    /// Authoritative source's ID.
    pub id: Option<String>,
    /// Authoritative source's name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityProfileAuthoritativeSource {
    /// Builds a `IdentityProfileAuthoritativeSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityProfileAuthoritativeSource {
    r#type: optional::<crate::IdentityProfileAuthoritativeSourceType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(IdentityProfileAuthoritativeSource {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityProfileOwner {
    /// Owner's object type.
    pub r#type: Option<crate::IdentityProfileOwnerType>,
    /// Owner's ID.
    pub id: Option<String>,
    /// Owner's name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityProfileOwner {
    /// Builds a `IdentityProfileOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityProfileOwner {
    r#type: optional::<crate::IdentityProfileOwnerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(IdentityProfileOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
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
